/** The CSV headers in the reader's language, and the files the element offers (loaded with the on-demand views). */
import { msg } from '@lit/localize';
import { forecastCsv, type CsvLabels, type NetCsvLabels } from '../../export/csv.js';
import type { Forecast, ForecastInput } from '../../rules/forecast.js';
import type { Scenario } from '../../scenario/types.js';
import { netAvailable, netOf } from './results/net-view.js';
import type { PlanResult } from './results/plan-result.js';

export function csvLabels(): CsvLabels {
  return {
    month: msg('Month', { id: 'mo' }),
    paidDays: msg('Paid days', { id: 'mx' }),
    hoursPerWeek: msg('Hours a week', { id: 'my' }),
    fraction: msg('Occupation fraction (%)', { id: 'm15' }),
    reduction: msg('Reduction (%)', { id: 'm16' }),
    dailyBenefit: msg('Daily benefit', { id: 'm10' }),
    benefit: msg('Benefit', { id: 'mt' }),
    earnings: msg('Gross wage', { id: 'mu' }),
    total: msg('Total', { id: 'mp' }),
    gain: msg('Gain compared with not working', { id: 'mq' }),
    atRisk: msg('Benefit at risk', { id: 'm17' }),
    totalRow: msg('Total', { id: 'mp' }),
  };
}

/** Headers of the net columns. */
export function netCsvLabels(): NetCsvLabels {
  return {
    netBenefit: msg('Net benefit', { id: 'nt12' }),
    netEarnings: msg('Net wage', { id: 'nt13' }),
    netTotal: msg('Net total', { id: 'nt72' }),
    netGain: msg('Net gain compared with not working', { id: 'nt73' }),
    deductions: msg('Deductions (tax and contributions)', { id: 'nt74' }),
  };
}

type Plan = { scenario: Scenario; forecast: Forecast; input: ForecastInput };

/** The month table as CSV: the gross columns, then the net ones when the net can be estimated. */
export function csvFile(plan: Plan, decimalComma: boolean): string {
  const net = netOf(plan.forecast, plan.input);
  return forecastCsv(plan.forecast, csvLabels(), decimalComma, netAvailable(net, plan.input) ? { forecast: net, labels: netCsvLabels() } : undefined);
}

/**
 * The scenario file: each plan's scenario and its `figures` (gross and, when estimated, net amounts
 * by month, totals and the year-end settlement). Opening the file again reads the scenario and
 * ignores the figures.
 */
export function scenarioFile(plans: readonly Plan[]): string {
  const files = plans.map(({ scenario, forecast, input }) => {
    const net = netOf(forecast, input);
    const has = netAvailable(net, input);
    const pick = ({ benefit, earnings, total, gainVsNoWork }: Forecast['totals']) => ({ benefit, earnings, total, gainVsNoWork });
    const figures = {
      months: forecast.months.map((m, i) => ({ month: m.month, ...pick(m), ...(has ? { net: net.months[i].net, deductions: net.months[i].deductions } : {}) })),
      totals: { ...pick(forecast.totals), ...(has ? { net: net.totals.net, deductions: net.totals.deductions } : {}) },
      ...(has ? { yearEnd: net.yearEnd, netWarnings: net.warnings.map((w) => w.code) } : {}),
    };
    return { ...scenario, figures };
  });
  return `${JSON.stringify(files.length === 1 ? files[0] : files, null, 2)}\n`;
}

/**
 * The file of an export: the shown plan's month table as CSV, or every valid plan's scenario as JSON; `null` when
 * there is nothing valid to export.
 */
export function exportFile(format: 'csv' | 'json', plans: readonly PlanResult[], active: number, decimalComma: boolean): { filename: string; content: string } | null {
  const valid = plans.flatMap((p) => (p.result.ok ? [p.result] : []));
  const shown = plans[active]?.result;
  if (format === 'csv') {
    if (!shown?.ok) return null;
    return { filename: `ips-forecast-${shown.scenario.start}.csv`, content: csvFile(shown, decimalComma) };
  }
  return valid.length > 0 ? { filename: `ips-scenario-${valid[0].scenario.start}.json`, content: scenarioFile(valid) } : null;
}
