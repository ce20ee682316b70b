/**
 * Cumulation of the incapacity benefit with authorised work, salaried and unemployed persons,
 * from 1 April 2018: art. 230 §1 AR 3 July 1996.
 *
 * 1. Occupation fraction (FR fraction d'occupation, NL tewerkstellingsbreuk) = Q / S, where Q is the
 *    average weekly hours the person is supposed to work and S those of the full-time reference
 *    person (FR personne de référence, NL maatpersoon) in the same job.
 * 2. Up to 20 %, the full daily benefit is kept.
 * 3. Above, the part of the fraction over 20 % is computed to the hundredth of a percent, then
 *    rounded to the next whole percent when its first decimal is 5 or more (else the decimals are
 *    dropped). That whole percent is the reduction of the daily benefit.
 */
import { Dec, HUNDRED, ZERO } from '../decimal.js';
import { exemptedOccupationPercent, excessPercentDecimals } from '../parameters/cumulation.js';
import { requireValueAt, startAt, type Reference } from '../parameters/parameter.js';

export const VALID_FROM = '2018-04-01';

export interface OccupationReduction {
  /** Q / S in percent, exact. */
  occupationPercent: Dec;
  /** The exempted part of the fraction, in percent (20). */
  exemptedPercent: Dec;
  /** Part of the fraction above the exemption, to the hundredth of a percent; zero when within it. */
  excessPercent: Dec;
  /** Whole-percent reduction of the daily benefit (0 … 100). */
  reductionPercent: number;
  /**
   * The reduction had "au centième près" meant truncation instead of rounding, when that gives
   * another whole percent; otherwise `null`. The text does not settle it (domain notes §1.2).
   */
  reductionPercentIfTruncated: number | null;
  /** The fraction is above 100 % (more hours than full time); the reduction is capped at 100 %. */
  aboveFullTime: boolean;
  reference: Reference;
}

/** Q / S, in percent. */
export function occupationPercent(hoursPerWeek: Dec, fullTimeHoursPerWeek: Dec): Dec {
  return hoursPerWeek.div(fullTimeHoursPerWeek).times(HUNDRED);
}

/** Part of the occupation percentage above the exemption, to the hundredth (rounded half up). */
export function excessOverExemption(occupation: Dec, exempted: Dec, decimals: number, truncate = false): Dec {
  if (occupation.lte(exempted)) return ZERO;
  const excess = occupation.minus(exempted);
  return excess.toDecimalPlaces(decimals, truncate ? Dec.ROUND_DOWN : Dec.ROUND_HALF_UP);
}

/** "Next whole unit if the first decimal is 5 or more, otherwise the decimals are dropped." */
export function roundToWholePercent(excess: Dec): number {
  return excess.toDecimalPlaces(0, Dec.ROUND_HALF_UP).toNumber();
}

/** Results by hours, full-time hours and the rows in force: a plan's hours recur on every forecast. */
const reductions = new Map<string, OccupationReduction>();

/**
 * The reduction for `hoursPerWeek` of `fullTimeHoursPerWeek` under the rows in force on `date`.
 * A pure function of these, so it is computed once per distinct set of them (the result is shared:
 * read it, never change it).
 */
export function occupationReduction(hoursPerWeek: Dec, fullTimeHoursPerWeek: Dec, date: string): OccupationReduction {
  const key = `${hoursPerWeek}/${fullTimeHoursPerWeek}/${startAt(exemptedOccupationPercent, date)}/${startAt(excessPercentDecimals, date)}`;
  let found = reductions.get(key);
  if (!found) {
    if (reductions.size > 4095) reductions.clear();
    reductions.set(key, (found = computeOccupationReduction(hoursPerWeek, fullTimeHoursPerWeek, date)));
  }
  return found;
}

function computeOccupationReduction(hoursPerWeek: Dec, fullTimeHoursPerWeek: Dec, date: string): OccupationReduction {
  const exempted = requireValueAt(exemptedOccupationPercent, date);
  const decimals = requireValueAt(excessPercentDecimals, date).value;
  const exemptedPercent = new Dec(exempted.value);
  const occupation = occupationPercent(hoursPerWeek, fullTimeHoursPerWeek);
  const excess = excessOverExemption(occupation, exemptedPercent, decimals);
  const reduction = Math.min(100, roundToWholePercent(excess));
  const truncated = Math.min(100, roundToWholePercent(excessOverExemption(occupation, exemptedPercent, decimals, true)));
  return {
    occupationPercent: occupation,
    exemptedPercent,
    excessPercent: excess,
    reductionPercent: reduction,
    reductionPercentIfTruncated: truncated === reduction ? null : truncated,
    aboveFullTime: occupation.gt(HUNDRED),
    reference: exempted.reference,
  };
}

/** Daily benefit − daily benefit × reduction %, rounded half up to `decimals`. */
export function reducedDailyBenefit(dailyBenefit: Dec, reductionPercent: number, decimals: number): Dec {
  const reduction = dailyBenefit.times(reductionPercent).div(HUNDRED);
  return dailyBenefit.minus(reduction).toDecimalPlaces(decimals, Dec.ROUND_HALF_UP);
}
