/**
 * The authorisation in the views: the hours chart with the authorised maximum, and the cash
 * calendar (what arrives in the bank account each month). The marks in the table are in marks.ts.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Formatters } from '../../format.js';
import { parseDecimal } from '../../rules/decimal.js';
import type { CashMonth, ForecastMonth } from '../../rules/forecast.js';

const WIDTH = 640;
const HEIGHT = 140;
const PAD = { top: 12, right: 8, bottom: 24, left: 40 };

/** Hours a week by month, with the authorised maximum as a line. */
export function renderHoursChart(months: readonly ForecastMonth[], maxHoursText: string, f: Formatters): TemplateResult | typeof nothing {
  if (!months.some((m) => m.hoursPerWeek !== null)) return nothing;
  // Pixel geometry only.
  const maxHours = parseDecimal(maxHoursText)?.toNumber() ?? null;
  const hours = months.map((m) => (m.hoursPerWeek === null ? 0 : Number(m.hoursPerWeek)));
  const top = Math.max(8, ...hours, maxHours ?? 0) * 1.15;
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const y = (v: number) => PAD.top + plotH - (v / top) * plotH;
  const slot = plotW / months.length;
  const barW = Math.max(2, slot * 0.6);
  const labelEvery = Math.ceil(months.length / 12);
  return html`
    <figure part="hours-chart">
      <figcaption>${msg('Planned hours a week and the authorised maximum', { id: 'm3q' })}</figcaption>
      <svg viewBox="0 0 ${WIDTH} ${HEIGHT}" aria-hidden="true" focusable="false">
        ${months.map((m, i) => {
          const x = PAD.left + i * slot + (slot - barW) / 2;
          const over = maxHours !== null && hours[i] > maxHours;
          const outside = m.warnings.some((w) => w.code === 'WORK_BEFORE_AUTHORISATION' || w.code === 'WORK_AFTER_AUTHORISATION');
          const review = m.warnings.some((w) => w.code === 'AUTHORISATION_REVIEW');
          const ends = m.warnings.some((w) => w.code === 'AUTHORISATION_ENDS');
          return svg`
            <rect class="hours ${over ? 'over' : ''} ${outside ? 'outside' : ''}" x=${x} width=${barW} y=${y(hours[i])} height=${y(0) - y(hours[i])}
              fill=${over || outside ? 'var(--_color-error)' : 'var(--_color-accent)'} />
            ${review
              ? svg`<circle class="review-mark" cx=${x + barW / 2} cy=${PAD.top - 4} r="4" fill="var(--_color-warning)" />`
              : null}
            ${ends
              ? svg`<line class="end-mark" x1=${x + barW} x2=${x + barW} y1=${PAD.top - 8} y2=${y(0)} stroke="var(--_color-warning)" stroke-width="2" />`
              : null}
            ${i % labelEvery === 0
              ? svg`<text x=${x + barW / 2} y=${HEIGHT - 8} text-anchor="middle" font-size="11" fill="var(--_color-muted)">${f.shortMonth(m.month)}</text>`
              : null}`;
        })}
        ${maxHours !== null
          ? svg`
            <line class="authorised-max" x1=${PAD.left} x2=${WIDTH - PAD.right} y1=${y(maxHours)} y2=${y(maxHours)}
              stroke="var(--_color-error)" stroke-width="2" stroke-dasharray="6 3" />
            <text x=${PAD.left - 4} y=${y(maxHours) + 4} text-anchor="end" font-size="11" fill="var(--_color-error)">${f.hours(maxHours)}</text>`
          : null}
      </svg>
      <p class="hint">
        ${maxHours !== null
          ? msg(str`Dashed line: ${f.number(maxHours)} h a week authorised by the medical advisor. Red bars are above it.`, { id: 'm3r' })
          : msg('Enter the authorised hours to see them as a line.', { id: 'm3s' })}
        ${months.some((m) => m.warnings.some((w) => w.code.startsWith('AUTHORISATION_') || w.code.startsWith('WORK_')))
          ? msg('Red bars outside the authorised period; dots mark the six-monthly reviews, a vertical line the end of the authorisation.', { id: 'm3t' })
          : nothing}
      </p>
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
): TemplateResult {
  const cash = open ? cashOf() : [];
  const forMonths = (c: CashMonth, kind: 'benefit' | 'wage') =>
    c.items
      .filter((i) => i.kind === kind)
      .map((i) => f.month(i.forMonth))
      .join(', ');
  return html`
    <details part="cash" class="stack" ?open=${open} @toggle=${(e: Event) => onToggle((e.target as HTMLDetailsElement).open)}>
      <summary><h3 id="cash-title">${msg('Cash calendar: what arrives in your account', { id: 'm3u' })}</h3></summary>
      <p class="hint">
        ${msg(
          'The benefit of a month of work is paid after the monthly declaration of your employer, so the first months can be tighter than the forecast above.', { id: 'm3v' },
        )}
      </p>
      ${open ? html`<div class="scroll" tabindex="0" role="region" aria-labelledby="cash-caption">
        <table>
          <caption id="cash-caption">${msg('Payments by month (gross)', { id: 'm3w' })}</caption>
          <thead>
            <tr>
              <th scope="col">${msg('Paid in', { id: 'm3x' })}</th>
              <th scope="col">${msg('Gross wage', { id: 'mu' })}</th>
              <th scope="col">${msg('Wage paid on', { id: 'm3y' })}</th>
              <th scope="col">${msg('Benefit', { id: 'mt' })}</th>
              <th scope="col">${msg('Benefit for', { id: 'm3z' })}</th>
              <th scope="col">${msg('Total', { id: 'mp' })}</th>
            </tr>
          </thead>
          <tbody>
            ${cash.map(
              (c) => html`
                <tr data-month=${c.month}>
                  <th scope="row">${f.month(c.month)}</th>
                  <td class="wage">${f.money(c.wage)}</td>
                  <td>${c.items.filter((i) => i.paidOn).map((i) => f.date(i.paidOn!)).join(', ')}</td>
                  <td class="benefit">${f.money(c.benefit)}</td>
                  <td>${forMonths(c, 'benefit')}</td>
                  <td class="total">${f.money(c.total)}</td>
                </tr>
              `,
            )}
          </tbody>
        </table>
      </div>` : nothing}
    </details>
  `;
}
