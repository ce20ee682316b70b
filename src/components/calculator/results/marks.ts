/** The marks of the month-by-month table: risks of the authorisation first, then dates to keep in mind. */
import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Formatters } from '../../../format.js';
import type { ForecastMonth } from '../../../rules/forecast.js';

/** Short marks for one month of the table: risks first, then the dates to keep in mind. */
export function authorisationMarks(m: ForecastMonth, f: Formatters): TemplateResult[] {
  const marks: TemplateResult[] = [];
  for (const w of m.warnings) {
    const p = w.params;
    switch (w.code) {
      case 'HOURS_ABOVE_AUTHORISED':
        marks.push(html`<span class="mark risk">${msg(str`Above the authorised hours: ${f.money(String(p.atRisk))} at risk`, { id: 'm3l' })}</span>`);
        break;
      case 'WORK_BEFORE_AUTHORISATION':
      case 'WORK_AFTER_AUTHORISATION':
        marks.push(html`<span class="mark risk">${msg(str`Outside the authorised period: ${f.money(String(p.atRisk))} at risk`, { id: 'm3m' })}</span>`);
        break;
      case 'LATE_REQUEST_PENALTY':
        marks.push(html`<span class="mark warning">${msg(str`Late request: −${f.money(String(p.amount))}`, { id: 'm3n' })}</span>`);
        break;
      case 'AUTHORISATION_REVIEW':
        marks.push(html`<span class="mark info">${msg(str`Review on ${f.date(String(p.date))}`, { id: 'm3o' })}</span>`);
        break;
      case 'AUTHORISATION_ENDS':
        marks.push(html`<span class="mark warning">${msg(str`Authorisation ends on ${f.date(String(p.end))}`, { id: 'm3p' })}</span>`);
        break;
    }
  }
  return marks;
}
