/**
 * The client's handout: who it is for and who prepared it, the plan in one sentence, month by
 * month without work / with work / the difference (net and gross), the key dates, what to do next,
 * the totals of every plan, and the assumptions in a short appendix. Printed only (A4, two pages
 * for twelve months).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Formatters } from '../../../format.js';
import { CUMULATION_RULES } from '../../../rules/cumulation/index.js';
import { parseDecimal } from '../../../rules/decimal.js';
import { hoursWithoutReduction } from '../../../rules/summary.js';
import { hasHours, isPaidWorkStep } from '../../../rules/checklist.js';
import type { Scenario } from '../../../scenario/types.js';
import type { PlanResult } from '../results/plan-result.js';
import { ACTION_KINDS, actionSentence, checklistTitle, itemDate } from './checklist-text.js';
import { answerOf, renderFourAnswers } from '../counsel/monthly-answer.js';
import { safetyOf } from '../counsel/client-answer.js';
import { isPositiveMoney } from '../../../rules/decimal.js';
import type { ForecastMonth } from '../../../rules/forecast-types.js';
import { checklistOf, firstStep, kindText, netOf, netWithoutWork, planHours, planName, type HandoutNames } from './plan-data.js';

export interface DocumentOptions {
  plans: readonly PlanResult[];
  active: number;
  f: Formatters;
  names: HandoutNames;
  /** YYYY-MM-DD */
  today: string;
}

/** Who the document is for, who prepared it, and when. */
export function renderHeader(o: DocumentOptions, title: string, forClient = true): TemplateResult {
  const { names, f } = o;
  return html`
    <header class="doc-head">
      <h3 id="doc-title">${title}</h3>
      <p>
        ${names.client && forClient ? html`<span class="for">${msg(str`For ${names.client}`, { id: 'pr19' })}</span>` : nothing}
        <span>${msg(str`Prepared on ${f.date(o.today)}`, { id: 'pr20' })}</span>
        ${names.coach || names.contact
          ? html`<span class="by">${msg(str`by ${[names.coach, names.contact].filter(Boolean).join(', ')}`, { id: 'pr21' })}</span>`
          : nothing}
      </p>
    </header>
  `;
}

/** "From 1 February 2026, 8 h a week; from 1 May 2026, 16 h a week." */
function planSentence(scenario: Scenario, f: Formatters): string {
  if (!firstStep(scenario)) return msg('The plan: no work; you keep the full benefit.', { id: 'pr22' });
  const parts = scenario.work.map((s) => {
    const date = f.date(s.from);
    if (!hasHours(s)) return msg(str`from ${date}, no work`, { id: 'pr23' });
    const kind = kindText(s);
    const hours = f.hours(s.hoursPerWeek);
    return kind ? msg(str`from ${date}, ${hours} a week (${kind})`, { id: 'pr24' }) : msg(str`from ${date}, ${hours} a week`, { id: 'pr25' });
  });
  return msg(str`The plan: ${parts.join('; ')}.`, { id: 'pr26' });
}

