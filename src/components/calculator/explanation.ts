/** "Why this number?": the computation of one month, step by step, with the legal reference. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Formatters } from '../../format.js';
import { isPositiveMoney } from '../../rules/decimal.js';
import type { ForecastMonth, Segment } from '../../rules/forecast.js';

function segmentSteps(s: Segment, f: Formatters): TemplateResult {
  const period = msg(str`From ${f.date(s.from)} to ${f.date(s.to)}: ${s.indemnifiableDays} paid days (Monday to Saturday).`);
  if (s.fraction === null) {
    return html`
      <p>${period}</p>
      <ol>
        <li>${msg('No authorised work in these days: the full daily benefit is paid.')}</li>
        <li>${msg(str`${f.money(s.dailyBenefit)} × ${s.indemnifiableDays} days = ${f.money(s.benefit)}.`)}</li>
      </ol>
    `;
  }
  const fraction = f.percent(s.fraction);
  const exempted = f.percent(s.exemptedPercent ?? '20');
  return html`
    <p>${period}</p>
    <ol>
      <li>
        ${msg(
          str`Occupation fraction: ${f.number(s.hoursPerWeek ?? '0')} h ÷ ${f.number(s.fullTimeHoursPerWeek ?? '0')} h = ${fraction}.`,
          { id: 'explain.fraction' },
        )}
      </li>
      <li>
        ${s.reductionPercent === 0 && s.excessPercent === '0.00'
          ? msg(str`That is not more than ${exempted}: no reduction.`)
          : msg(str`Part above ${exempted}: ${f.percent(s.excessPercent ?? '0')}.`)}
      </li>
      <li>${msg(str`Reduction of the daily benefit, rounded to a whole percent: ${s.reductionPercent} %.`)}</li>
      <li>
        ${msg(
          str`Daily amount: ${f.money(s.fullDailyBenefit)} − ${s.reductionPercent} % = ${f.money(s.dailyBenefit)}.`,
        )}
      </li>
      <li>${msg(str`${f.money(s.dailyBenefit)} × ${s.indemnifiableDays} days = ${f.money(s.benefit)}.`)}</li>
      <li>
        ${msg(str`Gross wage for these days: ${f.money(s.earnings)} (monthly wage ${f.money(s.monthlyWage ?? '0')}).`)}
      </li>
      ${isPositiveMoney(s.latePenalty)
        ? html`<li class="mark warning">${msg(str`Late request: minus ${f.money(s.latePenalty)} on this benefit.`)}</li>`
        : nothing}
      ${s.outsideAuthorisation
        ? html`<li class="mark risk">
            ${msg(str`These days are outside the authorised period: ${f.money(s.atRisk)} would have to be paid back.`)}
          </li>`
        : nothing}
      ${s.aboveAuthorisedHours
        ? html`<li class="mark risk">
            ${msg(str`These hours are above the authorised hours: ${f.money(s.atRisk)} would have to be paid back.`)}
          </li>`
        : nothing}
    </ol>
  `;
}

export function renderExplanation(month: ForecastMonth, f: Formatters, onClose: () => void): TemplateResult {
  const reference = month.segments.find((s) => s.reference)?.reference;
  return html`
    <section part="explanation" class="explanation" aria-labelledby="explanation-title">
      <h3 id="explanation-title" tabindex="-1">${msg(str`Why this number? ${f.month(month.month)}`)}</h3>
      ${month.segments.map((s) => segmentSteps(s, f))}
      <p>
        <strong>${msg(str`Benefit for the month: ${f.money(month.benefit)}; with the wage: ${f.money(month.total)}.`)}</strong>
      </p>
      ${reference
        ? html`<p class="hint">
            ${msg('Legal basis:')}
            ${reference.href
              ? html`<a href=${reference.href} target="_blank" rel="noopener noreferrer">${msg('art. 230 §1 of the Royal Decree of 3 July 1996', { id: 'legal.art230' })}</a>`
              : msg('art. 230 §1 of the Royal Decree of 3 July 1996', { id: 'legal.art230' })}
          </p>`
        : nothing}
      <button type="button" @click=${onClose}>${msg('Close the explanation')}</button>
    </section>
  `;
}
