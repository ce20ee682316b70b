/** Styles of the "Prepare a handout" panel and of the printed documents (A4). */
import { css } from 'lit';

export const handoutStyles = css`
  .handout-panel {
    border: 1px solid var(--_color-border);
    border-inline-start: 4px solid var(--_color-accent);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .handout-panel h3 {
    margin: 0;
  }
  .handout-panel .names {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    gap: 0.5rem 1rem;
  }
  .handout-panel fieldset {
    border: none;
    padding: 0;
    margin: 0;
  }
  .handout-panel .choice {
    display: inline-flex;
    align-items: baseline;
    gap: 0.3rem;
    margin-inline-end: 1.2rem;
  }
  .handout-doc {
    display: none;
  }
  @media print {
    /* Only the document chosen is printed: nothing else of the element, no folded section. */
    [part='base']:has(> .handout-doc) > :not(.handout-doc) {
      display: none !important;
    }
    .handout-doc {
      display: block;
      font-size: 9.5pt;
      line-height: 1.3;
      color: #000;
    }
    .handout-doc h3 {
      font-size: 1.35em;
      margin: 0 0 0.2rem;
    }
    .handout-doc h4 {
      font-size: 1.05em;
      margin: 0.6rem 0 0.2rem;
    }
    .handout-doc p,
    .handout-doc ul,
    .handout-doc ol {
      margin: 0.2rem 0;
    }
    .handout-doc ul,
    .handout-doc ol {
      padding-inline-start: 1.2rem;
    }
    .doc-head {
      border-bottom: 2px solid #000;
      padding-bottom: 0.2rem;
      margin-bottom: 0.4rem;
    }
    .doc-head p {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1.2rem;
    }
    .doc-head .for {
      font-weight: 600;
    }
    .handout-doc table {
      width: 100%;
      border-collapse: collapse;
      font-size: 1em;
      margin: 0.3rem 0;
    }
    .handout-doc caption {
      text-align: start;
      font-size: 0.9em;
      padding-bottom: 0.2rem;
    }
    .handout-doc th,
    .handout-doc td {
      border: 1px solid #888;
      padding: 0.1rem 0.35rem;
      font-variant-numeric: tabular-nums;
    }
    .handout-doc td {
      text-align: end;
      white-space: nowrap;
    }
    .handout-doc thead th {
      text-align: center;
      background: #eee;
    }
    .handout-doc tbody th,
    .handout-doc tfoot th {
      text-align: start;
      font-weight: normal;
    }
    .handout-doc tfoot {
      font-weight: 600;
    }
    .handout-doc tfoot th {
      font-weight: 600;
    }
    .handout-doc tr,
    .handout-doc li,
    .handout-doc section {
      break-inside: avoid;
    }
    .columns {
      display: grid;
      grid-template-columns: 3fr 2fr;
      gap: 1rem;
    }
    /* One column of dates for the whole list, the texts aligned beside it. */
    .key-dates ul,
    .advisor-note .dates {
      list-style: none;
      padding: 0;
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.1rem 0.5rem;
    }
    .key-dates li,
    .advisor-note .dates li {
      display: contents;
    }
    .plans-compared th[scope='row'] {
      white-space: nowrap;
    }
    /* A date stays on one line ("26 février 2027"), the text beside it wraps. */
    .date {
      font-weight: 600;
      white-space: nowrap;
    }
    /* The answer on the first half page; months and plans at risk said in words. */
    .doc-answer {
      border: 1px solid #000;
      padding: 0.4rem 0.6rem;
      display: grid;
      gap: 0.3rem;
    }
    .doc-answer h5 {
      margin: 0.2rem 0 0;
      font-size: 1em;
    }
    .doc-answer p,
    .doc-answer ul {
      margin: 0;
    }
    .month-risk {
      display: block;
      font-weight: 600;
      font-size: 0.85em;
    }
    .months tr.at-risk th {
      border-inline-start: 3px solid #000;
    }
    .above {
      font-weight: 600;
    }
    .plans-compared .shown th {
      font-weight: 600;
    }
    .appendix {
      font-size: 0.9em;
      border-top: 1px solid #888;
      margin-top: 0.5rem;
    }
    .advisor-note td {
      text-align: start;
      white-space: normal;
    }
    .advisor-note .who {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.3rem 1rem;
      margin: 0.3rem 0;
    }
    .advisor-note dd {
      margin: 0;
    }
    .blank {
      display: inline-block;
      min-width: 10rem;
      border-bottom: 1px dotted #000;
    }
    .decision {
      border: 1.5px solid #000;
      padding: 0.3rem 0.6rem;
      margin-top: 0.6rem;
    }
    .decision .choices {
      display: flex;
      flex-wrap: wrap;
      gap: 0.3rem 1.5rem;
    }
    .room {
      height: 7rem;
      background: repeating-linear-gradient(to bottom, #0000 0 1.55rem, #999 1.55rem calc(1.55rem + 1px));
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    .sign {
      margin-top: 1.5rem !important;
      border-top: 1px dotted #000;
      padding-top: 0.2rem;
    }
  }
`;
