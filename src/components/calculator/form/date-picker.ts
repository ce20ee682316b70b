/**
 * The calendar button beside a date field (loaded with the on-demand views): it opens the
 * browser's own date or month picker on a hidden native field, and writes the date chosen into
 * the text field in the language's pattern. The text field itself is typed freely.
 */
import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Formatters } from '../../../format.js';
import { typedDate } from './draft.js';

export function renderDatePicker(f: Formatters, label: string, value: string, month: boolean, onPick: (text: string) => void): TemplateResult {
  const open = (e: Event) => {
    const native = (e.currentTarget as HTMLElement).nextElementSibling as HTMLInputElement;
    native.value = typedDate(value, month);
    try {
      native.showPicker();
    } catch {
      // No picker in this browser, or not allowed here: the field is typed.
    }
  };
  return html`<button type="button" class="picker" aria-label=${msg(str`Calendar: ${label}`, { id: 'picker.open' })} @click=${open}>
      <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        <path d="M2 3h12v11H2zM2 6h12M5 1v3M11 1v3" fill="none" stroke="currentColor" stroke-width="1.5" />
      </svg></button
    ><input
      type=${month ? 'month' : 'date'}
      class="picker-native"
      tabindex="-1"
      aria-hidden="true"
      @change=${(e: Event) => {
        const chosen = (e.target as HTMLInputElement).value;
        if (chosen) onPick(f.field(chosen));
      }}
    />`;
}
