import { expect } from '@open-wc/testing';
import { forecastScenario } from '../scenario/forecast-scenario.js';
import type { Scenario } from '../scenario/types.js';
import { estimateDailyBenefit, type BenefitEstimateInput } from './benefit-estimate.js';
import { Dec } from './decimal.js';

const input = (patch: Partial<BenefitEstimateInput>): BenefitEstimateInput => ({
  incapacityStart: '2025-06-01',
  lostDailyWage: new Dec('150'),
  familySituation: 'single',
  regularWorker: true,
  unemploymentAllowance: null,
  ...patch,
});

describe('the daily benefit estimated from the lost wage', () => {
  it('caps the wage: onset from May 2024 gives at most 60 % × 179.5442 = 107.73 € (CGSLB 2024: maximum 107.73 €)', () => {
    const e = estimateDailyBenefit(input({ incapacityStart: '2024-06-03', lostDailyWage: new Dec('400') }), '2024-07-01');
    expect(e.ceiling?.toString()).to.equal('179.5442');
    expect(e.value.toDecimalPlaces(2).toString()).to.equal('107.73');
    expect(e.phase).to.equal('primary');
  });

  it('caps an onset in 2022-2023 at 174.1052: at most 104.46 € (CGSLB 2024)', () => {
    const e = estimateDailyBenefit(input({ incapacityStart: '2023-02-01', lostDailyWage: new Dec('300') }), '2023-03-01');
    expect(e.value.toDecimalPlaces(2).toString()).to.equal('104.46');
  });

  it('pays 60 % in the first year and the invalidity rate of the family situation from the 13th month', () => {
    const primary = estimateDailyBenefit(input({}), '2026-02-28');
    // 150 × 60 % = 90, × 1.02 (indexation of 1 March 2026 not yet) → 90
    expect(primary.value.toString()).to.equal('90');
    const invalidity = estimateDailyBenefit(input({}), '2026-06-01');
    // 150 × 55 % (single) = 82.5, × 1.02 (March 2026) = 84.15
    expect(invalidity).to.deep.include({ phase: 'invalidity', ratePercent: '55' });
    expect(invalidity.value.toString()).to.equal('84.15');
    expect(estimateDailyBenefit(input({ familySituation: 'dependants' }), '2026-06-01').value.toString()).to.equal('99.45');
    expect(estimateDailyBenefit(input({ familySituation: 'cohabitant' }), '2026-06-01').value.toString()).to.equal('61.2');
  });

  it('raises a benefit in payment by 2 % at the indexation of 1 March 2026, not before', () => {
    expect(estimateDailyBenefit(input({}), '2026-02-28').indexFactor.toString()).to.equal('1');
    expect(estimateDailyBenefit(input({}), '2026-03-01').value.toString()).to.equal('91.8');
  });

  it('applies the minimum of a regular worker from the 7th month, with a warning that it dates from December 2022', () => {
    const low = input({ lostDailyWage: new Dec('60'), familySituation: 'cohabitant' });
    // month 6: 60 × 60 % = 36, no minimum yet
    expect(estimateDailyBenefit(low, '2025-11-30').value.toString()).to.equal('36');
    const seventh = estimateDailyBenefit(low, '2025-12-01');
    expect(seventh.value.toString()).to.equal('49.91');
    expect(seventh.minimumApplied).to.be.true;
    expect(seventh.notices.map((n) => n.code)).to.include('MINIMUM_AMOUNT_OUTDATED');
    expect(estimateDailyBenefit({ ...low, regularWorker: false }, '2025-12-01').value.toString()).to.equal('36');
  });

  it('keeps a higher unemployment allowance for the first 6 months of an unemployed person', () => {
    const e = input({ lostDailyWage: new Dec('60'), unemploymentAllowance: new Dec('45') });
    expect(estimateDailyBenefit(e, '2025-07-01')).to.deep.include({ unemploymentAllowanceApplied: true });
    expect(estimateDailyBenefit(e, '2025-07-01').value.toString()).to.equal('45');
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

  it('lets a daily benefit typed from the statement win over the estimate', () => {
    const r = forecastScenario({ ...scenario, dailyBenefit: '70' });
    if (!r.ok) throw new Error('valid');
    expect(r.forecast.months.every((m) => m.segments.every((s) => s.fullDailyBenefit === '70.00' && s.basis.kind === 'typed'))).to.be.true;
  });
});
