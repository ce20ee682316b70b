/** The forecast of the plan shown: totals, charts, the table, explanations, the cash calendar. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Formatters } from '../../../format.js';
import { isPositiveMoney } from '../../../rules/decimal.js';
import type { CashMonth, Forecast } from '../../../rules/forecast.js';
import { authorisationMarks } from './marks.js';
import type { Views } from '../views.js';
import type { AmountsView } from './net-view.js';

export interface ForecastViewOptions {
forecast: Forecast;
f: Formatters;
/** Charts, explanation and cash calendar; until they are loaded, the rest is shown without them. */
views: Views | undefined;
/** The month whose explanation is open. */
explainedMonth: string | null;
onExplain: (month: string | null) => void;
/** The authorised hours as typed, for the line on the hours chart. */
authorisedHours: string;
/** The cash calendar, computed only when unfolded. */
cash: () => readonly CashMonth[];
cashOpen: boolean;
onCashToggle: (open: boolean) => void;
/** Net or gross (the switch), once the on-demand views are there; until then, gross. */
amounts?: AmountsView;
}

/** Totals, charts, the month-by-month table, the explanation of a month and the cash calendar. */
/** "≈": the amount includes an indexation that is forecast, not decided. */
function projectionMark(): TemplateResult {
  const label = msg('projection', { id: 'm62' });
  return html` <span class="projection" title=${label}>≈<span class="visually-hidden"> ${label}</span></span>`;
}

