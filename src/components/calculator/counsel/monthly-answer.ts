/**
 * "In short": the answer first, for the plan shown, in four questions a worried client asks —
 * what will I get, is it safe, what if it goes wrong, what do I do next — written for a reader at
 * level B1 (short sentences, common words, the legal term once and explained). The figures come
 * from `clientAnswer` (client-answer.ts); the same sentences open the client's handout.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Formatters } from '../../../format.js';
import type { ChecklistItem } from '../../../rules/checklist.js';
import { Dec, isPositiveMoney } from '../../../rules/decimal.js';
import type { Scenario } from '../../../scenario/types.js';
import type { PlanResult } from '../results/plan-result.js';
import { checklistOf } from './checklist-view.js';
import { clientAnswer, type AmountBasis, type ClientAnswer, type MonthAmounts } from './client-answer.js';

export { nextDates, whatYouGet, type AmountBasis, type MonthAmounts } from './client-answer.js';

/** Today in the person's time zone, as YYYY-MM-DD. */
export function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The answer of a plan, with the net months when they are shown. */
export function answerOf(plan: PlanResult, months: readonly MonthAmounts[] | undefined, basis: AmountBasis | undefined, today: string): ClientAnswer | null {
  if (!plan.result.ok) return null;
  return clientAnswer({ scenario: plan.result.scenario, forecast: plan.result.forecast, checklist: checklistOf(plan), months, basis, today });
}

/** A date of the checklist as the answer writes it: the month alone when the day is not known. */
const dateOf = (item: ChecklistItem, f: Formatters) => (item.monthOnly ? f.month(item.date.slice(0, 7)) : f.date(item.date));

/** What happens on a date, in a few words. */
export function nextStepText(item: ChecklistItem, scenario: Scenario, f: Formatters): string {
  const step = item.stepIndex === undefined ? undefined : scenario.work[item.stepIndex];
  const hours = step ? f.hours(step.hoursPerWeek) : '';
  const month = item.forMonth ? f.ofMonth(item.forMonth) : '';
  switch (item.kind) {
    case 'request-deadline':
      return msg('Last day to send your request to the medical advisor.', { id: 'answer.next.request' });
    case 'change-request-deadline':
      return msg(str`Last day to ask the medical advisor for ${hours} a week.`, { id: 'answer.next.change' });
    case 'volunteer-advisor':
      return msg('Send the volunteering form to your mutuality.', { id: 'answer.next.volunteer-form' });
    case 'work-start':
      return msg(str`Your first day of work: ${hours} a week.`, { id: 'answer.next.start' });
    case 'hours-change':
      return msg(str`You start ${hours} a week.`, { id: 'answer.next.hours' });
    case 'work-stop':
      return msg('Your work stops.', { id: 'answer.next.stop' });
    case 'volunteer-start':
      return msg('Your first day of volunteering.', { id: 'answer.next.volunteer' });
    case 'employer-declaration':
      return msg(str`Your employer tells the mutuality about your work of ${month}.`, { id: 'answer.next.declaration' });
    case 'first-wage-payment':
      return msg('Your first wage arrives.', { id: 'answer.next.wage' });
    case 'first-benefit-payment':
      return msg(str`Your benefit for ${month} arrives.`, { id: 'answer.next.benefit' });
    case 'review':
      return msg('Check-up with the medical advisor.', { id: 'answer.next.review' });
    case 'renewal-request':
      return msg('Ask your medical advisor to renew the permission.', { id: 'answer.next.renewal' });
    case 'authorisation-end':
      return msg('Last day of the permission.', { id: 'answer.next.end' });
  }
}

/** "What will I get?": the average month, compared with not working, the lowest and highest month. */
function renderGet(a: ClientAnswer, f: Formatters): TemplateResult {
  const g = a.get;
  const gain = new Dec(g.gain);
  const amount = f.euros(g.average);
  const without = f.euros(g.withoutWork);
  const difference = f.euros(g.gain);
  const same = g.lowest.total === g.highest.total;
  return html`
    <p class="answer-main">
      ${g.basis === 'net'
        ? msg(str`You would have about ${amount} a month, after tax.`, { id: 'answer.get.net' })
        : msg(str`You would have about ${amount} a month, before tax.`, { id: 'answer.get.gross' })}
    </p>
    <p>
      ${gain.gt(0)
        ? msg(str`That is ${difference} more than without work (${without}).`, { id: 'answer.get.more' })
        : gain.lt(0)
          ? msg(str`That is ${difference} less than without work (${without}).`, { id: 'answer.get.less' })
          : msg(str`That is the same as without work (${without}).`, { id: 'answer.get.same' })}
    </p>
    <p class="hint">
      ${same
        ? msg(str`Each month is about the same: ${f.euros(g.lowest.total)}.`, { id: 'answer.get.flat' })
        : msg(str`Lowest month: ${f.month(g.lowest.month)}, ${f.euros(g.lowest.total)}. Highest: ${f.month(g.highest.month)}, ${f.euros(g.highest.total)}.`, {
            id: 'answer.get.range',
          })}
    </p>
  `;
}