export function renderClientHandout(o: DocumentOptions): TemplateResult | typeof nothing {
  const plan = o.plans[o.active];
  if (!plan?.result.ok) return nothing;
  const { f } = o;
  const { scenario, forecast } = plan.result;
  const net = netOf(plan);
  const uncovered = net?.months.some((m) => !m.covered) ?? false;
  const t = forecast.totals;
  const gain = net ? net.totals.net.gainVsNoWork : t.gainVsNoWork;
  const items = checklistOf(plan);
  // The key dates: every item but the monthly declarations after the first one.
  const firstDeclaration = items.find((i) => i.kind === 'employer-declaration');
  const keyDates = items.filter((i) => i.kind !== 'employer-declaration' || i === firstDeclaration);
  const coming = items.filter((i) => ACTION_KINDS.includes(i.kind) && i.date >= o.today);
  const actions = (coming.length > 0 ? coming : items.filter((i) => ACTION_KINDS.includes(i.kind))).slice(0, 3);
  const cell = (value: string | null) => (value === null ? html`<td>–</td>` : html`<td>${f.money(value)}</td>`);
  const pair = (netValue: string | null, gross: string) => (net ? html`${cell(netValue)}${cell(gross)}` : cell(gross));
  const span = net ? 2 : 1;
  const allNet = net !== null && !uncovered;
  const answer = answerOf(
    plan,
    allNet ? net.months.map((m) => ({ month: m.month, total: m.net.total, gainVsNoWork: m.net.gainVsNoWork })) : undefined,
    allNet ? 'net' : 'gross',
    o.today,
  );
  return html`
    <article class="handout-doc client-handout" part="handout" aria-labelledby="doc-title">
      ${renderHeader(o, msg('Your plan: benefit and wage, month by month', { id: 'pr27' }))}
      ${answer
        ? html`<section class="doc-answer" aria-labelledby="doc-answer-title">
            <h4 id="doc-answer-title">${msg(str`In short, for ${planName(plan.index)} (${planHours(scenario, f)})`, { id: 'handout.answer.title' })}</h4>
            ${renderFourAnswers(answer, scenario, f, 5)}
          </section>`
        : nothing}
      <p class="sentence">${planSentence(scenario, f)}
        ${net
          ? msg(str`Over ${forecast.months.length} months you would have about ${f.money(gain)} more than without work, after tax and contributions.`, { id: 'pr28' })
          : msg(str`Over ${forecast.months.length} months you would have ${f.money(gain)} more than without work, before tax and contributions.`, { id: 'pr29' })}
      </p>
      <table class="months">
        <caption>
          ${net
            ? msg('Each month: what you receive without work, with the planned work (benefit + wage), and the difference. Net: after tax and contributions (estimated); gross: before.', { id: 'pr30' })
            : msg('Each month: what you receive without work, with the planned work (benefit + wage), and the difference. Gross amounts, before tax and contributions.', { id: 'pr31' })}
        </caption>
        <thead>
          <tr>
            <th scope="col" rowspan=${span}>${msg('Month', { id: 'mo' })}</th>
            <th scope="colgroup" colspan=${span}>${msg('Without work', { id: 'pr32' })}</th>
            <th scope="colgroup" colspan=${span}>${msg('With the work', { id: 'pr33' })}</th>
            <th scope="colgroup" colspan=${span}>${msg('Difference', { id: 'pr34' })}</th>
          </tr>
          ${net
            ? html`<tr>
                ${[0, 1, 2].map(
                  () => html`<th scope="col">${msg('net', { id: 'pr35' })}</th><th scope="col">${msg('gross', { id: 'pr36' })}</th>`,
                )}
              </tr>`
            : nothing}
        </thead>
        <tbody>
          ${forecast.months.map((m, i) => {
            const n = net?.months[i];
            const known = n?.covered ? n : null;
            return html`<tr class=${isPositiveMoney(m.atRisk) ? 'at-risk' : ''}>
              <th scope="row">${f.month(m.month)}${riskMark(m)}</th>
              ${pair(known ? netWithoutWork(known) : null, m.fullBenefit)} ${pair(known?.net.total ?? null, m.total)}
              ${pair(known?.net.gainVsNoWork ?? null, m.gainVsNoWork)}
            </tr>`;
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">${msg('Total', { id: 'mp' })}</th>
            ${pair(net && !uncovered ? netWithoutWork(net.totals) : null, t.fullBenefit)} ${pair(net && !uncovered ? net.totals.net.total : null, t.total)}
            ${pair(net && !uncovered ? net.totals.net.gainVsNoWork : null, t.gainVsNoWork)}
          </tr>
        </tfoot>
      </table>
      ${uncovered ? html`<p class="hint">${msg('–: the net of these months cannot be estimated yet (tax rules not known).', { id: 'pr37' })}</p>` : nothing}
      <div class="columns">
        <section class="key-dates">
          <h4>${msg('Key dates', { id: 'pr38' })}</h4>
          ${keyDates.length === 0
            ? html`<p>${msg('No date to remember in this plan.', { id: 'pr39' })}</p>`
            : html`<ul>
                ${keyDates.map((i) => html`<li><span class="date">${itemDate(i, f)}</span> <span>${checklistTitle(i, scenario, f)}</span></li>`)}
              </ul>`}
        </section>
        <section class="next-steps">
          <h4>${msg('All your steps', { id: 'handout.steps', desc: 'Handout: the full list of what the person does; the answer above lists only the next dates' })}</h4>
          <ol>
            ${actions.map((i) => html`<li>${actionSentence(i, scenario, f)}</li>`)}
            <li>${msg('Do not change your hours or your work before the medical advisor has agreed to the change.', { id: 'pr41' })}</li>
            <li>${msg('Keep your payslips and the payment statements of your mutuality, and compare them with this sheet.', { id: 'pr42' })}</li>
          </ol>
        </section>
      </div>
      ${o.plans.length > 1 ? renderPlansCompared(o) : nothing}
      ${renderAppendix(o, scenario, forecast.months.some((m) => m.projected), net !== null)}
    </article>
  `;
}

