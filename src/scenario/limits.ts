/**
 * Bounds of what the calculator accepts. They are sanity limits on input, not legal values: a
 * figure beyond them is almost surely a typing error (e.g. a monthly amount typed as a daily one).
 */
export const LIMITS = {
  minMonths: 1,
  maxMonths: 120,
  maxWorkSteps: 24,
  /** € a day; the highest benefits are about 110 € a day. */
  maxDailyBenefit: '1000',
  /** Hours a week in a week of 168 hours. */
  maxHoursPerWeek: '168',
  maxFullTimeHoursPerWeek: '60',
  maxHourlyWage: '1000',
  /** A lost daily wage (six-day scheme). */
  maxDailyWage: '5000',
  maxYearlyIncome: '10000000',
  maxMonthlyWage: '100000',
  /** Characters of the advisor's free text (nature, conditions). */
  maxTextLength: 2000,
  maxBenefitLagMonths: 3,
  minYear: 2000,
  maxYear: 2100,
} as const;
