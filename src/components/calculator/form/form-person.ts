/**
 * "Your situation for tax (optional)": what the net estimate needs to know about the person, asked
 * in plain words, with the default stated (on-demand views). Kept in the draft's `person`, which
 * becomes the scenario's `person` (and so travels in share links and files).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { PersonDraft } from './draft.js';
import { fieldError, type FormContext } from './fields.js';
import { taxSituationLabel, workerKindLabel } from '../results/net-messages.js';

/** The person with one field changed; an emptied field is left out (its default applies). */
function setPerson(ctx: FormContext, key: keyof PersonDraft, value: string): void {
  const person: PersonDraft = { ...ctx.draft.person, [key]: value };
  if (value.trim() === '') delete person[key];
  ctx.update({ person: Object.keys(person).length > 0 ? person : undefined });
}

export function renderPersonEditor(ctx: FormContext): TemplateResult | typeof nothing {
  const d = ctx.draft;
  if (d.scheme === 'self-employed') return nothing;
  const p = d.person ?? {};
  const locked = ctx.isLocked('person');
  const select = (key: 'workerKind' | 'taxSituation' | 'benefitPhase', label: string, options: [string, string][], fallback: string) => html`
    <div class="field">
      <label for="person-${key}">${label}</label>
      <select id="person-${key}" ?disabled=${locked} @change=${(e: Event) => setPerson(ctx, key, (e.target as HTMLSelectElement).value)}>
        ${options.map(([value, text]) => html`<option value=${value} ?selected=${(p[key] ?? fallback) === value}>${text}</option>`)}
      </select>
      ${fieldError(ctx, `person-${key}`)}
    </div>
  `;
  /** A number of people: empty is none; a bad value stays as typed, with its message. */
  const count = (key: 'dependentChildren' | 'otherDependants', label: string, hint: string) => {
    const id = `person-${key}` as const;
    const error = ctx.errorsFor(id).length > 0;
    return html`
      <div class="field">
        <label for=${id}>${label}</label>
        <input
          id=${id}
          inputmode="numeric"
          autocomplete="off"
          placeholder="0"
          ?readonly=${locked}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby="${id}-hint${error ? ` ${id}-error` : ''}"
          .value=${String(p[key] ?? '')}
          @input=${(e: Event) => setPerson(ctx, key, (e.target as HTMLInputElement).value)}
        />
        <span class="hint" id="${id}-hint">${hint}</span>
        ${fieldError(ctx, id)}
      </div>
    `;
  };
  return html`
    <fieldset part="person">
      <legend>${msg('Your situation for tax (optional)', { id: 'nt52' })}</legend>
      <p class="hint" id="person-default">
        ${msg(
          'Only for the net amounts. If you leave this as it is, the net is estimated for an employee, single, with no dependent children.',
          { id: 'nt53' },
        )}
      </p>
      <div class="fields">
        ${select(
          'workerKind',
          msg('Your job', { id: 'nt54' }),
          ['white-collar', 'blue-collar'].map((k) => [k, workerKindLabel(k)]),
          'white-collar',
        )}
        ${select(
          'taxSituation',
          msg('Family situation for tax', { id: 'nt55' }),
          ['single', 'single-parent', 'couple-one-income', 'couple-two-incomes'].map((k) => [k, taxSituationLabel(k)]),
          'single',
        )}
        ${count('dependentChildren', msg('Dependent children', { id: 'nt56' }), msg('Empty: none. A child with a disability counts twice.', { id: 'nt57' }))}
        ${count(
          'otherDependants',
          msg('Other dependants', { id: 'nt75' }),
          msg('People other than your children who live with you and have little or no income, for example a parent. Empty: none.', { id: 'nt76' }),
        )}
        ${d.benefitSource === 'statement'
          ? select(
              'benefitPhase',
              msg('Your benefit', { id: 'nt58' }),
              [
                ['primary', msg('first year of incapacity', { id: 'nt59' })],
                ['invalidity', msg('after the first year (invalidity)', { id: 'nt60' })],
              ],
              'primary',
            )
          : nothing}
      </div>
    </fieldset>
  `;
}
