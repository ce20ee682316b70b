/**
 * The expense allowances of a volunteer step (on demand): a day and a year, shown only for a step
 * of volunteering. Above the legal limits the forecast says what is at risk (notice-messages.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { StepDraft } from './draft.js';
import { textField, type FormContext } from './fields.js';

export function renderVolunteerFields(ctx: FormContext, s: StepDraft, i: number, update: (patch: Partial<StepDraft>) => void): TemplateResult | typeof nothing {
  if (s.kind !== 'volunteer') return nothing;
  const n = i + 1;
  const hint = msg('Optional: flat-rate expense allowances of the organisation, in €.', { id: 'cv40' });
  return html`
    ${textField(ctx, `step-${i}-allowancePerDay`, msg(str`Step ${n}: volunteer allowance a day (€)`, { id: 'cv41' }), s.allowancePerDay ?? '', (v) => update({ allowancePerDay: v }), {
      inputmode: 'decimal',
      hint,
    })}
    ${textField(ctx, `step-${i}-allowancePerYear`, msg(str`Step ${n}: volunteer allowances a year (€)`, { id: 'cv42' }), s.allowancePerYear ?? '', (v) => update({ allowancePerYear: v }), {
      inputmode: 'decimal',
    })}
  `;
}
