import { expect } from '@open-wc/testing';
import { forecastScenario } from '../scenario/forecast-scenario.js';
import { decodeFragment, encodeScenarios } from '../export/share-link.js';
import type { Scenario, WorkStep } from '../scenario/types.js';
import type { Forecast } from './forecast.js';
import { valueAt } from './parameters/parameter.js';
import { volunteerAllowanceLimits } from './parameters/volunteer.js';

function forecast(start: string, months: number, work: WorkStep[], extra: Partial<Scenario> = {}): Forecast {
  const result = forecastScenario({ version: 1, scheme: 'employee', start, months, dailyBenefit: '60', work, ...extra });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.forecast;
}

const volunteer = (from: string, allowances: Partial<WorkStep> = {}): WorkStep => ({ from, kind: 'volunteer', hoursPerWeek: '6', ...allowances });

/** Each case: the rule as a sentence, the plan, and per month whether its benefit is at risk. */
const CASES: { name: string; start: string; months: number; step: WorkStep; atRisk: boolean[]; limitsYear?: string }[] = [
  { name: 'within both limits (40 € a day, 1 500 € a year in 2026) nothing is at risk', start: '2026-01', months: 2, step: volunteer('2026-01-01', { allowancePerDay: '40', allowancePerYear: '1500' }), atRisk: [false, false] },
  { name: 'without any allowance nothing is at risk', start: '2026-01', months: 1, step: volunteer('2026-01-01'), atRisk: [false] },
  { name: 'exactly at the 2026 limits (44.02 € a day, 1 760.83 € a year) nothing is at risk', start: '2026-01', months: 1, step: volunteer('2026-01-01', { allowancePerDay: '44.02', allowancePerYear: '1760.83' }), atRisk: [false] },
  { name: '44.03 € a day is above the 2026 daily limit: the benefit of the month is at risk', start: '2026-01', months: 1, step: volunteer('2026-01-01', { allowancePerDay: '44.03' }), atRisk: [true], limitsYear: '2026' },
  { name: '43 € a day is above the 2025 limit (42.31 €) in December 2025 and within the 2026 one (44.02 €) in January', start: '2025-12', months: 2, step: volunteer('2025-12-01', { allowancePerDay: '43' }), atRisk: [true, false], limitsYear: '2025' },
  { name: '1 700 € a year is above the 2025 yearly limit (1 692.51 €) and within the 2026 one (1 760.83 €)', start: '2025-12', months: 2, step: volunteer('2025-12-01', { allowancePerYear: '1700' }), atRisk: [true, false], limitsYear: '2025' },
  { name: 'in 2027 the limits of 2026, the last published, are used (and said)', start: '2027-01', months: 1, step: volunteer('2027-01-01', { allowancePerDay: '45' }), atRisk: [true], limitsYear: '2026' },
];

describe('volunteering during incapacity', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const f = forecast(c.start, c.months, [c.step]);
      f.months.forEach((m, i) => {
        // The step shows in the month's segment (its hours, rule volunteer): no earnings, no
        // reduction, the full benefit. The month's own hours are those of work: none.
        expect(m).to.include({ hoursPerWeek: null, earnings: '0.00', reductionPercent: 0, fraction: null });
        expect(m.benefit).to.equal(m.fullBenefit);
        expect(m.segments[0]).to.include({ rule: 'volunteer', step: 0, hoursPerWeek: '6.00', monthlyWage: null, reductionPercent: 0 });
        expect(m.segments[0].reference?.href).to.match(/inami\.fgov\.be/);
        const notice = m.warnings.find((w) => w.code === 'VOLUNTEER_ALLOWANCE_ABOVE_LIMIT');
        if (c.atRisk[i]) {
          expect(m.atRisk).to.equal(m.benefit);
          expect(notice?.level).to.equal('risk');
          const limits = valueAt(volunteerAllowanceLimits, `${c.limitsYear}-06-01`)!.value;
          expect(notice?.params).to.include({ limitsYear: c.limitsYear, dailyLimit: limits.perDay, yearlyLimit: limits.perYear, days: m.indemnifiableDays, atRisk: m.benefit });
        } else {
          expect(m.atRisk).to.equal('0.00');
          expect(notice).to.equal(undefined);
        }
      });
      const sum = f.months.reduce((acc, m) => acc + Number(m.atRisk), 0);
      expect(Number(f.totals.atRisk)).to.be.closeTo(sum, 0.001);
    });
  }

  it('asks for the medical advisor before the start, and counts no work assumption', () => {
    const f = forecast('2026-01', 1, [volunteer('2026-01-01')]);
    expect(f.warnings.map((w) => w.code)).to.deep.equal(['VOLUNTEER_NEEDS_ADVISOR', 'AMOUNTS_ARE_GROSS']);
    expect(f.warnings[0].params).to.deep.equal({ from: '2026-01-01' });
    // 27 Monday-to-Saturday days in January 2026 × 60 €.
    expect(f.months[0].benefit).to.equal('1620.00');
  });

  it('from the 15th of January 2026: only the 15 paid days of volunteering are at risk (900 €)', () => {
    const m = forecast('2026-01', 1, [volunteer('2026-01-15', { allowancePerDay: '50' })]).months[0];
    expect(m.segments.map((s) => [s.rule, s.atRisk])).to.deep.equal([
      [null, '0.00'],
      ['volunteer', '900.00'],
    ]);
    expect(m.atRisk).to.equal('900.00');
    expect(m.warnings.find((w) => w.code === 'VOLUNTEER_ALLOWANCE_ABOVE_LIMIT')?.params).to.include({ days: 15, atRisk: '900.00' });
  });

  it('before paid work, volunteering is not work: no authorisation check on its months, the request deadline is the work one', () => {
    const f = forecast(
      '2026-01',
      3,
      [volunteer('2026-01-05'), { from: '2026-03-02', hoursPerWeek: '12', fullTimeHoursPerWeek: '38', grossHourlyWage: '15' }],
      { authorisation: { start: '2026-03-02', maxHoursPerWeek: '10' } },
    );
    expect(f.months.map((m) => m.atRisk === '0.00')).to.deep.equal([true, true, false]);
    expect(f.months[0].warnings.map((w) => w.code)).to.not.include('WORK_BEFORE_AUTHORISATION');
    expect(f.warnings.find((w) => w.code === 'REQUEST_DEADLINE')?.params).to.deep.equal({ workStart: '2026-03-02', deadline: '2026-02-27' });
    expect(f.months[2]).to.include({ hoursPerWeek: '12.00' });
  });

  it('travels in a share link with its allowances', () => {
    const result = forecastScenario({ version: 1, scheme: 'employee', start: '2026-01', months: 3, dailyBenefit: '60', work: [volunteer('2026-01-05', { allowancePerDay: '30', allowancePerYear: '1200' })] });
    if (!result.ok) throw new Error('invalid');
    const decoded = decodeFragment(`#ips=${encodeScenarios([result.scenario])}`);
    expect(decoded.kind).to.equal('ok');
    if (decoded.kind === 'ok') expect(decoded.scenarios[0].work[0]).to.deep.equal({ from: '2026-01-05', hoursPerWeek: '6', kind: 'volunteer', allowancePerDay: '30', allowancePerYear: '1200' });
  });
});
