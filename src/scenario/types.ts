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
  /**
   * Kind of work (default "employee"): "sheltered" (sheltered or adapted workplace, joint
   * committee 327), "childminder" (registered childminder), "self-employed" (authorised
   * self-employed activity; its monthly professional income goes in grossMonthlyWage), "volunteer"
   * (volunteering under the law of 3 July 2005: its hours, no wage, no S needed, its expense allowances).
   */
  kind?: 'employee' | 'sheltered' | 'childminder' | 'self-employed' | 'volunteer';
  hoursPerWeek: DecimalText;
  /** Required when hoursPerWeek > 0. */
  fullTimeHoursPerWeek?: DecimalText;
  /** Gross hourly wage; or give grossMonthlyWage (one of them when hoursPerWeek > 0). */
  grossHourlyWage?: DecimalText;
  grossMonthlyWage?: DecimalText;
  /** Volunteer steps only: the flat-rate expense allowance a day and a calendar year, as agreed. */
  allowancePerDay?: DecimalText;
  allowancePerYear?: DecimalText;
}

export interface Scenario {
  version: 1;
  scheme: 'employee' | 'unemployed' | 'self-employed';
  /** First month of the forecast, YYYY-MM. */
  start: string;
  /** Number of months to forecast. */
  months: number;
  /**
   * Gross daily benefit without cumulation, as on the mutuality's payment statement. Optional when
   * `benefitEstimate` is given; when both are, this one wins.
   */
  dailyBenefit?: DecimalText;
  /**
   * Month of the payment statement `dailyBenefit` was read from (YYYY-MM; default: `start`). Each
   * indexation after that month raises the amount from its date, each one before lowers it.
   */
  dailyBenefitAsOf?: string;
  /**
   * Apply the Federal Planning Bureau's forecast of the next indexations beyond the last known
   * one (default false; the element turns it on and marks projected amounts).
   */
  projectIndexation?: boolean;
  /** Estimate of the daily benefit from the lost wage (salaried and unemployed schemes). */
  benefitEstimate?: BenefitEstimateJson;
  /** The authorised self-employed activity: its start and the net taxable income by year. */
  selfEmployed?: SelfEmployedJson;
  work: WorkStep[];
  /** What the medical advisor authorised; every field is optional. */
  authorisation?: AuthorisationJson;
  /** When amounts are paid (defaults: benefit one month later, wage in its month on the 28th). */
  payment?: PaymentJson;
  /** For the net estimate (default: white-collar, single, no dependants). */
  person?: PersonJson;
}

export interface PersonJson {
  /** "white-collar" (default, declared at 100 %) or "blue-collar" (declared at 108 %). */
  workerKind?: 'white-collar' | 'blue-collar';
  /** For tax: "single" (default), "single-parent", "couple-one-income", "couple-two-incomes". */
  taxSituation?: 'single' | 'single-parent' | 'couple-one-income' | 'couple-two-incomes';
  /** Dependent children (a disabled child counts twice), 0 to 20 (default 0). */
  dependentChildren?: number;
  /** Other dependants, 0 to 20 (default 0). */
  otherDependants?: number;
  /** For a typed daily benefit: "primary" (first year) or "invalidity" (default: primary assumed). */
  benefitPhase?: 'primary' | 'invalidity';
}

export interface BenefitEstimateJson {
  /** First day of the incapacity (YYYY-MM-DD): the 13th month starts invalidity. */
  incapacityStart: string;
  /** Gross monthly wage lost (or lostGrossDailyWage, six-day scheme). */
  lostGrossMonthlyWage?: DecimalText;
  lostGrossDailyWage?: DecimalText;
  familySituation: 'dependants' | 'single' | 'cohabitant';
  /** Right to the minimum amounts of a regular worker (default true). */
  regularWorker?: boolean;
  /** Daily unemployment allowance at the onset (unemployed persons, months 1 to 6). */
  unemploymentAllowance?: DecimalText;
}

export interface SelfEmployedJson {
  /** First day of the authorised self-employed activity (default: the first self-employed step). */
  activityStart?: string;
  /** Net taxable professional income by income year: {"2023": "21000"}. */
  netTaxableIncome?: Record<string, DecimalText>;
}

export interface AuthorisationJson {
  /** Date the request and the declaration of resumption were sent (YYYY-MM-DD). */
  requestSent?: string;
  /** First day of the authorised period. */
  start?: string;
  /** Last day of the authorised period; default and maximum: two years from the start, less a day. */
  end?: string;
  /** Most hours a week authorised. */
  maxHoursPerWeek?: DecimalText;
  /** Nature of the work, as the medical advisor wrote it. */
  nature?: string;
  /** Conditions, as the medical advisor wrote them. */
  conditions?: string;
}

export interface PaymentJson {
  /** Months between a month and the payment of its benefit (0 to 3; default 1). */
  benefitLagMonths?: number;
  /** The wage of a month is paid in that month or the next (default "same-month"). */
  wagePaidIn?: 'same-month' | 'next-month';
  /** Day of the month the wage is paid (1 to 31; default 28). */
  wagePayDay?: number;
}

export const SCENARIO_VERSION = 1;
export const SCHEMES = ['employee', 'unemployed', 'self-employed'] as const;
