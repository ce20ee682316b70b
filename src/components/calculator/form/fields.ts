/**
 * The form's building blocks: a labelled text field with its hint and its error message, wired for
 * assistive technology (aria-invalid, aria-describedby), and the lock groups of the fields.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Formatters } from '../../../format.js';
import type { ValidationIssue } from '../../../scenario/validate.js';
import type { Draft, FieldId } from './draft.js';
import { views } from '../views.js';

/** What the form's sections need from the element. */
export interface FormContext {
  draft: Draft;
  f: Formatters;
  errorsFor(field: FieldId): ValidationIssue[];
  /** A group of fields the person may not change (client view, or locked by the host page). */
  isLocked(group: string): boolean;
  update(patch: Partial<Draft>): void;
}

/** The lock group of a form field (the names of the `locked` attribute). */
export function lockGroupOf(field: FieldId): string {
  if (field.startsWith('step-') || field === 'plan') return 'plan';
  if (field.startsWith('authorisation-')) return 'authorisation';
  if (field.startsWith('payment-')) return 'payment';
  if (field.startsWith('estimate-')) return 'daily-benefit';
  if (field.startsWith('selfEmployed-')) return 'self-employed';
  return { dailyBenefit: 'daily-benefit', dailyBenefitAsOf: 'daily-benefit', projectIndexation: 'daily-benefit', fullTimeHours: 'full-time-hours' }[field as string] ?? field;
}

/** How a date ("DD/MM/YYYY") or a month ("MM/YYYY") is typed, in the language's letters and separator. */
export function datePattern(month: boolean): string {
  return month ? msg('MM/YYYY', { id: 'pattern.month' }) : msg('DD/MM/YYYY', { id: 'pattern.date' });
}

/** The sentences of a field's issues (they come with the on-demand views; until then, a short notice). */
export function issueText(issues: readonly ValidationIssue[], f: Formatters): string {
  const v = views();
  return v ? issues.map((e) => v.issueMessage(e, f)).join(' ') : msg('Please check this field.', { id: 'issue.pending' });
}

export function fieldError(ctx: FormContext, field: FieldId): TemplateResult | typeof nothing {
  const errors = ctx.errorsFor(field);
  if (errors.length === 0) return nothing;
  return html`<p class="error" id="${field}-error">${issueText(errors, ctx.f)}</p>`;
}

function describedBy(ctx: FormContext, field: FieldId, hint?: string): string | typeof nothing {
  const ids = [hint, ctx.errorsFor(field).length > 0 ? `${field}-error` : undefined].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : nothing;
}

export interface TextFieldOptions {
  hint?: string;
  /**
   * 'date' or 'month': a text field in the language's pattern ("JJ/MM/AAAA"), never rewritten
   * while it is typed, with a calendar button once the on-demand views are there.
   */
  type?: 'date' | 'month';
  inputmode?: string;
  multiline?: boolean;
}

export function textField(
  ctx: FormContext,
  field: FieldId,
  label: string,
  value: string,
  onInput: (value: string) => void,
  options: TextFieldOptions = {},
): TemplateResult {
  const date = options.type;
  const hint = date ? [datePattern(date === 'month'), options.hint].filter(Boolean).join(' · ') : options.hint;
  const hintId = hint ? `${field}-hint` : undefined;
  const locked = ctx.isLocked(lockGroupOf(field));
  const invalid = ctx.errorsFor(field).length > 0 ? 'true' : 'false';
  return html`
    <div class="field">
      <label for=${field}>${label}</label>
      ${hint ? html`<span class="hint" id=${hintId!}>${hint}</span>` : nothing}
      ${options.multiline
        ? html`<textarea
            id=${field}
            name=${field}
            rows="2"
            ?readonly=${locked}
            .value=${value}
            aria-invalid=${invalid}
            aria-describedby=${describedBy(ctx, field, hintId)}
            @input=${(e: Event) => onInput((e.target as HTMLTextAreaElement).value)}
          ></textarea>`
        : html`<span class=${date ? 'with-picker' : 'input'}><input
            id=${field}
            name=${field}
            inputmode=${(options.inputmode as 'decimal') ?? nothing}
            autocomplete="off"
            ?readonly=${locked}
            .value=${value}
            aria-invalid=${invalid}
            aria-describedby=${describedBy(ctx, field, hintId)}
            @input=${(e: Event) => onInput((e.target as HTMLInputElement).value)}
          />${date && !locked ? views()?.renderDatePicker(ctx.f, label, value, date === 'month', onInput) : nothing}</span>`}
      ${fieldError(ctx, field)}
    </div>
  `;
}
