/**
 * The note for the medical advisor (médecin-conseil, adviserend arts, Vertrauensarzt): one printed
 * page the coach brings or sends at a key moment (start of work, change of hours, review): the
 * planned work step by step (nature, hours a week, the full-time reference, the occupation
 * fraction), the dates, the requested volume next to the authorised one, and room for the
 * advisor's decision and conditions.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { Dec, parseDecimal } from '../../../rules/decimal.js';
import { hasHours, type ChecklistItem, type ChecklistKind } from '../../../rules/checklist.js';
import type { Formatters } from '../../../format.js';
import type { Scenario } from '../../../scenario/types.js';
import { itemDate } from './checklist-text.js';
import type { DocumentOptions } from './client-handout.js';
import { renderHeader } from './client-handout.js';
import { checklistOf, kindText } from './plan-data.js';

/** A date of the note, written to the medical advisor about the person (never "your request"). */
function advisorTitle(item: ChecklistItem, scenario: Scenario, f: Formatters): string {
  const step = item.stepIndex === undefined ? undefined : scenario.work[item.stepIndex];
  const hours = step ? f.hours(step.hoursPerWeek) : '';
  const from = step ? f.date(step.from) : '';
  switch (item.kind) {
    case 'request-deadline':
      return msg(str`Last day for the request and the declaration of resumption of work (${hours} a week from ${from})`, { id: 'advisor.date.request' });
    case 'change-request-deadline':
      return msg(str`Last day for the request to change to ${hours} a week from ${from}`, { id: 'advisor.date.change' });
    case 'volunteer-advisor':
      return msg(str`Volunteering form expected before ${from}`, { id: 'advisor.date.volunteer-form' });
    case 'work-start':
      return msg(str`First day of work: ${hours} a week`, { id: 'cv23' });
    case 'hours-change':
      return msg(str`New hours: ${hours} a week`, { id: 'cv24' });
    case 'work-stop':
      return msg('End of work', { id: 'cv25' });
    case 'volunteer-start':
      return msg(str`First day of volunteering: ${hours} a week`, { id: 'cv26' });
    case 'review':
      return msg('Review by the medical advisor', { id: 'hc.review' });
    case 'renewal-request':
      return msg('Renewal of the authorisation to be requested', { id: 'advisor.date.renewal' });
    default:
      return msg('Last day of the authorisation', { id: 'cv31' });
  }
}

/** The dates the advisor needs (not the payments). */
const ADVISOR_KINDS: readonly ChecklistKind[] = [
  'request-deadline',
  'change-request-deadline',
  'volunteer-advisor',
  'work-start',
  'hours-change',
  'work-stop',
  'volunteer-start',
  'review',
  'renewal-request',
  'authorisation-end',
];

