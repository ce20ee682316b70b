import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { forecastScenario } from '../scenario/forecast-scenario.js';

const cents = (n: number) => (n / 100).toFixed(2);

/** Random valid scenarios: up to 4 steps, wages hourly or monthly, hours up to full time. */
const scenarioArb = fc
  .record({
    startYear: fc.integer({ min: 2018, max: 2030 }),
    startMonth: fc.integer({ min: 4, max: 12 }),
    months: fc.integer({ min: 1, max: 36 }),
    dailyCents: fc.integer({ min: 100, max: 15000 }),
    fullTime: fc.integer({ min: 10, max: 40 }),
    steps: fc.array(
      fc.record({
        offsetDays: fc.integer({ min: 0, max: 900 }),
        quarterHours: fc.integer({ min: 0, max: 160 }),
        hourly: fc.boolean(),
        wageCents: fc.integer({ min: 1000, max: 500000 }),
      }),
      { maxLength: 4 },
    ),
  })
  .map((r) => {
    const start = `${r.startYear}-${String(r.startMonth).padStart(2, '0')}`;
    const base = Date.UTC(r.startYear, r.startMonth - 1, 1);
    const offsets = [...new Set(r.steps.map((s) => s.offsetDays))].sort((a, b) => a - b);
    const work = offsets.map((offset, i) => {
      const s = r.steps[i];
      const hours = Math.min(s.quarterHours / 4, r.fullTime);
      return {
        from: new Date(base + offset * 86400000).toISOString().slice(0, 10),
        hoursPerWeek: String(hours),
        fullTimeHoursPerWeek: String(r.fullTime),
        ...(s.hourly ? { grossHourlyWage: cents(s.wageCents / 100) } : { grossMonthlyWage: cents(s.wageCents) }),
      };
    });
    return { version: 1, scheme: 'employee', start, months: r.months, dailyBenefit: cents(r.dailyCents), work };
  });

const MONEY = /^-?\d+\.\d{2}$/;

/** Daily amounts with up to four decimals, typed or estimated, with and without projection. */
const benefitArb = fc.oneof(
  fc.record({ dailyBenefit: fc.integer({ min: 1000, max: 1500000 }).map((n) => (n / 10000).toString()), projectIndexation: fc.boolean() }),
  fc.record({
    dailyBenefit: fc.integer({ min: 100, max: 15000 }).map(cents),
    dailyBenefitAsOf: fc.integer({ min: 0, max: 180 }).map((i) => new Date(Date.UTC(2012, i, 1)).toISOString().slice(0, 7)),
    projectIndexation: fc.boolean(),
  }),
  fc.record({
    benefitEstimate: fc.record({
      incapacityStart: fc.integer({ min: 0, max: 4000 }).map((d) => new Date(Date.UTC(2015, 3, 1) + d * 86400000).toISOString().slice(0, 10)),
      lostGrossDailyWage: fc.integer({ min: 1000, max: 40000 }).map((n) => (n / 100).toString()),
      familySituation: fc.constantFrom('dependants', 'single', 'cohabitant'),
      regularWorker: fc.boolean(),
    }),
    projectIndexation: fc.boolean(),
  }),
);

/** Every amount of a forecast, wherever it is, by the names amounts have. */
const MONEY_KEYS = new Set([
  'benefit', 'earnings', 'total', 'fullBenefit', 'gainVsNoWork', 'latePenalty', 'atRisk', 'dailyBenefit', 'fullDailyBenefit',
  'monthlyWage', 'dailyIncome', 'reductionAmount', 'wage', 'amount', 'cappedDailyWage', 'ceiling', 'typed', 'minimum',
  'lossIfReduction', 'lossIfNoBenefit', 'threshold', 'minimumFromMonth4',
]);
function moneyStrings(value: unknown, path: string, out: [string, string][]): [string, string][] {
  if (Array.isArray(value)) value.forEach((v, i) => moneyStrings(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (typeof v === 'string' && MONEY_KEYS.has(k)) out.push([`${path}.${k}`, v]);
      else moneyStrings(v, `${path}.${k}`, out);
    }
  }
  return out;
}

