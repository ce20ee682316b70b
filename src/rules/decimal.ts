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
/** 0.01: × HUNDREDTH is ÷ 100, exactly, without a division. */
export const HUNDREDTH = new Dec('0.01');

const ZEROS = '0000000';
const POWERS = [1, 10, 100, 1000, 10_000, 100_000, 1_000_000, 10_000_000];

/**
 * A decimal rounded half up to `places` decimals, as a plain string padded with zeros
 * (`fixed(new Dec('47'), 2) === '47.00'`).
 *
 * Written from the decimal's digits (`d`: base 10⁷ words, the first without leading zeros; `e`:
 * the exponent of its first digit; `s`: the sign; read-only properties of decimal.js) rather than
 * through `toString()`: every amount of every month is written this way, and the generic
 * conversion was a tenth of the time of a forecast.
 */
export function fixed(value: Dec, places: number): string {
  const rounded = value.decimalPlaces() <= places ? value : value.toDecimalPlaces(places, Dec.ROUND_HALF_UP);
  const d = rounded.d;
  if (d.length === 1 && d[0] === 0) return places === 0 ? '0' : `0.${'0'.repeat(places)}`; // never "-0"
  const sign = rounded.s < 0 ? '-' : '';
  const e = rounded.e;
  // Most amounts: under ten million and at most seven decimals kept. The first word is then the
  // whole integer part (e ≥ 0) or the first seven decimals (e < 0), and the next word the decimals.
  if (places <= 7 && e < 7 && e >= -7 && d.length <= (e < 0 ? 1 : 2)) {
    const int = e < 0 ? 0 : d[0];
    if (places === 0) return sign + int;
    const word = e < 0 ? d[0] : d.length === 2 ? d[1] : 0;
    return `${sign}${int}.${String(Math.floor(word / POWERS[7 - places])).padStart(places, '0')}`;
  }
  let digits = String(d[0]);
  for (let i = 1; i < d.length; i++) {
    const word = String(d[i]);
    digits += ZEROS.slice(word.length) + word;
  }
  const whole = e + 1; // digits before the point
  let int: string;
  let decimals: string;
  if (whole <= 0) {
    int = '0';
    decimals = '0'.repeat(-whole) + digits;
  } else if (whole >= digits.length) {
    int = digits + '0'.repeat(whole - digits.length);
    decimals = '';
  } else {
    int = digits.slice(0, whole);
    decimals = digits.slice(whole);
  }
  // The rounded value has at most `places` decimals: what the words hold beyond them is zeros.
  decimals = decimals.length >= places ? decimals.slice(0, places) : decimals + '0'.repeat(places - decimals.length);
  return sign + int + (places === 0 ? '' : `.${decimals}`);
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
