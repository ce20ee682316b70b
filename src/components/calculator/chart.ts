/**
 * The month-by-month chart: benefit and earnings stacked, the total on top, the benefit without
 * work as a dashed line. Drawn as SVG with Lit templates; hidden from assistive technology because
 * the table holds the same figures.
 */
import { html, svg, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Formatters } from '../../format.js';
import { isPositiveMoney } from '../../rules/decimal.js';
import type { ForecastMonth } from '../../rules/forecast.js';

const WIDTH = 640;
const HEIGHT = 260;
const PAD = { top: 16, right: 8, bottom: 28, left: 56 };

/** A round step for the value axis (1, 2 or 5 × 10^n) giving about four lines. */
function niceStep(max: number): number {
  const raw = max / 4;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / magnitude;
  return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * magnitude;
}

export function renderChart(months: readonly ForecastMonth[], f: Formatters): TemplateResult {
  // Pixel geometry only: amounts become numbers to place the bars, never to compute money.
  const totals = months.map((m) => Number(m.total));
  const fulls = months.map((m) => Number(m.fullBenefit));
  const max = Math.max(1, ...totals, ...fulls);
  const step = niceStep(max);
  const top = Math.ceil(max / step) * step;
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const y = (v: number) => PAD.top + plotH - (v / top) * plotH;
  const slot = plotW / Math.max(1, months.length);
  const barW = Math.max(2, slot * 0.7);
  const labelEvery = Math.ceil(months.length / 12);
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
  const linePoints = months
    .map((_, i) => `${PAD.left + i * slot},${y(fulls[i])} ${PAD.left + (i + 1) * slot},${y(fulls[i])}`)
    .join(' ');
  return html`
    <figure part="chart">
      <figcaption id="chart-caption">${msg('Each month: benefit and wage', { id: 'm27' })}</figcaption>
      <svg viewBox="0 0 ${WIDTH} ${HEIGHT}" aria-hidden="true" focusable="false">
        ${ticks.map(
          (t) => svg`
            <line x1=${PAD.left} x2=${WIDTH - PAD.right} y1=${y(t)} y2=${y(t)} stroke="var(--_color-border)" stroke-width="1" />
            <text x=${PAD.left - 6} y=${y(t) + 4} text-anchor="end" font-size="11" fill="var(--_color-muted)">${f.number(t, 0)}</text>`,
        )}
        ${months.map((m, i) => {
          const x = PAD.left + i * slot + (slot - barW) / 2;
          const earnings = Number(m.earnings);
          const benefit = Number(m.benefit);
          return svg`
            <g class="bar" data-month=${m.month}>
              <rect x=${x} width=${barW} y=${y(earnings)} height=${y(0) - y(earnings)} fill="var(--_color-earnings)" />
              <rect x=${x} width=${barW} y=${y(earnings + benefit)} height=${y(0) - y(benefit)} fill="var(--_color-benefit)" />
              ${isPositiveMoney(m.atRisk)
                ? svg`<path class="risk-mark" d="M ${x + barW / 2} ${y(earnings + benefit) - 4} l -6 -10 h 12 z" fill="var(--_color-error)" />`
                : null}
              ${m.projected
                ? svg`<text class="projection-mark" x=${x + barW / 2} y=${y(earnings + benefit) - (isPositiveMoney(m.atRisk) ? 18 : 4)} text-anchor="middle" font-size="12" fill="var(--_color-text)">≈</text>`
                : null}
              ${i % labelEvery === 0
                ? svg`<text x=${x + barW / 2} y=${HEIGHT - PAD.bottom + 16} text-anchor="middle" font-size="11" fill="var(--_color-muted)">${f.shortMonth(m.month)}</text>`
                : null}
            </g>`;
        })}
        <polyline points=${linePoints} fill="none" stroke="var(--_color-text)" stroke-width="1.5" stroke-dasharray="5 4" />
      </svg>
      <ul class="legend">
        <li><span class="swatch benefit"></span>${msg('Benefit', { id: 'mt' })}</li>
        <li><span class="swatch earnings"></span>${msg('Gross wage', { id: 'mu' })}</li>
        <li><span class="swatch without-work"></span>${msg('Benefit without work', { id: 'm28' })}</li>
        ${months.some((m) => m.projected)
          ? html`<li><span class="swatch-text" aria-hidden="true">≈</span>${msg('Projection: includes a forecast indexation, not decided yet', { id: 'm61' })}</li>`
          : null}
        ${months.some((m) => isPositiveMoney(m.atRisk))
          ? html`<li><span class="swatch risk"></span>${msg('Benefit at risk: work not authorised', { id: 'm29' })}</li>`
          : null}
      </ul>
    </figure>
  `;
}
