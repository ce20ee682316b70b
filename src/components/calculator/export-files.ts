/** The CSV headers in the reader's language, and file downloads. */
import { msg } from '@lit/localize';
import type { CsvLabels } from '../../export/csv.js';

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

/** Offers `content` as a file download, from memory (nothing leaves the page). */
export function download(root: Node, filename: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  root.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
