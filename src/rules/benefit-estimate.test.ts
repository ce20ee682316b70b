import { expect } from '@open-wc/testing';
import { forecastScenario } from '../scenario/forecast-scenario.js';
import type { Scenario } from '../scenario/types.js';
import { ceilingOn, estimateDailyBenefit, primaryIncapacityMaximum, type BenefitEstimateInput } from './benefit-estimate.js';
import { addMonthsToDate } from './calendar.js';
import { Dec } from './decimal.js';
import { invalidityRate, minimumDailyAmounts, minimumFromMonth4CappedAtLostWage, primaryIncapacityRate } from './parameters/benefit-rates.js';
import { indexCoefficient, projectedIndexCoefficient } from './parameters/indexation.js';

interface OfficialAmounts {
  maximaPrimaryIncapacity: { rows: { onsetFrom: string; onsetTo: string | null; maxima: Record<string, string> }[] };
  minima20221201: {
    maximumFirstYear: { onset2020to2021: string; onsetFrom2022: string };
    fromMonth4NotLimited: { regularWithDependants: string; nonRegularWithDependants: string; singleAndCohabitants: string };
    fromMonth7: { regular: Record<'dependants' | 'single' | 'cohabitant', string>; nonRegular: { dependants: string; withoutDependants: string } };
  };
  maxima2024: { rows: { onsetFrom: string; date: string; maximum?: string; ceiling: string }[] };
}

let official: OfficialAmounts;
before(async () => {
  const response = await fetch(new URL('../../test/fixtures/official-amounts.json', import.meta.url));
  official = (await response.json()) as OfficialAmounts;
});

const input = (patch: Partial<BenefitEstimateInput>): BenefitEstimateInput => ({
  incapacityStart: '2025-06-01',
  lostDailyWage: new Dec('150'),
  familySituation: 'single',
  regularWorker: true,
  unemploymentAllowance: null,
  ...patch,
});
const value = (patch: Partial<BenefitEstimateInput>, date: string) => estimateDailyBenefit(input(patch), date).value.toFixed(2);

describe('the dates of the amounts', () => {
  it('start on the first of a month (the forecast looks the daily amount up where each month starts)', () => {
    for (const p of [indexCoefficient, projectedIndexCoefficient, minimumDailyAmounts, minimumFromMonth4CappedAtLostWage, primaryIncapacityRate, invalidityRate]) {
      for (const date of Object.keys(p.values)) expect(date.endsWith('-01'), `${p.id} ${date}`).to.be.true;
    }
  });
});

describe('the ceilings and maxima as INAMI publishes them', () => {
  it('reproduces every cell of INAMI\'s monthly tables of maximum primary benefits 2021–2023 (60 % × base × coefficient)', () => {
    let cells = 0;
    for (const row of official.maximaPrimaryIncapacity.rows) {
      for (const [date, maximum] of Object.entries(row.maxima)) {
        for (const onset of [row.onsetFrom, row.onsetTo ?? '2023-01-01']) {
          if (onset > date) continue;
          expect(primaryIncapacityMaximum(onset, date)?.toFixed(2), `onset ${onset}, ${date}`).to.equal(maximum);
          cells++;
        }
      }
    }
    expect(cells).to.be.greaterThan(25);
  });

  it('pays a high wage the table\'s maximum, month by month, while the incapacity is primary (onsets 2021-12-31 and 2022-01-01)', () => {
    for (const [onset, rowIndex] of [['2021-12-31', 1], ['2022-01-01', 2], ['2021-06-01', 1]] as const) {
      const row = official.maximaPrimaryIncapacity.rows[rowIndex];
      let checked = 0;
      for (const [date, maximum] of Object.entries(row.maxima)) {
        if (date < onset || date >= addMonthsToDate(onset, 12)) continue;
        const e = estimateDailyBenefit(input({ incapacityStart: onset, lostDailyWage: new Dec('400') }), date);
        expect(e.phase).to.equal('primary');
        expect(e.value.toFixed(2), `onset ${onset}, ${date}`).to.equal(maximum);
        checked++;
      }
      expect(checked).to.be.greaterThan(2);
    }
  });

  it('gives the ceilings the union table lists, indexed to November 2023 and April 2024, and its maxima 104.46 € and 107.73 €', () => {
    for (const row of official.maxima2024.rows) {
      expect(ceilingOn(row.onsetFrom, row.date, false)?.amount.toFixed(4), row.onsetFrom).to.equal(row.ceiling);
      if (row.maximum) expect(primaryIncapacityMaximum(row.onsetFrom, row.date)?.toFixed(2)).to.equal(row.maximum);
    }
  });

  it('caps an onset in 2018 at the ceiling of 2018 (139.7388 €, not the 2024 figure) and indexes it from then only', () => {
    const e = estimateDailyBenefit(input({ incapacityStart: '2018-06-01', lostDailyWage: new Dec('400') }), '2018-08-31');
    expect(e.ceilingAtOnset?.toFixed(4)).to.equal('139.7388');
    expect(e.value.toFixed(2)).to.equal('83.84');
    // September 2018: +2 % (coefficient 1.3728 → 1.4002)
    expect(value({ incapacityStart: '2018-06-01', lostDailyWage: new Dec('400') }, '2018-09-01')).to.equal('85.52');
  });

  it('keys the 2024 row from 1 January 2024 and derives an onset in 2026 by indexation, with a notice', () => {
    expect(estimateDailyBenefit(input({ incapacityStart: '2024-02-01', lostDailyWage: new Dec('400') }), '2024-04-01').value.toFixed(2)).to.equal('107.73');
    const in2026 = estimateDailyBenefit(input({ incapacityStart: '2026-04-01', lostDailyWage: new Dec('400') }), '2026-04-01');
    expect(in2026.notices.map((n) => n.code)).to.include('CEILING_DERIVED_BY_INDEXATION');
    // 105.1873 × 1.7758 = 186.7916 → 60 % = 112.07
    expect(in2026.value.toFixed(2)).to.equal('112.07');
    const in2025 = estimateDailyBenefit(input({ incapacityStart: '2025-03-01', lostDailyWage: new Dec('400') }), '2025-03-01');
    expect(in2025.notices.map((n) => n.code)).not.to.include('CEILING_DERIVED_BY_INDEXATION');
  });
});

