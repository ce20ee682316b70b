/** Keep and share: the toolbar and file downloads (the CSV's headers are in export-files.ts, loaded on demand). */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { CLIENT_VIEW } from '../../export/share-link.js';

/** Offers `content` as a file download, from memory (nothing leaves the page). */
export function download(root: Node, filename: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
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
            ${o.sharedUrl.endsWith(CLIENT_VIEW)
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
