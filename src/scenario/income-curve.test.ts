import { expect } from '@open-wc/testing';
import { forecastScenario } from './forecast-scenario.js';
import { curveMonth, incomeCurve } from './income-curve.js';
import type { Scenario, WorkStep } from './types.js';

// The coach's example of issue 14: 58.20 € a day, a 38 h job at 15.80 €, 16 h authorised; 8 → 16 h, and 24 h.
const job = (from: string, hoursPerWeek: string, extra: Partial<WorkStep> = {}): WorkStep => ({ from, hoursPerWeek, fullTimeHoursPerWeek: '38', grossHourlyWage: '15.80', ...extra });
const base: Scenario = {
  version: 1,
  scheme: 'employee',
  start: '2026-01',
  months: 12,
  dailyBenefit: '58.20',
  work: [job('2026-02-02', '8'), job('2026-05-04', '16')],
  authorisation: { requestSent: '2026-01-29', start: '2026-02-02', maxHoursPerWeek: '16' },
};
const other: Scenario = { ...base, work: [job('2026-02-02', '24')] };

/** The same month in the whole plan's forecast, with the job at `hours` from that month on (no request date). */
function reference(scenario: Scenario, month: string, hours: string, step: Partial<WorkStep> = {}) {
  const { requestSent: _sent, ...authorisation } = scenario.authorisation ?? {};
  const work = hours === '0' ? [] : [{ ...scenario.work[0], from: `${month}-01`, hoursPerWeek: hours, ...step }];
  const result = forecastScenario({ ...scenario, work, authorisation });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.forecast.months.find((m) => m.month === month)!;
}

describe('the income curve over the hours', () => {
  const started = performance.now();
  const curve = incomeCurve(base, [base, other])!;
  const elapsed = performance.now() - started;

  it('is drawn for the first full month of work (March 2026 for work from Monday 2 February)', () => {
    expect(curve.month).to.equal('2026-03');
    expect(curveMonth({ ...base, work: [job('2026-02-01', '8')] })).to.equal('2026-02');
    // Never before the forecast's first month.
    expect(curveMonth({ ...base, start: '2026-06' })).to.equal('2026-06');
    expect(curve.job).to.deep.equal({ stepIndex: 0, fullTimeHoursPerWeek: '38', grossHourlyWage: '15.8' });
  });

  it('has a point every half hour from 0 to full time, plus the threshold of 7.6 h (20 % of 38 h)', () => {
    expect(curve.points).to.have.length(78);
    expect(curve.points.slice(0, 17).map((p) => p.hours)).to.deep.equal(['0', '0.5', '1', '1.5', '2', '2.5', '3', '3.5', '4', '4.5', '5', '5.5', '6', '6.5', '7', '7.5', '7.6']);
    expect(curve.points.at(-1)!.hours).to.equal('38');
    expect(curve.marks).to.deep.equal({
      thresholdHours: '7.6',
      authorisedMaxHours: '16',
      plans: [
        { plan: 0, step: 0, hours: '8' },
        { plan: 0, step: 1, hours: '16' },
        { plan: 1, step: 0, hours: '24' },
      ],
    });
  });

  for (const [name, hours] of [['0 h', '0'], ['the threshold', '7.6'], ['the authorised maximum', '16'], ['full time', '38']]) {
    it(`equals forecastScenario at ${name}`, () => {
      const point = curve.points.find((p) => p.hours === hours)!;
      const m = reference(base, '2026-03', hours);
      expect(point).to.deep.equal({ hours, benefit: m.benefit, earnings: m.earnings, total: m.total, atRisk: m.atRisk, reductionPercent: m.reductionPercent });
    });
  }

  it('keeps the full benefit up to the threshold, then loses part of it, and shows the money at risk above the authorised 16 h', () => {
    const p = (h: string) => curve.points.find((x) => x.hours === h)!;
    expect(p('7.6').benefit).to.equal(p('0').benefit);
    expect(p('7.6').reductionPercent).to.equal(0);
    expect(Number(p('8').benefit)).to.be.lessThan(Number(p('7.6').benefit));
    expect(p('16').atRisk).to.equal('0.00');
    expect(p('24').atRisk).to.equal(p('24').benefit);
    // The total keeps rising with the hours (the wage outweighs the reduction).
    for (let i = 1; i < curve.points.length; i++) expect(Number(curve.points[i].total)).to.be.greaterThan(Number(curve.points[i - 1].total));
  });

  it('says what an extra hour a week adds: the wage alone below the threshold, the wage less 1/38 of the benefit above', () => {
    // 15.80 € × 52 / 12 = 68.47 € a month for each weekly hour.
    expect(curve.slopes.belowThreshold).to.equal('68.47');
    const fullBenefit = Number(curve.points[0].benefit);
    expect(Number(curve.slopes.aboveThreshold)).to.be.closeTo(68.47 - fullBenefit / 38, 0.5);
  });

  it('scales a monthly wage with the hours, and still equals forecastScenario', () => {
    const monthly: Scenario = { ...base, work: [{ from: '2026-03-01', hoursPerWeek: '19', fullTimeHoursPerWeek: '38', grossMonthlyWage: '1300' }] };
    const c = incomeCurve(monthly)!;
    const at38 = c.points.find((p) => p.hours === '38')!;
    expect(at38.earnings).to.equal('2600.00');
    const m = reference(monthly, '2026-03', '38', { grossMonthlyWage: '2600' });
    expect(at38.total).to.equal(m.total);
  });

  it('keeps the statement month of a typed daily benefit (indexed on 1 March 2026 like the whole plan)', () => {
    expect(curve.points[0].benefit).to.equal(reference(base, '2026-03', '0').benefit);
    expect(curve.points[0].benefit).to.not.equal('1513.20'); // 58.20 × 26 days, without the indexation
  });

  it('has no curve without a salaried job', () => {
    expect(incomeCurve({ ...base, work: [{ from: '2026-02-02', kind: 'volunteer', hoursPerWeek: '6' }] })).to.equal(null);
    expect(incomeCurve({ ...base, work: [] })).to.equal(null);
    expect(incomeCurve({ ...base, scheme: 'self-employed', work: [{ from: '2026-02-02', kind: 'self-employed', hoursPerWeek: '10', grossMonthlyWage: '800' }] })).to.equal(null);
  });

  it('is fast enough to redraw on an edit: 78 one-month forecasts', () => {
    const times: number[] = [];
    for (let i = 0; i < 9; i++) {
      const t = performance.now();
      incomeCurve({ ...base, dailyBenefit: `58.${i}0` }, [base, other]);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    // eslint-disable-next-line no-console
    console.log(`income curve, 78 points: first ${elapsed.toFixed(1)} ms, then median ${times[4].toFixed(1)} ms`);
    expect(times[4]).to.be.lessThan(200);
  });
});