describe('the minimum amounts of the Moniteur notice of 1 December 2022', () => {
  // Onset 1 March 2022: December 2022 is the 10th month of incapacity (primary).
  const month10 = (patch: Partial<BenefitEstimateInput>) => value({ incapacityStart: '2022-03-01', ...patch }, '2022-12-01');
  // Onset 1 August 2022: December 2022 is the 5th month.
  const month5 = (patch: Partial<BenefitEstimateInput>) => value({ incapacityStart: '2022-08-01', ...patch }, '2022-12-01');

  it('from the 7th month, regular worker: with dependants, single, cohabitant', () => {
    const m7 = official.minima20221201.fromMonth7.regular;
    expect(month10({ familySituation: 'dependants', lostDailyWage: new Dec('40') })).to.equal(m7.dependants);
    expect(month10({ familySituation: 'single', lostDailyWage: new Dec('40') })).to.equal(m7.single);
    expect(month10({ familySituation: 'cohabitant', lostDailyWage: new Dec('40') })).to.equal(m7.cohabitant);
    // The 4th-month amount (58.21 for a cohabitant) bridges months 4 to 6 only.
    expect(month10({ familySituation: 'cohabitant', lostDailyWage: new Dec('75') })).to.equal(m7.cohabitant);
  });

  it('from the 7th month, non-regular worker: with and without dependants (never no minimum: 27.69 € becomes 61.54 €)', () => {
    const m7 = official.minima20221201.fromMonth7.nonRegular;
    // 60 % of 46.15 = 27.69
    expect(month10({ regularWorker: false, familySituation: 'dependants', lostDailyWage: new Dec('46.15') })).to.equal(m7.dependants);
    expect(month10({ regularWorker: false, familySituation: 'single', lostDailyWage: new Dec('40') })).to.equal(m7.withoutDependants);
    expect(month10({ regularWorker: false, familySituation: 'cohabitant', lostDailyWage: new Dec('40') })).to.equal(m7.withoutDependants);
  });

  it('from the 4th month: regular and non-regular workers with dependants, single persons and cohabitants', () => {
    const m4 = official.minima20221201.fromMonth4NotLimited;
    expect(month5({ familySituation: 'dependants', lostDailyWage: new Dec('100') })).to.equal(m4.regularWithDependants);
    expect(month5({ familySituation: 'dependants', regularWorker: false, lostDailyWage: new Dec('90') })).to.equal(m4.nonRegularWithDependants);
    expect(month5({ familySituation: 'single', lostDailyWage: new Dec('80') })).to.equal(m4.singleAndCohabitants);
    expect(month5({ familySituation: 'cohabitant', regularWorker: false, lostDailyWage: new Dec('80') })).to.equal(m4.singleAndCohabitants);
  });

  it('limits the 4th-month minimum to the lost daily wage (indexed like the benefit), and applies none in the first three months', () => {
    const e = estimateDailyBenefit(input({ incapacityStart: '2022-08-01', familySituation: 'single', lostDailyWage: new Dec('50') }), '2022-12-01');
    // 50 × 1.6406 / 1.5769 (two indexations since the onset) = 52.02
    expect(e.value.toFixed(2)).to.equal('52.02');
    expect(e.minimum).to.deep.include({ rule: 'month4', limitedToWage: true });
    // 3rd month (October 2022): 60 % of 50 = 30
    expect(value({ incapacityStart: '2022-08-01', lostDailyWage: new Dec('50') }, '2022-10-15')).to.equal('30.00');
  });

  it('gives the maxima of the same notice for onsets in 2020–2021 and from 2022', () => {
    expect(primaryIncapacityMaximum('2021-03-01', '2022-12-01')?.toFixed(2)).to.equal(official.minima20221201.maximumFirstYear.onset2020to2021);
    expect(primaryIncapacityMaximum('2022-05-01', '2022-12-01')?.toFixed(2)).to.equal(official.minima20221201.maximumFirstYear.onsetFrom2022);
  });

  it('indexes the minima after the last official table and says they are derived', () => {
    // 73.10 × 1.025 (welfare, July 2023) × 1.7758 / 1.6406 (four indexations) = 81.10
    const e = estimateDailyBenefit(input({ incapacityStart: '2025-01-01', familySituation: 'dependants', lostDailyWage: new Dec('60') }), '2026-03-01');
    expect(e.value.toFixed(2)).to.equal('81.10');
    expect(e.notices.map((n) => n.code)).to.include('MINIMUM_DERIVED_BY_INDEXATION');
  });
});

