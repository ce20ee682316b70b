/** "Why this number?": the computation of one month, step by step, with the legal reference. */
import { html, nothing, type TemplateResult } from 'lit';
import { ART_230_AR_1996 } from '../../../rules/parameters/sources.js';
import { msg, str } from '@lit/localize';
import type { Formatters } from '../../../format.js';
import { isPositiveMoney } from '../../../rules/decimal.js';
import type { ForecastMonth, Segment } from '../../../rules/forecast.js';
import type { DeductionCode, NetForecast } from '../../../rules/net/index.js';
import { deductionBasis, deductionLabel } from './net-messages.js';

/** A projected indexation is marked wherever its amounts are shown. */
function projectionMark(projected: boolean): TemplateResult | typeof nothing {
  return projected ? html` <span class="mark projection">(${msg('projection', { id: 'm62' })})</span>` : nothing;
}

/** How the full daily benefit was found: typed and carried by indexation, or estimated from the lost wage. */
function basisLine(s: Segment, f: Formatters): TemplateResult | typeof nothing {
  const b = s.basis;
  if (b.kind === 'typed') {
    if (b.indexFactor === '1.0000') return nothing;
    return html`<li>
      ${msg(
        str`Daily benefit of your statement of ${f.month(b.asOf)}: ${f.money(b.typed)}. Indexations since then: × ${f.number(b.indexFactor, 4)}. Full daily benefit: ${f.money(s.fullDailyBenefit)}.`, { id: 'm63' },
      )}${projectionMark(b.projected)}
    </li>`;
  }
  const phase = b.phase === 'primary' ? msg('primary incapacity (first year)', { id: 'm55' }) : msg('invalidity (from the 13th month)', { id: 'm56' });
  let minimum: string | typeof nothing = nothing;
  if (b.minimum) {
    minimum =
      b.minimum.rule === 'month4'
        ? b.minimum.limitedToWage
          ? msg(str`The minimum from the 4th month applies, limited to the lost wage: ${f.money(b.minimum.amount)}.`, { id: 'm64' })
          : msg(str`The minimum from the 4th month applies: ${f.money(b.minimum.amount)}.`, { id: 'm65' })
        : msg(str`The minimum from the 7th month applies: ${f.money(b.minimum.amount)}.`, { id: 'm66' });
  }
  return html`<li>
    ${msg(
      str`Estimated daily benefit: ${f.percent(b.ratePercent)} of the capped lost wage ${f.money(b.cappedDailyWage)} a day, month ${b.monthOfIncapacity} of incapacity, ${phase}.`, { id: 'm57' },
    )}
    ${b.ceiling ? msg(str`Wage ceiling when the incapacity started: ${f.money(b.ceiling)} a day.`, { id: 'm67' }) : nothing}
    ${b.indexFactor !== '1.0000' ? msg(str`Raised by the indexations since the incapacity started (× ${f.number(b.indexFactor, 4)}).`, { id: 'm58' }) : nothing}${projectionMark(b.projected)}
    ${minimum}
    ${b.unemploymentAllowanceApplied ? msg('The unemployment allowance is higher and is kept for the first 6 months.', { id: 'm5a' }) : nothing}
    ${msg(str`Full daily benefit: ${f.money(s.fullDailyBenefit)}.`, { id: 'm5b' })}
  </li>`;
}

/** The reduction of a rule other than art. 230 (special cases, self-employed, 2012 tranches). */
function otherRuleLines(s: Segment, f: Formatters): TemplateResult {
  const percent = f.percent(String(s.reductionPercent));
  let line: string;
  switch (s.rule) {
    case 'sheltered':
      line = msg('Work in a sheltered or adapted workplace (joint committee 327): the benefit is not reduced.', { id: 'm5c' });
      break;
    case 'childminder':
      line = msg(str`Registered childminder: the benefit is reduced by ${percent} (25 % in the first year of the authorisation, then 50 %).`, { id: 'm5d' });
      break;
    case 'volunteer':
      line = msg('Volunteering (law of 3 July 2005): the benefit is not reduced while the expense allowances stay within the legal limits.', { id: 'explain.volunteer' });
      break;
    case 'self-employed':
      line = msg(
        str`Self-employed activity: the benefit is reduced by ${percent} (nothing for the first 6 months, 10 % until 31 December of the third year after the start, then according to the income of three years earlier).`, { id: 'm5e' },
      );
      break;
    default:
      line = msg(
        str`2012 rule: daily income ${f.money(s.dailyIncome ?? '0')} (after employee contributions); by tranches it takes ${f.money(s.reductionAmount ?? '0')} off the daily benefit.`, { id: 'm5f' },
      );
  }
  return html`<li>${line}</li>`;
}

