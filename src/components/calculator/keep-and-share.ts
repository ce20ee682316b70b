/** Keep and share: the toolbar and file downloads (the CSV's headers are in export-files.ts, loaded on demand). */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { isClientLink } from '../../export/share-link.js';
import type { ValidationIssue } from '../../scenario/validate.js';

/** Puts `text` on the clipboard; false when the browser refuses. */
export function copyText(text: string): Promise<boolean> {
  return navigator.clipboard ? navigator.clipboard.writeText(text).then(() => true, () => false) : Promise.resolve(false);
}

/** Files larger than this are refused before they are read. */
export const MAX_IMPORT_BYTES = 256 * 1024;

/** A scenario file's JSON, or the issue that refuses it (too large, not JSON). */
export async function readScenarioFile(file: File): Promise<{ raw: unknown } | { issue: ValidationIssue }> {
  if (file.size > MAX_IMPORT_BYTES) return { issue: { path: '', code: 'FILE_TOO_LARGE', params: { max: MAX_IMPORT_BYTES / 1024 } } };
  try {
    return { raw: JSON.parse(await file.text()) };
  } catch {
    return { issue: { path: '', code: 'INVALID_JSON', params: {} } };
  }
}

/** Offers `content` as a file download, from memory (nothing leaves the page). */
export function download(root: Node, filename: string, content: string, type: string): void {
  // A byte order mark lets spreadsheets read the accents of a CSV file as UTF-8.
  const url = URL.createObjectURL(new Blob([type.startsWith('text/csv') ? `\ufeff${content}` : content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  root.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export interface ActionsOptions {
  /** The plan shown has a forecast (no errors). */
  ok: boolean;
  canImport: boolean;
  sharedUrl: string;
  /** Whether the share link was put on the clipboard ('' before any link is made). */
  shareStatus: '' | 'copied' | 'not-copied';
  /** `client`: the link opens the element read-only (the client view). */
  onShare: (client: boolean) => void;
  onCsv: () => void;
  onJson: () => void;
  onImport: (event: Event) => void;
  onPrint: () => void;
}

export function renderActions(o: ActionsOptions): TemplateResult {
  return html`
    <div class="actions toolbar" part="actions" role="group" aria-label=${msg('Keep and share', { id: 'm18' })}>
      <button type="button" id="share" ?disabled=${!o.ok} @click=${() => o.onShare(false)}>${msg('Make a share link', { id: 'm19' })}</button>
      ${o.canImport
        ? html`<button type="button" id="share-client" ?disabled=${!o.ok} @click=${() => o.onShare(true)}>
            ${msg('Share with the client (read-only)', { id: 'cp13' })}
          </button>`
        : nothing}
      <button type="button" id="export-csv" ?disabled=${!o.ok} @click=${o.onCsv}>${msg('Download the table (CSV)', { id: 'm1a' })}</button>
      <button type="button" id="export-json" ?disabled=${!o.ok} @click=${o.onJson}>${msg('Save the scenario (JSON)', { id: 'm1b' })}</button>
      ${o.canImport
        ? html`<label class="file-button">
            ${msg('Open a scenario (JSON)', { id: 'm1c' })}
            <input type="file" id="import-json" accept="application/json,.json" class="visually-hidden" @change=${o.onImport} />
          </label>`
        : nothing}
      <button type="button" id="print" ?disabled=${!o.ok} @click=${o.onPrint}>${msg('Print or save as PDF', { id: 'm1d' })}</button>
    </div>
    ${o.sharedUrl
      ? html`<div class="field share-link">
          <label for="share-url">${msg('Share link (the scenario is inside the link; nothing is sent to a server)', { id: 'm1e' })}</label>
          <input id="share-url" readonly .value=${o.sharedUrl} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
          <p class="hint" id="share-kind">
            ${isClientLink(o.sharedUrl)
              ? msg('This link opens the figures for reading only: the client cannot change the plan.', { id: 'cp14' })
              : msg('This link opens the calculator with your plans, ready to edit.', { id: 'cp15' })}
          </p>
        </div>`
      : nothing}
    <p class="hint" role="status" aria-live="polite" id="share-status">
      ${o.shareStatus === 'copied'
        ? msg('The link was copied. You can paste it into a message.', { id: 'share.copied' })
        : o.shareStatus === 'not-copied'
          ? msg('The link could not be copied automatically: select it below and copy it.', { id: 'share.notCopied' })
          : nothing}
    </p>
  `;
}
