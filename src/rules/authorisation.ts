/**
 * The medical advisor's authorisation as the frame of the forecast: its period, the authorised
 * hours, the deadline of the request and what a late request costs. Pure functions on ISO dates.
 */
import { addDays, addMonthsToDate, daysBetween, workingDayBefore } from './calendar.js';
import type { Dec } from './decimal.js';
import {
  lateRequestGraceDays,
  maximumDurationYears,
  requestDueWorkingDaysBefore,
  reviewIntervalMonths,
} from './parameters/authorisation.js';
import { valueAt } from './parameters/parameter.js';

export interface AuthorisationInput {
  /** Date the request (with the declaration of resumption) was sent or handed in. */
  requestSent: string | null;
  /** First day of the authorised period. */
  start: string | null;
  /** Last day of the authorised period. */
  end: string | null;
  /** Most hours a week the advisor authorised. */
  maxHoursPerWeek: Dec | null;
  /** The nature of the work and the conditions, as the advisor wrote them. */
  nature: string;
  conditions: string;
}

/**
 * The last day an authorisation starting on `start` can cover: two years, less one day. Before
 * 1 April 2018 the same limit is assumed (see `maximumDurationYears`); `null` before 2012.
 */
export function latestAuthorisationEnd(start: string): string | null {
  const years = valueAt(maximumDurationYears, start)?.value;
  return years === undefined ? null : addDays(addMonthsToDate(start, years * 12), -1);
}

/** The end of the authorisation: as given, else the longest allowed. */
export function authorisationEnd(a: AuthorisationInput): string | null {
  if (a.end) return a.end;
  return a.start ? latestAuthorisationEnd(a.start) : null;
}

/**
 * The last day to send the request: the working day before the first day of work; `null` for
 * work started before the prior declaration existed (12 April 2013).
 */
export function requestDeadline(workStart: string): string | null {
  const count = valueAt(requestDueWorkingDaysBefore, workStart)?.value;
  if (count === undefined) return null;
  let day = workStart;
  for (let i = 0; i < count; i++) day = workingDayBefore(day);
  return day;
}

export type RequestTimeliness =
  | { kind: 'on-time'; deadline: string }
  /** Sent late but within the grace days: the reduction applies from `from` to `to` (may be empty). */
  | { kind: 'late-within-grace'; deadline: string; daysLate: number; from: string; to: string }
  /** Sent later still: the sources differ on what follows. */
  | { kind: 'late-beyond-grace'; deadline: string; daysLate: number; from: string; to: string };

/** Whether the request was sent in time for a resumption on `workStart` (`null`: no rule then). */
export function requestTimeliness(workStart: string, requestSent: string): RequestTimeliness | null {
  const deadline = requestDeadline(workStart);
  const grace = valueAt(lateRequestGraceDays, workStart)?.value;
  if (deadline === null || grace === undefined) return null;
  if (requestSent <= deadline) return { kind: 'on-time', deadline };
  const daysLate = daysBetween(deadline, requestSent);
  const kind = daysBetween(workStart, requestSent) <= grace ? 'late-within-grace' : 'late-beyond-grace';
  return { kind, deadline, daysLate, from: workStart, to: requestSent };
}

/** The dates of the six-monthly reviews within the authorised period. */
export function reviewDates(start: string, end: string): string[] {
  const interval = valueAt(reviewIntervalMonths, start)?.value;
  if (interval === undefined) return [];
  const dates: string[] = [];
  for (let i = 1; ; i++) {
    const date = addMonthsToDate(start, i * interval);
    if (date > end) return dates;
    dates.push(date);
  }
}
