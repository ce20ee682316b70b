/**
 * The scenario format, version 1: one JSON document used by the CLI, the element's `scenario`
 * property, share links, exports and events.
 *
 * ```json
 * {"version":1, "scheme":"employee", "start":"2026-01", "months":12, "dailyBenefit":"62.45",
 *  "work":[{"from":"2026-02-01", "hoursPerWeek":"12", "fullTimeHoursPerWeek":"38", "grossHourlyWage":"16.50"}]}
 * ```
 * Amounts and hours are decimal strings (numbers are accepted on input; a comma is read as the
 * decimal separator). `work` is a stepped plan: each step holds from its date until the next one;
 * `"hoursPerWeek": "0"` ends work; no step means no work.
 */
export type DecimalText = string;

export interface WorkStep {
  from: string;
  hoursPerWeek: DecimalText;
  /** Required when hoursPerWeek > 0. */
  fullTimeHoursPerWeek?: DecimalText;
  /** Gross hourly wage; or give grossMonthlyWage (one of them when hoursPerWeek > 0). */
  grossHourlyWage?: DecimalText;
  grossMonthlyWage?: DecimalText;
}

export interface Scenario {
  version: 1;
  scheme: 'employee' | 'unemployed';
  /** First month of the forecast, YYYY-MM. */
  start: string;
  /** Number of months to forecast. */
  months: number;
  /** Gross daily benefit without cumulation, as on the mutuality's payment statement. */
  dailyBenefit: DecimalText;
  work: WorkStep[];
}

export const SCENARIO_VERSION = 1;
export const SCHEMES = ['employee', 'unemployed'] as const;
