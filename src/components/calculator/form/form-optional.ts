/**
 * The sections of the form shown only for some situations, the estimate of the daily benefit
 * (when the person has no statement of the amount) and the self-employed activity, and the last
 * section, when the money arrives (it changes only the cash calendar). Loaded with the on-demand
 * views (on-demand.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { addMonths, parseMonth } from '../../../rules/calendar.js';
import { incomeYearFor } from '../../../rules/cumulation/self-employed.js';
import { LIMITS } from '../../../scenario/limits.js';
import { typedDate, type Draft, type PaymentDraft } from './draft.js';
import { fieldError, textField, type FormContext } from './fields.js';

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
      <legend>${msg('Estimate of the daily benefit', { id: 'm4f' })}</legend>
      <p class="hint">
        ${msg('An estimate only: the amount on the statement of your mutuality is the one that counts.', { id: 'm4g' })}
      </p>
      <div class="fields">
        ${textField(ctx, 'estimate-incapacityStart', msg('Incapacity started on', { id: 'm4h' }), e.incapacityStart, (v) => setEstimate(ctx, { incapacityStart: v }), {
          type: 'date',
          hint: msg('From the 13th month the invalidity rate applies.', { id: 'm4i' }),
        })}
        ${textField(ctx, 'estimate-lostMonthlyWage', msg('Gross monthly wage before the incapacity (€)', { id: 'm4j' }), e.lostMonthlyWage, (v) => setEstimate(ctx, { lostMonthlyWage: v }), {
          inputmode: 'decimal',
        })}
        <div class="field">
          <label for="estimate-familySituation">${msg('Family situation', { id: 'm4k' })}</label>
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
              msg('Daily unemployment allowance when the incapacity started (€)', { id: 'm4l' }),
              e.unemploymentAllowance,
              (v) => setEstimate(ctx, { unemploymentAllowance: v }),
              { inputmode: 'decimal', hint: msg('Kept for the first 6 months when it is higher.', { id: 'm4m' }) },
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
          ${msg('Regular worker (the higher minimum amounts apply)', { id: 'm68' })}
        </label>
      </div>
    </fieldset>
  `;
}

/** The income years the income test of a self-employed activity may need for this forecast. */
function incomeYears(draft: Draft): string[] {
  const start = parseMonth(typedDate(draft.start, true));
  const months = Number(draft.months);
  if (!start || !Number.isInteger(months) || months < LIMITS.minMonths || months > LIMITS.maxMonths) return [];
  const end = addMonths(start, months - 1);
  return Array.from({ length: end.year - start.year + 1 }, (_, i) => String(incomeYearFor(`${start.year + i}-01-01`)));
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
      <legend>${msg('Self-employed activity', { id: 'm4o' })}</legend>
      <div class="fields">
        ${textField(ctx, 'selfEmployed-activityStart', msg('Activity started on', { id: 'm4p' }), se.activityStart, (v) => ctx.update({ selfEmployed: { ...se, activityStart: v } }), {
          type: 'date',
          hint: msg('Empty: the date of the first step.', { id: 'm4q' }),
        })}
        ${incomeYears(ctx.draft).map((year) =>
          textField(ctx, `selfEmployed-income-${year}`, msg(str`Net taxable professional income of ${year} (€)`, { id: 'm4r' }), se.income[year] ?? '', (v) => setIncome(year, v), {
            inputmode: 'decimal',
            hint: msg('Needed from 1 January of the fourth year after the year the activity started: the income of three years earlier is compared with the yearly ceiling.', { id: 'm4s' }),
          }),
        )}
      </div>
    </fieldset>
  `;
}

function setPayment(ctx: FormContext, patch: Partial<PaymentDraft>): void {
ctx.update({ payment: { ...ctx.draft.payment, ...patch } });
}

export function renderPaymentEditor(ctx: FormContext): TemplateResult {
  const p = ctx.draft.payment;
  return html`
    <fieldset part="payment">
      <legend>${msg('When the money arrives', { id: 'm4w' })}</legend>
      <div class="fields">
        <div class="field">
          <label for="payment-benefitLagMonths">${msg('Benefit paid', { id: 'm4x' })}</label>
          <select id="payment-benefitLagMonths" ?disabled=${ctx.isLocked('payment')} @change=${(e: Event) => setPayment(ctx, { benefitLagMonths: (e.target as HTMLSelectElement).value })}>
            ${['0', '1', '2', '3'].map(
              (lag) => html`<option value=${lag} ?selected=${p.benefitLagMonths === lag}>
                ${lag === '0' ? msg('in the same month', { id: 'm4y' }) : lag === '1' ? msg('one month later', { id: 'sc4' }) : msg(str`${lag} months later`, { id: 'sc5' })}
              </option>`,
            )}
          </select>
          <span class="hint">${msg("After your employer's monthly declaration: usually one month later.", { id: 'm50' })}</span>
          ${fieldError(ctx, 'payment-benefitLagMonths')}
        </div>
        <div class="field">
          <label for="payment-wagePaidIn">${msg('Wage paid', { id: 'm51' })}</label>
          <select
            id="payment-wagePaidIn"
            ?disabled=${ctx.isLocked('payment')}
            @change=${(e: Event) => setPayment(ctx, { wagePaidIn: (e.target as HTMLSelectElement).value as PaymentDraft['wagePaidIn'] })}
          >
            <option value="same-month" ?selected=${p.wagePaidIn === 'same-month'}>${msg('in the month worked', { id: 'm52' })}</option>
            <option value="next-month" ?selected=${p.wagePaidIn === 'next-month'}>${msg('in the following month', { id: 'm53' })}</option>
          </select>
        </div>
        ${textField(ctx, 'payment-wagePayDay', msg('Pay day of the wage', { id: 'm54' }), p.wagePayDay, (v) => setPayment(ctx, { wagePayDay: v }), {
          inputmode: 'numeric',
        })}
      </div>
    </fieldset>
  `;
}
