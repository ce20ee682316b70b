/**
 * The printed checklist's words: a short title for each kind of dated item of the core's
 * checklist (src/rules/checklist.ts), and the actions the person must take, as sentences.
 */
import { msg, str } from '@lit/localize';
import type { Formatters } from '../../../format.js';
import type { ChecklistItem, ChecklistKind } from '../../../rules/checklist.js';
import type { Scenario } from '../../../scenario/types.js';

/** The items the person acts on (the others happen, or arrive). */
export const ACTION_KINDS: readonly ChecklistKind[] = ['request-deadline', 'change-request-deadline', 'volunteer-advisor', 'renewal-request'];

/** The date of an item: the whole month when the day is not known. */
export function itemDate(item: ChecklistItem, f: Formatters): string {
  return item.monthOnly ? f.month(item.date.slice(0, 7)) : f.date(item.date);
}

/** A short title for a dated item, in the reader's language. */
export function checklistTitle(item: ChecklistItem, scenario: Scenario, f: Formatters): string {
  const step = item.stepIndex === undefined ? undefined : scenario.work[item.stepIndex];
  const hours = f.hours(step?.hoursPerWeek ?? '0');
  const month = item.forMonth ? f.month(item.forMonth) : '';
  switch (item.kind) {
    case 'request-deadline':
      return msg('Last day to send the request to the medical advisor, with the declaration of resumption', { id: 'pr1' });
    case 'change-request-deadline':
      return msg(str`Last day to ask the medical advisor for the new hours (${hours} a week)`, { id: 'pr2' });
    case 'volunteer-advisor':
      return msg('Send the volunteering form to the medical advisor', { id: 'pr3' });
    case 'work-start':
      return msg(str`First day of work: ${hours} a week`, { id: 'pr4' });
    case 'hours-change':
      return msg(str`New hours: ${hours} a week`, { id: 'pr5' });
    case 'work-stop':
      return msg('Work stops', { id: 'pr6' });
    case 'volunteer-start':
      return msg(str`Volunteering starts: ${hours} a week`, { id: 'pr7' });
    case 'employer-declaration':
      return msg(str`The employer declares the work of ${month} to the mutuality`, { id: 'pr8' });
    case 'first-wage-payment':
      return msg(str`First wage paid (for ${month})`, { id: 'pr9' });
    case 'first-benefit-payment':
      return msg(str`Benefit for ${month} paid, after the employer's declaration`, { id: 'pr10' });
    case 'review':
      return msg('Review by the medical advisor', { id: 'pr11' });
    case 'renewal-request':
      return msg('Ask for the renewal of the authorisation', { id: 'pr12' });
    case 'authorisation-end':
      return msg('Last day of the authorised period', { id: 'pr13' });
  }
}

/** What to do for an action item, as a sentence with its date. */
export function actionSentence(item: ChecklistItem, scenario: Scenario, f: Formatters): string {
  const date = itemDate(item, f);
  const hours = f.hours(scenario.work[item.stepIndex ?? -1]?.hoursPerWeek ?? '0');
  switch (item.kind) {
    case 'request-deadline':
      return msg(str`By ${date} at the latest: send the request for authorised work to the medical advisor, with the declaration of resumption (the form of your mutuality).`, { id: 'pr14' });
    case 'change-request-deadline':
      return msg(str`By ${date} at the latest: ask the medical advisor to authorise the new hours (${hours} a week), before you change them.`, { id: 'pr15' });
    case 'volunteer-advisor':
      return msg(str`Before ${date}: send the volunteering form to your mutuality for the medical advisor.`, { id: 'pr16' });
    default:
      return msg(str`Around ${date}: ask the medical advisor to renew the authorisation.`, { id: 'pr17' });
  }
}
