/**
 * Changes to the list of plans that could lose the coach's work: removing a plan or a step,
 * and "Compare 8, 16 and 24 hours a week". Nothing is lost: the common plans are added beside the
 * coach's own (up to the maximum, else the element asks first), and every removal can be undone.
 * On-demand views: the element keeps only the note and hands each action to `editPlans`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Formatters } from '../../format.js';
import { addMonths, formatMonth, parseDate } from '../../rules/calendar.js';
import { lower, parseDecimal } from '../../rules/decimal.js';
import { MAX_PLANS, step, typedDate, type Draft, type PlanDraft } from './form/draft.js';

export type PlanAction =
  | { kind: 'add-plan' }
  | { kind: 'add-step' }
  | { kind: 'remove-plan'; index: number }
  | { kind: 'remove-step'; index: number }
  /** "Compare 8, 16 and 24 hours a week". */
  | { kind: 'compare' }
  /** After the question: add those that fit, or replace the plans (undoable). */
  | { kind: 'compare-fit' }
  | { kind: 'compare-replace' }
  | { kind: 'undo' }
  | { kind: 'dismiss' };

/** What the element says under the plans' buttons (in a polite live region). */
export type PlanNote =
  | { kind: 'undo'; text: string; plans: PlanDraft[]; active: number; step?: number }
  | { kind: 'ask'; missing: string[] }
  | { kind: 'info'; text: string };

export interface PlanEdit {
  plans: PlanDraft[];
  active: number;
  note: PlanNote | null;
  /** Selector of what gets the focus next ('' : it stays where it is). */
  focus: string;
}

const COMMON_HOURS = ['8', '16', '24'];
const letter = (i: number) => String.fromCharCode(65 + i);

/** "8 → 16 h", as on the plan's button. */
function label(plan: PlanDraft, f: Formatters): string {
  return plan.steps.length === 0
    ? msg('No work', { id: 'md' })
    : `${plan.steps.map((s) => f.number(parseDecimal(s.hours)?.toString() ?? '0')).join(' → ')}\u00a0${f.hourUnit}`;
}

/** A plan of one step from the first month: 8, 16 or 24 hours a week. */
function isConstant(plan: PlanDraft, hours: string, from: string): boolean {
  const s = plan.steps;
  return s.length === 1 && typedDate(s[0].from) === from && parseDecimal(s[0].hours)?.eq(hours) === true && (s[0].kind ?? 'employee') === 'employee';
}

