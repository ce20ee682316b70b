/**
 * The comparison of 2 to 4 plans, safe plans first. A plan with work above the authorised hours or
 * outside the authorised period is never called the better one: its money at risk (the sum of its
 * months' atRisk, as in its own table) comes first, then what is left if it is paid back, and only
 * then the gain if nothing is paid back.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Formatters } from '../../../format.js';
import { Dec, ZERO, compareMoney, fixed, isPositiveMoney, parseDecimal } from '../../../rules/decimal.js';
import type { Forecast } from '../../../rules/forecast.js';
import { hoursWithoutReduction, summarize } from '../../../rules/summary.js';
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

/** What a plan risks: the benefit to pay back if its work is not authorised, and why. */
export interface PlanRisk {
  atRisk: string;
  aboveHours: boolean;
  outsidePeriod: boolean;
  /** Gain compared with not working once the money at risk is paid back. */
  gainIfRepaid: string;
}

/** `null` for a plan without work above the authorised hours or outside the authorised period. */
export function planRisk(forecast: Forecast): PlanRisk | null {
  let aboveHours = false;
  let outsidePeriod = false;
  for (const m of forecast.months)
    for (const seg of m.segments) {
      aboveHours ||= seg.aboveAuthorisedHours;
      outsidePeriod ||= seg.outsideAuthorisation !== null;
    }
  const t = forecast.totals;
  if (!aboveHours && !outsidePeriod && !isPositiveMoney(t.atRisk)) return null;
  return { atRisk: t.atRisk, aboveHours, outsidePeriod, gainIfRepaid: fixed(new Dec(t.gainVsNoWork).minus(t.atRisk), 2) };
}

/** Safe plans first, by gain; then plans at risk, by what is left once the money at risk is paid back. */
export function safeFirst(plans: readonly PlanResult[]): PlanResult[] {
  const key = (p: PlanResult) => {
    if (!p.result.ok) return { risky: 2, gain: '0' };
    const risk = planRisk(p.result.forecast);
    return { risky: risk ? 1 : 0, gain: risk ? risk.gainIfRepaid : p.result.forecast.totals.gainVsNoWork };
  };
  return plans
    .map((p) => ({ p, k: key(p) }))
    .sort((a, b) => a.k.risky - b.k.risky || compareMoney(b.k.gain, a.k.gain) || a.p.index - b.p.index)
    .map((x) => x.p);
}

/** The amount of a loss, without its minus sign: the sentence says "less". */
const lossOf = (gain: string) => fixed(ZERO.minus(gain), 2);

/** A gain said as a gain, a loss as a loss ("€120 less than without work"), never "gain of −€120". */
function totalAndGain(total: string, gain: string, f: ComparisonViewOptions['f']): string {
  return new Dec(gain).isNegative()
    ? msg(str`total ${f.money(total)}, ${f.money(lossOf(gain))} less than without work.`, { id: 'compare.total.loss' })
    : msg(str`total ${f.money(total)}, gain ${f.money(gain)} compared with not working.`, { id: 'mj' });
}

function riskReason(risk: PlanRisk): string {
  if (risk.aboveHours && risk.outsidePeriod) return msg('hours above the authorised hours and work outside the authorised period', { id: 'cp50' });
  if (risk.aboveHours) return msg('hours above the authorised hours', { id: 'cp51' });
  return msg('work outside the authorised period', { id: 'cp52' });
}

