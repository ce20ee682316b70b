/**
 * The forecast's input (a validated, normalised scenario) and output (months, segments, totals,
 * cash calendar), as types. Amounts are decimal strings with two decimals.
 */
import type { AuthorisationInput } from './authorisation.js';
import type { BenefitEstimateInput } from './benefit-estimate.js';
import type { YearMonth } from './calendar.js';
import type { RuleId, Scheme, WorkKind } from './cumulation/index.js';
import type { Dec } from './decimal.js';
import type { Notice } from './notice.js';
import type { PersonInput } from './net/person.js';
import type { Reference } from './parameters/parameter.js';

export type { Scheme, WorkKind };

export type Wage = { kind: 'hourly'; amount: Dec } | { kind: 'monthly'; amount: Dec };

export interface WorkStepInput {
  /** First day (YYYY-MM-DD) of this step; it holds until the next step starts. */
  from: string;
  /** Q: average weekly hours of the authorised work; 0 ends work. */
  hoursPerWeek: Dec;
  /** S: weekly hours of a full-time reference worker in the same job; `null` on a step without work. */
  fullTimeHoursPerWeek: Dec | null;
  /** `null` on a step without work. */
  wage: Wage | null;
  /** What kind of work: salaried (default), sheltered workplace, childminder, self-employed, volunteer. */
  kind: WorkKind;
  /** Volunteer steps: the expense allowance a day and a year (no wage; `null` when not given). */
  allowancePerDay?: Dec | null;
  allowancePerYear?: Dec | null;
}

/** A step with work: Q > 0 and the wage (or income) known. */
export type WorkingStep = WorkStepInput & { wage: Wage };

export interface ForecastInput {
  scheme: Scheme;
  start: YearMonth;
  months: number;
  /**
   * Gross daily benefit without cumulation (FR indemnité journalière, NL daguitkering), as on the
   * mutuality's statement; `null` when it is estimated from `benefitEstimate`.
   */
  dailyBenefit: Dec | null;
  /**
   * Month of the payment statement the typed daily benefit comes from: every indexation after it
   * raises the amount (before it, lowers it); default the forecast's first month.
   */
  dailyBenefitAsOf: YearMonth | null;
  benefitEstimate: BenefitEstimateInput | null;
  /** Apply the Federal Planning Bureau's forecast of the next indexations (marked as projections). */
  projectIndexation: boolean;
  /** The self-employed activity (self-employed scheme, or self-employed work steps). */
  selfEmployed: { activityStart: string | null; incomeByYear: Readonly<Record<string, Dec>> };
  /** Steps ordered by `from`. */
  work: readonly WorkStepInput[];
  /** The medical advisor's authorisation, `null` when none was entered. */
  authorisation: AuthorisationInput | null;
  payment: PaymentInput;
  /** For the net estimate only (the gross forecast never reads it); `null`: the stated default. */
  person?: PersonInput | null;
}

export interface PaymentInput {
  /** Months between a month and the payment of its benefit (after the employer's declaration). */
  benefitLagMonths: number;
  /** The wage of a month is paid in that month or in the next one. */
  wagePaidIn: 'same-month' | 'next-month';
  /** Day of the month the wage is paid (1 to 31; the last day in shorter months). */
  wagePayDay: number;
}


/** The full daily benefit of a segment: typed, or estimated from the lost wage (and how). */
export type BenefitBasis =
  | {
      kind: 'typed';
      /** The amount typed from the statement, to the cent. */
      typed: string;
      /** Month of that statement (YYYY-MM). */
      asOf: string;
      /** Coefficient of the day ÷ coefficient of the statement's month, 4 decimals ("1.0000": none). */
      indexFactor: string;
      /** The factor includes a projected indexation. */
      projected: boolean;
    }
  | {
      kind: 'estimate';
      phase: 'primary' | 'invalidity';
      monthOfIncapacity: number;
      ratePercent: string;
      /** Lost daily wage, capped at the ceiling of the first day of incapacity. */
      cappedDailyWage: string;
      /** That ceiling; `null` when the calculator does not know it. */
      ceiling: string | null;
      /** Coefficient of the day ÷ coefficient of the onset, 4 decimals ("1.0000": none). */
      indexFactor: string;
      projected: boolean;
      /** The minimum that raised the amount, if any. */
      minimum: { rule: 'month4' | 'month7'; amount: string; limitedToWage: boolean; derived: boolean } | null;
      unemploymentAllowanceApplied: boolean;
    };

