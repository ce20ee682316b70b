/**
 * The counselling views of the plan shown (on demand): the dated checklist with its calendar file,
 * and the income curve over the hours. Both are folded and computed only when unfolded (or, for
 * the checklist, when its calendar file is asked for): an edit never waits for them.
 *
 * The element hands over itself and its plans; what is unfolded and what was computed is kept
 * here, per element, so the main file holds one line for all of it.
 */
import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Formatters } from '../../../format.js';
import { ipsEvent, type ExportDetail } from '../../../events.js';
import { calendarItems, type ChecklistItem } from '../../../rules/checklist.js';
import { checklistIcs } from '../../../export/ics.js';
import { incomeCurve, type IncomeCurve } from '../../../scenario/income-curve.js';
import type { Scenario } from '../../../scenario/types.js';
import { calendarTexts, checklistOf, renderChecklist } from './checklist-view.js';
import { renderIncomeCurve } from './income-curve-view.js';
import { download } from '../keep-and-share.js';
import type { PlanResult } from '../results/plan-result.js';

interface CounselState {
  checklistOpen: boolean;
  curveOpen: boolean;
  /** The last curve computed, for the plans' keys it was computed from. */
  curve?: { key: string; value: IncomeCurve | null };
}

const states = new WeakMap<object, CounselState>();

/** The curve of the plan shown, with the hours of every plan marked; computed again only when a plan changed. */
function curveOf(state: CounselState, plans: readonly PlanResult[], active: number): IncomeCurve | null {
  const key = `${active}|${plans.map((p) => p.key).join('|')}`;
  if (state.curve?.key !== key) {
    const shown = plans[active].result;
    const scenarios = plans.map((p) => (p.result.ok ? p.result.scenario : ({} as Scenario)));
    state.curve = { key, value: shown.ok ? incomeCurve(shown.scenario, scenarios) : null };
  }
  return state.curve.value;
}

/** Offers the checklist as an iCalendar file, after telling the page (`ips-export`, format `ics`). */
function exportCalendar(host: ReactiveElement, items: readonly ChecklistItem[], scenario: Scenario, f: Formatters): void {
  // The person's calendar: one note for the employer's monthly declarations, not one event a month.
  const content = checklistIcs(calendarItems(items), {
    ...calendarTexts(scenario, f),
    calendarName: msg('Return to work: dates to remember', { id: 'cv34' }),
  });
  const filename = `ips-checklist-${scenario.start}.ics`;
  host.dispatchEvent(ipsEvent<ExportDetail>('ips-export', { format: 'ics', filename, content, scenario }));
  download(host.renderRoot, filename, content, 'text/calendar;charset=utf-8');
}

/** The checklist and the income curve of plan `active` (nothing while it has errors). */
export function renderCounsel(host: ReactiveElement, plans: readonly PlanResult[], active: number, f: Formatters): TemplateResult | typeof nothing {
  const plan = plans[active];
  const r = plan?.result;
  if (!r?.ok) return nothing;
  let state = states.get(host);
  if (!state) states.set(host, (state = { checklistOpen: false, curveOpen: false }));
  const toggle = (key: 'checklistOpen' | 'curveOpen') => (now: boolean) => {
    if (now !== state[key]) {
      state[key] = now;
      host.requestUpdate();
    }
  };
  const open = state.curveOpen;
  return html`
    ${renderChecklist({
      items: () => checklistOf(plan),
      scenario: r.scenario,
      f,
      open: state.checklistOpen,
      onToggle: toggle('checklistOpen'),
      onCalendar: () => exportCalendar(host, checklistOf(plan), r.scenario, f),
    })}
    ${r.scenario.scheme === 'self-employed'
      ? nothing
      : html`<details part="income-curve" class="stack" ?open=${open} @toggle=${(e: Event) => toggle('curveOpen')((e.target as HTMLDetailsElement).open)}>
          <summary><h3 id="curve-title">${msg('Income by hours a week: the curve of this job', { id: 'cv1' })}</h3></summary>
          ${open ? renderIncomeCurve(curveOf(state, plans, active), f) : nothing}
        </details>`}
  `;
}
