/**
 * What the element's status line says to screen readers once typing has paused: the new total,
 * or the fields to correct, by the names their labels give them in the language shown.
 */
import { msg, str } from '@lit/localize';
import type { Formatters } from '../../format.js';
import { intlLocale, type Language } from '../../localization.js';
import type { PlanResult } from './results/plan-result.js';

/** The label of a form field, else the heading of its group ("Plan of the authorised work"). */
function fieldName(root: ParentNode, field: string): string {
  const id = CSS.escape(field);
  const label = root.querySelector(`label[for="${id}"]`) ?? root.querySelector(`#${id}-error`)?.closest('fieldset')?.querySelector('legend');
  // Line breaks of the template become spaces; no-break spaces (French "Étape 2 : …") stay.
  return label?.textContent?.replace(/[ \n\t]+/g, ' ').trim() ?? '';
}

/** The announcement waiting for the end of typing, by element. */
const pending = new WeakMap<ParentNode, ReturnType<typeof setTimeout>>();

/**
 * Says the plan's total, or the fields to correct, in the element's status line (`#announce`) once
 * no edit has come for a second: not after every key.
 */
export function announce(root: ParentNode, plan: PlanResult | undefined, f: Formatters, language: Language): void {
  clearTimeout(pending.get(root));
  pending.set(
    root,
    setTimeout(() => {
      const line = root.querySelector('#announce');
      if (line) line.textContent = announcement(plan, root, f, language);
    }, 1000),
  );
}

export function announcement(plan: PlanResult | undefined, root: ParentNode, f: Formatters, language: Language): string {
  const result = plan?.result;
  if (result?.ok) {
    return msg(str`Total over ${result.forecast.months.length} months: ${f.money(result.forecast.totals.total)}.`, { id: 'm1f' });
  }
  const names = [...new Set([...(plan?.errors.keys() ?? [])].map((field) => fieldName(root, field)).filter(Boolean))];
  if (names.length === 0) return msg('The forecast waits for corrections in the form.', { id: 'm1g' });
  const list = new Intl.ListFormat(intlLocale(language), { type: 'conjunction' }).format(names);
  return msg(str`To see the forecast, correct: ${list}.`, { id: 'sc1' });
}