/** A run of days of one month under the same situation, with the whole computation. */
export interface Segment {
  from: string;
  to: string;
  calendarDays: number;
  indemnifiableDays: number;
  /** Index of the work step in force, `null` without work. */
  step: number | null;
  hoursPerWeek: string | null;
  fullTimeHoursPerWeek: string | null;
  /** Occupation fraction Q / S in percent, two decimals; `null` without work. */
  fraction: string | null;
  exemptedPercent: string | null;
  /** Part of the fraction above the exemption, in percent to the hundredth. */
  excessPercent: string | null;
  reductionPercent: number;
  /** The rule applied to the work in these days; `null` without work. */
  rule: RuleId | null;
  /** Income tranches (2012): the daily income and the daily amount taken off. */
  dailyIncome: string | null;
  reductionAmount: string | null;
  /** How the full daily benefit was found: typed from the statement, or estimated. */
  basis: BenefitBasis;
  fullDailyBenefit: string;
  /** Daily amount paid: full daily benefit × (1 − reduction). */
  dailyBenefit: string;
  /** dailyBenefit × indemnifiableDays. */
  benefit: string;
  /** Monthly wage of the step (hourly wage × hours × 52 / 12, or the monthly wage given). */
  monthlyWage: string | null;
  /** monthlyWage × indemnifiableDays / the month's indemnifiable days (the whole wage for a whole month). */
  earnings: string;
  reference: Reference | null;
  /** Work in these days falls before the start or after the end of the authorisation. */
  outsideAuthorisation: 'before' | 'after' | null;
  /** The hours a week are above the authorised maximum. */
  aboveAuthorisedHours: boolean;
  /** Benefit of these days that must be repaid if the work is not authorised (art. 101). */
  atRisk: string;
  /** Reduction for a late request, deducted from `benefit` in the month's total. */
  latePenalty: string;
}

export interface ForecastMonth {
  month: string;
  indemnifiableDays: number;
  /** Hours a week of the work in force at the end of the month (or last worked in it). */
  hoursPerWeek: string | null;
  fraction: string | null;
  reductionPercent: number;
  dailyBenefit: string;
  /** Benefit of the month, after the reduction for a late request. */
  benefit: string;
  earnings: string;
  total: string;
  /** The benefit without any work. */
  fullBenefit: string;
  gainVsNoWork: string;
  /** Reduction for a late request included in `benefit`. */
  latePenalty: string;
  /** Benefit of days of work outside the authorisation (repayable). */
  atRisk: string;
  /** Month in which the benefit of this month is paid. */
  benefitPaidIn: string;
  /** Month in which the wage of this month is paid. */
  wagePaidIn: string;
  segments: Segment[];
  warnings: Notice[];
  /** The month's amounts include an indexation that is only projected (Federal Planning Bureau). */
  projected: boolean;
}

/** One payment into the bank account. */
export interface CashItem {
  kind: 'benefit' | 'wage';
  /** The month the amount is for. */
  forMonth: string;
  amount: string;
  /** For a month before the forecast: the full benefit, assumed without work. */
  beforeForecast: boolean;
  /** The wage's pay day (the last day of a shorter month); `null` for the benefit. */
  paidOn: string | null;
}

/** What arrives in the bank account in one month. */
export interface CashMonth {
  month: string;
  benefit: string;
  wage: string;
  total: string;
  items: CashItem[];
}

export interface ForecastTotals {
  indemnifiableDays: number;
  benefit: string;
  earnings: string;
  total: string;
  fullBenefit: string;
  gainVsNoWork: string;
  latePenalty: string;
  atRisk: string;
}

export interface Forecast {
  months: ForecastMonth[];
  totals: ForecastTotals;
  /** Notices about the whole forecast: assumptions of the calculator and unsettled points of law. */
  warnings: Notice[];
}

