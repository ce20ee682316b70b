/** The rules core: pure functions and data, no DOM, no Lit. */
export * from './decimal.js';
export * from './calendar.js';
export * from './notice.js';
export * from './forecast.js';
export * from './parameters/parameter.js';
export * as parameters from './parameters/cumulation.js';
export * as authorisationParameters from './parameters/authorisation.js';
export * as benefitParameters from './parameters/benefit-rates.js';
export * as specialCaseParameters from './parameters/special-cases.js';
export * from './cumulation/index.js';
export * from './authorisation.js';
export * from './benefit-estimate.js';
export { selfEmployedReduction, selfEmployedPhaseDates } from './cumulation/self-employed.js';
export { trancheReduction, dailyIncome } from './cumulation/tranches-2012.js';
export {
  occupationReduction,
  occupationPercent,
  excessOverExemption,
  roundToWholePercent,
  reducedDailyBenefit,
} from './cumulation/salaried-2018.js';
export * from './summary.js';
