/**
 * The month-by-month table as CSV for a spreadsheet: a header row, one row per month and a total
 * row. French, Dutch and German use a decimal comma, so their fields are separated by semicolons (as
 * spreadsheets in those locales expect); English uses a decimal point and commas.
 */
import { Dec, money } from '../rules/decimal.js';
import type { Forecast } from '../rules/forecast.js';
import type { NetForecast } from '../rules/net/index.js';

/** Headers of the net columns (added after the gross ones when a net forecast is given). */
export interface NetCsvLabels {
  netBenefit: string;
  netEarnings: string;
  netTotal: string;
  netGain: string;
  deductions: string;
}

export interface CsvLabels {
  month: string;
  paidDays: string;
  hoursPerWeek: string;
  fraction: string;
  reduction: string;
  dailyBenefit: string;
  benefit: string;
  earnings: string;
  total: string;
  gain: string;
  atRisk: string;
  totalRow: string;
}

function cell(text: string, separator: string): string {
  return /["\r\n]/.test(text) || text.includes(separator) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * With `net` (and its labels), four net columns and the deductions of the month follow the gross
 * columns, which stay as they are.
 */
export function forecastCsv(forecast: Forecast, labels: CsvLabels, decimalComma: boolean, net?: { forecast: NetForecast; labels: NetCsvLabels }): string {
  const separator = decimalComma ? ';' : ',';
  const num = (value: string | number | null) => (value === null ? '' : decimalComma ? String(value).replace('.', ',') : String(value));
  const rows: string[][] = [
    [labels.month, labels.paidDays, labels.hoursPerWeek, labels.fraction, labels.reduction, labels.dailyBenefit, labels.benefit, labels.earnings, labels.total, labels.gain, labels.atRisk],
    ...forecast.months.map((m) => [
      m.month,
      num(m.indemnifiableDays),
      num(m.hoursPerWeek),
      num(m.fraction),
      num(m.reductionPercent),
      num(m.dailyBenefit),
      num(m.benefit),
      num(m.earnings),
      num(m.total),
      num(m.gainVsNoWork),
      num(m.atRisk),
    ]),
    [
      labels.totalRow,
      num(forecast.totals.indemnifiableDays),
      '',
      '',
      '',
      '',
      num(forecast.totals.benefit),
      num(forecast.totals.earnings),
      num(forecast.totals.total),
      num(forecast.totals.gainVsNoWork),
      num(forecast.totals.atRisk),
    ],
  ];
  if (net) {
    const n = net.forecast;
    const deductions = (d: NetForecast['totals']['deductions']) => num(money(new Dec(d.socialContribution).minus(d.socialWorkBonus).plus(d.specialContribution).plus(d.wageWithholding).plus(d.benefitWithholding)));
    rows[0].push(net.labels.netBenefit, net.labels.netEarnings, net.labels.netTotal, net.labels.netGain, net.labels.deductions);
    n.months.forEach((m, i) => rows[i + 1].push(num(m.net.benefit), num(m.net.earnings), num(m.net.total), num(m.net.gainVsNoWork), deductions(m.deductions)));
    const t = n.totals;
    rows[rows.length - 1].push(num(t.net.benefit), num(t.net.earnings), num(t.net.total), num(t.net.gainVsNoWork), deductions(t.deductions));
  }
  return rows.map((r) => r.map((c) => cell(c, separator)).join(separator)).join('\r\n') + '\r\n';
}
