/**
 * The dated checklist of one plan: what to send, what happens and what arrives, and when. Pure
 * data — a date, a stable kind code and the step or month concerned; the views write the
 * sentences in the reader's language and `src/export/ics.ts` makes the calendar file.
 *
 * Derived from a validated scenario and its forecast (the result of `forecastScenario`), with
 * the rules the forecast already applies: the request's deadline (`requestDeadline`), the
 * authorisation's end and reviews, the employer's monthly declaration and the payment dates of
 * the cash calendar. Not on the element's main-file import path (only core.ts and the views).
 */
import { Dec } from './decimal.js';
import { addMonthsToDate, daysInMonth, workingDayBefore } from './calendar.js';
import { latestAuthorisationEnd, requestDeadline, reviewDates } from './authorisation.js';
import type { CashMonth, Forecast } from './forecast-types.js';
import { renewalRequestMonthsBefore } from './parameters/checklist.js';
import { valueAt } from './parameters/parameter.js';
import type { Scenario, WorkStep } from '../scenario/types.js';

/**
 * What an item is about, in the order items of the same date are listed:
 * - `request-deadline`: last day to send the request to the medical advisor with the declaration
 *   of resumption (one form): the working day before the first day of work (INAMI);
 * - `change-request-deadline`: the same before a step that changes the hours or the kind of
 *   work (any change needs a new prior request);
 * - `volunteer-advisor`: before volunteering, send the volunteering form so the medical advisor
 *   can find it compatible (INAMI recommends asking first; the working day before is advice);
 * - `work-start`: first day of work (also after a stop); `hours-change`: first day of a step with
 *   other hours or another kind of work; `work-stop`: first day without work; `volunteer-start`;
 * - `employer-declaration`: last day of each month of salaried work: the employer's monthly
 *   declaration is due when the month has ended (DRS scenario 2; none for a sheltered workplace or
 *   self-employed work);
 * - `first-wage-payment`: pay day of the wage of the first month of work; `first-benefit-payment`:
 *   the benefit of that month, paid after the employer's declaration — `monthOnly`, the day is not
 *   known: the date is the last day of the month of payment, so that it never comes before the
 *   payment ("by the end of …");
 * - `review`: the medical advisor's six-monthly review;
 * - `renewal-request`: ask for the renewal (`authorisation.renewalRequestMonthsBefore`, advice);
 * - `authorisation-end`: last day of the authorised period.
 */
export const CHECKLIST_KINDS = [
  'request-deadline',
  'change-request-deadline',
  'volunteer-advisor',
  'work-start',
  'hours-change',
  'work-stop',
  'volunteer-start',
  'employer-declaration',
  'first-wage-payment',
  'first-benefit-payment',
  'review',
  'renewal-request',
  'authorisation-end',
] as const;

export type ChecklistKind = (typeof CHECKLIST_KINDS)[number];

export interface ChecklistItem {
  /** YYYY-MM-DD. */
  date: string;
  kind: ChecklistKind;
  /** The work step concerned (index in `scenario.work`). */
  stepIndex?: number;
  /** The plan, as given by the caller (e.g. its index among the plans compared). */
  planId?: string;
  /** The month of work concerned (YYYY-MM): declarations and first payments. */
  forMonth?: string;
  /** The date stands for its whole month: the day is not known. */
  monthOnly?: boolean;
}

export interface PlanResult {
  scenario: Scenario;
  forecast: Forecast;
  cash: readonly CashMonth[];
}

/** The last day of a month (YYYY-MM). */
const monthEnd = (month: string): string => {
  const [year, m] = month.split('-').map(Number);
  return `${month}-${String(daysInMonth(year, m)).padStart(2, '0')}`;
};

/** A step of paid work: some hours, and not volunteering (which the checklist dates apart). */
/** A step with hours a week (paid work or volunteering); a step of 0 h ends work. */
export const hasHours = (step: WorkStep | undefined): boolean => !!step && new Dec(step.hoursPerWeek).gt(0);
export const isPaidWorkStep = (step: WorkStep | undefined): boolean => hasHours(step) && step!.kind !== 'volunteer';

