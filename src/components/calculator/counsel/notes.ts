/** Counselling notes: what a person must know before starting, in plain language. */
import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Formatters } from '../../../format.js';
import type { Forecast } from '../../../rules/forecast.js';
import { noticeMessage } from '../results/notice-messages.js';

export function renderCounsellingNotes(): TemplateResult {
  return html`
    <section part="notes" aria-labelledby="notes-title">
      <h3 id="notes-title">${msg('Before you start', { id: 'notes.title' })}</h3>
      <ul class="notices">
        <li>
          ${msg(
            'Ask the medical advisor of your mutuality for authorisation before you start, at the latest the working day before: declare the resumption with the form of your mutuality.',
            { id: 'notes.askAdvisor' },
          )}
        </li>
        <li>
          ${msg(
            'The medical advisor sets the nature, the volume and the conditions of the authorised work. Working more hours than authorised, or other work, means paying back the benefit for those days.',
            { id: 'notes.authorisedVolume' },
          )}
        </li>
        <li>
          ${msg(
            'Your employer declares your work to the mutuality every month; the benefit of a month is paid after that declaration.',
            { id: 'notes.monthlyDeclaration' },
          )}
        </li>
        <li>
          ${msg(
            'The authorisation lasts at most two years and can be renewed; the medical advisor reviews it every six months.',
            { id: 'notes.duration' },
          )}
        </li>
        <li>
          ${msg('These figures are estimates. Your mutuality computes the amounts and decides.', { id: 'notes.estimate' })}
        </li>
      </ul>
    </section>
  `;
}

/** The notices of a forecast: each code once, with the first month it concerns. */
export function renderAssumptions(forecast: Forecast, f: Formatters, net = false): TemplateResult {
  // The notice that the amounts are gross follows the switch: in net, what stays gross is said instead.
  const message = (w: Forecast['warnings'][number]) =>
    net && w.code === 'AMOUNTS_ARE_GROSS'
      ? msg('The amounts are net (estimated): after tax and social security contributions. The money that could be claimed back is gross.', { id: 'notes.amounts.net' })
      : noticeMessage(w, f);
  const monthly = forecast.months.flatMap((m) => m.warnings.map((w) => ({ month: m.month, w })));
  const seen = new Set<string>();
  const distinct = monthly.filter(({ w }) => (seen.has(w.code) ? false : (seen.add(w.code), true)));
  return html`
    <section part="notes" aria-labelledby="assumptions-title">
      <h3 id="assumptions-title">${msg('How these figures were computed', { id: 'mr' })}</h3>
      <ul class="notices">
        ${distinct.map(({ month, w }) => html`<li class="level-${w.level}">${msg(str`${f.month(month)}: ${message(w)}`, { id: 'sc3' })}</li>`)}
        ${forecast.warnings.map((w) => html`<li class="level-${w.level}">${message(w)}</li>`)}
      </ul>
    </section>
  `;
}
