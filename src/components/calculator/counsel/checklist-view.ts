/**
 * The dated checklist of the plan shown (on demand): what to send, what happens and what arrives,
 * and when, as a list with the dates in the element's language, and the same dates as an
 * iCalendar file for the client's or the coach's calendar. The items come from the core
 * (`buildChecklist`); this file writes their sentences.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Formatters } from '../../../format.js';
import { INFORMATION_KINDS, buildChecklist, type ChecklistItem } from '../../../rules/checklist.js';
import type { Scenario } from '../../../scenario/types.js';
import type { PlanResult } from '../results/plan-result.js';

/**
 * The sentence of an item, in the language shown (also the title of its calendar event): what the
 * person does starts with a verb ("Send …", "Ask …", "Start …"); a date that stands for its month
 * says "by the end of" that month, never "this month", so it cannot come before the fact.
 */
export function checklistTitle(item: ChecklistItem, scenario: Scenario, f: Formatters): string {
  const step = item.stepIndex === undefined ? undefined : scenario.work[item.stepIndex];
  const hours = step ? f.hours(step.hoursPerWeek) : '';
  const from = step ? f.date(step.from) : '';
  const month = item.forMonth ? f.ofMonth(item.forMonth) : '';
  // The month of the date (a date that stands for its month is its last day).
  const dateMonth = f.month(item.date.slice(0, 7));
  switch (item.kind) {
    case 'request-deadline':
      return msg(str`Send your request and the declaration of resumption of work to the medical advisor: last day (${hours} a week from ${from})`, {
        id: 'checklist.request',
      });
    case 'change-request-deadline':
      return msg(str`Ask the medical advisor to allow ${hours} a week from ${from}: last day`, { id: 'checklist.change-request' });
    case 'volunteer-advisor':
      return msg(str`Send the volunteering form to your mutuality before you start on ${from}`, { id: 'cv22' });
    case 'work-start':
      return msg(str`Start work: ${hours} a week`, { id: 'checklist.work-start' });
    case 'hours-change':
      return msg(str`Start your new hours: ${hours} a week`, { id: 'checklist.hours-change' });
    case 'work-stop':
      return msg('Stop work: first day without work', { id: 'checklist.work-stop' });
    case 'volunteer-start':
      return msg(str`Start volunteering: ${hours} a week`, { id: 'checklist.volunteer-start' });
    case 'employer-declaration':
      return msg(str`Your employer declares your work of ${month} to your mutuality`, { id: 'cv27' });
    case 'first-wage-payment':
      return msg(str`Pay day of your first wage (work of ${month})`, { id: 'checklist.first-wage' });
    case 'first-benefit-payment':
      return msg(str`Your benefit for ${month}, your first month of work, should arrive by the end of ${dateMonth}`, {
        id: 'checklist.first-benefit',
        desc: 'The day of payment is not known; the second month is the month of payment',
      });
    case 'review':
      return msg('Review of your authorisation by the medical advisor, around this date', { id: 'checklist.review' });
    case 'renewal-request':
      return msg('Ask the medical advisor to renew the authorisation', { id: 'cv30' });
    case 'authorisation-end':
      return msg('Last day of the authorisation', { id: 'cv31' });
  }
}

/**
 * The calendar file's words for an item: the screen's title, but the one employer declaration
 * left (`calendarItems`) stands for every month and says so, with nothing to do; what only informs
 * (payments, declarations) is marked as information, in its title and its category.
 */
export function calendarTexts(scenario: Scenario, f: Formatters) {
  const information = msg('Information', { id: 'ics.information', desc: 'Calendar category of the dates that need nothing from the person' });
  const isInformation = (item: ChecklistItem) => INFORMATION_KINDS.includes(item.kind);
  return {
    summary: (item: ChecklistItem) =>
      item.kind === 'employer-declaration'
        ? msg('Information: each month, your employer declares your work to your mutuality', { id: 'ics.declarations.note' })
        : isInformation(item)
          ? msg(str`Information: ${checklistTitle(item, scenario, f)}`, { id: 'ics.information.title' })
          : checklistTitle(item, scenario, f),
    description: (item: ChecklistItem) =>
      item.kind === 'employer-declaration'
        ? msg('At the end of each month of work, your employer tells your mutuality your hours. You have nothing to do. Then your mutuality pays your benefit for that month.', {
            id: 'ics.declarations.detail',
          })
        : item.kind === 'first-benefit-payment'
          ? msg('The exact day is not known. Your mutuality pays after the month of work. You have nothing to do.', {
              id: 'ics.first-benefit.detail',
            })
          : undefined,
    categories: (item: ChecklistItem) => (isInformation(item) ? [information] : undefined),
  };
}

export interface ChecklistViewOptions {
  /** The items, computed only when the list is unfolded or the calendar file asked for. */
  items: () => readonly ChecklistItem[];
  scenario: Scenario;
  f: Formatters;
  open: boolean;
  onToggle: (open: boolean) => void;
  onCalendar: () => void;
}

/**
 * The list, folded like the cash calendar (the payment dates it needs are computed only when it is
 * unfolded, never on each edit), and the calendar button, always in view.
 */
export function renderChecklist(o: ChecklistViewOptions): TemplateResult | typeof nothing {
  if (o.scenario.work.length === 0 && !o.scenario.authorisation) return nothing;
  const { f } = o;
  const items = o.open ? o.items() : [];
  return html`
    <div part="checklist" class="stack">
      <details ?open=${o.open} @toggle=${(e: Event) => o.onToggle((e.target as HTMLDetailsElement).open)}>
        <summary><h3 id="checklist-title">${msg('Dates to remember', { id: 'cv32' })}</h3></summary>
        ${o.open
          ? items.length === 0
            ? html`<p class="hint">${msg('No date to remember for this plan.', { id: 'cv35' })}</p>`
            : html`<ol class="checklist" aria-labelledby="checklist-title">
                ${items.map(
                  (item) => html`<li data-kind=${item.kind} data-date=${item.date}>
                    <time datetime=${item.monthOnly ? item.date.slice(0, 7) : item.date}>${item.monthOnly ? f.month(item.date.slice(0, 7)) : f.date(item.date)}</time>
                    <span>${checklistTitle(item, o.scenario, f)}</span>
                  </li>`,
                )}
              </ol>`
          : nothing}
      </details>
      <div class="actions">
        <button type="button" id="export-ics" @click=${o.onCalendar}>${msg('Add these dates to your calendar (.ics file)', { id: 'cv33' })}</button>
      </div>
    </div>
  `;
}

/** A plan's checklist, computed once per forecast (a plan is replaced, never changed, when edited). */
const checklists = new WeakMap<object, ChecklistItem[]>();

/** The dated checklist of a plan: the one list the checklist, the monthly answer and the handout read. */
export function checklistOf(plan: PlanResult): ChecklistItem[] {
  const r = plan.result;
  if (!r.ok) return [];
  let items = checklists.get(r);
  if (!items) checklists.set(r, (items = buildChecklist({ scenario: r.scenario, forecast: r.forecast, cash: plan.cash() ?? [] })));
  return items;
}
