/**
 * The element's events. All bubble and cross shadow roots (composed), with a typed `detail`.
 */
import type { CashMonth, Forecast } from './rules/forecast.js';
import type { NetForecast } from './rules/net/index.js';
import type { Scenario } from './scenario/types.js';

/** `ips-forecast-change`: the input or the forecast changed. */
export interface ForecastChangeDetail {
  /** The plan shown, as a scenario; `null` while its input has errors. */
  scenario: Scenario | null;
  forecast: Forecast | null;
  cash: CashMonth[] | null;
  /**
   * The net estimate of the plan shown (what reaches the bank account, the deductions, the year-end
   * settlement), computed when a listener reads it; `null` while the input has errors, when the net
   * cannot be estimated (months before 2025, self-employed), or before the element's views file has
   * loaded (it loads with the first render).
   */
  net: NetForecast | null;
  /** Every plan compared, in order (`null` where a plan has errors). */
  scenarios: (Scenario | null)[];
}

/** `ips-export`: the user exported a file (the table, the scenario, the checklist's calendar) or asked to print. */
export interface ExportDetail {
  format: 'csv' | 'json' | 'ics' | 'print';
  /** File name offered for the download; empty for print. */
  filename: string;
  /** The file's text; empty for print. */
  content: string;
  scenario: Scenario | null;
}

/** `ips-share`: the user made a share link. The scenario travels in the fragment only. */
export interface ShareDetail {
  url: string;
  scenarios: Scenario[];
}

/** `ips-import`: the user imported a scenario file, or a share link was restored. */
export interface ImportDetail {
  source: 'file' | 'link' | 'property';
  scenarios: Scenario[];
}

export function ipsEvent<T>(name: string, detail: T): CustomEvent<T> {
  return new CustomEvent<T>(name, { detail, bubbles: true, composed: true });
}
