/** The CSV headers in the reader's language (loaded with the on-demand views). */
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
