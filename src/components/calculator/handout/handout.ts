/**
 * "Prepare a handout": the panel the print button opens (loaded then, never before), and the
 * document it prints — the client's handout or the note for the medical advisor. The names typed
 * here stay in the page: they are printed, and go into a share link only when the coach ticks
 * the box (as `&ipsh=…` after the scenarios).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Formatters } from '../../../format.js';
import { ipsEvent, type ExportDetail } from '../../../events.js';
import type { PlanResult } from '../results/plan-result.js';
import { renderAdvisorNote } from './advisor-note.js';
import { renderClientHandout } from './client-handout.js';
import { handoutStyles } from './handout.styles.js';
import type { HandoutNames } from './plan-data.js';

export { renderAdvisorNote } from './advisor-note.js';
export { renderClientHandout } from './client-handout.js';

export type HandoutDocument = 'client' | 'advisor';

/** The element, as the panel sees it. */
export interface HandoutHost extends HTMLElement {
  requestUpdate(): void;
  readonly updateComplete: Promise<boolean>;
  noLinkRestore: boolean;
}

/** The fragment key of the names in a share link. */
export const NAMES_KEY = 'ipsh';
/** Longer names are cut (typed or read from a link). */
export const MAX_NAME_LENGTH = 120;

/** The names of a share link's fragment, if the coach put them in; never throws. */
export function namesFromFragment(hash: string): HandoutNames | null {
  const entry = hash.replace(/^#/, '').split('&').find((part) => part.startsWith(`${NAMES_KEY}=`));
  if (!entry) return null;
  try {
    const raw: unknown = JSON.parse(decodeURIComponent(entry.slice(NAMES_KEY.length + 1)));
    if (typeof raw !== 'object' || raw === null) return null;
    const text = (key: string) => {
      const value = (raw as Record<string, unknown>)[key];
      return typeof value === 'string' ? value.slice(0, MAX_NAME_LENGTH) : '';
    };
    return { client: text('client'), coach: text('coach'), contact: text('contact') };
  } catch {
    return null;
  }
}

export class HandoutPanel {
  open = false;
  names: HandoutNames = { client: '', coach: '', contact: '' };
  document: HandoutDocument = 'client';
  /** The coach ticked "put the names in the share link". */
  namesInLink = false;

  constructor(private readonly host: HandoutHost) {}

  /** Opens the panel (names from a share link fill empty fields) and moves the focus to it. */
  show(): void {
    const fromLink = this.host.noLinkRestore ? null : namesFromFragment(window.location.hash);
    if (fromLink && !this.names.client && !this.names.coach && !this.names.contact) this.names = fromLink;
    this.open = true;
    this.changed();
    void this.host.updateComplete.then(() => this.host.shadowRoot?.querySelector<HTMLElement>('#handout-panel-title')?.focus());
  }

  close(): void {
    this.open = false;
    this.changed();
    void this.host.updateComplete.then(() => this.host.shadowRoot?.querySelector<HTMLElement>('#print')?.focus());
  }

  /** What a share link gets after the scenarios: the names only when ticked. */
  linkPart(): string {
    const { client, coach, contact } = this.names;
    if (!this.namesInLink || !(client || coach || contact)) return '';
    return `&${NAMES_KEY}=${encodeURIComponent(JSON.stringify(this.names))}`;
  }

  private changed(): void {
    const root = this.host.shadowRoot;
    // The panel's styles join the element's (after the views' own).
    const sheet = handoutStyles.styleSheet;
    if (root && sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    this.host.requestUpdate();
  }

  private async print(plans: readonly PlanResult[], active: number): Promise<void> {
    const plan = plans[active]?.result;
    this.host.dispatchEvent(ipsEvent<ExportDetail>('ips-export', { format: 'print', filename: '', content: '', scenario: plan?.ok ? plan.scenario : null }));
    await this.host.updateComplete;
    window.print();
  }

  /** The panel and the chosen document (printed only); nothing while closed. */
  render(plans: readonly PlanResult[], active: number, f: Formatters): TemplateResult | typeof nothing {
    if (!this.open) return nothing;
    // Styles are adopted again if the element's own were set after the panel opened.
    const sheet = handoutStyles.styleSheet;
    if (sheet && !this.host.shadowRoot?.adoptedStyleSheets.includes(sheet)) queueMicrotask(() => this.changed());
    const name = (key: keyof HandoutNames, label: string, autocomplete: string) => html`
      <div class="field">
        <label for="handout-${key}">${label}</label>
        <input
          id="handout-${key}"
          maxlength=${MAX_NAME_LENGTH}
          autocomplete=${autocomplete}
          .value=${this.names[key]}
          @input=${(e: Event) => {
            this.names = { ...this.names, [key]: (e.target as HTMLInputElement).value.slice(0, MAX_NAME_LENGTH) };
            this.changed();
          }}
        />
      </div>
    `;
    const options = { plans, active, f, names: this.names, today: new Date().toISOString().slice(0, 10) };
    return html`
      <form
        class="handout-panel stack"
        part="handout-panel"
        aria-labelledby="handout-panel-title"
        novalidate
        @submit=${(e: Event) => {
          e.preventDefault();
          void this.print(plans, active);
        }}
      >
        <h3 id="handout-panel-title" tabindex="-1">${msg('Prepare a handout', { id: 'pr79' })}</h3>
        <p class="hint">
          ${msg('The names are optional. They are printed, and stay in this page: they go into a share link only if you tick the box below.', { id: 'pr80' })}
        </p>
        <div class="names">
          ${name('client', msg("Client's name", { id: 'pr81' }), 'off')} ${name('coach', msg("Coach's name", { id: 'pr82' }), 'name')}
          ${name('contact', msg("Coach's phone or e-mail", { id: 'pr83' }), 'off')}
        </div>
        <fieldset>
          <legend>${msg('Document to print', { id: 'pr84' })}</legend>
          ${(
            [
              ['client', msg('Handout for the client', { id: 'pr85' })],
              ['advisor', msg('Note for the medical advisor', { id: 'pr86' })],
            ] as const
          ).map(
            ([value, label]) => html`<label class="choice">
              <input
                type="radio"
                name="handout-document"
                id="handout-${value}"
                value=${value}
                .checked=${this.document === value}
                @change=${() => {
                  this.document = value;
                  this.changed();
                }}
              />
              ${label}
            </label>`,
          )}
        </fieldset>
        <label class="hint">
          <input
            type="checkbox"
            id="handout-names-in-link"
            .checked=${this.namesInLink}
            @change=${(e: Event) => {
              this.namesInLink = (e.target as HTMLInputElement).checked;
              this.changed();
            }}
          />
          ${msg('Also put the names in the share link', { id: 'pr87' })}
        </label>
        <div class="actions">
          <button type="submit" id="handout-print">${msg('Print or save as PDF', { id: 'm1d' })}</button>
          <button type="button" id="handout-close" @click=${() => this.close()}>${msg('Close', { id: 'pr88' })}</button>
        </div>
      </form>
      ${this.document === 'client' ? renderClientHandout(options) : renderAdvisorNote(options)}
    `;
  }
}
