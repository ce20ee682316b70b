/**
 * The gross daily benefit estimated from the lost wage, when the person does not know it
 * (salaried and unemployed schemes), as INAMI computes it:
 *
 * 1. the lost daily wage is capped at the ceiling of the onset's row, base × coefficient on the
 *    first day of incapacity (`ceilingAtOnset`);
 * 2. 60 % of it in the first year (primary incapacity), the invalidity rate of the family
 *    situation from the 13th month (`benefitRate`);
 * 3. indexed once, from the onset: × coefficient of the day ÷ coefficient of the onset; a capped
 *    wage follows its row (base × coefficient of the day), as in INAMI's tables of maxima;
 * 4. at least the minimum of the month of incapacity (`applicableMinimum`): in months 4 to 6 the
 *    one "from the 4th month" (limited to the lost wage), from the 7th month the one of a regular or
 *    non-regular worker (which continues in invalidity);
 * 5. taken to the cent.
 *
 * A daily benefit typed from the mutuality's statement always wins over this estimate; it is
 * carried by the same indexations from its statement's month (`typedDailyBenefit`).
 */
import { addMonthsToDate, daysInMonth, formatDate, type YearMonth } from './calendar.js';
import { Dec, HUNDRED, money } from './decimal.js';
import { FIRST_INDEXATION_DATE, LAST_KNOWN_INDEXATION, coefficientAt, indexFactor, indexationDates } from './indexation.js';
import {
  LAST_OFFICIAL_MINIMA,
  dailyWageCeilingByOnset,
  invalidityRate,
  minimumDailyAmounts,
  minimumFromMonth4CappedAtLostWage,
  primaryIncapacityRate,
  type FamilySituation,
  type MinimumAmounts,
} from './parameters/benefit-rates.js';
import { PROJECTION_PUBLISHED, indexationCapMonthlyThreshold } from './parameters/indexation.js';
import { startAt, valueAt, type Reference } from './parameters/parameter.js';
import type { Notice } from './notice.js';

export interface BenefitEstimateInput {
  /** First day of the incapacity. */
  incapacityStart: string;
  /** Gross daily wage lost, six-day scheme (monthly wage × 12 / 312). */
  lostDailyWage: Dec;
  familySituation: FamilySituation;
  /** A regular worker has a right to the higher minimum amounts (default yes). */
  regularWorker: boolean;
  /** Daily unemployment allowance at the onset, for an unemployed person (months 1 to 6). */
  unemploymentAllowance: Dec | null;
}

export type BenefitPhase = 'primary' | 'invalidity';

/** Which minimum raised the amount. */
export interface AppliedMinimum {
  /** 'month4': from the 4th month, limited to the lost wage; 'month7': from the 7th month. */
  rule: 'month4' | 'month7';
  amount: Dec;
  /** The 4th-month minimum was limited to the lost daily wage. */
  limitedToWage: boolean;
  /** Derived from the last official table by a published increase and the indexations. */
  derived: boolean;
}

export interface DailyBenefitEstimate {
  /** The full daily benefit, to the cent. */
  value: Dec;
  phase: BenefitPhase;
  /** Month of incapacity (1 = the month it started). */
  monthOfIncapacity: number;
  ratePercent: string;
  /** Ceiling of the lost wage on the first day of incapacity; `null` when not known. */
  ceilingAtOnset: Dec | null;
  /** The lost daily wage, capped at that ceiling. */
  cappedDailyWage: Dec;
  /** Coefficient ÷ coefficient of the onset: the indexations since the incapacity started. */
  indexFactor: Dec;
  /** The coefficient of the day is a projection of the Federal Planning Bureau. */
  projected: boolean;
  minimum: AppliedMinimum | null;
  /** The unemployment allowance was higher (unemployed, months 1 to 6). */
  unemploymentAllowanceApplied: boolean;
  notices: Notice[];
  reference: Reference;
}

/** A monthly wage as a daily wage of the six-day scheme: × 12 / 312 (26 days a month). */
export function dailyFromMonthly(monthly: Dec): Dec {
  return monthly.times(12).div(312);
}

/** The day invalidity starts: one year after the onset. */
export function invalidityStart(incapacityStart: string): string {
  return addMonthsToDate(incapacityStart, 12);
}

/** The first day of the month of incapacity `n` (1 = from the onset). */
export function monthOfIncapacityStart(incapacityStart: string, n: number): string {
  return addMonthsToDate(incapacityStart, n - 1);
}

/** The month of incapacity `date` falls in (1 = from the onset to the day before a month later). */
export function monthOfIncapacity(start: string, date: string): number {
  const months = (Number(date.slice(0, 4)) - Number(start.slice(0, 4))) * 12 + Number(date.slice(5, 7)) - Number(start.slice(5, 7));
  let n = Math.max(1, months);
  while (n > 1 && monthOfIncapacityStart(start, n) > date) n--;
  while (n < 1200 && monthOfIncapacityStart(start, n + 1) <= date) n++;
  return n;
}

