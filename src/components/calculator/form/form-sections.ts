/**
 * The sections of the form that the forecast needs at once: situation, job, authorisation. The
 * estimate and self-employed sections (shown only for some situations) and the payment section
 * (which changes only the cash calendar) are in form-optional.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { AuthorisationDraft, WageKind } from './draft.js';
import { fieldError, textField, type FormContext, type TextFieldOptions } from './fields.js';

export function renderSituation(ctx: FormContext): TemplateResult {
  const d = ctx.draft;
  return html`
      <fieldset>
        <legend>${msg('Situation', { id: 'm40' })}</legend>
        <div class="fields">
          <div class="field">
            <label for="scheme">${msg('Scheme', { id: 'm41' })}</label>
            <select id="scheme" ?disabled=${ctx.isLocked('scheme')} @change=${(e: Event) => ctx.update({ scheme: (e.target as HTMLSelectElement).value })}>
              <option value="employee" ?selected=${d.scheme === 'employee'}>${msg('Salaried worker', { id: 'scheme.employee' })}</option>
              <option value="unemployed" ?selected=${d.scheme === 'unemployed'}>${msg('Unemployed person', { id: 'scheme.unemployed' })}</option>
              <option value="self-employed" ?selected=${d.scheme === 'self-employed'}>
                ${msg('Self-employed person', { id: 'scheme.selfEmployed' })}
              </option>
            </select>
            ${fieldError(ctx, 'scheme')}
          </div>
          ${d.scheme !== 'self-employed'
            ? html`<fieldset class="radios">
                <legend class="label">${msg('Daily benefit', { id: 'm10' })}</legend>
                ${(['statement', 'estimate'] as const).map(
                  (source) => html`<label>
                    <input
                      type="radio"
                      name="benefitSource"
                      value=${source}
                      .checked=${d.benefitSource === source}
                      ?disabled=${ctx.isLocked('daily-benefit')}
                      @change=${() => ctx.update({ benefitSource: source })}
                    />
                    ${source === 'statement' ? msg('from my statement', { id: 'm42' }) : msg('estimate it from my lost wage', { id: 'm43' })}
                  </label>`,
                )}
              </fieldset>`
            : nothing}
          ${d.benefitSource === 'statement' || d.scheme === 'self-employed'
            ? textField(ctx, 'dailyBenefit', msg('Gross daily benefit (€)', { id: 'field.dailyBenefit' }), d.dailyBenefit, (v) => ctx.update({ dailyBenefit: v }), {
                hint: msg('The daily amount on the payment statement of your mutuality.', { id: 'm44' }),
                inputmode: 'decimal',
              })
            : nothing}
          ${d.benefitSource === 'statement' && d.scheme !== 'self-employed'
            ? textField(ctx, 'dailyBenefitAsOf', msg('Month of that statement', { id: 'm69' }), d.dailyBenefitAsOf, (v) => ctx.update({ dailyBenefitAsOf: v }), {
                type: 'month',
                hint: msg('Later indexations are added to the amount. Empty: the first month shown.', { id: 'm6a' }),
              })
            : nothing}
          ${textField(ctx, 'start', msg('First month', { id: 'm45' }), d.start, (v) => ctx.update({ start: v }), { type: 'month' })}
          ${textField(ctx, 'months', msg('Number of months', { id: 'm47' }), d.months, (v) => ctx.update({ months: v }), { inputmode: 'numeric' })}
          <div class="field">
            <label class="hint">
              <input
                type="checkbox"
                id="projectIndexation"
                .checked=${d.projectIndexation}
                ?disabled=${ctx.isLocked('daily-benefit')}
                @change=${(e: Event) => ctx.update({ projectIndexation: (e.target as HTMLInputElement).checked })}
              />
              ${msg('Add the next indexations forecast by the Federal Planning Bureau (marked ≈)', { id: 'm6b' })}
            </label>
          </div>
        </div>
      </fieldset>
  `;
}

export function renderJob(ctx: FormContext): TemplateResult {
  const d = ctx.draft;
  return html`
      <fieldset>
        <legend>${msg('The job', { id: 'm48' })}</legend>
        <div class="fields">
          ${textField(ctx, 'fullTimeHours', msg('Full-time hours a week in this job', { id: 'field.fullTime' }), d.fullTimeHours, (v) => ctx.update({ fullTimeHours: v }), {
            hint: msg('Hours of a full-time colleague in the same job, often 38.', { id: 'm49' }),
            inputmode: 'decimal',
          })}
          <fieldset class="radios">
            <legend class="label">${msg('Wage given', { id: 'm4a' })}</legend>
            ${(['hourly', 'monthly'] as WageKind[]).map(
              (kind) => html`
                <label>
                  <input
                    type="radio"
                    name="wageKind"
                    value=${kind}
                    .checked=${d.wageKind === kind}
                    ?disabled=${ctx.isLocked('wage')}
                    @change=${() => ctx.update({ wageKind: kind })}
                  />
                  ${kind === 'hourly' ? msg('per hour', { id: 'm4b' }) : msg('per month', { id: 'm4c' })}
                </label>
              `,
            )}
          </fieldset>
          ${textField(ctx, 
            'wage',
            d.wageKind === 'hourly' ? msg('Gross hourly wage (€)', { id: 'm4d' }) : msg('Gross monthly wage for the planned hours (€)', { id: 'm4e' }),
            d.wage,
            (v) => ctx.update({ wage: v }),
            { inputmode: 'decimal' },
          )}
        </div>
      </fieldset>
  `;
}

function setAuthorisation(ctx: FormContext, key: keyof AuthorisationDraft, value: string): void {
ctx.update({ authorisation: { ...ctx.draft.authorisation, [key]: value } });
}

export function renderAuthorisationEditor(ctx: FormContext): TemplateResult {
  const a = ctx.draft.authorisation;
  const field = (key: keyof AuthorisationDraft, label: string, options: TextFieldOptions = {}) =>
    textField(ctx, `authorisation-${key}`, label, a[key], (v) => setAuthorisation(ctx, key, v), options);
  return html`
    <fieldset part="authorisation">
      <legend>${msg('What the medical advisor authorised', { id: 'authorisation.legend' })}</legend>
      <p class="hint">
        ${msg(
          'Copy it from the decision of the medical advisor. Every field is optional; without them the forecast cannot check the hours and the period.', { id: 'm4t' },
        )}
      </p>
      <div class="fields">
        ${field('requestSent', msg('Request sent on', { id: 'mb' }), {
          type: 'date',
          hint: msg('Date of the request for authorisation and declaration of resumption.', { id: 'm4u' }),
        })}
        ${field('start', msg('Authorised from', { id: 'm7' }), { type: 'date' })}
        ${field('end', msg('Authorised until', { id: 'm8' }), { type: 'date', hint: msg('At most two years. Empty: two years.', { id: 'm4v' }) })}
        ${field('maxHoursPerWeek', msg('Authorised hours a week (at most)', { id: 'authorisation.maxHours' }), { inputmode: 'decimal' })}
        ${field('nature', msg('Nature of the work', { id: 'm9' }), { multiline: true })}
        ${field('conditions', msg('Conditions', { id: 'ma' }), { multiline: true })}
      </div>
    </fieldset>
  `;
}
