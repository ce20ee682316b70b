/**
 * Cumulation by income tranches, 1 January 2012 to 31 March 2018 (domain notes §2): the daily
 * income of the work (gross − employee social contributions, as a daily amount of the six-day
 * scheme) is cut into tranches; each tranche reduces the daily benefit by its percentage of it.
 * Only the amounts of 1 January 2012 are known: later months are not computed.
 */
import { Dec, HUNDRED, ZERO } from '../decimal.js';
import { employeeSocialContributionPercent, incomeTranches2012 } from '../parameters/special-cases.js';
import { requireValueAt, type Reference } from '../parameters/parameter.js';

export const VALID_FROM = '2012-01-01';
export const TRANCHES = incomeTranches2012;
export const VALID_UNTIL = '2012-12-31';

export interface TrancheReduction {
  /** Daily income after the employee's contributions. */
  dailyIncome: Dec;
  /** Reduction of the daily benefit, in euros, before rounding. */
  reductionAmount: Dec;
  reference: Reference;
}

/** Daily income of a monthly gross wage: (gross − contributions) × 12 / 312. */
export function dailyIncome(monthlyGross: Dec, date: string): Dec {
  const contribution = new Dec(requireValueAt(employeeSocialContributionPercent, date).value);
  return monthlyGross.times(HUNDRED.minus(contribution)).div(HUNDRED).times(12).div(312);
}

export function trancheReduction(monthlyGross: Dec, date: string): TrancheReduction {
  const tranches = requireValueAt(incomeTranches2012, date);
  const income = dailyIncome(monthlyGross, date);
  let reduction = ZERO;
  let floor = ZERO;
  for (const t of tranches.value) {
    const top = t.upTo === null || income.lte(t.upTo) ? income : new Dec(t.upTo);
    if (top.gt(floor)) reduction = reduction.plus(top.minus(floor).times(t.percent).div(HUNDRED));
    if (t.upTo !== null) floor = new Dec(t.upTo);
    if (floor.gte(income)) break;
  }
  return { dailyIncome: income, reductionAmount: reduction, reference: tranches.reference };
}