/**
 * The days within a month on which the estimate changes, for splitting the months of the forecast:
 * the 3rd, 4th, 7th and 13th month of incapacity start on the onset's day of the month. (Rates,
 * minima and indexations change on the first of a month, where a month starts anyway.)
 */
export function estimateChangeDates(e: BenefitEstimateInput): string[] {
  return [3, 4, 7, 13].map((n) => monthOfIncapacityStart(e.incapacityStart, n));
}

/** The rate of the lost wage on `date`: primary incapacity, or invalidity by family situation. */
export function benefitRate(e: BenefitEstimateInput, date: string): { phase: BenefitPhase; percent: string; reference: Reference } {
  if (date < invalidityStart(e.incapacityStart)) {
    const rate = valueAt(primaryIncapacityRate, date)!;
    return { phase: 'primary', percent: rate.value, reference: rate.reference };
  }
  const rate = valueAt(invalidityRate, date)!;
  return { phase: 'invalidity', percent: rate.value[e.familySituation], reference: rate.reference };
}

/** The ceiling of the lost daily wage for an incapacity starting on `onset`, on `date`: base × coefficient. */
export function ceilingOn(onset: string, date: string, project: boolean): { amount: Dec; derived: boolean } | null {
  const row = valueAt(dailyWageCeilingByOnset, onset);
  if (!row) return null;
  return { amount: new Dec(row.value.base).times(coefficientAt(date, project).value).toDecimalPlaces(4, Dec.ROUND_HALF_UP), derived: row.value.derived === true };
}

/** The highest daily benefit of primary incapacity on `date` for an incapacity starting on `onset`: 60 % of the ceiling, to the cent. */
export function primaryIncapacityMaximum(onset: string, date: string, project = false): Dec | null {
  const ceiling = ceilingOn(onset, date, project);
  const rate = valueAt(primaryIncapacityRate, date);
  return ceiling && rate ? ceiling.amount.times(rate.value).div(HUNDRED).toDecimalPlaces(2, Dec.ROUND_HALF_UP) : null;
}

/** The amounts of a minimum table on `date`: its amounts × coefficient of the day ÷ coefficient of its date. */
function minimaOn(date: string, project: boolean): { table: MinimumAmounts; factor: Dec; since: string } | null {
  const since = startAt(minimumDailyAmounts, date);
  const row = since && minimumDailyAmounts.values[since];
  if (!row) return null;
  return { table: row.value, factor: indexFactor(since, date, project), since };
}

/**
 * The minimum of month `month` of incapacity: in months 4 to 6 the amount "from the 4th month"
 * (limited to the indexed lost wage); from the 7th month the amount of a regular or non-regular
 * worker. Read this way the cohabitant's own minimum (49.91 € in December 2022) keeps a meaning:
 * were the 4th-month amount (58.21 €) to continue, it would never apply.
 */
export function applicableMinimum(e: BenefitEstimateInput, date: string, month: number, indexedWage: Dec, project: boolean): AppliedMinimum | null {
  const minima = minimaOn(date, project);
  if (!minima || month < 4) return null;
  const derived = minima.table.derived === true || minima.since > LAST_OFFICIAL_MINIMA;
  let best: AppliedMinimum | null = null;
  const m4 = minima.table.fromMonth4;
  if (m4 && month < 7) {
    const amount =
      e.familySituation !== 'dependants' ? m4.withoutDependants : e.regularWorker ? m4.regularWithDependants : m4.nonRegularWithDependants;
    let value = new Dec(amount).times(minima.factor);
    let limitedToWage = false;
    if (valueAt(minimumFromMonth4CappedAtLostWage, date)?.value && indexedWage.lt(value)) {
      value = indexedWage;
      limitedToWage = true;
    }
    best = { rule: 'month4', amount: value, limitedToWage, derived };
  }
  if (month >= 7) {
    const m7 = minima.table.fromMonth7;
    const amount = e.regularWorker
      ? m7.regular[e.familySituation]
      : e.familySituation === 'dependants'
        ? m7.nonRegular.dependants
        : m7.nonRegular.withoutDependants;
    const value = new Dec(amount).times(minima.factor);
    if (!best || value.gt(best.amount)) best = { rule: 'month7', amount: value, limitedToWage: false, derived };
  }
  return best;
}