describe('the daily benefit estimated from the lost wage', () => {
  it('pays 60 % in the first year and the invalidity rate of the family situation from the 13th month', () => {
    // onset 1 June 2025 (coefficient 1.7410): 150 × 60 % = 90
    expect(value({}, '2026-02-28')).to.equal('90.00');
    // 150 × 55 % × 1.7758 / 1.7410 = 84.15
    const invalidity = estimateDailyBenefit(input({}), '2026-06-01');
    expect(invalidity).to.deep.include({ phase: 'invalidity', ratePercent: '55' });
    expect(invalidity.value.toFixed(2)).to.equal('84.15');
    expect(value({ familySituation: 'dependants' }, '2026-06-01')).to.equal('99.45');
    expect(value({ familySituation: 'cohabitant' }, '2026-06-01')).to.equal('61.20');
  });

  it('raises a benefit in payment at the indexation of 1 March 2026, not before', () => {
    expect(estimateDailyBenefit(input({}), '2026-02-28').indexFactor.toString()).to.equal('1');
    expect(value({}, '2026-03-01')).to.equal('91.80');
  });

  it('applies the projected indexation of October 2026 only when asked, and marks it', () => {
    expect(value({ incapacityStart: '2025-12-01' }, '2026-10-01')).to.equal('91.80');
    const projected = estimateDailyBenefit(input({ incapacityStart: '2025-12-01' }), '2026-10-01', true);
    // 90 × 1.8114 / 1.7410 = 93.64
    expect(projected.value.toFixed(2)).to.equal('93.64');
    expect(projected.projected).to.be.true;
    expect(projected.notices.map((n) => n.code)).to.include('INDEXATION_PROJECTED');
  });

  it('keeps a higher unemployment allowance for the first 6 months of an unemployed person', () => {
    const e = input({ lostDailyWage: new Dec('60'), unemploymentAllowance: new Dec('45') });
    expect(estimateDailyBenefit(e, '2025-07-01')).to.deep.include({ unemploymentAllowanceApplied: true });
    expect(estimateDailyBenefit(e, '2025-07-01').value.toFixed(2)).to.equal('45.00');
    expect(estimateDailyBenefit(e, '2025-12-01').unemploymentAllowanceApplied).to.be.false;
  });
});

