/**
 * What both printed documents read from a plan: its net forecast (computed here, when a document
 * is prepared, never on the element's first render), its dated checklist and its label.
 */
import { msg, str } from '@lit/localize';
import type { Formatters } from '../../../format.js';
import { Dec, money } from '../../../rules/decimal.js';
import type { NetForecast } from '../../../rules/net/index.js';
import { netIfAvailable } from '../results/net-view.js';
import { hasHours } from '../../../rules/checklist.js';
import type { Scenario, WorkStep } from '../../../scenario/types.js';
import type { PlanResult } from '../results/plan-result.js';

/** The names typed at print time: kept in the page only. */
export interface HandoutNames {
  client: string;
  coach: string;
  contact: string;
}

/** The net forecast of a plan, or `null` when it cannot be estimated (the documents then say gross, as the screen does). */
export function netOf(plan: PlanResult): NetForecast | null {
  return plan.result.ok ? netIfAvailable(plan.result.forecast, plan.result.input) : null;
}

/** The net of a month without work: net with work less the net gain. */
export const netWithoutWork = (m: { net: { total: string; gainVsNoWork: string } }): string =>
  money(new Dec(m.net.total).minus(m.net.gainVsNoWork));

export { checklistOf } from '../counsel/checklist-view.js';

export const planName = (index: number): string => msg(str`Plan ${String.fromCharCode(65 + index)}`, { id: 'mc' });

/** "8 → 16 h" */
export function planHours(scenario: Scenario, f: Formatters): string {
  if (scenario.work.length === 0) return msg('No work', { id: 'md' });
  return `${scenario.work.map((s) => f.number(s.hoursPerWeek)).join(' → ')}\u00a0${f.hourUnit}`;
}

/** The kind of work of a step, in words ('' for salaried work, the default). */
export function kindText(step: WorkStep, always = false): string {
  switch (step.kind ?? 'employee') {
    case 'sheltered':
      return msg('sheltered workplace (joint committee 327)', { id: 'm1z' });
    case 'childminder':
      return msg('registered childminder', { id: 'm20' });
    case 'self-employed':
      return msg('self-employed activity', { id: 'm21' });
    case 'volunteer':
      return msg('volunteering', { id: 'pr18' });
    default:
      return always ? msg('salaried work', { id: 'm1y' }) : '';
  }
}

/** The first day of work or volunteering of a scenario, if any. */
export const firstStep = (scenario: Scenario): WorkStep | undefined => scenario.work.find(hasHours);