export function estimateDailyBenefit(e: BenefitEstimateInput, date: string, project = false): DailyBenefitEstimate {
  const notices: Notice[] = [];
  const onset = e.incapacityStart;
  const { phase, percent, reference } = benefitRate(e, date);
  const month = monthOfIncapacity(onset, date);
  if (onset < FIRST_INDEXATION_DATE) notices.push({ code: 'INDEXATION_UNKNOWN_FOR_ONSET', level: 'warning', params: { incapacityStart: onset } });

  const ceilingAtOnset = ceilingOn(onset, onset, project);
  if (!ceilingAtOnset) notices.push({ code: 'CEILING_UNKNOWN_FOR_ONSET', level: 'warning', params: { incapacityStart: onset } });
  else if (ceilingAtOnset.derived) {
    notices.push({ code: 'CEILING_DERIVED_BY_INDEXATION', level: 'warning', params: { incapacityStart: onset, ceiling: money(ceilingAtOnset.amount) } });
  }
  const capped = ceilingAtOnset && e.lostDailyWage.gt(ceilingAtOnset.amount) ? ceilingAtOnset.amount : e.lostDailyWage;
  const factor = indexFactor(onset, date, project);
  // A capped wage follows its row of the ceiling table, as INAMI's maxima do.
  const indexedWage = ceilingAtOnset && capped === ceilingAtOnset.amount ? ceilingOn(onset, date, project)!.amount : capped.times(factor);
  let value = indexedWage.times(percent).div(HUNDRED);

  let unemploymentAllowanceApplied = false;
  if (e.unemploymentAllowance && month <= 6 && e.unemploymentAllowance.gt(value)) {
    value = e.unemploymentAllowance;
    unemploymentAllowanceApplied = true;
  }

  const minimum = applicableMinimum(e, date, month, e.lostDailyWage.times(factor), project);
  let applied: AppliedMinimum | null = null;
  if (minimum && minimum.amount.gt(value)) {
    value = minimum.amount;
    applied = minimum;
    if (minimum.derived) {
      notices.push({ code: 'MINIMUM_DERIVED_BY_INDEXATION', level: 'warning', params: { minimum: money(minimum.amount), lastOfficial: LAST_OFFICIAL_MINIMA } });
    }
  } else if (!valueAt(minimumDailyAmounts, date) && month >= 4) {
    notices.push({ code: 'MINIMUM_UNKNOWN_FOR_PERIOD', level: 'info', params: {} });
  } else if (month === 3 && date >= '2023-01-01') {
    // The INAMI page announces a minimum from the 3rd month, without its amount.
    const next = applicableMinimum(e, date, 4, e.lostDailyWage.times(factor), project);
    if (next && next.amount.gt(value)) notices.push({ code: 'MINIMUM_MONTH_3_UNKNOWN', level: 'info', params: { minimumFromMonth4: money(next.amount) } });
  }

  const coefficient = coefficientAt(date, project);
  if (coefficient.projected) {
    notices.push({ code: 'INDEXATION_PROJECTED', level: 'info', params: { since: coefficient.since, published: PROJECTION_PUBLISHED } });
  } else if (!project && date > LAST_KNOWN_INDEXATION) {
    notices.push({ code: 'AMOUNT_MAY_BE_INDEXED', level: 'info', params: { lastIndexation: LAST_KNOWN_INDEXATION } });
  }
  const rounded = value.toDecimalPlaces(2, Dec.ROUND_HALF_UP);
  const cap = indexationCapNotice(onset, date, rounded, project);
  if (cap) notices.push(cap);
  return {
    value: rounded,
    phase,
    monthOfIncapacity: month,
    ratePercent: percent,
    ceilingAtOnset: ceilingAtOnset?.amount ?? null,
    cappedDailyWage: capped,
    indexFactor: factor,
    projected: coefficient.projected,
    minimum: applied,
    unemploymentAllowanceApplied,
    notices,
    reference,
  };
}

/**
 * A daily benefit typed from a payment statement of month `asOf`, on `date`: carried by the
 * indexations between the end of that month and the day (lowered for a day before it), to the
 * cent. Projected only when the day's step is a projection other than the statement's own.
 */
export function typedDailyBenefit(typed: Dec, asOf: YearMonth, date: string, project: boolean): { value: Dec; indexFactor: Dec; projected: boolean; notices: Notice[] } {
  const statementDay = formatDate(asOf.year, asOf.month, daysInMonth(asOf.year, asOf.month));
  const factor = indexFactor(statementDay, date, project);
  const value = typed.times(factor).toDecimalPlaces(2, Dec.ROUND_HALF_UP);
  const coefficient = coefficientAt(date, project);
  const projected = coefficient.projected && coefficientAt(statementDay, project).since !== coefficient.since;
  const notices: Notice[] = [];
  if (projected) notices.push({ code: 'INDEXATION_PROJECTED', level: 'info', params: { since: coefficient.since, published: PROJECTION_PUBLISHED } });
  const cap = indexationCapNotice(statementDay, date, value, project);
  if (cap) notices.push(cap);
  return { value, indexFactor: factor, projected, notices };
}

/**
 * The 2026 (and 2028) indexation is limited for benefits above 2,000 € gross a month; how for a
 * daily benefit is not published. A notice when an indexation of such a year raised an amount
 * above the threshold (26 days a month).
 */
export function indexationCapNotice(amountDate: string, date: string, daily: Dec, project: boolean): Notice | null {
  for (const step of indexationDates(project)) {
    if (step <= amountDate || step > date) continue;
    const threshold = valueAt(indexationCapMonthlyThreshold, step);
    if (threshold && daily.times(26).gt(threshold.value)) {
      return { code: 'INDEXATION_CAP_UNSETTLED', level: 'warning', params: { step, threshold: money(new Dec(threshold.value)) } };
    }
  }
  return null;
}
