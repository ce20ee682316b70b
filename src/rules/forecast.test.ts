import { expect } from '@open-wc/testing';
import { forecastScenario } from '../scenario/forecast-scenario.js';
import type { Scenario } from '../scenario/types.js';
import type { Forecast } from './forecast.js';

function forecast(scenario: Partial<Scenario> & Record<string, unknown>): Forecast {
  const result = forecastScenario({ version: 1, scheme: 'employee', start: '2026-01', months: 12, dailyBenefit: '60', work: [], ...scenario });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.forecast;
}

describe('month-by-month forecast', () => {
  it('without work pays the full daily benefit for every Monday to Saturday (313 days in 2026)', () => {
    const f = forecast({ dailyBenefit: '62.45' });
    expect(f.months).to.have.length(12);
    expect(f.months[0]).to.include({ month: '2026-01', indemnifiableDays: 27, benefit: '1686.15', earnings: '0.00', gainVsNoWork: '0.00' });
    expect(f.months[0].fraction).to.equal(null);
    expect(f.totals.indemnifiableDays).to.equal(313);
    // 62.45 × 51 days (January, February) + 63.70 × 262 days (indexed on 1 March 2026: × 1.7758 / 1.7410)
    expect(f.totals.benefit).to.equal('19874.35');
    expect(f.warnings.map((w) => w.code)).to.deep.equal(['AMOUNTS_ARE_GROSS']);
  });

  it('19 h of 38 h with 60 € a day: 42 € a day, 1 092 € in a month of 26 paid days (March 2026)', () => {
    const f = forecast({
      start: '2026-03',
      months: 1,
      work: [{ from: '2026-03-01', hoursPerWeek: '19', fullTimeHoursPerWeek: '38', grossHourlyWage: '15' }],
    });
    const m = f.months[0];
    expect(m).to.include({ indemnifiableDays: 26, fraction: '50.00', reductionPercent: 30, dailyBenefit: '42.00', benefit: '1092.00' });
    // 15 € × 19 h × 52 / 12 = 1 235 €
    expect(m.earnings).to.equal('1235.00');
    expect(m.total).to.equal('2327.00');
    expect(m.fullBenefit).to.equal('1560.00');
    expect(m.gainVsNoWork).to.equal('767.00');
    expect(m.segments[0]).to.include({ excessPercent: '30.00', exemptedPercent: '20.00', fullDailyBenefit: '60.00', monthlyWage: '1235.00' });
  });

  it('splits a month where work starts: full amount before, reduced amount from the start day', () => {
    const f = forecast({
      start: '2026-02',
      months: 1,
      dailyBenefit: '62.45',
      work: [{ from: '2026-02-15', hoursPerWeek: '12', fullTimeHoursPerWeek: '38', grossMonthlyWage: '900' }],
    });
    const [before, during] = f.months[0].segments;
    expect(before).to.include({ from: '2026-02-01', to: '2026-02-14', indemnifiableDays: 12, dailyBenefit: '62.45', benefit: '749.40', earnings: '0.00' });
    // 12/38 = 31.58 % → excess 11.58 → 12 % → 62.45 × 0.88 = 54.956 → 54.96
    expect(during).to.include({ from: '2026-02-15', to: '2026-02-28', indemnifiableDays: 12, reductionPercent: 12, dailyBenefit: '54.96', benefit: '659.52' });
    // 900 € × 12 / 24 paid days (Monday to Saturday, like the benefit)
    expect(during.earnings).to.equal('450.00');
    expect(f.months[0]).to.include({ benefit: '1408.92', earnings: '450.00', total: '1858.92', reductionPercent: 12, fraction: '31.58' });
    expect(f.warnings.map((w) => w.code)).to.include('ASSUMPTION_EARNINGS_PRORATA');
  });

  it('a step starting on the last Sunday of a month pays nothing that day: no reduction shown, no earnings, no warning', () => {
    // 31 May 2026 is a Sunday; the authorisation (from 1 June) starts the next day.
    const f = forecast({
      start: '2026-05',
      months: 2,
      authorisation: { start: '2026-06-01' },
      work: [{ from: '2026-05-31', hoursPerWeek: '16', fullTimeHoursPerWeek: '38', grossHourlyWage: '15' }],
    });
    const may = f.months[0];
    expect(may.segments.at(-1)).to.include({ from: '2026-05-31', indemnifiableDays: 0, earnings: '0.00', benefit: '0.00' });
    expect(may).to.include({ reductionPercent: 0, dailyBenefit: '60.00', earnings: '0.00', atRisk: '0.00' });
    expect(may.warnings.map((w) => w.code)).not.to.include('WORK_BEFORE_AUTHORISATION');
    expect(f.months[1]).to.include({ reductionPercent: 22 });
  });

  it('warns that full-time work normally ends the recognised incapacity', () => {
    const f = forecast({ months: 1, work: [{ from: '2026-01-01', hoursPerWeek: '38', fullTimeHoursPerWeek: '38', grossHourlyWage: '15' }] });
    expect(f.months[0].warnings.map((w) => w.code)).to.include('FULL_TIME_WORK');
    const part = forecast({ months: 1, work: [{ from: '2026-01-01', hoursPerWeek: '37.5', fullTimeHoursPerWeek: '38', grossHourlyWage: '15' }] });
    expect(part.months[0].warnings.map((w) => w.code)).not.to.include('FULL_TIME_WORK');
  });

  it('follows a stepped plan 8 h → 16 h → 24 h, and hoursPerWeek 0 ends the work', () => {
    const f = forecast({
      start: '2026-01',
      months: 6,
      work: [
        { from: '2026-01-01', hoursPerWeek: '8', fullTimeHoursPerWeek: '38', grossHourlyWage: '16' },
        { from: '2026-03-01', hoursPerWeek: '16', fullTimeHoursPerWeek: '38', grossHourlyWage: '16' },
        { from: '2026-05-01', hoursPerWeek: '24', fullTimeHoursPerWeek: '38', grossHourlyWage: '16' },
        { from: '2026-06-01', hoursPerWeek: '0' },
      ],
    });
    expect(f.months.map((m) => m.reductionPercent)).to.deep.equal([1, 1, 22, 22, 43, 0]);
    // 60 € until February, 61.20 € from the indexation of 1 March 2026
    expect(f.months.map((m) => m.dailyBenefit)).to.deep.equal(['59.40', '59.40', '47.74', '47.74', '34.88', '61.20']);
    expect(f.months[5]).to.include({ earnings: '0.00', fraction: null, gainVsNoWork: '0.00' });
    // 16 € × 8 h × 52 / 12 = 554.666… → 554.67
    expect(f.months[0].earnings).to.equal('554.67');
  });

  it('applies a step dated before the forecast from the first month', () => {
    const f = forecast({ start: '2026-05', months: 1, work: [{ from: '2025-01-10', hoursPerWeek: '19', fullTimeHoursPerWeek: '38', grossHourlyWage: '15' }] });
    expect(f.months[0].reductionPercent).to.equal(30);
    expect(f.months[0].segments).to.have.length(1);
  });

  it('flags a fraction within the 20 % exemption and the unsettled rounding of the excess', () => {
    const within = forecast({ months: 1, work: [{ from: '2026-01-01', hoursPerWeek: '7.6', fullTimeHoursPerWeek: '38', grossHourlyWage: '15' }] });
    expect(within.months[0].warnings.filter((w) => w.code.startsWith('FRACTION'))).to.deep.equal([
      { code: 'FRACTION_WITHIN_EXEMPTION', level: 'info', params: { fraction: '20.00', exemptedPercent: '20' } },
    ]);
    expect(within.months[0].dailyBenefit).to.equal('60.00');
    const unsettled = forecast({ months: 1, work: [{ from: '2026-01-01', hoursPerWeek: '19.1881', fullTimeHoursPerWeek: '38', grossHourlyWage: '15' }] });
    expect(unsettled.months[0].warnings[0]).to.deep.include({ code: 'EXCESS_ROUNDING_UNSETTLED', params: { fraction: '50.50', reductionPercent: 31, reductionPercentIfTruncated: 30 } });
  });

  it('adds the totals from the months to the cent', () => {
    const f = forecast({ months: 36, dailyBenefit: '57.3333', work: [{ from: '2026-01-20', hoursPerWeek: '13.3', fullTimeHoursPerWeek: '37.5', grossHourlyWage: '14.87' }] });
    const cents = (key: 'benefit' | 'earnings' | 'total' | 'gainVsNoWork') =>
      f.months.reduce((sum, m) => sum + Math.round(Number(m[key]) * 100), 0);
    for (const key of ['benefit', 'earnings', 'total', 'gainVsNoWork'] as const) {
      expect(Math.round(Number(f.totals[key]) * 100), key).to.equal(cents(key));
    }
    for (const m of f.months) {
      expect(Math.round(Number(m.benefit) * 100) + Math.round(Number(m.earnings) * 100)).to.equal(Math.round(Number(m.total) * 100));
    }
  });

  it('shows each month the index factor of its own indexation step, even when the rounded daily amount does not move', () => {
    // 0.13 € a day: the 2 % step of September 2018 leaves it at 0.13 € (0.1326 rounded), but the
    // explanation must still say that the amount was indexed.
    const result = forecastScenario({ version: 1, scheme: 'employee', start: '2018-07', months: 4, dailyBenefit: '0.13' });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const factors = result.forecast.months.map((m) => (m.segments[0].basis.kind === 'typed' ? m.segments[0].basis.indexFactor : null));
    expect(factors).to.deep.equal(['1.0000', '1.0000', '1.0200', '1.0200']);
    expect(result.forecast.months.map((m) => m.dailyBenefit)).to.deep.equal(['0.13', '0.13', '0.13', '0.13']);
  });
});