describe('the forecast with an estimated benefit', () => {
  const scenario: Scenario = {
    version: 1,
    scheme: 'employee',
    start: '2026-01',
    months: 8,
    benefitEstimate: { incapacityStart: '2025-06-10', lostGrossMonthlyWage: '3900', familySituation: 'single' },
    work: [{ from: '2026-02-01', hoursPerWeek: '19', fullTimeHoursPerWeek: '38', grossHourlyWage: '15' }],
  };

  it('switches to the invalidity rate on the 13th month, splitting the month', () => {
    const r = forecastScenario(scenario);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    // lost daily wage 3900 × 12 / 312 = 150; June 2026: primary to 9 June, invalidity from 10 June
    const june = r.forecast.months[5];
    expect(june.segments.map((s) => s.from)).to.deep.equal(['2026-06-01', '2026-06-10']);
    expect(june.segments.map((s) => (s.basis.kind === 'estimate' ? s.basis.phase : ''))).to.deep.equal(['primary', 'invalidity']);
    expect(june.segments.map((s) => s.fullDailyBenefit)).to.deep.equal(['91.80', '84.15']);
    // 19 h of 38 h: −30 % → 64.26 € then 58.91 € a day
    expect(june.segments.map((s) => s.dailyBenefit)).to.deep.equal(['64.26', '58.91']);
    expect(r.forecast.months[0].segments[0].fullDailyBenefit).to.equal('90.00');
    expect(r.forecast.months[2].segments[0].fullDailyBenefit).to.equal('91.80'); // March: indexation
  });

  it('gives each month its own month of incapacity in the details', () => {
    const r = forecastScenario(scenario);
    if (!r.ok) throw new Error('valid');
    const months = r.forecast.months.map((m) => (m.segments[0].basis.kind === 'estimate' ? m.segments[0].basis.monthOfIncapacity : 0));
    expect(months).to.deep.equal([7, 8, 9, 10, 11, 12, 13, 14]);
  });
});

describe('a daily benefit typed from a payment statement', () => {
  const typed: Scenario = {
    version: 1,
    scheme: 'employee',
    start: '2026-01',
    months: 4,
    dailyBenefit: '64.20',
    dailyBenefitAsOf: '2026-01',
    work: [],
  };

  it('follows the indexation of 1 March 2026: 64.20 € from a January statement becomes 65.48 €', () => {
    const r = forecastScenario(typed);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.forecast.months.map((m) => m.dailyBenefit)).to.deep.equal(['64.20', '64.20', '65.48', '65.48']);
    const march = r.forecast.months[2].segments[0].basis;
    expect(march).to.deep.equal({ kind: 'typed', typed: '64.20', asOf: '2026-01', indexFactor: '1.0200', projected: false });
  });

  it('is taken as it is from a statement of March 2026, and lowered for the months before it', () => {
    const r = forecastScenario({ ...typed, dailyBenefitAsOf: '2026-03' });
    if (!r.ok) throw new Error('valid');
    expect(r.forecast.months.map((m) => m.dailyBenefit)).to.deep.equal(['62.94', '62.94', '64.20', '64.20']);
  });

  it('is carried from the forecast\'s first month by default, and projected only when asked', () => {
    const r = forecastScenario({ ...typed, dailyBenefitAsOf: undefined, start: '2026-09', months: 2 });
    if (!r.ok) throw new Error('valid');
    expect(r.forecast.months.map((m) => m.dailyBenefit)).to.deep.equal(['64.20', '64.20']);
    const p = forecastScenario({ ...typed, dailyBenefitAsOf: undefined, start: '2026-09', months: 2, projectIndexation: true });
    if (!p.ok) throw new Error('valid');
    // 64.20 × 1.8114 / 1.7758 = 65.49, marked as a projection
    expect(p.forecast.months.map((m) => m.dailyBenefit)).to.deep.equal(['64.20', '65.49']);
    expect(p.forecast.months[1].warnings.map((w) => w.code)).to.include('INDEXATION_PROJECTED');
    expect(p.forecast.months.map((m) => m.projected)).to.deep.equal([false, true]);
    // A statement of a projected month: the next projected step (November 2027) is marked again.
    const later = forecastScenario({ ...typed, dailyBenefitAsOf: undefined, start: '2026-12', months: 12, projectIndexation: true });
    if (!later.ok) throw new Error('valid');
    expect(later.forecast.months.map((m) => m.projected)).to.deep.equal([...Array(11).fill(false), true]);
  });

  it('takes a sub-cent amount to the cent, with a remark, so work never pays more than no work', () => {
    const r = forecastScenario({ ...typed, dailyBenefit: '62.455', work: [{ from: '2026-01-01', hoursPerWeek: '4', fullTimeHoursPerWeek: '38', grossHourlyWage: '0' }] });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.forecast.months[0].dailyBenefit).to.equal('62.46');
    expect(r.forecast.months[0].benefit).to.equal(r.forecast.months[0].fullBenefit);
    expect(r.warnings.map((w) => w.code)).to.include('ROUNDED_TO_CENT');
  });
});