describe('forecast properties over random scenarios', () => {
  it('is always computed: money strings with two decimals, never NaN, never a negative benefit', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const result = forecastScenario(scenario);
        expect(result.ok, JSON.stringify(!result.ok && result.errors)).to.be.true;
        if (!result.ok) return;
        for (const m of result.forecast.months) {
          for (const key of ['benefit', 'earnings', 'total', 'fullBenefit', 'gainVsNoWork'] as const) {
            expect(m[key]).to.match(MONEY);
          }
          expect(Number(m.benefit)).to.be.at.least(0);
          expect(Number(m.benefit)).to.be.at.most(Number(m.fullBenefit));
          expect(m.indemnifiableDays).to.be.within(24, 27);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never raises the benefit when the hours rise', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 1, max: 40 }), (scenario, extraQuarterHours) => {
        if (scenario.work.length === 0) return;
        const more = {
          ...scenario,
          work: scenario.work.map((s) => {
            const hours = Math.min(Number(s.hoursPerWeek) + extraQuarterHours / 4, Number(s.fullTimeHoursPerWeek));
            return { ...s, hoursPerWeek: String(hours) };
          }),
        };
        const a = forecastScenario(scenario);
        const b = forecastScenario(more);
        if (!a.ok || !b.ok) throw new Error('valid scenarios expected');
        a.forecast.months.forEach((m, i) => {
          expect(Number(b.forecast.months[i].benefit), m.month).to.be.at.most(Number(m.benefit));
        });
      }),
      { numRuns: 200 },
    );
  });

  it('never pays more benefit with work than without, from 0 hours, with sub-cent and estimated daily amounts', () => {
    fc.assert(
      fc.property(scenarioArb, benefitArb, (scenario, benefit) => {
        if (scenario.work.length === 0) return;
        const { dailyBenefit: _typed, ...rest } = scenario;
        const withWork = { ...rest, ...benefit };
        const noWork = { ...withWork, work: scenario.work.map((s) => ({ from: s.from, hoursPerWeek: '0' })) };
        const a = forecastScenario(noWork);
        const b = forecastScenario(withWork);
        if (!a.ok || !b.ok) throw new Error(JSON.stringify([!a.ok && a.errors, !b.ok && b.errors]));
        a.forecast.months.forEach((m, i) => {
          expect(Number(b.forecast.months[i].benefit), m.month).to.be.at.most(Number(m.benefit));
          expect(b.forecast.months[i].fullBenefit, m.month).to.equal(m.benefit);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('writes every amount of the output (months, segments, explanations, notices, totals, cash) with two decimals', () => {
    fc.assert(
      fc.property(scenarioArb, benefitArb, (scenario, benefit) => {
        const { dailyBenefit: _typed, ...rest } = scenario;
        const result = forecastScenario({ ...rest, ...benefit });
        if (!result.ok) throw new Error(JSON.stringify(result.errors));
        const found = moneyStrings({ forecast: result.forecast, cash: result.cash }, '', []);
        expect(found.length).to.be.greaterThan(5);
        for (const [path, text] of found) expect(text, path).to.match(MONEY);
      }),
      { numRuns: 200 },
    );
  });

  it('makes totals the sum of the months to the cent', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const result = forecastScenario(scenario);
        if (!result.ok) throw new Error('valid scenario expected');
        const { months, totals } = result.forecast;
        for (const key of ['benefit', 'earnings', 'total', 'gainVsNoWork'] as const) {
          const sum = months.reduce((acc, m) => acc + Math.round(Number(m[key]) * 100), 0);
          expect(Math.round(Number(totals[key]) * 100)).to.equal(sum);
        }
      }),
      { numRuns: 200 },
    );
  });
});
