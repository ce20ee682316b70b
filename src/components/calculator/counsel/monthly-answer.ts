/**
 * The answer first: for the plan shown, about how much more a month than without work, the lowest
 * and the highest month, the money at risk if any, and the next dates that matter (from the core's
 * checklist). Gross amounts today; `monthlyFigures` takes net month totals the same way.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Formatters } from '../../../format.js';
import type { ChecklistItem } from '../../../rules/checklist.js';
import { Dec, ZERO, compareMoney, fixed, isPositiveMoney } from '../../../rules/decimal.js';
import type { PlanResult } from '../results/plan-result.js';
import { checklistOf, checklistTitle } from './checklist-view.js';

/** The amounts of one month: what comes in, and how much more than without work. */
export interface MonthAmounts {
  month: string;
  total: string;
  gainVsNoWork: string;
}

export type AmountBasis = 'net' | 'gross';

export interface MonthlyFigures {
  basis: AmountBasis;
  months: number;
  /** Average gain a month compared with not working, to the euro. */
  averageGain: string;
  lowest: MonthAmounts;
  highest: MonthAmounts;
}

/** Average gain a month (to the euro), lowest and highest month, from month totals (net or gross). */
export function monthlyFigures(months: readonly MonthAmounts[], basis: AmountBasis): MonthlyFigures | null {
  if (months.length === 0) return null;
  let lowest = months[0];
  let highest = months[0];
  let gain = ZERO;
  for (const m of months) {
    gain = gain.plus(m.gainVsNoWork);
    if (compareMoney(m.total, lowest.total) < 0) lowest = m;
    if (compareMoney(m.total, highest.total) > 0) highest = m;
  }
  return { basis, months: months.length, averageGain: fixed(gain.div(months.length), 0), lowest, highest };
}

/** The checklist's next dates from `today` (YYYY-MM-DD), at most `count`, one employer declaration at most. */
export function nextDates(items: readonly ChecklistItem[], today: string, count = 3): ChecklistItem[] {
  const next: ChecklistItem[] = [];
  for (const item of items) {
    // A date that stands for its month counts until the month ends.
    const until = item.monthOnly ? `${item.date.slice(0, 7)}-31` : item.date;
    if (until < today || (item.kind === 'employer-declaration' && next.some((i) => i.kind === item.kind))) continue;
    next.push(item);
    if (next.length === count) break;
  }
  return next;
}

/** Today in the person's time zone, as YYYY-MM-DD. */
function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export interface MonthlyAnswerOptions {
  plan: PlanResult;
  /** The label of plan `index` ("8 → 16 h"). */
  labelOf: (index: number) => string;
  /** How many plans there are (the plan's letter is said when there are several). */
  plans: number;
  /**
   * Shows plan `index` instead: given in the client's read-only view, which has no form and so no
   * plan tabs; the answer then offers a button for each plan.
   */
  choose?: (index: number) => void;
  f: Formatters;
  /** Month totals to use (default: the gross forecast) and whether they are net or gross. */
  months?: readonly MonthAmounts[];
  basis?: AmountBasis;
  /** YYYY-MM-DD (default: today). */
  today?: string;
}

/** "In short": the monthly answer for the plan shown, before the totals, charts and table. */
export function renderMonthlyAnswer(o: MonthlyAnswerOptions): TemplateResult | typeof nothing {
  const { plan, f } = o;
  if (!plan.result.ok) return nothing;
  const forecast = plan.result.forecast;
  const scenario = plan.result.scenario;
  const figures = monthlyFigures(o.months ?? forecast.months, o.basis ?? 'gross');
  if (!figures) return nothing;
  const nameOf = (index: number) =>
    o.plans > 1 ? msg(str`plan ${String.fromCharCode(65 + index)} (${o.labelOf(index)})`, { id: 'cp40' }) : msg(str`your plan (${o.labelOf(index)})`, { id: 'cp41' });
  const name = nameOf(plan.index);
  const gain = new Dec(figures.averageGain);
  // A whole number of euros: "+701 €", without ",00".
  const amount = `${gain.gt(0) ? '+' : ''}${f.money(figures.averageGain).replace(`${f.decimal}00`, '')}`;
  const atRisk = forecast.totals.atRisk;
  // With money at risk, the risk is the headline; the average (if nothing is paid back) is not.
  const risky = isPositiveMoney(atRisk);
  const dates = nextDates(checklistOf(plan), o.today ?? localToday());
  return html`
    <section class="answer stack" part="answer" aria-labelledby="answer-title">
      <h3 id="answer-title">${msg(str`In short, for ${name}`, { id: 'cp42' })}</h3>
      ${risky
        ? html`<p class="answer-risk">
            <strong>${msg(str`Careful: ${f.money(atRisk)} of benefit would have to be paid back`, { id: 'cp46' })}</strong>
            ${msg('if this work is not authorised by the medical advisor (hours above the authorised hours, or outside the authorised period). The amounts below assume that nothing is paid back.', { id: 'cp47' })}
          </p>`
        : nothing}
      <p class=${risky ? '' : 'answer-main'}>
        ${figures.basis === 'net'
          ? msg(str`About ${amount} net a month compared with not working.`, { id: 'cp43' })
          : msg(str`About ${amount} gross a month compared with not working.`, { id: 'cp44' })}
      </p>
      <p class="hint">
        ${figures.basis === 'net'
          ? msg(str`After tax and contributions (estimate), on average over ${figures.months} months.`, { id: 'cp60' })
          : msg(str`Before tax and contributions, on average over ${figures.months} months.`, { id: 'cp61' })}
      </p>
      <p>
        ${msg(
          str`Lowest month: ${f.month(figures.lowest.month)}, ${f.money(figures.lowest.total)}. Highest month: ${f.month(figures.highest.month)}, ${f.money(figures.highest.total)}.`,
          { id: 'cp45' },
        )}
      </p>
      ${dates.length > 0
        ? html`<h4 id="answer-dates">${msg('The next dates', { id: 'cp48' })}</h4>
            <ul class="answer-dates" aria-labelledby="answer-dates">
              ${dates.map(
                (item) => html`<li><strong>${item.monthOnly ? f.month(item.date.slice(0, 7)) : f.date(item.date)}</strong>${f.colon}${checklistTitle(item, scenario, f)}</li>`,
              )}
            </ul>`
        : nothing}
      <p class="hint">${msg(str`The totals, the chart and the table below are those of ${name}.`, { id: 'cp49' })}</p>
      ${o.choose && o.plans > 1
        ? html`<div class="actions" role="group" part="plan-choice" aria-label=${msg('Plan shown', { id: 'cp63' })}>
            ${Array.from(
              { length: o.plans },
              (_, i) => html`<button type="button" aria-pressed=${i === plan.index ? 'true' : 'false'} @click=${() => o.choose!(i)}>${nameOf(i)}</button>`,
            )}
          </div>`
        : nothing}
    </section>
  `;
}
