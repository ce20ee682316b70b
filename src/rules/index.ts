/** The rules core: pure functions and data, no DOM, no Lit. */
export * from './decimal.js';
export * from './calendar.js';
export * from './notice.js';
export * from './forecast.js';
export * from './parameters/parameter.js';
export * as parameters from './parameters/cumulation.js';
export { cumulationRuleAt, CUMULATION_RULES, FIRST_SUPPORTED_DATE } from './cumulation/index.js';
export {
  occupationReduction,
  occupationPercent,
  excessOverExemption,
  roundToWholePercent,
  reducedDailyBenefit,
} from './cumulation/salaried-2018.js';
export * from './summary.js';
