/** The sections of the form: situation, job, estimate, self-employed activity, authorisation, payment. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { AuthorisationDraft, Draft, PaymentDraft, WageKind } from './draft.js';
import { fieldError, textField, type FormContext, type TextFieldOptions } from './fields.js';

export function renderSituation(ctx: FormContext): TemplateResult {
  const d = ctx.draft;
  return html`
      <fieldset>
        <legend>${msg('Situation')}</legend>
        <div class="fields">
          <div class="field">
            <label for="scheme">${msg('Scheme')}</label>
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
                <legend class="label">${msg('Daily benefit')}</legend>
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
                    ${source === 'statement' ? msg('from my statement') : msg('estimate it from my lost wage')}
                  </label>`,
                )}
              </fieldset>`
            : nothing}
          ${d.benefitSource === 'statement' || d.scheme === 'self-employed'
            ? textField(ctx, 'dailyBenefit', msg('Gross daily benefit (€)', { id: 'field.dailyBenefit' }), d.dailyBenefit, (v) => ctx.update({ dailyBenefit: v }), {
                hint: msg('The daily amount on the payment statement of your mutuality.'),
                inputmode: 'decimal',
              })
            : nothing}
          ${textField(ctx, 'start', msg('First month'), d.start, (v) => ctx.update({ start: v }), { type: 'month', hint: msg('YYYY-MM') })}
          ${textField(ctx, 'months', msg('Number of months'), d.months, (v) => ctx.update({ months: v }), { inputmode: 'numeric' })}
        </div>
      </fieldset>
  `;
}

export function renderJob(ctx: FormContext): TemplateResult {
  const d = ctx.draft;
  return html`
      <fieldset>
        <legend>${msg('The job')}</legend>
        <div class="fields">
          ${textField(ctx, 'fullTimeHours', msg('Full-time hours a week in this job', { id: 'field.fullTime' }), d.fullTimeHours, (v) => ctx.update({ fullTimeHours: v }), {
            hint: msg('Hours of a full-time colleague in the same job, often 38.'),
            inputmode: 'decimal',
          })}
          <fieldset class="radios">
            <legend class="label">${msg('Wage given')}</legend>
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
                  ${kind === 'hourly' ? msg('per hour') : msg('per month')}
                </label>
              `,
            )}
          </fieldset>
          ${textField(ctx, 
            'wage',
            d.wageKind === 'hourly' ? msg('Gross hourly wage (€)') : msg('Gross monthly wage for the planned hours (€)'),
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

function setPayment(ctx: FormContext, patch: Partial<PaymentDraft>): void {
ctx.update({ payment: { ...ctx.draft.payment, ...patch } });
}

function setEstimate(ctx: FormContext, patch: Partial<Draft['estimate']>): void {
ctx.update({ estimate: { ...ctx.draft.estimate, ...patch } });
}

/** The lost wage and the family situation, when the daily benefit is estimated. */
export function renderEstimateEditor(ctx: FormContext): TemplateResult | typeof nothing {
  const d = ctx.draft;
  if (d.benefitSource !== 'estimate' || d.scheme === 'self-employed') return nothing;
  const e = d.estimate;
  const locked = ctx.isLocked('daily-benefit');
  return html`
    <fieldset part="estimate">
      <legend>${msg('Estimate of the daily benefit')}</legend>
      <p class="hint">
        ${msg('An estimate only: the amount on the statement of your mutuality is the one that counts.')}
      </p>
      <div class="fields">
        ${textField(ctx, 'estimate-incapacityStart', msg('Incapacity started on'), e.incapacityStart, (v) => setEstimate(ctx, { incapacityStart: v }), {
          type: 'date',
          hint: msg('From the 13th month the invalidity rate applies.'),
        })}
        ${textField(ctx, 'estimate-lostMonthlyWage', msg('Gross monthly wage before the incapacity (€)'), e.lostMonthlyWage, (v) => setEstimate(ctx, { lostMonthlyWage: v }), {
          inputmode: 'decimal',
        })}
        <div class="field">
          <label for="estimate-familySituation">${msg('Family situation')}</label>
          <select
            id="estimate-familySituation"
            ?disabled=${locked}
            @change=${(ev: Event) => setEstimate(ctx, { familySituation: (ev.target as HTMLSelectElement).value })}
          >
            <option value="dependants" ?selected=${e.familySituation === 'dependants'}>${msg('with dependants', { id: 'family.dependants' })}</option>
            <option value="single" ?selected=${e.familySituation === 'single'}>${msg('living alone', { id: 'family.single' })}</option>
            <option value="cohabitant" ?selected=${e.familySituation === 'cohabitant'}>${msg('cohabiting', { id: 'family.cohabitant' })}</option>
          </select>
          ${fieldError(ctx, 'estimate-familySituation')}
        </div>
        ${d.scheme === 'unemployed'
          ? textField(ctx, 
              'estimate-unemploymentAllowance',
              msg('Daily unemployment allowance when the incapacity started (€)'),
              e.unemploymentAllowance,
              (v) => setEstimate(ctx, { unemploymentAllowance: v }),
              { inputmode: 'decimal', hint: msg('Kept for the first 6 months when it is higher.') },
            )
          : nothing}
        <label class="hint">
          <input
            type="checkbox"
            id="estimate-regularWorker"
            ?disabled=${locked}
            .checked=${e.regularWorker}
            @change=${(ev: Event) => setEstimate(ctx, { regularWorker: (ev.target as HTMLInputElement).checked })}
          />
          ${msg('Regular worker (right to the minimum amounts)')}
        </label>
      </div>
    </fieldset>
  `;
}

