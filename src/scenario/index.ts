export * from './types.js';
export * from './limits.js';
export * from './validate.js';
export * from './forecast-scenario.js';
export { describeIssue } from './messages-en.js';
