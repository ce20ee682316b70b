/**
 * The month-by-month table as CSV for a spreadsheet: a header row, one row per month and a total
 * row. French, Dutch and German use a decimal comma, so their fields are separated by semicolons (as
 * spreadsheets in those locales expect); English uses a decimal point and commas.
 */
import type { Forecast } from '../rules/forecast.js';

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

export function forecastCsv(forecast: Forecast, labels: CsvLabels, decimalComma: boolean): string {
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
  return rows.map((r) => r.map((c) => cell(c, separator)).join(separator)).join('\r\n') + '\r\n';
}
