/**
 * Styles of the views in the on-demand file (charts and their legends, the "Why?" panel, the
 * printed summary): they come with those views and are added to the element's own when the file
 * has loaded, so the main file does not carry them.
 */
import { css } from 'lit';

export const viewStyles = css`
  .with-picker {
    display: flex;
    gap: 0.25rem;
    position: relative;
  }
  .picker {
    flex: none;
    min-width: 2.75rem;
  }
  .picker svg {
    display: inline;
    width: 1rem;
    height: 1rem;
  }
  .picker-native {
    position: absolute;
    inset-inline-end: 0;
    bottom: 0;
    width: 1px;
    height: 1px;
    opacity: 0;
    pointer-events: none;
  }
  .explanation {
    border: 1px solid var(--_color-border);
    border-inline-start: 4px solid var(--_color-accent);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .explanation ol {
    margin: 0 0 0.5rem;
    padding-inline-start: 1.3rem;
  }
  figure {
    margin: 0;
  }
  figcaption {
    font-weight: 600;
  }
  svg {
    display: block;
    width: 100%;
    height: auto;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    list-style: none;
    padding: 0;
    margin: 0.25rem 0 0;
    font-size: 0.875em;
  }
  .swatch {
    display: inline-block;
    width: 0.8em;
    height: 0.8em;
    margin-inline-end: 0.3em;
    border-radius: 2px;
    vertical-align: -0.05em;
  }
  .swatch.benefit {
    background: var(--_color-benefit);
  }
  .swatch.earnings {
    background: var(--_color-earnings);
  }
  .swatch.without-work {
    height: 0;
    border-top: 2px dashed var(--_color-text);
  }
  .swatch.risk {
    background: var(--_color-error);
    clip-path: polygon(50% 100%, 0 0, 100% 0);
  }
  .swatch-text {
    display: inline-block;
    width: 0.8em;
    margin-inline-end: 0.3em;
    font-weight: bold;
  }
  .print-summary {
    display: none;
  }
  .print-summary dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.1rem 1rem;
    margin: 0 0 0.5rem;
  }
  .print-summary dd {
    margin: 0;
  }
  @media print {
    .print-summary {
      display: block;
      break-inside: avoid;
    }
    svg {
      max-height: 6cm;
    }
  }
`;