export function renderForecastView(o: ForecastViewOptions): TemplateResult {
const { forecast, f } = o;
  const t = forecast.totals;
  const a = o.amounts;
  const s = a?.totals ?? t;
  const benefitLabel = a?.labels.benefit ?? msg('Benefit', { id: 'mt' });
  const earningsLabel = a?.labels.earnings ?? msg('Gross wage', { id: 'mu' });
  // Gross until the on-demand views bring the switch.
  // data-label: the column's header, written before the value when the table shows as cards (phones).
  const cells = (x: typeof t) => html`<td class="total" data-label=${msg('Total', { id: 'mp' })}>${f.money(x.total)}</td>
    <td class="benefit" data-label=${benefitLabel}>${f.money(x.benefit)}</td>
    <td class="earnings" data-label=${earningsLabel}>${f.money(x.earnings)}</td>
    <td class="gain" data-label=${msg('Gain compared with not working', { id: 'mq' })}>${f.money(x.gainVsNoWork)}</td>`;
  const n = forecast.months.length;
  const explained = forecast.months.find((m) => m.month === o.explainedMonth);
  return html`
    <section aria-labelledby="summary-title" class="stack">
      <h3 id="summary-title">${msg(str`Over ${n} months`, { id: 'ms' })}</h3>
      ${a?.head}
      <dl class="summary" part="summary">
        <div><dt>${benefitLabel}</dt><dd>${f.money(s.benefit)}</dd></div>
        <div><dt>${earningsLabel}</dt><dd>${f.money(s.earnings)}</dd></div>
        <div><dt>${msg('Total', { id: 'mp' })}</dt><dd class="total">${f.money(s.total)}</dd></div>
        <div>
          <dt>${msg('Gain compared with not working', { id: 'mq' })}</dt>
          <dd class=${s.gainVsNoWork.startsWith('-') ? 'gain-negative' : 'gain-positive'}>${f.money(s.gainVsNoWork)}</dd>
        </div>
        ${isPositiveMoney(t.atRisk)
          ? html`<div class="risk">
              <dt>${msg('Benefit at risk (work not authorised)', { id: 'summary.atRisk' })}</dt>
              <dd class="at-risk">${f.money(t.atRisk)}</dd>
            </div>`
          : nothing}
        ${isPositiveMoney(t.latePenalty)
          ? html`<div class="risk">
              <dt>${msg('Reduction for the late request', { id: 'mv' })}</dt>
              <dd class="late-penalty">${f.money(t.latePenalty)}</dd>
            </div>`
          : nothing}
      </dl>
      ${o.views?.renderChart(forecast.months, f, a?.shown ? a.net : null)} ${o.views?.renderHoursChart(forecast.months, o.authorisedHours, f)}
      <div class="scroll" tabindex="0" role="region" aria-labelledby="table-caption">
        <table part="table" class="cards">
          <caption id="table-caption">${a?.labels.caption ?? msg('Month by month (gross amounts)', { id: 'mw' })}</caption>
          <thead>
            <tr>
              <th scope="col">${msg('Month', { id: 'mo' })}</th>
              <th scope="col">${msg('Total', { id: 'mp' })}</th>
              <th scope="col">${benefitLabel}</th>
              <th scope="col">${earningsLabel}</th>
              <th scope="col">${msg('Gain compared with not working', { id: 'mq' })}</th>
              <th scope="col">${msg('Authorisation', { id: 'm11' })}</th>
              <th scope="col" class="why-cell"><span class="visually-hidden">${msg('Explanation', { id: 'm12' })}</span></th>
              <th scope="col">${msg('Paid days', { id: 'mx' })}</th>
              <th scope="col">${msg('Hours a week', { id: 'my' })}</th>
              <th scope="col">${msg('Occupation fraction', { id: 'term.fraction' })}</th>
              <th scope="col">${msg('Reduction', { id: 'mz' })}</th>
              <th scope="col">${msg('Daily benefit', { id: 'm10' })}</th>
            </tr>
          </thead>
          <tbody>
            ${forecast.months.map(
              (m, i) => html`
                <tr
                  class="${m.month === o.explainedMonth ? 'selected' : ''} ${isPositiveMoney(m.atRisk) ? 'at-risk' : ''}"
                  data-month=${m.month}
                >
                  <th scope="row">${f.month(m.month)}</th>
                  ${a ? a.cells(i) : cells(m)}
                  <td class="marks">${authorisationMarks(m, f)}</td>
                  <td class="why-cell">
                    <button
                      type="button"
                      class="link why"
                      aria-expanded=${m.month === o.explainedMonth ? 'true' : 'false'}
                      aria-controls="explanation"
                      @click=${() => o.onExplain(m.month === o.explainedMonth ? null : m.month)}
                    >
                      ${msg('Why?', { id: 'm13' })}<span class="visually-hidden"> ${f.month(m.month)}</span>
                    </button>
                  </td>
                  <td class="detail">${f.number(m.indemnifiableDays)}</td>
                  <td class="detail">${m.hoursPerWeek === null ? '–' : f.number(m.hoursPerWeek)}</td>
                  <td class="detail">${m.fraction === null ? '–' : f.percent(m.fraction)}</td>
                  <td class="detail">${f.percent(m.reductionPercent)}</td>
                  <td class="detail">${f.money(m.dailyBenefit)}${m.projected ? projectionMark() : nothing}</td>
                </tr>
              `,
            )}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">${msg('Total', { id: 'mp' })}</th>
              ${a ? a.cells(null) : cells(t)}
              <td class="marks">${isPositiveMoney(t.atRisk) ? msg(str`At risk: ${f.money(t.atRisk)}`, { id: 'm14' }) : ''}</td>
              <td class="why-cell"></td>
              <td class="detail">${f.number(t.indemnifiableDays)}</td>
              <td class="detail"></td>
              <td class="detail"></td>
              <td class="detail"></td>
              <td class="detail"></td>
            </tr>
          </tfoot>
        </table>
      </div>
      <div id="explanation">${explained && o.views ? o.views.renderExplanation(explained, f, () => o.onExplain(null), a?.net) : nothing}</div>
      ${a?.after} ${o.views?.renderCashCalendar(a?.cash ?? o.cash, f, o.cashOpen, o.onCashToggle, !!a?.cash)}
    </section>
  `;
}

