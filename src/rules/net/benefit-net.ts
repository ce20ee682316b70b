/**
 * The withholding tax on the sickness-fund benefit: 11.11 % in primary incapacity (the first
 * year), work or not; none on invalidity benefits (year 2 on), whose withholding was announced and
 * then postponed without a new date. Both are parameters with their sources.
 */
import { Dec, ZERO } from '../decimal.js';
import { ratio } from './numbers.js';
import { requireValueAt } from '../parameters/parameter.js';
import { invalidityBenefitWithholdingPercent, primaryBenefitWithholdingPercent } from '../parameters/net.js';
import type { BenefitPhase } from './person.js';
import { cent } from './wage-net.js';

/** The rate applied in a phase, as a ratio. */
export function benefitWithholdingRate(phase: BenefitPhase, date: string): Dec {
  const text = phase === 'primary' ? requireValueAt(primaryBenefitWithholdingPercent, date).value : requireValueAt(invalidityBenefitWithholdingPercent, date).value.applied;
  return ratio(text);
}

/** The rate announced for invalidity benefits (the top of the range shown). */
export function announcedInvalidityRate(date: string): Dec {
  return ratio(requireValueAt(invalidityBenefitWithholdingPercent, date).value.announced);
}

/** Withholding on an amount of benefit, to the cent. */
export function benefitWithholding(benefit: Dec, rate: Dec): Dec {
  if (rate.isZero() || !benefit.gt(0)) return ZERO;
  return cent(benefit.times(rate));
}