/** "Is it safe?": within the permission, or the reason and the money at risk in one sentence; the renewal as an action. */
function renderSafe(a: ClientAnswer, f: Formatters): TemplateResult {
  const s = a.safety;
  const net = a.get.basis === 'net';
  const risk = isPositiveMoney(s.atRisk);
  const back = f.euros(s.atRisk);
  const max = s.maxHours ? f.hours(s.maxHours) : '';
  const hasWork = a.ifStops !== null;
  let verdict: TemplateResult | string;
  if (risk) {
    const claim = net
      ? msg(str`the mutuality could ask for about ${back} back (before tax).`, { id: 'answer.safe.claim.net' })
      : msg(str`the mutuality could ask for about ${back} back.`, { id: 'answer.safe.claim' });
    const reason =
      s.cause === 'hours'
        ? msg(str`No. ${f.hours(s.hoursAbove ?? '0')} a week is more than the ${max} allowed:`, { id: 'answer.safe.hours' })
        : s.cause === 'before-start' && s.start
          ? msg(str`No. Work before ${f.date(s.start)} is not allowed yet:`, { id: 'answer.safe.before' })
          : msg('No. The volunteer allowances are above the legal limit:', { id: 'answer.safe.allowances' });
    verdict = html`<p class="answer-risk"><strong>${reason} ${claim}</strong></p>
      <p>${msg('Talk to your medical advisor before you start.', { id: 'answer.safe.talk' })}</p>`;
  } else if (!hasWork) {
    verdict = html`<p>${msg('Yes. Without work, your benefit does not change.', { id: 'answer.safe.no-work' })}</p>`;
  } else if (!s.decided) {
    verdict = html`<p>${msg('Your medical advisor must allow this work first. Ask before you start.', { id: 'answer.safe.ask' })}</p>`;
  } else if (s.maxHours && s.end) {
    verdict = html`<p>${msg(str`Yes. Your medical advisor allowed up to ${max} a week, until ${f.date(s.end)}.`, { id: 'answer.safe.yes' })}</p>`;
  } else if (s.maxHours) {
    verdict = html`<p>${msg(str`Yes. Your medical advisor allowed up to ${max} a week.`, { id: 'answer.safe.yes-hours' })}</p>`;
  } else {
    verdict = html`<p>${msg(str`Yes. Your medical advisor allowed this work until ${f.date(s.end ?? '')}.`, { id: 'answer.safe.yes-period' })}</p>`;
  }
  const renewal = s.renewal;
  return html`
    ${verdict}
    ${!hasWork
      ? nothing
      : html`<p class="hint">${msg('The medical advisor (médecin-conseil) is the doctor of your mutuality.', { id: 'answer.safe.who' })}</p>`}
    ${renewal
      ? html`<p class="answer-action">
          ${renewal.askBy && !risk
            ? msg(str`Ask for a renewal before ${f.date(renewal.askBy)}.`, { id: 'answer.renewal.ask' })
            : renewal.askBy
              ? msg(str`The permission ends on ${f.date(renewal.end)}. Ask for a renewal before ${f.date(renewal.askBy)}.`, { id: 'answer.renewal' })
              : msg(str`The permission ends on ${f.date(renewal.end)}. Ask for a renewal in time.`, { id: 'answer.renewal.undated' })}
          ${!isPositiveMoney(renewal.atStake)
            ? nothing
            : net
            ? msg(str`Otherwise about ${f.euros(renewal.atStake)} (before tax) is at stake.`, { id: 'answer.renewal.stake.net' })
            : msg(str`Otherwise about ${f.euros(renewal.atStake)} is at stake.`, { id: 'answer.renewal.stake' })}
        </p>`
      : nothing}
  `;
}

/** "What if it goes wrong?": the full benefit comes back, and when it is paid. */
function renderIfStops(a: ClientAnswer, f: Formatters): TemplateResult | typeof nothing {
  const w = a.ifStops;
  if (!w) return nothing;
  const amount = f.euros(w.fullBenefit);
  return html`
    <p>
      ${a.get.basis === 'net'
        ? msg(str`If the work stops, for any reason, your full benefit comes back: about ${amount} a month, after tax.`, { id: 'answer.wrong.back.net' })
        : msg(str`If the work stops, for any reason, your full benefit comes back: about ${amount} a month, before tax.`, { id: 'answer.wrong.back' })}
    </p>
    <p class="hint">
      ${w.lagMonths === 0
        ? msg('Tell your mutuality at once. It pays in the same month.', { id: 'answer.wrong.paid.same' })
        : w.lagMonths === 1
          ? msg('Tell your mutuality at once. It pays a month later.', { id: 'answer.wrong.paid.next' })
          : msg(str`Tell your mutuality at once. It pays ${w.lagMonths} months later.`, { id: 'answer.wrong.paid.later' })}
    </p>
  `;
}

