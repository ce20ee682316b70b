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
  /** A volunteer's expense allowance a year (the legal limit is under 2 000 €). */
  maxYearlyAllowance: '100000',
  /** Characters of the advisor's free text (nature, conditions). */
  maxTextLength: 2000,
  maxBenefitLagMonths: 3,
  /** Dependent children or other dependants of the net estimate. */
  maxDependants: 20,
  minYear: 2000,
  maxYear: 2100,
} as const;

/**
 * Bounds of what is read and echoed back, against input that is hostile or simply runaway (an
 * endless pipe, a 10 MB field name). Also sanity limits, not legal values.
 */
export const INPUT_LIMITS = {
  /** Bytes of one scenario read by the command line (a file or standard input). */
  maxScenarioBytes: 256 * 1024,
  /** Bytes of one line of an NDJSON batch (one scenario); a longer line gets an error record. */
  maxBatchLineBytes: 256 * 1024,
  /**
   * Bytes of a too-long batch line skipped while looking for its end: beyond, the input is not
   * NDJSON (e.g. /dev/zero) and the batch stops (exit 2).
   */
  maxSkippedLineBytes: 16 * 1024 * 1024,
  /** Characters of a field name or value echoed back in a message (then "…"). */
  maxEchoedLength: 80,
  /** Remarks listed about one scenario (then "and N more"). */
  maxRemarks: 20,
  /** Characters of the `locked` attribute read (every name fits in about 100). */
  maxLockedAttributeLength: 200,
  /** Characters of the `lang` attribute read (a BCP 47 tag). */
  maxLangAttributeLength: 35,
  /** Characters of a preset attribute read (`daily-benefit`, `start`…). */
  maxPresetAttributeLength: 40,
} as const;