/** Plans side by side, safe first: totals, money at risk, best and lowest months, and the month-by-month table (folded). */
export function renderComparisonView(o: ComparisonViewOptions): TemplateResult {
  const { f, plans } = o;
  const ok = plans.filter((p) => p.result.ok);
  const ordered = safeFirst(plans);
  const forecasts = ordered.map((p) => (p.result.ok ? p.result.forecast : null));
  // The amounts shown (net or gross); the money at risk is always the gross benefit to pay back.
  const shown = ordered.map((p) => (p.result.ok ? amountsOf(p.result.forecast, p.result.input, !!o.net) : null));
  const risks = forecasts.map((fc, i) => {
    const risk = fc ? planRisk(fc) : null;
    return risk && o.net ? { ...risk, gainIfRepaid: fixed(new Dec(shown[i]!.totals.gainVsNoWork).minus(risk.atRisk), 2) } : risk;
  });
  const safeCount = ordered.filter((p, i) => p.result.ok && !risks[i]).length;
  const months = ok.length > 0 && ok[0].result.ok ? ok[0].result.forecast.months.map((m) => m.month) : [];
  const name = (i: number) => msg(str`Plan ${String.fromCharCode(65 + i)}`, { id: 'mc' });
  // The column's header, written before each value when the table shows as cards (phones).
  const column = (i: number) => `${name(ordered[i].index)} (${o.labelOf(ordered[i].index)})`;
  const full = o.scheme === 'self-employed' ? null : parseDecimal(o.fullTimeHours);
  return html`
    <section part="comparison" aria-labelledby="comparison-title" class="stack">
      <h3 id="comparison-title">${msg('Comparison of the plans', { id: 'mh' })}${o.net ? html` <span class="hint">(${msg('net, estimated', { id: 'nt70' })})</span>` : nothing}</h3>
      ${plans
        .filter((p) => !p.result.ok)
        .map((p) => html`<p class="error">${msg(str`${name(p.index)} has errors: open it to correct them.`, { id: 'mi' })}</p>`)}
      ${safeCount > 0 && safeCount < ok.length ? html`<p class="hint">${msg('Plans without money at risk come first.', { id: 'cp53' })}</p>` : nothing}
      <ol class="notices plans">
        ${ordered.map((p, i) => {
          if (!p.result.ok) return nothing;
          // Best and lowest months of the amounts shown (summarize reads only each month's name and total).
          const s = summarize(shown[i] as unknown as Forecast);
          const t = shown[i]!.totals;
          const risk = risks[i];
          const months = s
            ? msg(str`Best month: ${f.month(s.best.month)} (${f.money(s.best.total)}); lowest month: ${f.month(s.worst.month)} (${f.money(s.worst.total)}).`, { id: 'mk' })
            : nothing;
          if (!risk) {
            return html`<li class="plan-safe" data-plan=${p.index}>
              <strong>${name(p.index)} (${o.labelOf(p.index)})</strong>${f.colon.trimEnd()}
              ${i === 0 && safeCount > 1
                ? html`<strong>${msg('brings the most of the plans without money at risk', { id: 'cp54' })}</strong>;`
                : msg('no money at risk;', { id: 'cp62' })}
              ${totalAndGain(t.total, t.gainVsNoWork, f)} ${months}
            </li>`;
          }
          return html`<li class="plan-risk" data-plan=${p.index}>
            <strong>${name(p.index)} (${o.labelOf(p.index)})</strong>${f.colon.trimEnd()}
            <strong class="at-risk"
              >${o.net
                ? msg(str`${f.money(risk.atRisk)} of benefit (gross) at risk`, { id: 'compare.atRisk.gross' })
                : msg(str`${f.money(risk.atRisk)} of benefit at risk`, { id: 'cp55' })}</strong
            >
            (${riskReason(risk)}).
            ${msg('This money would have to be paid back if the medical advisor does not authorise the work.', { id: 'cp56' })}
            ${new Dec(risk.gainIfRepaid).isNegative()
              ? msg(str`Once paid back: ${f.money(lossOf(risk.gainIfRepaid))} less than without work.`, { id: 'compare.repaid.loss' })
              : msg(str`Once paid back: gain ${f.money(risk.gainIfRepaid)} compared with not working.`, { id: 'cp57' })}
            <span class="hint">${msg(str`Only if nothing is paid back: gain ${f.money(t.gainVsNoWork)}.`, { id: 'cp58' })}</span>
            ${months}
          </li>`;
        })}
      </ol>
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
            <table class="cards">
              <caption id="comparison-caption">
                ${o.net
                  ? msg('Total per month for each plan, net (net benefit + net wage, estimated), and the gain compared with not working', { id: 'nt69' })
                  : msg('Total per month for each plan (benefit + gross wage) and the gain compared with not working', { id: 'm5x' })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${msg('Month', { id: 'mo' })}</th>
                  ${ordered.map((p) => html`<th scope="col">${name(p.index)}<br />${o.labelOf(p.index)}</th>`)}
                </tr>
              </thead>
              <tbody>
                ${months.map(
                  (month, row) => html`
                    <tr class=${forecasts.some((fc) => fc && isPositiveMoney(fc.months[row].atRisk)) ? 'at-risk' : ''}>
                      <th scope="row">${f.month(month)}</th>
                      ${forecasts.map((fc, i) =>
                        fc
                          ? html`<td class=${isPositiveMoney(fc.months[row].atRisk) ? 'at-risk' : ''} data-label=${column(i)}>
                              <span class="total">${f.money(shown[i]!.months[row].total)}</span>
                              <span class="gain hint"
                                >${new Dec(shown[i]!.months[row].gainVsNoWork).isNegative()
                                  ? msg(str`loss ${f.money(lossOf(shown[i]!.months[row].gainVsNoWork))}`, { id: 'compare.month.loss' })
                                  : msg(str`gain ${f.money(shown[i]!.months[row].gainVsNoWork)}`, { id: 'm5y' })}</span
                              >
                              ${isPositiveMoney(fc.months[row].atRisk)
                                ? html`<span class="risk-note">${msg(str`At risk: ${f.money(fc.months[row].atRisk)}`, { id: 'm14' })}</span>`
                                : nothing}
                            </td>`
                          : html`<td data-label=${column(i)}>–</td>`,
                      )}
                    </tr>
                  `,
                )}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">${msg('Total', { id: 'mp' })}</th>
                  ${shown.map((a, i) => html`<td data-label=${column(i)}>${a ? f.money(a.totals.total) : '–'}</td>`)}
                </tr>
                <tr>
                  <th scope="row">${msg('Gain compared with not working', { id: 'mq' })}</th>
                  ${forecasts.map(
                    (fc, i) =>
                      html`<td data-label=${column(i)}>
                        ${fc ? f.money(shown[i]!.totals.gainVsNoWork) : '–'}
                        ${risks[i] ? html`<span class="hint gain">${msg('if nothing is paid back', { id: 'cp59' })}</span>` : nothing}
                      </td>`,
                  )}
                </tr>
                ${risks.some(Boolean)
                  ? html`<tr class="at-risk">
                      <th scope="row">${msg('Benefit at risk (work not authorised)', { id: 'summary.atRisk' })}</th>
                      ${forecasts.map((fc, i) => html`<td class="at-risk-total" data-label=${column(i)}>${fc ? f.money(fc.totals.atRisk) : '–'}</td>`)}
                    </tr>`
                  : nothing}
              </tfoot>
            </table>
          </div>`
          : nothing}
      </details>
    </section>
  `;
}
