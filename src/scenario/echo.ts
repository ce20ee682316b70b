/**
 * Names and values echoed back in messages: cut to a readable length and, for terminals, with
 * control characters written as escapes, so that a field named "\u001b[31mred" prints as
 * `\u001b[31mred` and never colours (or clears, or retitles) the terminal of whoever reads it.
 */
import { INPUT_LIMITS } from './limits.js';

/** The first `max` characters of `text`, then "…" when it was longer. */
export function clipText(text: string, max: number = INPUT_LIMITS.maxEchoedLength): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/**
 * C0 and C1 controls, DEL, the line and paragraph separators and the bidirectional overrides
 * (which can make a terminal show text in another order than it is read).
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const escape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** `text` with every control character written as `\uXXXX`. */
export function escapeControlCharacters(text: string): string {
  return text.replace(CONTROL, escape);
}

/** What `JSON.stringify` leaves raw: DEL, C1, the separators and bidirectional overrides. */
const RAW_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * JSON text (from `JSON.stringify`, which escapes only C0) with the other control characters
 * written as `\uXXXX`: still the same JSON value, since they can only stand inside strings.
 */
export function escapeJsonControlCharacters(json: string): string {
  return json.replace(RAW_IN_JSON, escape);
}