/** The dated items of a plan, in date order (then in the order of `CHECKLIST_KINDS`). */
export function buildChecklist(plan: PlanResult, planId?: string): ChecklistItem[] {
  const { scenario, forecast, cash } = plan;
  const items: ChecklistItem[] = [];
  const add = (date: string | null, kind: ChecklistKind, extra: Partial<ChecklistItem> = {}) => {
    if (date) items.push({ date, kind, ...extra, ...(planId === undefined ? {} : { planId }) });
  };

  scenario.work.forEach((step, stepIndex) => {
    const previous = scenario.work[stepIndex - 1];
    if (step.kind === 'volunteer') {
      add(workingDayBefore(step.from), 'volunteer-advisor', { stepIndex });
      add(step.from, 'volunteer-start', { stepIndex });
    } else if (!isPaidWorkStep(step)) {
      if (isPaidWorkStep(previous)) add(step.from, 'work-stop', { stepIndex });
    } else if (!isPaidWorkStep(previous)) {
      add(requestDeadline(step.from), 'request-deadline', { stepIndex });
      add(step.from, 'work-start', { stepIndex });
    } else if (previous.hoursPerWeek !== step.hoursPerWeek || (previous.kind ?? 'employee') !== (step.kind ?? 'employee')) {
      add(requestDeadline(step.from), 'change-request-deadline', { stepIndex });
      add(step.from, 'hours-change', { stepIndex });
    }
  });

  // The employer's declaration of each month of salaried work, due when the month has ended.
  let firstWorkMonth: string | null = null;
  for (const m of forecast.months) {
    const salaried = m.segments.filter((s) => s.rule === 'art230-2018' || s.rule === 'tranches-2012').at(-1);
    if (m.segments.some((s) => s.monthlyWage !== null && s.indemnifiableDays > 0)) firstWorkMonth ??= m.month;
    if (!salaried) continue;
    add(monthEnd(m.month), 'employer-declaration', { stepIndex: salaried.step!, forMonth: m.month });
  }
  // The first month of work: when its wage and its benefit arrive (the cash calendar's dates).
  if (firstWorkMonth) {
    for (const c of cash) {
      for (const item of c.items) {
        if (item.forMonth !== firstWorkMonth || item.beforeForecast) continue;
        if (item.kind === 'wage') add(item.paidOn, 'first-wage-payment', { forMonth: firstWorkMonth });
        else add(monthEnd(c.month), 'first-benefit-payment', { forMonth: firstWorkMonth, monthOnly: true });
      }
    }
  }

  const a = scenario.authorisation;
  const end = a?.end ?? (a?.start ? latestAuthorisationEnd(a.start) : null);
  if (a?.start && end) for (const date of reviewDates(a.start, end)) add(date, 'review');
  if (end) {
    const before = valueAt(renewalRequestMonthsBefore, end)?.value;
    if (before !== undefined) add(addMonthsToDate(end, -before), 'renewal-request');
    add(end, 'authorisation-end');
  }

  const rank = (i: ChecklistItem) => CHECKLIST_KINDS.indexOf(i.kind);
  return items.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : rank(x) - rank(y) || (x.stepIndex ?? -1) - (y.stepIndex ?? -1)));
}

/**
 * What the person and the coach follow (the others happen, or arrive: information, nothing to do).
 * Actions: what to send or ask; the person's own dates: starting, changing or stopping work, the
 * reviews and the end of the authorisation.
 */
export const INFORMATION_KINDS: readonly ChecklistKind[] = ['employer-declaration', 'first-wage-payment', 'first-benefit-payment'];
export const ACTION_KINDS: readonly ChecklistKind[] = ['request-deadline', 'change-request-deadline', 'volunteer-advisor', 'renewal-request'];

/**
 * The items of the person's calendar: the checklist with one employer declaration per plan (the
 * first; the views say it stands for every month), not one a month.
 */
export function calendarItems(items: readonly ChecklistItem[]): ChecklistItem[] {
  const declared = new Set<string | undefined>();
  return items.filter((i) => {
    if (i.kind !== 'employer-declaration') return true;
    if (declared.has(i.planId)) return false;
    declared.add(i.planId);
    return true;
  });
}
