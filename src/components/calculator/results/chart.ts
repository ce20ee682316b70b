/**
 * The month-by-month chart: benefit and earnings stacked, the total on top, the benefit without
 * work as a dashed line. Drawn as SVG with Lit templates; hidden from assistive technology because
 * the table holds the same figures.
 *
 * The charts are drawn in CSS pixels, not scaled from a fixed drawing: the values axis is its own
 * narrow SVG, and the months are placed in per cent of the plot's width. Text keeps its size (12 px)
 * on a phone, and the month names are thinned out by container queries when they would collide.
 */
import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Formatters } from '../../../format.js';
import { isPositiveMoney } from '../../../rules/decimal.js';
import type { ForecastMonth } from '../../../rules/forecast.js';
import type { NetForecast } from '../../../rules/net/index.js';

/** Geometry of a chart: its height and the values axis, in CSS pixels. */
export interface Frame {
  height: number;
  top: number;
  bottom: number;
  /** Largest value of the axis. */
  max: number;
}

/** The vertical position of a value. */
export const yOf = (c: Frame, v: number) => c.top + (c.height - c.top - c.bottom) * (1 - v / c.max);

/** A round step for the value axis (1, 2 or 5 × 10^n) giving about four lines. */
export function niceStep(max: number): number {
  const raw = max / 4;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / magnitude;
  return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * magnitude;
}

/**
 * A drawing coordinate (pixels or per cent) rounded to a thousandth for the SVG text: layout only,
 * never money (amounts stay decimal strings from the core).
 */
export const coord = (x: number) => Math.round(x * 1000) / 1000;

/** Per cent of the plot's width, as an SVG length. */
export const pc = (x: number) => `${coord(x)}%`;

/**
 * The plot: the values axis (labels at their heights) beside the drawing, which fills the rest of
 * the width. `labels` are [value, text, class] triples.
 */
export function plot(c: Frame, labels: [number, string, string?][], drawing: SVGTemplateResult): TemplateResult {
  const axis = Math.max(...labels.map(([, text]) => text.length), 1) * 7 + 8;
  return html`<div class="plot">
    <svg class="axis" width=${axis} height=${c.height} aria-hidden="true">
      ${labels.map(([v, text, cls]) => svg`<text class=${cls ?? ''} x=${axis - 4} y=${yOf(c, v) + 4} text-anchor="end">${text}</text>`)}
    </svg>
    <svg height=${c.height} aria-hidden="true">${drawing}</svg>
  </div>`;
}

/**
 * The month names under the bars: at most twelve, and on a narrow element every second one (class
 * `m2` hidden) or every third one (`m3` hidden), so that they never overlap.
 */
export function monthLabels(months: readonly ForecastMonth[], f: Formatters, y: number): SVGTemplateResult[] {
  const every = Math.ceil(months.length / 12);
  const slot = 100 / months.length;
  return months.flatMap((m, i) => {
    if (i % every) return [];
    const k = i / every;
    return [svg`<text class="month ${k % 2 ? 'm2' : ''} ${k % 3 ? 'm3' : ''}" x=${pc((i + 0.5) * slot)} y=${y} text-anchor="middle">${f.shortMonth(m.month)}</text>`];
  });
}

/** With `net`, the bars are the net amounts and the line the net benefit without work. */
export function renderChart(months: readonly ForecastMonth[], f: Formatters, net?: NetForecast | null): TemplateResult {
  // Pixel geometry only: amounts become numbers to place the bars, never to compute money.
  const amounts = months.map((m, i) => (net ? net.months[i].net : m));
  const totals = amounts.map((m) => Number(m.total));
  const fulls = months.map((m, i) => (net ? Number(amounts[i].total) - Number(amounts[i].gainVsNoWork) : Number(m.fullBenefit)));
  const most = Math.max(1, ...totals, ...fulls);
  const step = niceStep(most);
  const c: Frame = { height: 240, top: 22, bottom: 24, max: Math.ceil(most / step) * step };
  const y = (v: number) => yOf(c, v);
  const slot = 100 / Math.max(1, months.length);
  const ticks = Array.from({ length: Math.round(c.max / step) + 1 }, (_, i) => i * step);
  // The benefit without work: one dashed step per month, joined where it changes.
  const withoutWork = months.map(
    (_, i) => svg`<line x1=${pc(i * slot)} x2=${pc((i + 1) * slot)} y1=${y(fulls[i])} y2=${y(fulls[i])} />${
      i > 0 && fulls[i] !== fulls[i - 1] ? svg`<line x1=${pc(i * slot)} x2=${pc(i * slot)} y1=${y(fulls[i - 1])} y2=${y(fulls[i])} />` : null
    }`,
  );
  return html`
    <figure part="chart">
      <figcaption id="chart-caption">${net ? msg('Each month: benefit and wage, net (estimate)', { id: 'nt66' }) : msg('Each month: benefit and wage', { id: 'm27' })}</figcaption>
      ${plot(
        c,
        ticks.map((t) => [t, f.number(t, 0)]),
        svg`
        ${ticks.map((t) => svg`<line class="grid" x1="0" x2="100%" y1=${y(t)} y2=${y(t)} />`)}
        ${months.map((m, i) => {
          const x = pc((i + 0.15) * slot);
          const w = pc(slot * 0.7);
          const mid = pc((i + 0.5) * slot);
          const earnings = Number(amounts[i].earnings);
          const benefit = Number(amounts[i].benefit);
          const top = y(earnings + benefit);
          return svg`
            <g class="bar" data-month=${m.month}>
              <rect class="earnings" x=${x} width=${w} y=${y(earnings)} height=${y(0) - y(earnings)} />
              <rect class="benefit" x=${x} width=${w} y=${top} height=${y(0) - y(benefit)} />
              ${isPositiveMoney(m.atRisk) ? svg`<svg class="risk-mark" x=${mid} y=${top - 14} overflow="visible"><path d="M0 10l-6-10h12z" /></svg>` : null}
              ${m.projected
                ? svg`<text class="projection-mark" x=${mid} y=${top - (isPositiveMoney(m.atRisk) ? 18 : 4)} text-anchor="middle">≈</text>`
                : null}
            </g>`;
        })}
        <g class="without-work">${withoutWork}</g>
        ${monthLabels(months, f, c.height - 6)}`,
      )}
      <ul class="legend">
        <li><span class="swatch benefit"></span>${net ? msg('Net benefit', { id: 'nt12' }) : msg('Benefit', { id: 'mt' })}</li>
        <li><span class="swatch earnings"></span>${net ? msg('Net wage', { id: 'nt13' }) : msg('Gross wage', { id: 'mu' })}</li>
        <li><span class="swatch without-work"></span>${net ? msg('Net benefit without work', { id: 'nt67' }) : msg('Benefit without work', { id: 'm28' })}</li>
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
