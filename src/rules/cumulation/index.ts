/**
 * The cumulation rules, each a dated implementation, and the choice among them for a day of work:
 * by the scheme, the kind of work and the date. A change in the law becomes a new entry here, not
 * another `if` in the forecast.
 *
 * - salaried and unemployed persons: income tranches in 2012 (their later indexed amounts are not
 *   known, so 2013 to March 2018 is not computed), then art. 230 §1 from 1 April 2018;
 * - a self-employed activity (self-employed scheme, or a salaried person's authorised
 *   self-employed work): 6 free months, −10 %, then the income test;
 * - work in a sheltered workplace (joint committee 327): no reduction;
 * - a registered childminder: −25 % in the first year of the authorisation, then −50 %.
 */
import { addMonthsToDate } from '../calendar.js';
import { Dec, HUNDRED, max0 } from '../decimal.js';
import type { Notice } from '../notice.js';
import { childminderReductionPercent, shelteredWorkReductionPercent } from '../parameters/special-cases.js';
import { valueAt, type Reference } from '../parameters/parameter.js';
import * as salaried2018 from './salaried-2018.js';
import { selfEmployedPhaseDates, selfEmployedReduction } from './self-employed.js';
import * as tranches2012 from './tranches-2012.js';

export type WorkKind = 'employee' | 'sheltered' | 'childminder' | 'self-employed' | 'volunteer';
export type Scheme = 'employee' | 'unemployed' | 'self-employed';
export type RuleId = 'art230-2018' | 'tranches-2012' | 'self-employed' | 'sheltered' | 'childminder' | 'volunteer';

export interface CumulationRule {
  id: 'art230-2018' | 'tranches-2012';
  validFrom: string;
  /** Last day the rule applies; `null` while in force. */
  validUntil: string | null;
}

/** The rules of salaried work by date (the other rules follow their own parameters). */
export const CUMULATION_RULES: readonly CumulationRule[] = [
  { id: 'tranches-2012', validFrom: tranches2012.VALID_FROM, validUntil: tranches2012.VALID_UNTIL },
  { id: 'art230-2018', validFrom: salaried2018.VALID_FROM, validUntil: null },
];

export function cumulationRuleAt(date: string): CumulationRule | undefined {
  return CUMULATION_RULES.find((rule) => rule.validFrom <= date && (rule.validUntil === null || date <= rule.validUntil));
}

/** The first month a forecast may start. */
export const FIRST_SUPPORTED_DATE = CUMULATION_RULES.map((r) => r.validFrom).sort()[0];

export interface SelfEmployedInput {
  /** First day of the authorised self-employed activity. */
  activityStart: string;
  /** Net taxable professional income by income year ("2025": 18000). */
  incomeByYear: Readonly<Record<string, Dec>>;
}

export interface ReductionContext {
  scheme: Scheme;
  kind: WorkKind;
  hoursPerWeek: Dec;
  fullTimeHoursPerWeek: Dec | null;
  monthlyIncome: Dec;
  date: string;
  /** First day of the authorisation (or of the step), for the childminder's first year. */
  authorisationStart: string;
  /** Only read for a self-employed activity. */
  selfEmployed: () => SelfEmployedInput;
}

export interface ReductionOutcome {
  rule: RuleId;
  /** Percentage of the daily benefit taken off; `null` for art. 230 (see `hours`) and the tranches (an amount). */
  reductionPercent: Dec | null;
  /** For the tranches: the daily amount taken off. */
  reductionAmount: Dec | null;
  /** Art. 230: fraction, excess and rounding. */
  hours: salaried2018.OccupationReduction | null;
  /** Tranches: the daily income. */
  dailyIncome: Dec | null;
  /** Names the situation within the rule (for splitting months and explaining). */
  phase: string;
  notices: Notice[];
  reference: Reference;
}

function usesSelfEmployedRule(ctx: { scheme: Scheme; kind: WorkKind }): boolean {
  return ctx.scheme === 'self-employed' || ctx.kind === 'self-employed';
}

/** Whether a rule covers this kind of work on this day (else PERIOD_NOT_SUPPORTED). */
export function isCovered(scheme: Scheme, kind: WorkKind, date: string): boolean {
  if (usesSelfEmployedRule({ scheme, kind })) return date >= FIRST_SUPPORTED_DATE;
  if (kind === 'sheltered') return valueAt(shelteredWorkReductionPercent, date) !== undefined;
  if (kind === 'childminder') return valueAt(childminderReductionPercent, date) !== undefined;
  const rule = cumulationRuleAt(date);
  return rule !== undefined && (rule.id === 'art230-2018' || valueAt(tranches2012.TRANCHES, date) !== undefined);
}