/** The income years the income test of a self-employed activity may need for this forecast. */
function incomeYears(draft: Draft): string[] {
  const startYear = Number(draft.start.slice(0, 4));
  const months = Number(draft.months);
  if (!Number.isInteger(startYear) || !Number.isInteger(months) || months < 1 || months > 120) return [];
  const endYear = startYear + Math.floor((Number(draft.start.slice(5, 7)) - 1 + months - 1) / 12);
  return Array.from({ length: endYear - startYear + 1 }, (_, i) => String(startYear + i - 3));
}

/** The self-employed activity: its start and the net taxable income by year. */
export function renderSelfEmployedEditor(ctx: FormContext): TemplateResult | typeof nothing {
  const d = ctx.draft;
  const needed = d.scheme === 'self-employed' || d.plans.some((p) => p.steps.some((s) => s.kind === 'self-employed'));
  if (!needed) return nothing;
  const se = d.selfEmployed;
  const setIncome = (year: string, value: string) =>
    ctx.update({ selfEmployed: { ...se, income: { ...se.income, [year]: value } } });
  return html`
    <fieldset part="self-employed">
      <legend>${msg('Self-employed activity')}</legend>
      <div class="fields">
        ${textField(ctx, 'selfEmployed-activityStart', msg('Activity started on'), se.activityStart, (v) => ctx.update({ selfEmployed: { ...se, activityStart: v } }), {
          type: 'date',
          hint: msg('Empty: the date of the first step.'),
        })}
        ${incomeYears(ctx.draft).map((year) =>
          textField(ctx, `selfEmployed-income-${year}`, msg(str`Net taxable professional income of ${year} (€)`), se.income[year] ?? '', (v) => setIncome(year, v), {
            inputmode: 'decimal',
            hint: msg('Needed from 1 January of the fourth year after the year the activity started: the income of three years earlier is compared with the yearly ceiling.'),
          }),
        )}
      </div>
    </fieldset>
  `;
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
          'Copy it from the decision of the medical advisor. Every field is optional; without them the forecast cannot check the hours and the period.',
        )}
      </p>
      <div class="fields">
        ${field('requestSent', msg('Request sent on'), {
          type: 'date',
          hint: msg('Date of the request for authorisation and declaration of resumption.'),
        })}
        ${field('start', msg('Authorised from'), { type: 'date' })}
        ${field('end', msg('Authorised until'), { type: 'date', hint: msg('At most two years. Empty: two years.') })}
        ${field('maxHoursPerWeek', msg('Authorised hours a week (at most)', { id: 'authorisation.maxHours' }), { inputmode: 'decimal' })}
        ${field('nature', msg('Nature of the work'), { multiline: true })}
        ${field('conditions', msg('Conditions'), { multiline: true })}
      </div>
    </fieldset>
  `;
}

export function renderPaymentEditor(ctx: FormContext): TemplateResult {
  const p = ctx.draft.payment;
  return html`
    <fieldset part="payment">
      <legend>${msg('When the money arrives')}</legend>
      <div class="fields">
        <div class="field">
          <label for="payment-benefitLagMonths">${msg('Benefit paid')}</label>
          <select id="payment-benefitLagMonths" ?disabled=${ctx.isLocked('payment')} @change=${(e: Event) => setPayment(ctx, { benefitLagMonths: (e.target as HTMLSelectElement).value })}>
            ${['0', '1', '2', '3'].map(
              (lag) => html`<option value=${lag} ?selected=${p.benefitLagMonths === lag}>
                ${lag === '0' ? msg('in the same month') : msg(str`${lag} month(s) later`)}
              </option>`,
            )}
          </select>
          <span class="hint">${msg("After your employer's monthly declaration: usually one month later.")}</span>
          ${fieldError(ctx, 'payment-benefitLagMonths')}
        </div>
        <div class="field">
          <label for="payment-wagePaidIn">${msg('Wage paid')}</label>
          <select
            id="payment-wagePaidIn"
            ?disabled=${ctx.isLocked('payment')}
            @change=${(e: Event) => setPayment(ctx, { wagePaidIn: (e.target as HTMLSelectElement).value as PaymentDraft['wagePaidIn'] })}
          >
            <option value="same-month" ?selected=${p.wagePaidIn === 'same-month'}>${msg('in the month worked')}</option>
            <option value="next-month" ?selected=${p.wagePaidIn === 'next-month'}>${msg('in the following month')}</option>
          </select>
        </div>
        ${textField(ctx, 'payment-wagePayDay', msg('Pay day of the wage'), p.wagePayDay, (v) => setPayment(ctx, { wagePayDay: v }), {
          inputmode: 'numeric',
        })}
      </div>
    </fieldset>
  `;
}

