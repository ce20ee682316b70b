/**
 * The authorisation in the views: the hours chart with the authorised maximum, and the cash
 * calendar (what arrives in the bank account each month). The marks in the table are in marks.ts.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Formatters } from '../../../format.js';
import { parseDecimal } from '../../../rules/decimal.js';
import type { CashMonth, ForecastMonth } from '../../../rules/forecast.js';
import { monthLabels, pc, plot, yOf, type Frame } from './chart.js';

/** Hours a week by month, with the authorised maximum as a line and the hours written on the bars where they change. */
export function renderHoursChart(months: readonly ForecastMonth[], maxHoursText: string, f: Formatters): TemplateResult | typeof nothing {
  if (!months.some((m) => m.hoursPerWeek !== null)) return nothing;
  // Pixel geometry only.
  const maxHours = parseDecimal(maxHoursText)?.toNumber() ?? null;
  const hours = months.map((m) => (m.hoursPerWeek === null ? 0 : Number(m.hoursPerWeek)));
  const c: Frame = { height: 170, top: 30, bottom: 24, max: Math.max(8, ...hours, maxHours ?? 0) * 1.1 };
  const y = (v: number) => yOf(c, v);
  const slot = 100 / months.length;
  let atRisk = false;
  let reviews = false;
  let end = false;
  const bars = months.map((m, i) => {
    const x = pc((i + 0.2) * slot);
    const mid = pc((i + 0.5) * slot);
    const over = maxHours !== null && hours[i] > maxHours;
    const outside = m.warnings.some((w) => w.code === 'WORK_BEFORE_AUTHORISATION' || w.code === 'WORK_AFTER_AUTHORISATION');
    const review = m.warnings.some((w) => w.code === 'AUTHORISATION_REVIEW');
    const ends = m.warnings.some((w) => w.code === 'AUTHORISATION_ENDS');
    atRisk ||= over || outside;
    reviews ||= review;
    end ||= ends;
    return svg`
      <rect class="hours ${over ? 'over' : ''} ${outside ? 'outside' : ''}" x=${x} width=${pc(slot * 0.6)} y=${y(hours[i])} height=${y(0) - y(hours[i])} />
      ${hours[i] > 0 && hours[i] !== hours[i - 1] ? svg`<text class="value" x=${mid} y=${y(hours[i]) - 4} text-anchor="middle">${f.number(hours[i])}</text>` : null}
      ${review ? svg`<circle class="review-mark" cx=${mid} cy="8" r="4" />` : null}
      ${ends ? svg`<line class="end-mark" x1=${pc((i + 1) * slot)} x2=${pc((i + 1) * slot)} y1="4" y2=${y(0)} />` : null}`;
  });
  return html`
    <figure part="hours-chart">
      <figcaption>${msg('Planned hours a week and the authorised maximum', { id: 'm3q' })}</figcaption>
      ${plot(
        c,
        maxHours !== null ? [[maxHours, f.hours(maxHours), 'authorised-max-label']] : [],
        svg`<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="3" height="6" /></pattern></defs>
        ${bars}
        ${maxHours !== null ? svg`<line class="authorised-max" x1="0" x2="100%" y1=${y(maxHours)} y2=${y(maxHours)} />` : null}
        ${monthLabels(months, f, c.height - 6)}`,
      )}
      <ul class="legend">
        ${maxHours !== null
          ? html`<li><span class="swatch authorised-max"></span>${msg(str`Authorised by the medical advisor: ${f.hours(maxHours)} a week`, { id: 'hc.max' })}</li>`
          : html`<li>${msg('The authorised hours are not given (they would show as a line).', { id: 'm3s' })}</li>`}
        ${atRisk ? html`<li><span class="swatch over"></span>${msg('Hours not authorised (above the maximum or outside the authorised period)', { id: 'hc.risk' })}</li>` : nothing}
        ${reviews ? html`<li><span class="swatch review"></span>${msg('Review by the medical advisor', { id: 'hc.review' })}</li>` : nothing}
        ${end ? html`<li><span class="swatch end"></span>${msg('End of the authorisation', { id: 'hc.end' })}</li>` : nothing}
      </ul>
    </figure>
  `;
}

/** What arrives in the bank account, month by month. */
export function renderCashCalendar(
  /** Computed only when the calendar is unfolded. */
  cashOf: () => readonly CashMonth[],
  f: Formatters,
  open: boolean,
  onToggle: (open: boolean) => void,
  /** The amounts are net (what arrives in the account). */
  net = false,
): TemplateResult {
  const cash = open ? cashOf() : [];
  const forMonths = (c: CashMonth, kind: 'benefit' | 'wage') =>
    c.items
      .filter((i) => i.kind === kind)
      .map((i) => f.month(i.forMonth))
      .join(', ');
  // The column headers, also written before each value when the table shows as cards (phones).
  const labels = {
    paidIn: msg('Paid in', { id: 'm3x' }),
    wage: net ? msg('Net wage', { id: 'nt13' }) : msg('Gross wage', { id: 'mu' }),
    paidOn: msg('Wage paid on', { id: 'm3y' }),
    benefit: net ? msg('Net benefit', { id: 'nt12' }) : msg('Benefit', { id: 'mt' }),
    benefitFor: msg('Benefit for', { id: 'm3z' }),
    total: msg('Total', { id: 'mp' }),
  };
  return html`
    <details part="cash" class="stack" ?open=${open} @toggle=${(e: Event) => onToggle((e.target as HTMLDetailsElement).open)}>
      <summary><h3 id="cash-title">${msg('Cash calendar: what arrives in your account', { id: 'm3u' })}</h3></summary>
      <p class="hint">
        ${msg(
          'The benefit of a month of work is paid after the monthly declaration of your employer, so the first months can be tighter than the forecast above.', { id: 'm3v' },
        )}
      </p>
      ${open ? html`<div class="scroll" tabindex="0" role="region" aria-labelledby="cash-caption">
        <table class="cards">
          <caption id="cash-caption">${net ? msg('Payments by month (net: what arrives in your account, estimated)', { id: 'nt68' }) : msg('Payments by month (gross)', { id: 'm3w' })}</caption>
          <thead>
            <tr>
              <th scope="col">${labels.paidIn}</th>
              <th scope="col">${labels.wage}</th>
              <th scope="col">${labels.paidOn}</th>
              <th scope="col">${labels.benefit}</th>
              <th scope="col">${labels.benefitFor}</th>
              <th scope="col">${labels.total}</th>
            </tr>
          </thead>
          <tbody>
            ${cash.map(
              (c) => html`
                <tr data-month=${c.month}>
                  <th scope="row" data-label=${labels.paidIn}>${f.month(c.month)}</th>
                  <td class="wage" data-label=${labels.wage}>${f.money(c.wage)}</td>
                  <td data-label=${labels.paidOn}>${c.items.filter((i) => i.paidOn).map((i) => f.date(i.paidOn!)).join(', ')}</td>
                  <td class="benefit" data-label=${labels.benefit}>${f.money(c.benefit)}</td>
                  <td data-label=${labels.benefitFor}>${forMonths(c, 'benefit')}</td>
                  <td class="total" data-label=${labels.total}>${f.money(c.total)}</td>
                </tr>
              `,
            )}
          </tbody>
        </table>
      </div>` : nothing}
    </details>
  `;
}