/** The new plans, the plan shown, the note and where the focus goes after `action`. */
export function editPlans(draft: Draft, active: number, action: PlanAction, f: Formatters, note: PlanNote | null): PlanEdit {
  const plans = draft.plans;
  const keep: PlanEdit = { plans, active, note: null, focus: '' };
  const from = `${typedDate(draft.start, true)}-01`;
  const missing = COMMON_HOURS.filter((h) => !plans.some((p) => isConstant(p, h, from)));
  const common = (hours: string[]) => hours.map((h) => ({ steps: [step(f.field(from), h)] }));
  const undoable = (text: string, stepIndex?: number): PlanNote => ({ kind: 'undo', text, plans, active, step: stepIndex });
  switch (action.kind) {
    case 'add-plan':
      // A copy of the plan shown, to change.
      if (plans.length >= MAX_PLANS) return keep;
      return { plans: [...plans, { steps: plans[active].steps.map((s) => ({ ...s })) }], active: plans.length, note: null, focus: '' };
    case 'add-step': {
      const steps = plans[active].steps;
      const last = steps.at(-1);
      // The new step starts three months after the last one (or at the start), with 8 more hours.
      let next = from;
      let hours = '8';
      const lastDate = last ? parseDate(typedDate(last.from)) : null;
      if (last && lastDate) {
        next = `${formatMonth(addMonths(lastDate, 3))}-01`;
        const lastHours = parseDecimal(last.hours);
        const full = parseDecimal(draft.fullTimeHours);
        const more = lastHours?.plus(8);
        if (more) hours = f.field((full ? lower(more, full) : more).toString());
      }
      return {
        plans: plans.map((p, i) => (i === active ? { steps: [...p.steps, step(f.field(next), hours, last?.kind)] } : p)),
        active,
        note: null,
        focus: `#step-${steps.length}-from`,
      };
    }
    case 'remove-plan': {
      if (plans.length <= 1) return keep;
      const text = msg(str`Plan ${letter(action.index)} (${label(plans[action.index], f)}) was removed.`, { id: 'cp1' });
      return {
        plans: plans.filter((_, i) => i !== action.index),
        active: Math.max(0, Math.min(active, plans.length - 2)),
        note: undoable(text),
        focus: '#undo',
      };
    }
    case 'remove-step': {
      const removed = plans[active].steps[action.index];
      if (!removed) return keep;
      const text = msg(str`Step ${action.index + 1} (${f.hours(parseDecimal(removed.hours)?.toString() ?? '0')}) was removed.`, { id: 'cp2' });
      return {
        plans: plans.map((p, i) => (i === active ? { steps: p.steps.filter((_, j) => j !== action.index) } : p)),
        active,
        note: undoable(text, action.index),
        focus: '#undo',
      };
    }
    case 'compare': {
      if (missing.length === 0) return { ...keep, note: { kind: 'info', text: msg('The plans of 8, 16 and 24 hours a week are already there.', { id: 'cp3' }) } };
      if (plans.length + missing.length > MAX_PLANS) return { ...keep, note: { kind: 'ask', missing }, focus: '#compare-fit, #compare-replace' };
      return added(plans, common(missing), active, f);
    }
    case 'compare-fit':
      return added(plans, common(missing.slice(0, MAX_PLANS - plans.length)), active, f);
    case 'compare-replace':
      return {
        plans: common(COMMON_HOURS),
        active: 0,
        note: undoable(msg('Your plans were replaced by plans of 8, 16 and 24 hours a week.', { id: 'cp4' })),
        focus: '#undo',
      };
    case 'undo': {
      if (note?.kind !== 'undo') return keep;
      const restored = note.plans.length > 1 ? msg(str`Restored: plan ${letter(note.active)} is shown.`, { id: 'cp5' }) : msg('Restored.', { id: 'cp6' });
      return {
        plans: note.plans,
        active: note.active,
        note: { kind: 'info', text: restored },
        focus: note.step === undefined ? '.plan-tab[aria-pressed="true"], #add-plan' : `#step-${note.step}-from`,
      };
    }
    default:
      return { ...keep, focus: '#compare-common' };
  }
}

function added(plans: PlanDraft[], extra: PlanDraft[], active: number, f: Formatters): PlanEdit {
  if (extra.length === 0) return { plans, active, note: null, focus: '' };
  const names = extra.map((p, i) => `${letter(plans.length + i)} (${label(p, f)})`).join(', ');
  return {
    plans: [...plans, ...extra],
    active,
    note: { kind: 'info', text: msg(str`Added beside your plans: ${names}. Your plans are kept.`, { id: 'cp7' }) },
    focus: '',
  };
}

/** The note under the plans' buttons; the live region is always there so that changes are read out. */
export function renderPlanNote(note: PlanNote | null, f: Formatters, room: number, act: (action: PlanAction) => void): TemplateResult {
  const hours = (list: string[]) => list.map((h) => f.hours(h)).join(', ');
  const missing = note?.kind === 'ask' ? note.missing : [];
  return html`<div class="plan-note" role="status" aria-live="polite">
    ${note?.kind === 'ask'
      ? html`<p>
            ${room > 0
              ? msg(str`Only ${MAX_PLANS} plans can be compared: there is room for ${room} more. Add ${hours(missing.slice(0, room))}, or replace your plans with ${hours(missing)}?`, { id: 'cp8' })
              : msg(str`Only ${MAX_PLANS} plans can be compared. Replace your plans with ${hours(missing)}?`, { id: 'cp16' })}
          </p>
          <div class="actions">
            ${room > 0
              ? html`<button type="button" id="compare-fit" @click=${() => act({ kind: 'compare-fit' })}>${msg(str`Add ${hours(missing.slice(0, room))}`, { id: 'cp9' })}</button>`
              : nothing}
            <button type="button" id="compare-replace" @click=${() => act({ kind: 'compare-replace' })}>${msg('Replace my plans (you can undo)', { id: 'cp10' })}</button>
            <button type="button" id="compare-cancel" @click=${() => act({ kind: 'dismiss' })}>${msg('Cancel', { id: 'cp11' })}</button>
          </div>`
      : note
        ? html`<p>
            ${note.text}
            ${note.kind === 'undo' ? html`<button type="button" id="undo" class="link" @click=${() => act({ kind: 'undo' })}>${msg('Undo', { id: 'cp12' })}</button>` : nothing}
          </p>`
        : nothing}
  </div>`;
}