export function renderAdvisorNote(o: DocumentOptions): TemplateResult | typeof nothing {
  const plan = o.plans[o.active];
  if (!plan?.result.ok) return nothing;
  const { f } = o;
  const { scenario, forecast } = plan.result;
  const a = scenario.authorisation ?? {};
  const authorised = a.maxHoursPerWeek ? f.hours(a.maxHoursPerWeek) : '';
  const steps = scenario.work.filter((s) => hasHours(s) || s.kind === 'volunteer');
  const paid = scenario.work.filter((s) => s.kind !== 'volunteer');
  const requested = paid.reduce<Dec | null>((max, s) => {
    const q = parseDecimal(s.hoursPerWeek);
    return q && (!max || q.gt(max)) ? q : max;
  }, null);
  // The occupation fraction Q / S as the forecast computed it (its first segment of the step).
  const fraction = (index: number): string | null => {
    const s = scenario.work[index];
    if (s.kind === 'volunteer') return null;
    const segment = forecast.months.flatMap((m) => m.segments).find((g) => g.step === index && g.fraction !== null);
    if (segment) return segment.fraction;
    const q = parseDecimal(s.hoursPerWeek);
    const full = parseDecimal(s.fullTimeHoursPerWeek ?? '');
    return q && full && full.gt(0) ? q.div(full).times(100).toDecimalPlaces(2).toString() : null;
  };
  const typed = [
    ...(a.requestSent ? [{ date: a.requestSent, title: msg('Request sent on', { id: 'mb' }) }] : []),
    ...(a.start ? [{ date: a.start, title: msg('Authorised from', { id: 'm7' }) }] : []),
  ];
  const dates = [
    ...typed.map((t) => ({ ...t, shown: f.date(t.date) })),
    ...checklistOf(plan)
      .filter((i) => ADVISOR_KINDS.includes(i.kind))
      .map((i) => ({ date: i.date, shown: itemDate(i, f), title: advisorTitle(i, scenario, f) })),
  ].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  const max = parseDecimal(a.maxHoursPerWeek ?? '');
  const blank = html`<span class="blank" aria-hidden="true"></span>`;
  return html`
    <article class="handout-doc advisor-note" part="advisor-note" aria-labelledby="doc-title">
      ${renderHeader(o, msg('Note for the medical advisor: planned authorised work', { id: 'pr60' }), false)}
      <dl class="who">
        <dt>${msg('Person', { id: 'pr61' })}</dt>
        <dd>${o.names.client || blank}</dd>
        <dt>${msg('Nature of the work', { id: 'm9' })}</dt>
        <dd>${a.nature || blank}</dd>
      </dl>
      <table class="steps-table">
        <caption>${msg('The planned work, step by step', { id: 'pr62' })}</caption>
        <thead>
          <tr>
            <th scope="col">${msg('From', { id: 'pr63' })}</th>
            <th scope="col">${msg('Kind of work', { id: 'pr64' })}</th>
            <th scope="col">${msg('Requested hours a week', { id: 'pr65' })}</th>
            <th scope="col">${msg('Full-time hours a week in this job', { id: 'field.fullTime' })}</th>
            <th scope="col">${msg('Occupation fraction', { id: 'pr66' })}</th>
            <th scope="col">${msg('Authorised hours a week', { id: 'pr67' })}</th>
          </tr>
        </thead>
        <tbody>
          ${steps.length === 0
            ? html`<tr><td colspan="6">${msg('No work', { id: 'md' })}</td></tr>`
            : steps.map((s) => {
                const index = scenario.work.indexOf(s);
                const share = fraction(index);
                return html`<tr>
                  <th scope="row">${f.date(s.from)}</th>
                  <td>${kindText(s, true)}</td>
                  <td>
                    ${f.hours(s.hoursPerWeek)}
                    ${max && s.kind !== 'volunteer' && parseDecimal(s.hoursPerWeek)?.gt(max)
                      ? html`<span class="above">${msg('(more than authorised)', { id: 'pr89' })}</span>`
                      : nothing}
                  </td>
                  <td>${s.kind === 'volunteer' || !s.fullTimeHoursPerWeek ? '–' : f.hours(s.fullTimeHoursPerWeek)}</td>
                  <td>${share === null ? '–' : f.percent(share)}</td>
                  <td>${s.kind === 'volunteer' ? '–' : authorised || blank}</td>
                </tr>`;
              })}
        </tbody>
      </table>
      <p class="volume">
        ${msg(str`Requested: at most ${f.hours(requested?.toString() ?? '0')} a week of paid work.`, { id: 'pr68' })}
        ${authorised
          ? msg(str`Authorised so far: at most ${authorised} a week.`, { id: 'pr69' })
          : msg('Authorised so far: not yet decided.', { id: 'pr70' })}
        ${steps.some((s) => s.kind === 'volunteer')
          ? msg('Volunteering is listed for information: it is not paid work and is not counted in the hours.', { id: 'pr71' })
          : nothing}
      </p>
      <section>
        <h4>${msg('Dates', { id: 'pr72' })}</h4>
        <ul class="dates">
          ${dates.map((d) => html`<li><span class="date">${d.shown}</span> <span>${d.title}</span></li>`)}
        </ul>
      </section>
      <section class="decision">
        <h4>${msg("The medical advisor's decision", { id: 'pr73' })}</h4>
        <p class="choices">
          <span>☐ ${msg('Authorised as requested', { id: 'pr74' })}</span>
          <span>☐ ${msg('Authorised with the conditions below', { id: 'pr75' })}</span>
          <span>☐ ${msg('Not authorised', { id: 'pr76' })}</span>
        </p>
        <p>${msg('Authorised from … to …, at most … hours a week', { id: 'pr77' })}</p>
        <p class="conditions-label">${msg('Conditions', { id: 'ma' })}${a.conditions ? html`: ${a.conditions}` : nothing}</p>
        <div class="room" aria-hidden="true"></div>
        <p class="sign">${msg('Date, name and signature of the medical advisor', { id: 'pr78' })}</p>
      </section>
    </article>
  `;
}