function segmentSteps(s: Segment, f: Formatters): TemplateResult {
  const period = msg(str`From ${f.date(s.from)} to ${f.date(s.to)}: ${s.indemnifiableDays} paid days (Monday to Saturday).`, { id: 'm5g' });
  if (s.rule !== null && s.rule !== 'art230-2018') {
    return html`
      <p>${period}</p>
      <ol>
        ${basisLine(s, f)} ${otherRuleLines(s, f)}
        <li>${msg(str`Daily amount: ${f.money(s.dailyBenefit)}.`, { id: 'm5h' })}</li>
        <li>${msg(str`${f.money(s.dailyBenefit)} × ${s.indemnifiableDays} days = ${f.money(s.benefit)}.`, { id: 'm5i' })}</li>
        <li>
          ${msg(str`Gross wage for these days: ${f.money(s.earnings)} (monthly wage ${f.money(s.monthlyWage ?? '0')}).`, { id: 'm5j' })}
        </li>
      </ol>
    `;
  }
  if (s.fraction === null) {
    return html`
      <p>${period}</p>
      <ol>
        ${basisLine(s, f)}
        <li>${msg('No authorised work in these days: the full daily benefit is paid.', { id: 'm5k' })}</li>
        <li>${msg(str`${f.money(s.dailyBenefit)} × ${s.indemnifiableDays} days = ${f.money(s.benefit)}.`, { id: 'm5i' })}</li>
      </ol>
    `;
  }
  const fraction = f.percent(s.fraction);
  const exempted = f.percent(s.exemptedPercent ?? '20');
  return html`
    <p>${period}</p>
    <ol>
      ${basisLine(s, f)}
      <li>
        ${msg(
          str`Occupation fraction: ${f.number(s.hoursPerWeek ?? '0')} h ÷ ${f.number(s.fullTimeHoursPerWeek ?? '0')} h = ${fraction}.`,
          { id: 'explain.fraction' },
        )}
      </li>
      <li>
        ${s.reductionPercent === 0 && s.excessPercent === '0.00'
          ? msg(str`That is not more than ${exempted}: no reduction.`, { id: 'm5l' })
          : msg(str`Part above ${exempted}: ${f.percent(s.excessPercent ?? '0')}.`, { id: 'm5m' })}
      </li>
      <li>${msg(str`Reduction of the daily benefit, rounded to a whole percent: ${f.percent(s.reductionPercent)}.`, { id: 'm5n' })}</li>
      <li>
        ${msg(
          str`Daily amount: ${f.money(s.fullDailyBenefit)} − ${f.percent(s.reductionPercent)} = ${f.money(s.dailyBenefit)}.`, { id: 'm5o' },
        )}
      </li>
      <li>${msg(str`${f.money(s.dailyBenefit)} × ${s.indemnifiableDays} days = ${f.money(s.benefit)}.`, { id: 'm5i' })}</li>
      <li>
        ${msg(str`Gross wage for these days: ${f.money(s.earnings)} (monthly wage ${f.money(s.monthlyWage ?? '0')}).`, { id: 'm5j' })}
      </li>
      ${isPositiveMoney(s.latePenalty)
        ? html`<li class="mark warning">${msg(str`Late request: minus ${f.money(s.latePenalty)} on this benefit.`, { id: 'm5p' })}</li>`
        : nothing}
      ${s.outsideAuthorisation
        ? html`<li class="mark risk">
            ${msg(str`These days are outside the authorised period: ${f.money(s.atRisk)} would have to be paid back.`, { id: 'm5q' })}
          </li>`
        : nothing}
      ${s.aboveAuthorisedHours
        ? html`<li class="mark risk">
            ${msg(str`These hours are above the authorised hours: ${f.money(s.atRisk)} would have to be paid back.`, { id: 'm5r' })}
          </li>`
        : nothing}
    </ol>
  `;
}