/** A month outside the permission, or above its hours, said in words beside the month. */
function riskMark(m: ForecastMonth): TemplateResult | typeof nothing {
  if (!isPositiveMoney(m.atRisk)) return nothing;
  const above = m.segments.some((s) => s.aboveAuthorisedHours && isPositiveMoney(s.atRisk));
  return html`<span class="month-risk">
    ${above ? msg('more hours than allowed', { id: 'handout.month.above' }) : msg('outside the permission', { id: 'handout.month.outside' })}
  </span>`;
}

/** What a plan could have to pay back, with the reason when its hours are above the permission. */
function atRiskOf(p: DocumentOptions['plans'][number], f: DocumentOptions['f']): TemplateResult | string {
  if (!p.result.ok) return '–';
  const s = safetyOf(p.result.scenario, p.result.forecast, checklistOf(p));
  const total = p.result.forecast.totals.atRisk;
  if (!isPositiveMoney(total)) return msg('nothing', { id: 'handout.compared.nothing' });
  if (s.cause === 'hours' && s.maxHours)
    return html`<strong>${f.euros(total)}</strong> ${msg(str`(${f.hours(s.hoursAbove ?? '0')} is more than the ${f.hours(s.maxHours)} allowed)`, { id: 'handout.compared.hours' })}`;
  if (!isPositiveMoney(s.atRisk) && s.renewal) return html`${f.euros(total)} ${msg('(without a renewal)', { id: 'handout.compared.renewal' })}`;
  return html`<strong>${f.euros(total)}</strong>`;
}

