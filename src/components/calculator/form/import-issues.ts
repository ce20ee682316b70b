/**
 * The problems of the last scenario given by property, file or share link (on demand: their
 * sentences come with the views anyway): the first 20 issues, each path cut to 80 characters,
 * then how many more there are.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Formatters } from '../../../format.js';
import type { ImportDetail } from '../../../events.js';
import { INPUT_LIMITS } from '../../../scenario/limits.js';
import { clipText, escapeControlCharacters } from '../../../scenario/echo.js';
import type { ValidationIssue } from '../../../scenario/validate.js';
import { issueMessage } from './messages.js';

function renderIssueList(issues: readonly ValidationIssue[], f: Formatters): TemplateResult {
  const shown = issues.slice(0, INPUT_LIMITS.maxRemarks);
  const more = issues.length - shown.length;
  return html`
    <ul>
      ${shown.map((i) => html`<li>${i.path ? `${escapeControlCharacters(clipText(i.path))}: ` : ''}${issueMessage(i, f)}</li>`)}
      ${more > 0 ? html`<li class="more">${msg(str`and ${f.number(String(more))} more`, { id: 'remarks.more' })}</li>` : nothing}
    </ul>
  `;
}

/** Remarks (the scenario was used) or the reason it was refused, with the issues. */
export function renderImportIssues(issues: readonly ValidationIssue[], refused: boolean, source: ImportDetail['source'], f: Formatters): TemplateResult | typeof nothing {
  if (issues.length === 0) return nothing;
  if (!refused) {
    return html`
      <div class="hint" role="status">
        <p>${msg('The scenario was used, with these remarks:', { id: 'm1i' })}</p>
        ${renderIssueList(issues, f)}
      </div>
    `;
  }
  return html`
    <div class="error" role="alert">
      <p>
        ${source === 'link'
          ? msg('This share link is broken or was changed; the example is shown instead:', { id: 'm1j' })
          : source === 'file'
            ? msg('This file could not be imported; nothing was changed:', { id: 'm1k' })
            : msg('The scenario given could not be used as it is:', { id: 'm1l' })}
      </p>
      ${renderIssueList(issues, f)}
    </div>
  `;
}
