/**
 * The gross daily benefit estimated from the lost wage, when the person does not know it
 * (salaried and unemployed schemes): 60 % of the capped wage in the first year (primary
 * incapacity), then the invalidity rate of the family situation from the 13th month; at least the
 * minimum of a regular worker from the 7th month; raised by each indexation since the incapacity
 * started. A daily benefit typed from the mutuality's statement always wins over this estimate.
 */
import { addMonthsToDate } from './calendar.js';
import { Dec, HUNDRED } from './decimal.js';
import {
  LAST_KNOWN_INDEXATION,
  dailyWageCeilingByOnset,
  indexationSteps,
  invalidityRate,
  minimumDailyAmountRegularWorker,
  minimumFromMonthOfIncapacity,
  primaryIncapacityRate,
  type FamilySituation,
} from './parameters/benefit-rates.js';
import { valueAt, type Reference } from './parameters/parameter.js';
import type { Notice } from './notice.js';

export interface BenefitEstimateInput {
  /** First day of the incapacity. */
  incapacityStart: string;
  /** Gross daily wage lost, six-day scheme (monthly wage × 12 / 312). */
  lostDailyWage: Dec;
  familySituation: FamilySituation;
  /** A regular worker has a right to the minimum amounts (default yes). */
  regularWorker: boolean;
  /** Daily unemployment allowance at the onset, for an unemployed person (months 1 to 6). */
  unemploymentAllowance: Dec | null;
}

export type BenefitPhase = 'primary' | 'invalidity';

export interface DailyBenefitEstimate {
  value: Dec;
  phase: BenefitPhase;
  /** Month of incapacity (1 = the month it started). */
  monthOfIncapacity: number;
  ratePercent: string;
  cappedDailyWage: Dec;
  ceiling: Dec | null;
  /** The minimum raised the amount. */
  minimumApplied: boolean;
  /** The unemployment allowance was higher (unemployed, months 1 to 6). */
  unemploymentAllowanceApplied: boolean;
  /** Product of the indexations since the onset. */
  indexFactor: Dec;
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

function monthOfIncapacity(start: string, date: string): number {
  let n = 1;
  while (n < 1200 && monthOfIncapacityStart(start, n + 1) <= date) n++;
  return n;
}

/** The dates on which the estimate changes, for splitting the months of the forecast. */
export function estimateChangeDates(e: BenefitEstimateInput): string[] {
  const dates = [invalidityStart(e.incapacityStart), monthOfIncapacityStart(e.incapacityStart, 7)];
  for (const d of Object.keys(indexationSteps.values)) if (d > e.incapacityStart) dates.push(d);
  for (const p of [minimumDailyAmountRegularWorker, minimumFromMonthOfIncapacity, primaryIncapacityRate, invalidityRate]) {
    dates.push(...Object.keys(p.values));
  }
  return dates;
}

export function estimateDailyBenefit(e: BenefitEstimateInput, date: string): DailyBenefitEstimate {
  const notices: Notice[] = [];
  const phase: BenefitPhase = date < invalidityStart(e.incapacityStart) ? 'primary' : 'invalidity';
  const month = monthOfIncapacity(e.incapacityStart, date);
  const rate =
    phase === 'primary'
      ? valueAt(primaryIncapacityRate, date)!
      : { value: valueAt(invalidityRate, date)!.value[e.familySituation], reference: valueAt(invalidityRate, date)!.reference };
  const ceilingRow = valueAt(dailyWageCeilingByOnset, e.incapacityStart);
  if (!ceilingRow) notices.push({ code: 'CEILING_UNKNOWN_FOR_ONSET', level: 'warning', params: { incapacityStart: e.incapacityStart } });
  const ceiling = ceilingRow ? new Dec(ceilingRow.value) : null;
  const capped = ceiling && e.lostDailyWage.gt(ceiling) ? ceiling : e.lostDailyWage;
  let value = capped.times(rate.value).div(HUNDRED);

  let indexFactor = new Dec(1);
  for (const d of Object.keys(indexationSteps.values).sort()) {
    if (d > e.incapacityStart && d <= date) indexFactor = indexFactor.times(indexationSteps.values[d]!.value);
  }
  value = value.times(indexFactor);
  if (date > LAST_KNOWN_INDEXATION) {
    notices.push({ code: 'AMOUNT_MAY_BE_INDEXED', level: 'info', params: { lastIndexation: LAST_KNOWN_INDEXATION } });
  }

  let unemploymentAllowanceApplied = false;
  if (e.unemploymentAllowance && month <= 6 && e.unemploymentAllowance.gt(value)) {
    value = e.unemploymentAllowance;
    unemploymentAllowanceApplied = true;
  }

  let minimumApplied = false;
  const minimumRow = valueAt(minimumDailyAmountRegularWorker, date);
  const fromMonth = valueAt(minimumFromMonthOfIncapacity, date)?.value;
  if (e.regularWorker && minimumRow && fromMonth !== undefined && month >= fromMonth) {
    const minimum = new Dec(minimumRow.value[e.familySituation]);
    if (minimum.gt(value)) {
      value = minimum;
      minimumApplied = true;
      notices.push({ code: 'MINIMUM_AMOUNT_OUTDATED', level: 'warning', params: { minimum: minimum.toString(), since: '2022-12-01' } });
    }
  } else if (e.regularWorker && !minimumRow && month >= 7) {
    notices.push({ code: 'MINIMUM_UNKNOWN_FOR_PERIOD', level: 'info', params: {} });
  }
  return {
    value: value.toDecimalPlaces(4, Dec.ROUND_HALF_UP),
    phase,
    monthOfIncapacity: month,
    ratePercent: rate.value,
    cappedDailyWage: capped,
    ceiling,
    minimumApplied,
    unemploymentAllowanceApplied,
    indexFactor,
    notices,
    reference: rate.reference,
  };
}