/** The totals of every plan, side by side, with the money at risk of each. */
function renderPlansCompared(o: DocumentOptions): TemplateResult {
  const { f } = o;
  const withNet = o.plans.some((p) => netOf(p) !== null);
  const max = o.plans.map((p) => (p.result.ok ? p.result.scenario.authorisation?.maxHoursPerWeek : undefined)).find(Boolean);
  return html`
    <section class="plans-compared">
      <h4>${msg('The plans compared', { id: 'pr43' })}</h4>
      ${max ? html`<p>${msg(str`Your medical advisor allowed up to ${f.hours(max)} a week.`, { id: 'handout.compared.max' })}</p>` : nothing}
      <table>
        <thead>
          <tr>
            <th scope="col">${msg('Plan', { id: 'pr44' })}</th>
            <th scope="col">${msg('Total with the work (gross)', { id: 'pr45' })}</th>
            <th scope="col">${msg('More than without work (gross)', { id: 'pr46' })}</th>
            ${withNet ? html`<th scope="col">${msg('More than without work (net, estimated)', { id: 'pr47' })}</th>` : nothing}
            <th scope="col">${msg('Could be claimed back (gross)', { id: 'handout.compared.atRisk' })}</th>
          </tr>
        </thead>
        <tbody>
          ${o.plans.map((p) => {
            if (!p.result.ok) return html`<tr><th scope="row">${planName(p.index)}</th><td colspan=${withNet ? 4 : 3}>${msg('has errors', { id: 'pr48' })}</td></tr>`;
            const net = netOf(p);
            const t = p.result.forecast.totals;
            return html`<tr class=${p.index === o.active ? 'shown' : ''}>
              <th scope="row">${planName(p.index)}${f.colon}${planHours(p.result.scenario, f)}</th>
              <td>${f.money(t.total)}</td>
              <td>${f.money(t.gainVsNoWork)}</td>
              ${withNet ? html`<td>${net && !net.months.some((m) => !m.covered) ? f.money(net.totals.net.gainVsNoWork) : '–'}</td>` : nothing}
              <td>${atRiskOf(p, f)}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </section>
  `;
}

/** The assumptions, in plain words. */
function renderAppendix(o: DocumentOptions, scenario: Scenario, projected: boolean, net: boolean): TemplateResult {
  const { f } = o;
  const work = scenario.work.find((s) => isPaidWorkStep(s));
  const full = work?.fullTimeHoursPerWeek ? parseDecimal(work.fullTimeHoursPerWeek) : null;
  const free = full && full.gt(0) && scenario.scheme !== 'self-employed' && work?.kind !== 'self-employed' ? hoursWithoutReduction(full, work!.from) : null;
  const rule = [...CUMULATION_RULES].reverse().find((r) => r.validFrom <= `${scenario.start}-01`);
  const person = scenario.person;
  return html`
    <section class="appendix">
      <h4>${msg('How it was computed', { id: 'pr49' })}</h4>
      <ul>
        <li>
          ${scenario.dailyBenefit
            ? msg(str`Benefit without work: ${f.money(scenario.dailyBenefit)} a day, as on the statement of ${f.month(scenario.dailyBenefitAsOf ?? scenario.start)}; it rises with each indexation.`, { id: 'pr50' })
            : msg('Benefit without work: estimated from the wage lost; your statement gives the exact amount.', { id: 'pr51' })}
        </li>
        ${work && full
          ? html`<li>
              ${work.grossHourlyWage
                ? msg(str`The job: ${f.hours(full.toString())} a week is full time; the wage is ${f.money(work.grossHourlyWage)} gross an hour.`, { id: 'pr52' })
                : msg(str`The job: ${f.hours(full.toString())} a week is full time; the wage is ${f.money(work.grossMonthlyWage ?? '0')} gross a month.`, { id: 'pr53' })}
              ${free ? msg(str`Up to ${f.number(free)} h a week you keep your full benefit; above that, the benefit is reduced.`, { id: 'pr54' }) : nothing}
            </li>`
          : nothing}
        ${projected ? html`<li>${msg('Some indexations are forecasts of the Federal Planning Bureau, not yet decided.', { id: 'pr55' })}</li>` : nothing}
        ${net
          ? html`<li>
              ${person
                ? msg('Net: estimated for the family situation entered. The tax assessment, a year later, may ask for more or pay some back.', { id: 'pr56' })
                : msg('Net: estimated for a single white-collar worker without dependants. The tax assessment, a year later, may ask for more or pay some back.', { id: 'pr57' })}
            </li>`
          : html`<li>${msg('Only gross amounts: the net could not be estimated for this plan.', { id: 'pr58' })}</li>`}
        <li>
          ${msg(str`Rule used: art. 230 §1 of the Royal Decree of 3 July 1996, in force since ${f.date(rule?.validFrom ?? '2018-04-01')}. These are estimates: your mutuality computes the amounts and decides.`, { id: 'pr59' })}
        </li>
      </ul>
    </section>
  `;
}
