/** The comparison of 2 to 4 plans. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Formatters } from '../../format.js';
import { parseDecimal } from '../../rules/decimal.js';
import { hoursWithoutReduction, summarize } from '../../rules/summary.js';
import type { Forecast } from '../../rules/forecast.js';
import type { PlanResult } from './plan-result.js';
import { amountsOf } from './net-view.js';

export interface ComparisonViewOptions {
plans: readonly PlanResult[];
/** "8 → 16 h" for a plan. */
labelOf: (index: number) => string;
f: Formatters;
scheme: string;
fullTimeHours: string;
start: string;
open: boolean;
onToggle: (open: boolean) => void;
/** Compare net amounts (each plan whose net can be estimated). */
net?: boolean;
}

/** Plans side by side: totals, best and lowest months, and the month-by-month table (folded). */
export function renderComparisonView(o: ComparisonViewOptions): TemplateResult {
const { f, plans } = o;
const ok = plans.filter((p) => p.result.ok);
const forecasts = plans.map((p) => (p.result.ok ? amountsOf(p.result.forecast, p.result.input, !!o.net) : null));
  const months = ok.length > 0 && ok[0].result.ok ? ok[0].result.forecast.months.map((m) => m.month) : [];
  const name = (i: number) => msg(str`Plan ${String.fromCharCode(65 + i)}`, { id: 'mc' });
  const full = o.scheme === 'self-employed' ? null : parseDecimal(o.fullTimeHours);
  return html`
    <section part="comparison" aria-labelledby="comparison-title" class="stack">
      <h3 id="comparison-title">${msg('Comparison of the plans', { id: 'mh' })}${o.net ? html` <span class="hint">(${msg('net, estimated', { id: 'nt70' })})</span>` : nothing}</h3>
      ${plans
        .filter((p) => !p.result.ok)
        .map((p) => html`<p class="error">${msg(str`${name(p.index)} has errors: open it to correct them.`, { id: 'mi' })}</p>`)}
      <ul class="notices">
        ${plans.map((p) => {
          if (!p.result.ok) return nothing;
          // Best and lowest months of the amounts shown (summarize reads only each month's name and total).
          const s = summarize(forecasts[p.index] as unknown as Forecast);
          const t = forecasts[p.index]!.totals;
          return html`<li>
            <strong>${name(p.index)} (${o.labelOf(p.index)})</strong>:
            ${msg(str`total ${f.money(t.total)}, gain ${f.money(t.gainVsNoWork)} compared with not working.`, { id: 'mj' })}
            ${s
              ? msg(
                  str`Best month: ${f.month(s.best.month)} (${f.money(s.best.total)}); lowest month: ${f.month(s.worst.month)} (${f.money(s.worst.total)}).`, { id: 'mk' },
                )
              : nothing}
          </li>`;
        })}
      </ul>
      ${full && full.gt(0)
        ? html`<p class="sentence">
            ${msg(
              str`Up to ${f.number(hoursWithoutReduction(full, `${o.start}-01`) ?? '0')} h a week of ${f.number(full.toString())} h you keep your full benefit; above it, each extra hour reduces the benefit.`, { id: 'ml' },
            )}
          </p>`
        : nothing}
      <details ?open=${o.open} @toggle=${(e: Event) => (o.onToggle((e.target as HTMLDetailsElement).open))}>
        <summary>${msg('Month by month for each plan', { id: 'mm' })}</summary>
        ${o.open
          ? html`        <div class="scroll" tabindex="0" role="region" aria-labelledby="comparison-caption">
            <table>
              <caption id="comparison-caption">
                ${o.net
                  ? msg('Total per month for each plan, net (net benefit + net wage, estimated), and the gain compared with not working', { id: 'nt69' })
                  : msg('Total per month for each plan (benefit + gross wage) and the gain compared with not working', { id: 'm5x' })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${msg('Month', { id: 'mo' })}</th>
                  ${plans.map((p) => html`<th scope="col">${name(p.index)}<br />${o.labelOf(p.index)}</th>`)}
                </tr>
              </thead>
              <tbody>
                ${months.map(
                  (month, row) => html`
                    <tr>
                      <th scope="row">${f.month(month)}</th>
                      ${forecasts.map((fc) =>
                        fc
                          ? html`<td>
                              <span class="total">${f.money(fc.months[row].total)}</span>
                              <span class="gain hint">${msg(str`gain ${f.money(fc.months[row].gainVsNoWork)}`, { id: 'm5y' })}</span>
                            </td>`
                          : html`<td>–</td>`,
                      )}
                    </tr>
                  `,
                )}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">${msg('Total', { id: 'mp' })}</th>
                  ${forecasts.map((fc) => html`<td>${fc ? f.money(fc.totals.total) : '–'}</td>`)}
                </tr>
                <tr>
                  <th scope="row">${msg('Gain compared with not working', { id: 'mq' })}</th>
                  ${forecasts.map((fc) => html`<td>${fc ? f.money(fc.totals.gainVsNoWork) : '–'}</td>`)}
                </tr>
              </tfoot>
            </table>
          </div>`
          : nothing}
      </details>
    </section>
  `;
}

