/**
 * Styles of the views in the on-demand file (charts and their legends, the "Why?" panel, the
 * printed summary and the print layout): they come with those views and are added to the element's own when the file
 * has loaded, so the main file does not carry them.
 */
import { css } from 'lit';
import { counselStyles } from './counsel/counsel.styles.js';

export const viewStyles = css`
  ${counselStyles}
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
  /* The unfolded cash calendar and comparison are laid out and painted only while near the screen
     (120 months off screen cost nothing on an edit); their last size keeps the page from jumping. */
  [part='cash'] .scroll,
  [part='comparison'] .scroll {
    content-visibility: auto;
    contain-intrinsic-size: auto 30rem;
  }
  /* Under an amount: "(gross)" where the net is not estimated, "if taxed: …" where it is unsettled. */
  td .range {
    display: block;
    font-size: 0.8em;
    font-weight: normal;
    color: var(--_color-muted);
  }
  /* On a phone, or in a narrow column of a wide page (the host is the container): a table marked
     .cards shows one card per row, the row's header first, then "label   value" lines whose labels
     (data-label) are the column headers. Still one table in the DOM: the headers stay for screen
     readers, nothing scrolls sideways. The details of a month (.detail) are left to "Why?".
     Here, not in the main file (its budget): until the views arrive, or if they cannot be
     loaded, the month table is the table that scrolls in its box. */
  @container (max-width: 600px) {
    .scroll:has(> .cards) {
      overflow-x: visible;
      background: none;
    }
    .cards,
    .cards > *,
    .cards tr {
      display: block;
    }
    .cards > thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    .cards caption {
      position: static;
      max-width: none;
    }
    .cards tr {
      border: 1px solid var(--_color-border);
      border-radius: var(--_radius);
      padding: 0.4rem 0.6rem;
      margin-block-end: 0.5rem;
    }
    /* A row at risk: a thick bar before the card (a shape that forced colours keep) and its words. */
    .cards tr.at-risk {
      border-inline-start: 6px solid var(--_color-error);
    }
    .cards tfoot tr {
      border: 2px solid var(--_color-text);
    }
    .scroll > .cards th,
    .scroll > .cards td {
      display: flow-root;
      position: static;
      padding: 0.15rem 0;
      border: 0;
      background: none;
      white-space: normal;
      text-align: end;
      min-width: 0;
    }
    .scroll > .cards th[scope='row'] {
      font-size: 1.05em;
      font-weight: 700;
      text-align: start;
    }
    .cards th[data-label]::before,
    .cards td[data-label]::before {
      content: attr(data-label);
      float: left;
      max-width: 50%;
      padding-inline-end: 0.75rem;
      text-align: start;
      color: var(--_color-muted);
      font-size: 0.875rem;
      font-weight: normal;
    }
    .cards th[data-label]::before {
      content: attr(data-label) ' ';
      float: none;
    }
    .scroll > .cards td:empty,
    .scroll > .cards .detail {
      display: none;
    }
    .cards .total {
      font-size: 1.2em;
      font-weight: 600;
    }
    .scroll > .cards .marks,
    .scroll > .cards .why-cell {
      text-align: start;
    }
    .cards .why {
      min-height: 2.25rem;
      padding-inline: 0;
    }
  }
  .amounts-switch {
    display: grid;
    gap: 0.25rem;
  }
  .amounts-switch p {
    margin: 0;
  }
  .deductions {
    margin: 0 0 0.5rem;
    padding-inline-start: 1.25rem;
  }
  [part='comparison'] td .gain,
  [part='comparison'] td .risk-note {
    display: block;
  }
  /* Money at risk: in words and bold, not only in colour. */
  .risk-note,
  .plans .at-risk,
  .answer-risk strong {
    color: var(--_color-error);
    font-weight: 600;
  }
  .plans .plan-risk {
    border-inline-start: 4px solid var(--_color-error);
    padding-inline-start: 0.5rem;
  }
  /* In short: the monthly answer, before the totals. */
  .answer {
    border-inline-start: 4px solid var(--_color-accent);
    border-radius: var(--_radius);
    background: var(--_color-subtle);
    padding: var(--_space);
  }
  .answer p,
  .answer h4,
  .answer ul,
  .plan-note p {
    margin: 0;
  }
  .answer-main,
  .answer-risk strong {
    font-size: 1.15em;
    font-weight: 600;
  }
  /* The four questions: each a short block, the question as its heading. */
  .answer-q {
    display: grid;
    gap: 0.2rem;
  }
  .answer-q :is(h3, h4) {
    margin: 0;
    font-size: 1em;
    color: var(--_color-muted);
  }
  /* Money at risk: a bar and bold words; a renewal to ask for: a dashed bar (an action, not an alarm). */
  .answer-risk {
    border-inline-start: 4px solid var(--_color-error);
    padding-inline-start: 0.5rem;
  }
  .answer-action {
    border-inline-start: 4px dashed var(--_color-accent);
    padding-inline-start: 0.5rem;
  }
  .answer-dates {
    padding-inline-start: 1.2rem;
  }
  .plan-choice {
    gap: 0.3rem;
  }
  .plan-choice button {
    padding: 0.2rem 0.5rem;
    font-size: 0.9em;
  }
  @media (max-width: 600px) {
    .answer {
      padding: 0.5rem 0.4rem 0.5rem 0.6rem;
      gap: 0.45rem;
    }
    .answer h2 {
      font-size: 1.25em;
    }
  }
  /* The client view: what follows the answer is folded, one summary a part. */
  .client-more > summary {
    font-weight: 600;
    cursor: pointer;
    padding: 0.4rem 0;
  }
  .plan-note > p {
    padding: 0.3rem 0.5rem;
    border-inline-start: 3px solid var(--_color-accent);
    background: var(--_color-subtle);
  }
  .plan-note .actions {
    margin-top: 0.3rem;
  }
  /* The client view shows the situation as text (never the form). */
  .prepared .print-summary {
    display: block;
  }
  summary h3 {
    display: inline;
  }
  .notices {
    margin: 0;
    padding-inline-start: 1.2rem;
  }
  .notices li + li {
    margin-top: 0.3rem;
  }
  .level-warning,
  .level-risk {
    color: var(--_color-warning);
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
  /* Charts: the values axis, then the drawing over the rest of the width, in CSS pixels. */
  .plot {
    display: flex;
  }
  .plot > svg {
    display: block;
    flex: none;
    overflow: visible;
  }
  .plot > svg + svg {
    flex: 1;
    min-width: 0;
  }
  svg text {
    font-size: 12px;
    fill: var(--_color-muted);
  }
  .grid {
    stroke: var(--_color-border);
  }
  rect.benefit {
    fill: var(--_color-benefit);
  }
  rect.earnings {
    fill: var(--_color-earnings);
  }
  .hours {
    fill: var(--_color-accent);
  }
  /* Hours not authorised: hatched and outlined, not only another colour. */
  .hours.over,
  .hours.outside {
    fill: url(#hatch);
    stroke: var(--_color-error);
    stroke-width: 2;
  }
  #hatch rect,
  .risk-mark {
    fill: var(--_color-error);
  }
  .review-mark {
    fill: var(--_color-warning);
  }
  svg .value,
  .projection-mark {
    fill: var(--_color-text);
    font-weight: 600;
  }
  .without-work line,
  .authorised-max,
  .end-mark {
    stroke: var(--_color-text);
    stroke-width: 1.5;
    stroke-dasharray: 5 4;
  }
  .authorised-max {
    stroke: var(--_color-error);
    stroke-width: 2;
    stroke-dasharray: 6 3;
  }
  .end-mark {
    stroke: var(--_color-warning);
    stroke-width: 2;
    stroke-dasharray: none;
  }
  svg .authorised-max-label {
    fill: var(--_color-error);
  }
  /* Month names: every second one on a narrow element, every third on a phone. */
  @container (max-width: 44rem) {
    .m2 {
      display: none;
    }
  }
  @container (max-width: 30rem) {
    .m2 {
      display: inline;
    }
    .m3 {
      display: none;
    }
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
  .swatch.over {
    border: 1px solid var(--_color-error);
    background: repeating-linear-gradient(45deg, var(--_color-error) 0 2px, #0000 2px 4px);
  }
  .swatch.authorised-max {
    height: 0;
    border-top: 2px dashed var(--_color-error);
  }
  .swatch.review {
    border-radius: 50%;
    background: var(--_color-warning);
  }
  .swatch.end {
    width: 2px;
    background: var(--_color-warning);
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
  /* On a phone a term and its value are one under the other: a long term would push the value out. */
  @container (max-width: 30rem) {
    .print-summary dl {
      grid-template-columns: minmax(0, 1fr);
    }
    .print-summary dt {
      color: var(--_color-muted);
      font-size: 0.875em;
    }
    .print-summary dd {
      margin-block-end: 0.3rem;
    }
  }
  /* Forced colours (Windows high contrast…): the browser would paint the swatches, the bars and the
     pressed plan button in the page's colours, so they would vanish. They are drawn here in the
     system colours, told apart by fill, outline, hatching and shape, never by colour alone. */
  @media (forced-colors: active) {
    .swatch,
    .plot svg,
    button[aria-pressed='true'] {
      forced-color-adjust: none;
    }
    svg text,
    svg .authorised-max-label {
      fill: CanvasText;
    }
    .grid {
      stroke: GrayText;
    }
    rect.earnings,
    .hours,
    #hatch rect,
    .risk-mark,
    .review-mark,
    .swatch.earnings,
    .swatch.risk,
    .swatch.review,
    .swatch.end {
      fill: CanvasText;
      background: CanvasText;
    }
    rect.benefit {
      fill: Canvas;
      stroke: CanvasText;
      stroke-width: 1.5;
    }
    .hours.over,
    .hours.outside {
      stroke: CanvasText;
    }
    .without-work line {
      stroke: Highlight;
      stroke-width: 2;
    }
    .authorised-max,
    .end-mark {
      stroke: CanvasText;
    }
    .swatch {
      border: 1px solid CanvasText;
    }
    .swatch.benefit {
      background: Canvas;
    }
    .swatch.over {
      background: repeating-linear-gradient(45deg, CanvasText 0 2px, Canvas 2px 4px);
    }
    .swatch.without-work,
    .swatch.authorised-max {
      border-width: 2px 0 0;
      border-style: dashed;
      border-color: CanvasText;
    }
    .swatch.without-work {
      border-color: Highlight;
    }
    button[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
      border: 2px solid CanvasText;
    }
    tr.selected > * {
      border-block: 2px solid Highlight;
    }
    /* A card of the month explained (phones): its cells have no borders, the card is outlined. */
    @container (max-width: 600px) {
      .cards tr.selected {
        outline: 3px solid Highlight;
      }
    }
  }
  /* Printing waits for this file (the printed summary is in it), so the print layout is here too. */
  @media print {
    :host {
      --_font-size: var(--ips-font-size, 10pt);
      color: #000;
      background: #fff;
    }
    form,
    .prepared,
    .plan-note,
    [part='actions'],
    .share-link,
    button,
    .why-cell {
      display: none !important;
    }
    .scroll {
      overflow: visible;
      background: none;
    }
    th,
    td {
      padding: 0.15rem 0.3rem;
      white-space: normal;
    }
    .marks {
      min-width: 7rem;
    }
    .scroll th:first-child,
    caption {
      position: static;
    }
    table {
      font-size: 0.85em;
    }
    tr {
      break-inside: avoid;
    }
    [part='cash'],
    [part='hours-chart'] {
      display: none;
    }
    [part='comparison'] .scroll {
      content-visibility: visible;
    }
    /* A folded section prints nothing, not even its title. */
    details:not([open]) {
      display: none;
    }
    .print-summary {
      display: block;
      break-inside: avoid;
    }
  }
`;