/** "What do I do next?": the next dates. */
function renderNext(a: ClientAnswer, f: Formatters, scenario: Scenario): TemplateResult {
  if (a.next.length === 0) return html`<p>${msg('No date to remember for this plan.', { id: 'cv35' })}</p>`;
  return html`<ul class="answer-dates" aria-labelledby="answer-next">
    ${a.next.map((item) => html`<li><strong>${dateOf(item, f)}</strong>${f.colon}${nextStepText(item, scenario, f)}</li>`)}
  </ul>`;
}

/** The four questions and their answers (also the first half page of the handout). */
export function renderFourAnswers(a: ClientAnswer, scenario: Scenario, f: Formatters, headingLevel: 3 | 4 | 5 = 4): TemplateResult {
  const q = (id: string, text: string) =>
    headingLevel === 3 ? html`<h3 id=${id}>${text}</h3>` : headingLevel === 4 ? html`<h4 id=${id}>${text}</h4>` : html`<h5 id=${id}>${text}</h5>`;
  const risky = isPositiveMoney(a.safety.atRisk);
  return html`
    <div class="answer-q" data-q="get">${q('answer-get', msg('What will I get?', { id: 'answer.q.get' }))}${renderGet(a, f)}</div>
    <div class="answer-q ${risky ? 'risky' : ''}" data-q="safe">${q('answer-safe', msg('Is it safe?', { id: 'answer.q.safe' }))}${renderSafe(a, f)}</div>
    ${a.ifStops
      ? html`<div class="answer-q" data-q="wrong">${q('answer-wrong', msg('What if it goes wrong?', { id: 'answer.q.wrong' }))}${renderIfStops(a, f)}</div>`
      : nothing}
    <div class="answer-q" data-q="next">${q('answer-next', msg('What do I do next?', { id: 'answer.q.next' }))}${renderNext(a, f, scenario)}</div>
  `;
}

export interface MonthlyAnswerOptions {
  plan: PlanResult;
  /** The label of plan `index` ("8 → 16 h"). */
  labelOf: (index: number) => string;
  /** How many plans there are (the plan's letter is said when there are several). */
  plans: number;
  /**
   * Shows plan `index` instead: given in the client's read-only view, which has no form and so no
   * plan tabs; the answer then offers a button for each plan.
   */
  choose?: (index: number) => void;
  f: Formatters;
  /** Month totals to use (default: the gross forecast) and whether they are net or gross. */
  months?: readonly MonthAmounts[];
  basis?: AmountBasis;
  /** YYYY-MM-DD (default: today). */
  today?: string;
  /** The answer is the view's title (the client's view): its heading is an h2. */
  asTitle?: boolean;
}

/** "In short": the four answers for the plan shown, before the totals, charts and table. */
export function renderMonthlyAnswer(o: MonthlyAnswerOptions): TemplateResult | typeof nothing {
  const { plan, f } = o;
  const answer = answerOf(plan, o.months, o.basis, o.today ?? localToday());
  if (!answer || !plan.result.ok) return nothing;
  const nameOf = (index: number) =>
    o.plans > 1 ? msg(str`plan ${String.fromCharCode(65 + index)} (${o.labelOf(index)})`, { id: 'cp40' }) : msg(str`your plan (${o.labelOf(index)})`, { id: 'cp41' });
  const name = nameOf(plan.index);
  return html`
    <section class="answer stack" part="answer" aria-labelledby="answer-title">
      ${o.asTitle
        ? html`<h2 id="answer-title">${msg(str`In short, for ${name}`, { id: 'cp42' })}</h2>`
        : html`<h3 id="answer-title">${msg(str`In short, for ${name}`, { id: 'cp42' })}</h3>`}
      ${renderFourAnswers(answer, plan.result.scenario, f, o.asTitle ? 3 : 4)}
      ${o.choose && o.plans > 1
        ? html`<div class="actions plan-choice" role="group" part="plan-choice" aria-label=${msg('Plan shown', { id: 'cp63' })}>
            ${Array.from(
              { length: o.plans },
              (_, i) =>
                html`<button type="button" aria-pressed=${i === plan.index ? 'true' : 'false'} @click=${() => o.choose!(i)}>
                  ${msg(str`Plan ${String.fromCharCode(65 + i)}: ${o.labelOf(i)}`, { id: 'sc2' })}
                </button>`,
            )}
          </div>`
        : nothing}
    </section>
  `;
}
