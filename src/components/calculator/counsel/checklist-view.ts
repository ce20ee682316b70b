/**
 * The dated checklist of the plan shown (on demand): what to send, what happens and what arrives,
 * and when, as a list with the dates in the element's language, and the same dates as an
 * iCalendar file for the client's or the coach's calendar. The items come from the core
 * (`buildChecklist`); this file writes their sentences.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Formatters } from '../../../format.js';
import { buildChecklist, type ChecklistItem } from '../../../rules/checklist.js';
import type { Scenario } from '../../../scenario/types.js';
import type { PlanResult } from '../results/plan-result.js';

/** The sentence of an item, in the language shown (also the title of its calendar event). */
export function checklistTitle(item: ChecklistItem, scenario: Scenario, f: Formatters): string {
  const step = item.stepIndex === undefined ? undefined : scenario.work[item.stepIndex];
  const hours = step ? f.hours(step.hoursPerWeek) : '';
  const from = step ? f.date(step.from) : '';
  const month = item.forMonth ? f.month(item.forMonth) : '';
  switch (item.kind) {
    case 'request-deadline':
      return msg(str`Last day to send your request and the declaration of resumption of work to the medical advisor (${hours} a week from ${from})`, {
        id: 'cv20',
      });
    case 'change-request-deadline':
      return msg(str`Last day to ask the medical advisor for the change to ${hours} a week from ${from}`, { id: 'cv21' });
    case 'volunteer-advisor':
      return msg(str`Send the volunteering form to your mutuality before you start on ${from}`, { id: 'cv22' });
    case 'work-start':
      return msg(str`First day of work: ${hours} a week`, { id: 'cv23' });
    case 'hours-change':
      return msg(str`New hours: ${hours} a week`, { id: 'cv24' });
    case 'work-stop':
      return msg('End of work', { id: 'cv25' });
    case 'volunteer-start':
      return msg(str`First day of volunteering: ${hours} a week`, { id: 'cv26' });
    case 'employer-declaration':
      return msg(str`Your employer declares your work of ${month} to your mutuality`, { id: 'cv27' });
    case 'first-wage-payment':
      return msg(str`First wage paid (work of ${month})`, { id: 'cv28' });
    case 'first-benefit-payment':
      return msg(str`Benefit for ${month}, your first month of work, paid this month (after your employer's declaration)`, { id: 'cv29' });
    case 'review':
      return msg('Review by the medical advisor', { id: 'hc.review' });
    case 'renewal-request':
      return msg('Ask the medical advisor to renew the authorisation', { id: 'cv30' });
    case 'authorisation-end':
      return msg('Last day of the authorisation', { id: 'cv31' });
  }
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
