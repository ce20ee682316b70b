/**
 * The one decimal constructor of the project. Every amount of money, every number of hours and
 * every percentage goes through it; JavaScript numbers are never used for them.
 *
 * `Decimal.clone` gives a private constructor: the host page's own decimal.js (if any) keeps its
 * settings, and ours cannot leak into it (never `Decimal.set`).
 */
import Decimal from 'decimal.js';

export const Dec = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  // Never switch to exponential notation in toString(): amounts are shown and exported as plain digits.
  toExpNeg: -9e15,
  toExpPos: 9e15,
});

/** An instance of {@link Dec}. */
export type Dec = Decimal;

export const ZERO = new Dec(0);
export const HUNDRED = new Dec(100);

/** The smaller of two decimals: one of them, not a copy (`Dec.min` makes a new decimal each time). */
export const lower = (a: Dec, b: Dec): Dec => (b.lt(a) ? b : a);
/** The larger of two decimals: one of them, not a copy. */
export const higher = (a: Dec, b: Dec): Dec => (b.gt(a) ? b : a);
/** A decimal, or zero when it is below zero (also "-0"). */
export const max0 = (value: Dec): Dec => (value.isNegative() ? ZERO : value);

const POWERS = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7];

/**
 * A decimal rounded half up to `places` decimals, as a plain string padded with zeros
 * (`fixed(new Dec('47'), 2) === '47.00'`).
 *
 * Most amounts (under ten million, at most seven decimals kept) are written straight from the
 * decimal's digits (`d`: base 10⁷ words; `e`: the exponent of the first digit; `s`: the sign;
 * read-only properties of decimal.js): their first word is the whole integer part (e ≥ 0) or the
 * first seven decimals (e < 0), the next word the decimals. Every amount of every month is written,
 * and `toString()` was a tenth of the time of a forecast. Other values go through `toString()`.
 */
export function fixed(value: Dec, places: number): string {
  const rounded = value.decimalPlaces() <= places ? value : value.toDecimalPlaces(places, Dec.ROUND_HALF_UP);
  const { d, e } = rounded;
  if (rounded.isZero()) return places ? `0.${'0'.repeat(places)}` : '0'; // never "-0"
  if (places <= 7 && e < 7 && e >= -7 && d.length <= (e < 0 ? 1 : 2)) {
    const int = `${rounded.s < 0 ? '-' : ''}${e < 0 ? 0 : d[0]}`;
    return places ? `${int}.${String(Math.floor((e < 0 ? d[0] : (d[1] ?? 0)) / POWERS[7 - places])).padStart(places, '0')}` : int;
  }
  const text = rounded.toString();
  const dot = text.indexOf('.');
  const have = dot < 0 ? 0 : text.length - dot - 1;
  return places ? (dot < 0 ? `${text}.` : text) + '0'.repeat(places - have) : text;
}

/** Money as a string with two decimals, rounded half up to the cent. */
export function money(value: Dec): string {
  return fixed(value, 2);
}

const DECIMAL_TEXT = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/;
/** An integer part in groups of three: "1 234", "1.234.567", "1,234" (then the decimals). */
const GROUPED = /^([+-]?\d{1,3})((?:([ .,'\u00a0\u202f\u2009])\d{3})(?:\3\d{3})*)([.,]\d*)?$/;

/**
 * Reads a user's number, the one reader of the project (form fields, attributes, scenarios, CLI):
 * a finite JS number, or a decimal string with a dot or a comma as the decimal separator ("12.5",
 * "12,5"), thousands grouped by spaces (also no-break ones), apostrophes, dots or commas
 * ("1 234,56", "1.234,56", "1,234.56"), and a euro sign or "EUR" before or after ("58,20 €",
 * "€ 58.20"). One dot or comma alone is the decimal separator ("1.234" is 1.234, not 1234).
 * Anything else (exponents, words, NaN, Infinity) gives `null`: the caller reports it.
 */
export function parseDecimal(input: unknown): Dec | null {
  if (typeof input === 'number') {
    return Number.isFinite(input) ? new Dec(input) : null;
  }
  if (typeof input !== 'string' || input.length > 60) return null;
  let text = input.trim().replace(/^(?:€|eur)\s*|\s*(?:€|eur)$/gi, '');
  const grouped = GROUPED.exec(text);
  if (grouped && (grouped[4] ? grouped[4][0] !== grouped[3] : grouped[2].length > 4 || !/[.,]/.test(grouped[3]))) {
    text = grouped[1] + grouped[2].replace(/\D/g, '') + (grouped[4] ?? '');
  }
  if (text.length === 0 || text.length > 40 || !DECIMAL_TEXT.test(text)) return null;
  return new Dec(text.replace(',', '.'));
}

/**
 * Compares two amounts written by {@link money} (two decimals, no leading zeros, "-" when
 * negative) without parsing them: −1, 0 or 1. Exact, and cheap enough for every re-render.
 */
export function compareMoney(a: string, b: string): number {
  const negA = a.startsWith('-');
  const negB = b.startsWith('-');
  if (negA !== negB) return negA ? -1 : 1;
  const x = negA ? a.slice(1) : a;
  const y = negB ? b.slice(1) : b;
  const magnitude = x.length !== y.length ? (x.length < y.length ? -1 : 1) : x < y ? -1 : x > y ? 1 : 0;
  return negA ? -magnitude : magnitude;
}

/** A money text above zero. */
export function isPositiveMoney(text: string): boolean {
  return !text.startsWith('-') && /[1-9]/.test(text);
}
