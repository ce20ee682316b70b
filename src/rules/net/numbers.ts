/**
 * The numbers of the net's parameters as decimals, parsed once: a parameter is read for every
 * payslip, and parsing its texts again dominated the cost of reading it. (Here rather than in
 * `decimal.ts`, so that they travel with the net in the on-demand file.)
 */
import { Dec, HUNDRED } from '../decimal.js';

/** 0.01: × HUNDREDTH is ÷ 100, exactly, without a division. */
export const HUNDREDTH = new Dec('0.01');

const constants = new Map<string, Dec>();
const ratios = new Map<string, Dec>();
/** Bounds the memory of the two memos below (the rules' data has a few hundred numbers). */
const MEMO_LIMIT = 4096;

function memo(cache: Map<string, Dec>, text: string, make: () => Dec): Dec {
  let found = cache.get(text);
  if (found === undefined) {
    if (cache.size >= MEMO_LIMIT) cache.clear();
    found = make();
    cache.set(text, found);
  }
  return found;
}

/**
 * A number of the rules' own data (a parameter's text: an amount, a ceiling, a rate), parsed once
 * and shared: a parameter is read on every month, and parsing dominated the cost of reading it.
 * Not for a user's input, which goes through {@link parseDecimal}.
 */
export function constant(text: string): Dec {
  return memo(constants, text, () => new Dec(text));
}

/** A percentage of the rules' data as a ratio ("13.07" → 0.1307), computed once. */
export function ratio(percentText: string): Dec {
  return memo(ratios, percentText, () => new Dec(percentText).div(HUNDRED));
}
