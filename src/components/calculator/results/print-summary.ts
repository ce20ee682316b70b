/**
 * The summary printed for the client (or saved as PDF): the situation, the authorisation, the plan,
 * the totals and the date of the rules used. Hidden on screen; the print stylesheet shows it and
 * hides the form controls.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Formatters } from '../../../format.js';
import type { Forecast } from '../../../rules/forecast.js';
import { CUMULATION_RULES } from '../../../rules/cumulation/index.js';
import type { Scenario } from '../../../scenario/types.js';
import type { NetForecast } from '../../../rules/net/index.js';
import type { Draft } from '../form/draft.js';
import { netNoticeMessage, personSummary } from './net-messages.js';
import { yearEndSentence } from './net-view.js';

/** With `net`, the net totals and the year-end settlement are printed after the gross totals. */
export function renderPrintSummary(draft: Draft, planIndex: number, scenario: Scenario, forecast: Forecast, f: Formatters, net?: NetForecast | null): TemplateResult {
  const a = scenario.authorisation;
  const rule = [...CUMULATION_RULES].reverse().find((r) => r.validFrom <= `${scenario.start}-01`);
  const today = new Date().toISOString().slice(0, 10);
  const wage = draft.wageKind === 'hourly' ? msg(str`${f.money(draft.wage)} gross an hour`, { id: 'm0' }) : msg(str`${f.money(draft.wage)} gross a month`, { id: 'm1' });
  return html`
    <section part="print-summary" class="print-summary">
      <h3>${msg('Summary for the client', { id: 'm2' })}</h3>
      <dl>
        <dt>${msg('Gross daily benefit (€)', { id: 'field.dailyBenefit' })}</dt>
        <dd>
          ${scenario.dailyBenefit
            ? msg(str`${f.money(scenario.dailyBenefit)} (statement of ${f.month(scenario.dailyBenefitAsOf ?? scenario.start)}; later indexations are in the table)`, { id: 'm6m' })
            : msg('estimated from the lost wage (see the table)', { id: 'm3' })}
        </dd>
        <dt>${msg('Full-time hours a week in this job', { id: 'field.fullTime' })}</dt>
        <dd>${f.hours(draft.fullTimeHours)}</dd>
        <dt>${msg('Wage', { id: 'm4' })}</dt>
        <dd>${wage}</dd>
        <dt>${msg('Period', { id: 'm5' })}</dt>
        <dd>${msg(str`${f.month(forecast.months[0].month)} to ${f.month(forecast.months.at(-1)!.month)}`, { id: 'm6' })}</dd>
      </dl>
      <h4>${msg('What the medical advisor authorised', { id: 'authorisation.legend' })}</h4>
      ${a
        ? html`<dl>
            ${a.start ? html`<dt>${msg('Authorised from', { id: 'm7' })}</dt><dd>${f.date(a.start)}</dd>` : nothing}
            ${a.end ? html`<dt>${msg('Authorised until', { id: 'm8' })}</dt><dd>${f.date(a.end)}</dd>` : nothing}
            ${a.maxHoursPerWeek
              ? html`<dt>${msg('Authorised hours a week (at most)', { id: 'authorisation.maxHours' })}</dt><dd>${f.hours(a.maxHoursPerWeek)}</dd>`
              : nothing}
            ${a.nature ? html`<dt>${msg('Nature of the work', { id: 'm9' })}</dt><dd>${a.nature}</dd>` : nothing}
            ${a.conditions ? html`<dt>${msg('Conditions', { id: 'ma' })}</dt><dd>${a.conditions}</dd>` : nothing}
            ${a.requestSent ? html`<dt>${msg('Request sent on', { id: 'mb' })}</dt><dd>${f.date(a.requestSent)}</dd>` : nothing}
          </dl>`
        : html`<p>${msg('No authorisation of the medical advisor was entered: the forecast cannot check the hours and the period.', { id: 'notice.noAuthorisation' })}</p>`}
      <h4>${msg(str`Plan ${String.fromCharCode(65 + planIndex)}`, { id: 'mc' })}</h4>
      <ul>
        ${scenario.work.length === 0
          ? html`<li>${msg('No work', { id: 'md' })}</li>`
          : scenario.work.map((s) => html`<li>${msg(str`From ${f.date(s.from)}: ${f.number(s.hoursPerWeek)} h a week`, { id: 'me' })}</li>`)}
      </ul>
      <p>
        ${msg(
          str`Total over ${forecast.months.length} months: benefit ${f.money(forecast.totals.benefit)}, gross wage ${f.money(forecast.totals.earnings)}, together ${f.money(forecast.totals.total)}.`, { id: 'mf' },
        )}
      </p>
      ${net
        ? html`<p class="print-net">
              ${msg(
                str`In net (an estimate, for: ${personSummary(scenario.person, f)}): benefit ${f.money(net.totals.net.benefit)}, wage ${f.money(net.totals.net.earnings)}, together ${f.money(net.totals.net.total)}.`,
                { id: 'nt71' },
              )}
            </p>
            ${net.warnings
              .filter((w) => w.code === 'NET_RULES_OF_LAST_KNOWN_YEAR')
              .map((w) => html`<p class="print-net-rules">${netNoticeMessage(w, f)}</p>`)}
            <ul>
              ${net.yearEnd.map((y) => html`<li>${yearEndSentence(y, f)}</li>`)}
            </ul>`
        : nothing}
      <p class="hint">
        ${msg(
          str`Computed on ${f.date(today)} with the rule of art. 230 §1 of the Royal Decree of 3 July 1996 in force since ${f.date(rule?.validFrom ?? '2018-04-01')}. These figures are estimates; the mutuality decides.`, { id: 'mg' },
        )}
      </p>
    </section>
  `;
}
