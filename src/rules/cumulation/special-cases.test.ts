import { expect } from '@open-wc/testing';
import { forecastScenario } from '../../scenario/forecast-scenario.js';
import type { Scenario } from '../../scenario/types.js';
import { Dec } from '../decimal.js';
import { selfEmployedPhaseDates, selfEmployedReduction } from './self-employed.js';
import { dailyIncome, trancheReduction } from './tranches-2012.js';

function forecast(s: Partial<Scenario> & Record<string, unknown>) {
  const r = forecastScenario({ version: 1, scheme: 'employee', start: '2026-01', months: 12, dailyBenefit: '60', work: [], ...s });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.forecast;
}

describe('self-employed activity (RSVZ/INASTI: 6 free months, −10 % to 31 December of year 3, then the income test)', () => {
  it('dates the phases of an activity started in March 2024 (domain notes §3 example)', () => {
    expect(selfEmployedPhaseDates('2024-03-01')).to.deep.equal({ flatFrom: '2024-09-01', incomeTestFrom: '2028-01-01' });
    expect(selfEmployedReduction('2024-03-01', '2024-08-31', {}, false).phase).to.equal('free-months');
    expect(selfEmployedReduction('2024-03-01', '2024-09-01', {}, false).reductionPercent.toString()).to.equal('10');
    expect(selfEmployedReduction('2024-03-01', '2027-12-31', {}, false).phase).to.equal('flat-reduction');
  });

  it('tests the income of three years earlier against the ceiling from the 4th year', () => {
    // 2028 → income of 2025; the last published ceiling is 22 184.19 € (income year 2023)
    const under = selfEmployedReduction('2024-03-01', '2028-02-01', { '2025': new Dec('20000') }, false);
    expect(under.reductionPercent.toString()).to.equal('0');
    expect(under.notices.map((n) => n.code)).to.deep.equal(['CEILING_MAY_BE_INDEXED']);
    const tenPercent = selfEmployedReduction('2024-03-01', '2028-02-01', { '2025': new Dec('24402.61') }, false);
    expect(tenPercent.reductionPercent.toString()).to.equal('10');
    const far = selfEmployedReduction('2024-03-01', '2028-02-01', { '2025': new Dec('30000') }, false);
    expect(far.reductionPercent.toString()).to.equal('100');
    expect(far.notices.map((n) => n.code)).to.include('SELF_EMPLOYED_INCOME_FAR_ABOVE_CEILING');
    const missing = selfEmployedReduction('2024-03-01', '2028-02-01', {}, false);
    expect(missing.notices[0]).to.deep.include({ code: 'SELF_EMPLOYED_INCOME_MISSING', level: 'risk' });
  });

  it('uses the ceiling of the income year: 17 842.02 € for 2016 (confirmed by CLEISS)', () => {
    const r = selfEmployedReduction('2012-03-01', '2019-05-01', { '2016': new Dec('17842.02') }, false);
    expect(r.reductionPercent.toString()).to.equal('0');
    const above = selfEmployedReduction('2012-03-01', '2019-05-01', { '2016': new Dec('18733.12') }, false);
    expect(above.reductionPercent.toString()).to.equal('4.99');
  });

  it('forecasts the switch on its month for the self-employed scheme', () => {
    const f = forecast({
      scheme: 'self-employed',
      start: '2026-05',
      months: 4,
      work: [{ from: '2026-01-15', hoursPerWeek: '10', grossMonthlyWage: '800' }],
    });
    // activity from 15 January 2026: free until 14 July, −10 % from 15 July
    expect(f.months[2].segments.map((s) => [s.from, s.reductionPercent, s.rule])).to.deep.equal([
      ['2026-07-01', 0, 'self-employed'],
      ['2026-07-15', 10, 'self-employed'],
    ]);
    expect(f.months[3].dailyBenefit).to.equal('54.00');
  });

  it('keeps −10 % with a warning for a salaried person\'s self-employed work after year 3 (rule not sourced)', () => {
    const f = forecast({ start: '2029-12', months: 2, work: [{ from: '2026-03-01', hoursPerWeek: '10', grossMonthlyWage: '900', kind: 'self-employed' }] });
    expect(f.months[1].reductionPercent).to.equal(10);
    expect(f.months[1].warnings.map((w) => w.code)).to.include('SELF_EMPLOYED_REASSESSMENT_UNSOURCED');
  });
});

describe('special cases (domain notes §1.5)', () => {
  it('keeps the full benefit for work in a sheltered workplace (joint committee 327)', () => {
    const f = forecast({ work: [{ from: '2026-01-01', hoursPerWeek: '30', fullTimeHoursPerWeek: '38', grossHourlyWage: '12', kind: 'sheltered' }] });
    expect(f.months[0]).to.include({ reductionPercent: 0, dailyBenefit: '60.00' });
    expect(f.months[0].segments[0].rule).to.equal('sheltered');
  });

  it('reduces a registered childminder\'s benefit by 25 % in the first year of the authorisation, then 50 %', () => {
    const f = forecast({
      months: 14,
      authorisation: { start: '2026-01-01' },
      work: [{ from: '2026-01-01', hoursPerWeek: '30', grossMonthlyWage: '900', kind: 'childminder' }],
    });
    expect(f.months[11]).to.include({ month: '2026-12', reductionPercent: 25, dailyBenefit: '45.90' }); // 60 € indexed in March 2026: 61.20 × 0.75
    expect(f.months[12]).to.include({ month: '2027-01', reductionPercent: 50, dailyBenefit: '30.60' });
  });
});

describe('income tranches of 2012 (domain notes §2)', () => {
  it('turns the gross monthly income into a daily income after 13.07 % contributions over 26 days', () => {
    // 1 000 € × 86.93 % × 12 / 312 = 33.4346…
    expect(dailyIncome(new Dec('1000'), '2012-05-01').toDecimalPlaces(4).toString()).to.equal('33.4346');
  });

  it('takes 0 % of the first 11.8278 €, 20 % and 50 % of the next 7.0967 € each, 75 % above', () => {
    const r = trancheReduction(new Dec('1000'), '2012-05-01');
    const expected = new Dec('7.0967').times('0.2').plus(new Dec('7.0967').times('0.5')).plus(r.dailyIncome.minus('26.0212').times('0.75'));
    expect(r.reductionAmount.eq(expected)).to.be.true;
    expect(trancheReduction(new Dec('300'), '2012-05-01').reductionAmount.toString()).to.equal('0.0000000000000000000000000000000000000000'.replace(/^0\.0+$/, '0'));
  });

  it('forecasts work in 2012 with the tranches, and refuses 2013 (amounts unknown)', () => {
    const f = forecast({ start: '2012-03', months: 2, dailyBenefit: '50', work: [{ from: '2012-03-01', hoursPerWeek: '19', fullTimeHoursPerWeek: '38', grossMonthlyWage: '1000' }] });
    const s = f.months[0].segments[0];
    expect(s.rule).to.equal('tranches-2012');
    // 50 − 10.5277… = 39.47
    expect(s.dailyBenefit).to.equal('39.47');
    expect(f.months[0].warnings.map((w) => w.code)).to.include('TRANCHE_AMOUNTS_OF_2012');
    const refused = forecastScenario({ version: 1, scheme: 'employee', start: '2013-01', months: 1, dailyBenefit: '50', work: [{ from: '2013-01-01', hoursPerWeek: '19', fullTimeHoursPerWeek: '38', grossMonthlyWage: '1000' }] });
    expect(!refused.ok && refused.errors[0].code).to.equal('PERIOD_NOT_SUPPORTED');
  });
});
