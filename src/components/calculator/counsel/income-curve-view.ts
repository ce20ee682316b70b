/**
 * The income curve over the hours (on demand): for the job of the plan shown, the month's total
 * and the benefit alone for every weekly volume from 0 to full time, with the exemption threshold,
 * the authorised maximum and the hours of the plans marked — the picture a coach draws by hand.
 *
 * Drawn like the other charts (chart.ts): CSS pixels, text 12 px, the values axis in its own SVG;
 * the two lines are drawn in a nested SVG stretched over the plot's width (its strokes keep their
 * width). Lines differ by their dash, not only their colour; hours above the authorised maximum are
 * hatched, and said in words in the table, which holds every figure of the picture.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Formatters } from '../../../format.js';
import { Dec, isPositiveMoney } from '../../../rules/decimal.js';
import type { IncomeCurve } from '../../../scenario/income-curve.js';
import { coord, niceStep, pc, plot, yOf, type Frame } from '../results/chart.js';

/** Two decimal texts of the same hours ("16" and "16.0"). */
const same = (a: string, b: string | null) => b !== null && new Dec(a).eq(b);
const planLetter = (plan: number) => String.fromCharCode(65 + plan);

/** The curve's sentence, chart and table; `null`: the plan has no salaried job to draw. */
export function renderIncomeCurve(curve: IncomeCurve | null, f: Formatters): TemplateResult {
  if (!curve) {
    return html`<p class="hint">${msg('The curve needs a step of salaried work with its full-time hours and its wage.', { id: 'cv2' })}</p>`;
  }
  const { points, marks, slopes } = curve;
  const full = Number(curve.job.fullTimeHoursPerWeek);
  const threshold = marks.thresholdHours;
  const max = marks.authorisedMaxHours;
  const over = (hours: string) => max !== null && new Dec(hours).gt(max);
  const plansAt = (hours: string) =>
    [...new Set(marks.plans.filter((m) => same(m.hours, hours)).map((m) => planLetter(m.plan)))];
  // The column headers, also written before each value when the table shows as cards (phones).
  const labels = {
    hours: msg('Hours a week', { id: 'my' }),
    total: msg('Total', { id: 'mp' }),
    benefit: msg('Benefit', { id: 'mt' }),
    earnings: msg('Gross wage', { id: 'mu' }),
    reduction: msg('Reduction', { id: 'mz' }),
  };
  return html`
    <p class="sentence" id="curve-sentence">
      ${slopes.belowThreshold && threshold
        ? msg(str`Each extra hour a week adds about ${f.money(slopes.belowThreshold)} a month up to ${f.hours(threshold)} (the exemption threshold).`, {
            id: 'cv3',
          })
        : nothing}
      ${slopes.aboveThreshold
        ? msg(str`Above it, each extra hour a week adds about ${f.money(slopes.aboveThreshold)} a month here.`, { id: 'cv4' })
        : nothing}
    </p>
    ${renderCurveChart(curve, f)}
    <div class="scroll curve-table" tabindex="0" role="region" aria-labelledby="curve-caption">
      <table class="cards">
        <caption id="curve-caption">${msg(str`By hours a week, in ${f.month(curve.month)} (the first full month of work; gross amounts)`, { id: 'cv5' })}</caption>
        <thead>
          <tr>
            <th scope="col">${labels.hours}</th>
            <th scope="col">${labels.total}</th>
            <th scope="col">${labels.benefit}</th>
            <th scope="col">${labels.earnings}</th>
            <th scope="col">${labels.reduction}</th>
            <th scope="col">${msg('Marks', { id: 'cv6' })}</th>
          </tr>
        </thead>
        <tbody>
          ${points.map((p) => {
            const notes = [
              same(p.hours, threshold) ? msg('exemption threshold (20 % of full time)', { id: 'cv7' }) : '',
              same(p.hours, max) ? msg('authorised maximum', { id: 'cv8' }) : '',
              ...plansAt(p.hours).map((letter) => msg(str`plan ${letter}`, { id: 'cv9' })),
              over(p.hours) && isPositiveMoney(p.atRisk) ? msg(str`not authorised: ${f.money(p.atRisk)} at risk`, { id: 'cv10' }) : '',
            ].filter(Boolean);
            return html`<tr data-hours=${p.hours} class=${over(p.hours) ? 'at-risk' : nothing}>
              <th scope="row" data-label=${labels.hours}>${f.hours(p.hours)}</th>
              <td class="total" data-label=${labels.total}>${f.money(p.total)}</td>
              <td class="benefit" data-label=${labels.benefit}>${f.money(p.benefit)}</td>
              <td class="earnings" data-label=${labels.earnings}>${f.money(p.earnings)}</td>
              <td data-label=${labels.reduction}>${f.percent(p.reductionPercent)}</td>
              <td class="marks">${notes.join(' · ')}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>
  `;

  function renderCurveChart(c: IncomeCurve, fm: Formatters): TemplateResult {
    // Pixel geometry only: amounts become numbers to place the lines, never to compute money.
    const most = Math.max(1, ...points.map((p) => Number(p.total)));
    const step = niceStep(most);
    const frame: Frame = { height: 230, top: 40, bottom: 24, max: Math.ceil(most / step) * step };
    const y = (v: number) => yOf(frame, v);
    const x = (hours: number | string) => (Number(hours) / full) * 100;
    const line = (key: 'total' | 'benefit') => points.map((p) => `${coord(x(p.hours))},${coord(y(Number(p[key])))}`).join(' ');
    const ticks = Array.from({ length: Math.round(frame.max / step) + 1 }, (_, i) => i * step);
    const hourStep = full > 20 ? 10 : 5;
    const hourTicks = Array.from({ length: Math.floor(full / hourStep) + 1 }, (_, i) => i * hourStep).filter((h) => full - h >= hourStep * 0.6 || h === 0);
    // Labels near the right edge end at their line instead of starting there.
    const anchor = (hours: string) => (x(hours) > 75 ? 'end' : 'start');
    const shift = (hours: string) => (x(hours) > 75 ? -4 : 4);
    const planMarks = [...new Set(c.marks.plans.map((m) => m.hours))].map((hours) => {
      const point = points.find((p) => same(p.hours, hours));
      return point ? { hours, total: Number(point.total), letters: plansAt(hours).join(' ') } : null;
    });
    return html`
      <figure class="income-curve">
        <figcaption>${msg('Income in a month by hours a week', { id: 'cv11' })}</figcaption>
        ${plot(
          frame,
          ticks.map((t) => [t, fm.number(t, 0)]),
          svg`<defs><pattern id="curve-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="2" height="6" /></pattern></defs>
          ${ticks.map((t) => svg`<line class="grid" x1="0" x2="100%" y1=${y(t)} y2=${y(t)} />`)}
          ${max !== null && over(c.job.fullTimeHoursPerWeek)
            ? svg`<rect class="not-authorised" x=${pc(x(max))} width=${pc(100 - x(max))} y=${frame.top} height=${y(0) - frame.top} />`
            : null}
          ${threshold
            ? svg`<line class="threshold" x1=${pc(x(threshold))} x2=${pc(x(threshold))} y1="4" y2=${y(0)} />
                <text class="mark-label" x=${pc(x(threshold))} dx=${shift(threshold)} y="14" text-anchor=${anchor(threshold)}>${fm.hours(threshold)} (${fm.percent(20)})</text>`
            : null}
          ${max !== null
            ? svg`<line class="authorised-max" x1=${pc(x(max))} x2=${pc(x(max))} y1="18" y2=${y(0)} />
                <text class="authorised-max-label" x=${pc(x(max))} dx=${shift(max)} y="30" text-anchor=${anchor(max)}>${msg(str`max. ${fm.hours(max)}`, { id: 'cv12' })}</text>`
            : null}
          <svg class="lines" width="100%" height=${frame.height} viewBox="0 0 100 ${frame.height}" preserveAspectRatio="none">
            <polyline class="curve-benefit" points=${line('benefit')} />
            <polyline class="curve-total" points=${line('total')} />
          </svg>
          ${planMarks.map((m) =>
            m
              ? svg`<circle class="plan-mark" cx=${pc(x(m.hours))} cy=${y(m.total)} r="5" />
                  <text class="value" x=${pc(x(m.hours))} y=${y(m.total) - 9} text-anchor="middle">${m.letters}</text>`
              : null,
          )}
          ${hourTicks.map((h) => svg`<text x=${pc(x(h))} y=${frame.height - 6} text-anchor=${h === 0 ? 'start' : 'middle'}>${fm.hours(h)}</text>`)}
          <text x="100%" y=${frame.height - 6} text-anchor="end">${fm.hours(full)}</text>`,
        )}
        <ul class="legend">
          <li><span class="swatch curve-total"></span>${msg('Total: benefit and gross wage', { id: 'cv13' })}</li>
          <li><span class="swatch curve-benefit"></span>${msg('Benefit alone', { id: 'cv14' })}</li>
          ${threshold
            ? html`<li><span class="swatch threshold"></span>${msg(str`Up to ${fm.hours(threshold)} (20 % of full time) the benefit is not reduced`, { id: 'cv15' })}</li>`
            : nothing}
          ${max !== null
            ? html`<li><span class="swatch authorised-max"></span>${msg(str`Authorised by the medical advisor: ${fm.hours(max)} a week`, { id: 'hc.max' })}</li>`
            : html`<li>${msg('The authorised hours are not given (they would show as a line).', { id: 'm3s' })}</li>`}
          ${max !== null && over(c.job.fullTimeHoursPerWeek)
            ? html`<li><span class="swatch over"></span>${msg('Hours not authorised: the benefit could be reclaimed', { id: 'cv16' })}</li>`
            : nothing}
          ${c.marks.plans.length > 0 ? html`<li><span class="swatch plan-mark"></span>${msg('Hours of the plans (A, B…)', { id: 'cv17' })}</li>` : nothing}
        </ul>
      </figure>
    `;
  }
}
