/**
 * The printed checklist's words: the date of each dated item of the core's checklist
 * (src/rules/checklist.ts), and the actions the person must take, as sentences. The title of an
 * item is the screen's (checklist-view.ts): one wording for the screen, the calendar file, the
 * monthly answer and paper.
 */
import { msg, str } from '@lit/localize';
import type { Formatters } from '../../../format.js';
import type { ChecklistItem } from '../../../rules/checklist.js';
export { checklistTitle } from '../counsel/checklist-view.js';
import type { Scenario } from '../../../scenario/types.js';

/** The items the person acts on (the others happen, or arrive). */
export { ACTION_KINDS } from '../../../rules/checklist.js';

/** The date of an item: the whole month when the day is not known. */
export function itemDate(item: ChecklistItem, f: Formatters): string {
  return item.monthOnly ? f.month(item.date.slice(0, 7)) : f.date(item.date);
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
