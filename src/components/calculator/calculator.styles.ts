import { css } from 'lit';

export const styles = css`
  :host {
    /* Theming tokens: set --ips-* on the element or any ancestor; --_* are the private values used here. */
    --_font-family: var(--ips-font-family, inherit);
    --_font-size: var(--ips-font-size, 1rem);
    --_color-text: var(--ips-color-text, #1d2329);
    --_color-muted: var(--ips-color-muted, #55606b);
    --_color-surface: var(--ips-color-surface, #ffffff);
    --_color-subtle: var(--ips-color-subtle, #f3f5f7);
    --_color-border: var(--ips-color-border, #c4ccd4);
    --_color-accent: var(--ips-color-accent, #0a58a8);
    --_color-on-accent: var(--ips-color-on-accent, #ffffff);
    --_color-benefit: var(--ips-color-benefit, #2f6db5);
    --_color-earnings: var(--ips-color-earnings, #e08a1e);
    --_color-error: var(--ips-color-error, #b3261e);
    --_color-warning: var(--ips-color-warning, #8a5300);
    --_color-focus: var(--ips-color-focus, #0a58a8);
    --_radius: var(--ips-radius, 6px);
    --_space: var(--ips-space, 0.75rem);

    display: block;
    box-sizing: border-box;
    container-type: inline-size;
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: 1.45;
    color: var(--_color-text);
    background: var(--_color-surface);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  h2,
  h3,
  h4 {
    line-height: 1.25;
    margin: 0 0 calc(var(--_space) / 2);
  }
  h2 {
    font-size: 1.35em;
  }
  h3 {
    font-size: 1.1em;
  }
  h4 {
    font-size: 1em;
  }
  p {
    margin: 0 0 calc(var(--_space) / 2);
  }
  .stack > * + * {
    margin-top: var(--_space);
  }
  fieldset {
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin: 0;
    min-width: 0;
  }
  legend {
    font-weight: 600;
    padding: 0 0.25em;
  }
  .fields {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
    gap: var(--_space);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.2rem;
    min-width: 0;
  }
  label,
  .label {
    font-weight: 500;
  }
  .hint {
    color: var(--_color-muted);
    font-size: 0.875em;
  }
  input,
  select,
  button {
    font: inherit;
    color: inherit;
  }
  input,
  select {
    width: 100%;
    min-height: 2.25rem;
    padding: 0.3rem 0.5rem;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  .step .field {
    flex: 1 1 9rem;
  }
  input[type='checkbox'],
  input[type='radio'] {
    width: auto;
    min-height: auto;
  }
  input[aria-invalid='true'] {
    border-color: var(--_color-error);
    box-shadow: inset 0 0 0 1px var(--_color-error);
  }
  /* One focus ring for every control: fields, buttons, links, the table's region, the unfolding summaries. */
  :focus-visible,
  .file-button:focus-within {
    outline: 3px solid var(--_color-focus);
    outline-offset: 2px;
  }
  .error {
    color: var(--_color-error);
    font-size: 0.9em;
    margin: 0;
  }
  .radios {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    border: 0;
    padding: 0;
  }
  .radios label {
    font-weight: normal;
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
  }
  .radios input {
    width: auto;
    min-height: auto;
  }
  button {
    cursor: pointer;
    min-height: 2.25rem;
    padding: 0.3rem 0.8rem;
    border-radius: var(--_radius);
    border: 1px solid var(--_color-accent);
    background: var(--_color-surface);
    color: var(--_color-accent);
  }
  button.primary,
  button[aria-pressed='true'] {
    background: var(--_color-accent);
    color: var(--_color-on-accent);
  }
  button.link {
    border: 0;
    padding: 0.1rem 0.3rem;
    min-height: auto;
    text-decoration: underline;
    background: transparent;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .steps {
    display: grid;
    gap: 0.5rem;
    margin: 0 0 var(--_space);
    padding: 0;
    list-style: none;
  }
  .step {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: flex-end;
    padding: 0.5rem;
    background: var(--_color-subtle);
    border-radius: var(--_radius);
  }
  .sentence {
    font-weight: 500;
  }
  .summary {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr));
    gap: var(--_space);
    margin: 0;
  }
  .summary div {
    background: var(--_color-subtle);
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem;
  }
  .summary dt {
    color: var(--_color-muted);
    font-size: 0.875em;
  }
  .summary dd {
    margin: 0;
    font-size: 1.2em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  /* A table wider than the element scrolls in its own box (positioned, so that hidden texts stay
     inside it); a shadow at the right edge shows there is more, and the month column stays. */
  .scroll {
    overflow-x: auto;
    position: relative;
    background: linear-gradient(90deg, #0000, var(--_color-surface) 60%) right / 2rem 100% no-repeat local,
      radial-gradient(farthest-side at right, color-mix(in srgb, var(--_color-text) 40%, #0000), #0000) right / 0.8rem 100% no-repeat;
  }
  .scroll th:first-child {
    position: sticky;
    left: 0;
    z-index: 1;
    background: var(--_color-surface);
    white-space: normal;
    padding-left: calc(0.5rem + 4px);
  }
  table {
    border-spacing: 0;
    width: 100%;
    font-variant-numeric: tabular-nums;
  }
  caption {
    position: sticky;
    left: 0;
    max-width: 100cqw;
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.35rem;
  }
  th,
  td {
    padding: 0.3rem 0.5rem;
    border-bottom: 1px solid var(--_color-border);
    text-align: end;
    white-space: nowrap;
  }
  th[scope='row'],
  thead th:first-child {
    text-align: start;
  }
  thead th {
    font-size: 0.875em;
    color: var(--_color-muted);
    vertical-align: bottom;
    white-space: normal;
  }
  tfoot th,
  tfoot td {
    font-weight: 600;
    border-top: 2px solid var(--_color-text);
  }
  tr.selected,
  .selected th {
    background: var(--_color-subtle);
  }
  .gain-positive {
    color: #1e6b2f;
  }
  .gain-negative {
    color: var(--_color-error);
  }
  /* The bar before a month at risk: a border, which forced colours keep. */
  .scroll .at-risk th {
    border-left: 4px solid var(--_color-error);
    padding-left: 0.5rem;
  }
  .projection {
    font-weight: bold;
  }
  .marks {
    text-align: start;
    font-size: 0.875em;
    white-space: normal;
    min-width: 11rem;
  }
  .mark {
    display: block;
  }
  .mark.risk,
  .summary .risk dd {
    color: var(--_color-error);
    font-weight: 600;
  }
  .mark.warning {
    color: var(--_color-warning);
  }
  textarea {
    font: inherit;
    color: inherit;
    width: 100%;
    padding: 0.3rem 0.5rem;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    resize: vertical;
  }
  summary {
    cursor: pointer;
    font-weight: 600;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .file-button {
    display: inline-flex;
    align-items: center;
    min-height: 2.25rem;
    padding: 0.3rem 0.8rem;
    border-radius: var(--_radius);
    border: 1px solid var(--_color-accent);
    color: var(--_color-accent);
    cursor: pointer;
  }
  [hidden] {
    display: none !important;
  }
  @container (max-width: 30rem) {
    .fields {
      grid-template-columns: 1fr;
    }
  }
`;
