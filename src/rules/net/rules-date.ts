/**
 * Which year's rules give the net of a date. The deduction rules are encoded from
 * `NET_COVERED_FROM` to the day before `NET_RULES_UNTIL` (each net parameter ends there: the rules
 * of later years are not published yet). A later date is estimated with the rules in force on the
 * last encoded day — the last known key formula, work bonus, special contribution, benefit
 * withholding and year-end scale are taken to stay in force — and the net forecast says so
 * (`NET_RULES_OF_LAST_KNOWN_YEAR`). An earlier date is not estimated (`NET_NOT_COVERED`).
 *
 * This is the one place that decides it: the net forecast, the year-end settlement and the views
 * ask here, never compare dates themselves.
 */
import { NET_COVERED_FROM, NET_RULES_UNTIL } from '../parameters/net.js';

/** The last day whose rules are encoded (the day before `NET_RULES_UNTIL`). */
export const NET_LAST_RULES_DATE = `${Number(NET_RULES_UNTIL.slice(0, 4)) - 1}-12-31`;
/** The last year whose rules are encoded (2026). */
export const NET_LAST_RULES_YEAR = Number(NET_LAST_RULES_DATE.slice(0, 4));

/**
 * The date (YYYY-MM-DD) whose rules apply to `date`: the date itself within the encoded years, the
 * last encoded day after them, `null` before them (the net is not estimated).
 */
export function netRulesDate(date: string): string | null {
  if (date < NET_COVERED_FROM) return null;
  return date < NET_RULES_UNTIL ? date : NET_LAST_RULES_DATE;
}

/** Whether the net of `date` is estimated (with its own rules or with those of the last encoded year). */
export function netCovered(date: string): boolean {
  return netRulesDate(date) !== null;
}

/** Whether the net of `date` is estimated with the rules of an earlier year (its own are not encoded). */
export function onLastKnownRules(date: string): boolean {
  return date >= NET_RULES_UNTIL;
}