/** Dates on which the rule's situation changes for this work (months are split on them). */
export function reductionChangeDates(scheme: Scheme, kind: WorkKind, authorisationStart: string, selfEmployed: SelfEmployedInput): string[] {
  if (usesSelfEmployedRule({ scheme, kind })) {
    const { flatFrom, incomeTestFrom } = selfEmployedPhaseDates(selfEmployed.activityStart);
    const years = Array.from({ length: 12 }, (_, i) => `${Number(incomeTestFrom.slice(0, 4)) + i}-01-01`);
    return [selfEmployed.activityStart, flatFrom, incomeTestFrom, ...years];
  }
  if (kind === 'childminder') return [addMonthsToDate(authorisationStart, 12)];
  return [];
}

const NO_NOTICES: Notice[] = [];

export function reductionFor(ctx: ReductionContext): ReductionOutcome | null {
  // The common case first: salaried work under art. 230.
  if (ctx.kind === 'employee' && ctx.scheme !== 'self-employed' && ctx.fullTimeHoursPerWeek && ctx.date >= salaried2018.VALID_FROM) {
    const r = salaried2018.occupationReduction(ctx.hoursPerWeek, ctx.fullTimeHoursPerWeek, ctx.date);
    return {
      rule: 'art230-2018',
      reductionPercent: null,
      reductionAmount: null,
      hours: r,
      dailyIncome: null,
      phase: 'hours',
      notices: NO_NOTICES,
      reference: r.reference,
    };
  }
  const base = { reductionAmount: null, hours: null, dailyIncome: null };
  if (usesSelfEmployedRule(ctx)) {
    const se = ctx.selfEmployed();
    const r = selfEmployedReduction(se.activityStart, ctx.date, se.incomeByYear, ctx.scheme !== 'self-employed');
    return { ...base, rule: 'self-employed', reductionPercent: r.reductionPercent, phase: `${r.phase}|${r.incomeYear ?? ''}`, notices: r.notices, reference: r.reference };
  }
  if (ctx.kind === 'sheltered') {
    const row = valueAt(shelteredWorkReductionPercent, ctx.date);
    return row ? { ...base, rule: 'sheltered', reductionPercent: new Dec(row.value), phase: 'sheltered', notices: [], reference: row.reference } : null;
  }
  if (ctx.kind === 'childminder') {
    const row = valueAt(childminderReductionPercent, ctx.date);
    if (!row) return null;
    const firstYear = ctx.date < addMonthsToDate(ctx.authorisationStart, 12);
    return {
      ...base,
      rule: 'childminder',
      reductionPercent: new Dec(firstYear ? row.value.firstYear : row.value.after),
      phase: firstYear ? 'first-year' : 'after-first-year',
      notices: [],
      reference: row.reference,
    };
  }
  const rule = cumulationRuleAt(ctx.date);
  if (rule?.id === 'tranches-2012' && valueAt(tranches2012.TRANCHES, ctx.date)) {
    const r = tranches2012.trancheReduction(ctx.monthlyIncome, ctx.date);
    return {
      ...base,
      rule: 'tranches-2012',
      reductionPercent: null,
      reductionAmount: r.reductionAmount,
      dailyIncome: r.dailyIncome,
      phase: 'tranches',
      notices: [
        { code: 'TRANCHE_AMOUNTS_OF_2012', level: 'warning', params: {} },
        { code: 'ASSUMPTION_DAILY_INCOME_26_DAYS', level: 'info', params: {} },
      ],
      reference: r.reference,
    };
  }
  return null;
}

/** The daily amount paid after a reduction, rounded half up to `decimals`, never below zero. */
export function reducedDaily(fullDaily: Dec, outcome: ReductionOutcome, decimals: number): Dec {
  if (outcome.hours) return salaried2018.reducedDailyBenefit(fullDaily, outcome.hours.reductionPercent, decimals);
  const cut = outcome.reductionPercent !== null ? fullDaily.times(outcome.reductionPercent).div(HUNDRED) : (outcome.reductionAmount ?? new Dec(0));
  return max0(fullDaily.minus(cut)).toDecimalPlaces(decimals, Dec.ROUND_HALF_UP);
}