const DEDUCTIONS: readonly DeductionCode[] = ['socialContribution', 'socialWorkBonus', 'specialContribution', 'wageWithholding', 'fiscalWorkBonus', 'benefitWithholding'];

/** From gross to net: the month's deductions, each with its legal basis. */
function netLines(month: ForecastMonth, net: NetForecast, f: Formatters): TemplateResult {
  const n = net.months.find((m) => m.month === month.month);
  if (!n) return html``;
  if (!n.covered) return html`<p class="hint" id="explanation-net">${msg('The net of this month is not estimated (only from 2025 on): the amounts are gross.', { id: 'ny6' })}</p>`;
  // Without a wage, only the benefit's withholding applies.
  const codes = month.earnings === '0.00' ? DEDUCTIONS.slice(5) : DEDUCTIONS;
  const sign = (code: DeductionCode) => (code === 'socialWorkBonus' ? '+' : code === 'fiscalWorkBonus' ? '' : '−');
  const announced = n.benefitWithholdingIfAnnounced !== n.deductions.benefitWithholding;
  return html`
    <h4 id="explanation-net">${msg('From gross to net (estimate)', { id: 'nt62' })}</h4>
    ${n.rulesYear !== null && String(n.rulesYear) !== n.month.slice(0, 4)
      ? html`<p class="hint">${msg(str`With the rules of ${String(n.rulesYear)}: those of ${n.month.slice(0, 4)} are not published yet.`, { id: 'ny7' })}</p>`
      : nothing}
    <ul class="deductions">
      ${codes.map((code) => {
        const ref = net.references[code];
        return html`<li data-deduction=${code}>
          ${deductionLabel(code)}${f.colon}${sign(code)} ${f.money(n.deductions[code])}
          <span class="hint">
            — ${ref.href ? html`<a href=${ref.href} target="_blank" rel="noopener noreferrer">${deductionBasis(code)}</a>` : deductionBasis(code)}${ref.status === 'official' ? nothing : '*'}
          </span>
        </li>`;
      })}
    </ul>
    ${codes.some((c) => net.references[c].status !== 'official')
      ? html`<p class="hint">* ${msg('As restated by payroll offices and payroll calculators, not read in the official text.', { id: 'nt63' })}</p>`
      : nothing}
    ${announced
      ? html`<p class="mark warning">
          ${msg(str`If the announced withholding on invalidity benefits applied, ${f.money(n.benefitWithholdingIfAnnounced)} would be withheld from this benefit.`, { id: 'nt64' })}
        </p>`
      : nothing}
    <p>
      <strong>${msg(str`Net benefit ${f.money(n.net.benefit)} + net wage ${f.money(n.net.earnings)} = ${f.money(n.net.total)} on your account.`, { id: 'nt65' })}</strong>
    </p>
  `;
}

export function renderExplanation(month: ForecastMonth, f: Formatters, onClose: () => void, net?: NetForecast | null): TemplateResult {
  const reference = month.segments.find((s) => s.reference)?.reference;
  return html`
    <section part="explanation" class="explanation" aria-labelledby="explanation-title">
      <h3 id="explanation-title" tabindex="-1">${msg(str`Why this number? ${f.month(month.month)}`, { id: 'm5s' })}</h3>
      ${month.segments.map((s) => segmentSteps(s, f))}
      <p>
        <strong>${msg(str`Benefit for the month: ${f.money(month.benefit)}; with the wage: ${f.money(month.total)}.`, { id: 'm5t' })}</strong>
      </p>
      ${reference
        ? html`<p class="hint">
            ${msg('Legal basis:', { id: 'm5u' })}
            ${(() => {
              // Named by its address: the standalone build leaves the sources' titles out.
              const label = reference.href === ART_230_AR_1996.href
                ? msg('art. 230 §1 of the Royal Decree of 3 July 1996', { id: 'legal.art230' })
                : msg('source of this rule', { id: 'm5v' });
              return reference.href ? html`<a href=${reference.href} target="_blank" rel="noopener noreferrer">${label}</a>` : label;
            })()}
          </p>`
        : nothing}
      ${net ? netLines(month, net, f) : nothing}
      <button type="button" @click=${onClose}>${msg('Close the explanation', { id: 'm5w' })}</button>
    </section>
  `;
}
