// Property tests of the compiled core (dist/node) over more than 10 000 random inputs, valid and
// invalid: it never throws, and a forecast is always made of sound money.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { forecastScenario } from '../../dist/node/scenario/forecast-scenario.js';

const MONEY = /^\d+\.\d{2}$/;
const SIGNED_MONEY = /^-?\d+\.\d{2}$/;
const cents = (text) => BigInt(text.replace('.', ''));

const decimalText = fc.oneof(
  fc.integer({ min: 0, max: 20000 }).map((n) => (n / 100).toFixed(2)),
  fc.integer({ min: 0, max: 2000 }).map((n) => `${Math.floor(n / 10)},${n % 10}`),
  fc.integer({ min: 0, max: 60 }),
);
const date = fc.date({ min: new Date('2018-04-01'), max: new Date('2031-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const step = fc.record(
  {
    from: date,
    hoursPerWeek: fc.oneof(decimalText, fc.constant('0')),
    fullTimeHoursPerWeek: fc.oneof(fc.constant('38'), decimalText),
    grossHourlyWage: decimalText,
    grossMonthlyWage: decimalText,
  },
  { requiredKeys: ['from', 'hoursPerWeek'] },
);
/** Plausible scenarios: mostly valid, some with errors a person makes. */
const plausible = fc.record(
  {
    version: fc.constantFrom(1, 1, 1, '1', 2),
    scheme: fc.constantFrom('employee', 'unemployed', 'self-employed'),
    start: fc.integer({ min: 0, max: 150 }).map((i) => new Date(Date.UTC(2018, 3 + i, 1)).toISOString().slice(0, 7)),
    months: fc.oneof(fc.integer({ min: 1, max: 36 }), fc.integer({ min: -5, max: 200 })),
    dailyBenefit: decimalText,
    work: fc.array(step, { maxLength: 5 }),
    authorisation: fc.record(
      { requestSent: date, start: date, end: date, maxHoursPerWeek: decimalText, nature: fc.string(), conditions: fc.string() },
      { requiredKeys: [] },
    ),
    payment: fc.record(
      { benefitLagMonths: fc.integer({ min: -1, max: 4 }), wagePaidIn: fc.constantFrom('same-month', 'next-month', 'never'), wagePayDay: fc.integer({ min: 0, max: 32 }) },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ['version', 'scheme', 'start', 'months', 'dailyBenefit'] },
);
/** Valid scenarios of every shape: stepped plans, authorisations, late requests, payment lags. */
const valid = fc
  .record({
    startIndex: fc.integer({ min: 0, max: 140 }),
    months: fc.integer({ min: 1, max: 36 }),
    dailyCents: fc.integer({ min: 100, max: 15000 }),
    fullTime: fc.integer({ min: 10, max: 40 }),
    steps: fc.array(fc.record({ offset: fc.integer({ min: -60, max: 1000 }), quarterHours: fc.integer({ min: 0, max: 160 }), monthly: fc.boolean(), wageCents: fc.integer({ min: 1000, max: 500000 }) }), { maxLength: 4 }),
    authorisation: fc.option(fc.record({ startOffset: fc.integer({ min: -30, max: 200 }), days: fc.integer({ min: 0, max: 729 }), maxQuarterHours: fc.integer({ min: 0, max: 160 }), requestOffset: fc.integer({ min: -20, max: 40 }) })),
    lag: fc.integer({ min: 0, max: 3 }),
    wageNext: fc.boolean(),
  })
  .map((r) => {
    const base = Date.UTC(2018, 3 + r.startIndex, 1);
    const day = (offset) => new Date(base + offset * 86400000).toISOString().slice(0, 10);
    const offsets = [...new Set(r.steps.map((s) => s.offset))].sort((a, b) => a - b);
    const work = offsets.map((offset, i) => {
      const s = r.steps[i];
      const hours = Math.min(s.quarterHours / 4, r.fullTime);
      const wage = (s.wageCents / 100).toFixed(2);
      return { from: day(offset), hoursPerWeek: String(hours), fullTimeHoursPerWeek: String(r.fullTime), ...(s.monthly ? { grossMonthlyWage: wage } : { grossHourlyWage: (s.wageCents / 10000).toFixed(2) }) };
    });
    const a = r.authorisation;
    return {
      version: 1,
      scheme: 'employee',
      start: new Date(base).toISOString().slice(0, 7),
      months: r.months,
      dailyBenefit: (r.dailyCents / 100).toFixed(2),
      work,
      ...(a ? { authorisation: { start: day(a.startOffset), end: day(a.startOffset + a.days), maxHoursPerWeek: String(a.maxQuarterHours / 4), requestSent: day(a.startOffset + a.requestOffset) } } : {}),
      payment: { benefitLagMonths: r.lag, wagePaidIn: r.wageNext ? 'next-month' : 'same-month' },
    };
  });

/** Anything JSON can hold, and hostile values in the right places. */
const hostileValue = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(1e308, -1e308, Number.MAX_SAFE_INTEGER, -0, '', ' ', 'NaN', 'Infinity', '1e308', '12.5.3', '<img src=x onerror=alert(1)>', '__proto__', null),
  fc.string({ maxLength: 200 }),
);
const hostile = fc.oneof(
  fc.jsonValue({ maxDepth: 6 }),
  plausible.chain((s) =>
    fc.record({ key: fc.constantFrom('version', 'scheme', 'start', 'months', 'dailyBenefit', 'work', 'authorisation', 'payment', 'extra'), value: hostileValue }).map(({ key, value }) => ({ ...s, [key]: value })),
  ),
  plausible.chain((s) =>
    fc.record({ index: fc.nat(4), key: fc.constantFrom('from', 'hoursPerWeek', 'fullTimeHoursPerWeek', 'grossHourlyWage', 'grossMonthlyWage'), value: hostileValue }).map(({ index, key, value }) => ({
      ...s,
      work: (s.work ?? []).map((w, i) => (i === index ? { ...w, [key]: value } : w)),
    })),
  ),
);

function checkResult(input) {
  const result = forecastScenario(input);
  if (!result.ok) {
    assert.ok(result.errors.length > 0);
    for (const e of result.errors) {
      assert.equal(typeof e.code, 'string');
      assert.equal(typeof e.path, 'string');
    }
    return result;
  }
  const { months, totals } = result.forecast;
  let sums = { benefit: 0n, earnings: 0n, total: 0n, gainVsNoWork: 0n, atRisk: 0n, latePenalty: 0n };
  for (const m of months) {
    for (const key of ['benefit', 'earnings', 'total', 'fullBenefit', 'atRisk', 'latePenalty']) assert.match(m[key], MONEY, `${key} ${m[key]}`);
    assert.match(m.gainVsNoWork, SIGNED_MONEY);
    assert.equal(cents(m.total), cents(m.benefit) + cents(m.earnings));
    for (const key of Object.keys(sums)) sums[key] += cents(m[key]);
  }
  for (const key of Object.keys(sums)) assert.equal(cents(totals[key]), sums[key], `total ${key}`);
  assert.doesNotMatch(JSON.stringify(result), /NaN|Infinity|undefined/);
  return result;
}

test('never throws and always gives sound money or error codes (10 000 hostile and plausible inputs)', () => {
  let ok = 0;
  fc.assert(
    fc.property(fc.oneof({ arbitrary: valid, weight: 2 }, plausible, hostile), (input) => {
      if (checkResult(input).ok) ok++;
    }),
    { numRuns: 10_000 },
  );
  assert.ok(ok > 4000, `enough valid scenarios were forecast (${ok})`);
});

test('never raises the benefit when the hours rise (2 000 valid plans)', () => {
  fc.assert(
    fc.property(valid.filter((s) => s.work.length > 0), fc.integer({ min: 1, max: 80 }), (s, extra) => {
      const more = {
        ...s,
        work: s.work.map((w) => ({ ...w, hoursPerWeek: String(Math.min(Number(w.hoursPerWeek) + extra / 4, Number(w.fullTimeHoursPerWeek))) })),
      };
      const a = forecastScenario(s);
      const b = forecastScenario(more);
      assert.ok(a.ok && b.ok);
      a.forecast.months.forEach((m, i) => assert.ok(cents(b.forecast.months[i].benefit) <= cents(m.benefit), m.month));
    }),
    { numRuns: 2_000 },
  );
});

test('refuses very large and deeply nested payloads quickly, without throwing', () => {
  const big = { version: 1, scheme: 'employee', start: '2026-01', months: 12, dailyBenefit: '60', work: [], extra: 'x'.repeat(1_100_000) };
  assert.equal(forecastScenario(big).ok, true);
  const many = { ...big, work: Array.from({ length: 50_000 }, () => ({ from: '2026-01-01', hoursPerWeek: '1' })) };
  assert.equal(forecastScenario(many).ok, false);
  let nested = {};
  for (let i = 0; i < 10_000; i++) nested = { work: nested };
  assert.equal(forecastScenario(nested).ok, false);
  assert.equal(forecastScenario({ ...big, dailyBenefit: '9'.repeat(1_000_000) }).ok, false);
});
