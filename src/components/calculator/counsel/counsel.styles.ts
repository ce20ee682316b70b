/**
 * Styles of the counselling views (on demand): the dated checklist and the income curve. They come
 * first in the views' styles: a rule meant to win over those that follow starts with :host.
 */
import { css } from 'lit';

export const counselStyles = css`
  /* The checklist: the date, then what to do; side by side on a wide element. */
  .checklist {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .checklist li {
    display: grid;
    grid-template-columns: 11rem 1fr;
    gap: 0 1rem;
    padding: 0.3rem 0;
    border-bottom: 1px solid var(--_color-border);
  }
  .checklist time {
    font-weight: 600;
  }
  @container (max-width: 30rem) {
    .checklist li {
      grid-template-columns: 1fr;
    }
  }
  /* The curve: two lines stretched over the plot's width, their strokes kept at their width. */
  svg.lines {
    overflow: visible;
  }
  .lines polyline {
    fill: none;
    stroke-width: 2.5;
    stroke-linejoin: round;
    vector-effect: non-scaling-stroke;
  }
  polyline.curve-total {
    stroke: var(--_color-text);
  }
  polyline.curve-benefit {
    stroke: var(--_color-benefit);
    stroke-dasharray: 7 4;
  }
  .threshold {
    stroke: var(--_color-text);
    stroke-width: 1.5;
    stroke-dasharray: 2 3;
  }
  /* Hours above the authorised maximum: hatched, and said in the legend and the table. */
  .not-authorised {
    fill: url(#curve-hatch);
    opacity: 0.4;
  }
  #curve-hatch rect {
    fill: var(--_color-error);
  }
  .plan-mark {
    fill: var(--_color-surface);
    stroke: var(--_color-text);
    stroke-width: 2;
  }
  svg .mark-label {
    fill: var(--_color-text);
  }
  .swatch.curve-total,
  .swatch.curve-benefit,
  .swatch.threshold {
    height: 0;
    border-top: 3px solid var(--_color-text);
  }
  .swatch.curve-benefit {
    border-top: 3px dashed var(--_color-benefit);
  }
  .swatch.threshold {
    border-top: 2px dotted var(--_color-text);
  }
  .swatch.plan-mark {
    border: 2px solid var(--_color-text);
    border-radius: 50%;
  }
  .curve-table {
    max-height: 24rem;
    overflow-y: auto;
  }
  .curve-table td.marks {
    white-space: normal;
    min-width: 10rem;
  }
  @media (forced-colors: active) {
    polyline.curve-total,
    polyline.curve-benefit,
    .threshold,
    .plan-mark {
      stroke: CanvasText;
    }
    #curve-hatch rect {
      fill: CanvasText;
    }
    .plan-mark {
      fill: Canvas;
    }
    /* Text of every chart in the system's text colour; the hatched swatch kept as a hatch. */
    :host svg text,
    :host svg .authorised-max-label {
      fill: CanvasText;
    }
    :host .authorised-max {
      stroke: CanvasText;
    }
    :host .swatch.over {
      forced-color-adjust: none;
      background: repeating-linear-gradient(45deg, CanvasText 0 2px, Canvas 2px 4px);
    }
  }
  @media print {
    [part='income-curve']:not([open]),
    .curve-table {
      display: none;
    }
  }
`;
