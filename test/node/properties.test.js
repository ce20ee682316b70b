// Property tests of the compiled core (dist/node) over more than 10 000 random inputs, valid and
// invalid: it never throws, and a forecast is always made of sound money.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { hostile, plausible, valid } from './generators.js';
import { forecastScenario } from '../../dist/node/scenario/forecast-scenario.js';

const MONEY = /^\d+\.\d{2}$/;
const SIGNED_MONEY = /^-?\d+\.\d{2}$/;
const cents = (text) => BigInt(text.replace('.', ''));

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

// More hours on the same days of work. A step at 0 h stays at 0 h: turning it into work would move
// the first day of work, and with it the deadline of the request, whose late penalty is a
// different rule (a request more than 14 days late deducts nothing and shows the range instead).
test('never raises the benefit when the hours rise (2 000 valid plans)', () => {
  fc.assert(
    fc.property(valid.filter((s) => s.work.length > 0), fc.integer({ min: 1, max: 80 }), (s, extra) => {
      const more = {
        ...s,
        work: s.work.map((w) =>
          Number(w.hoursPerWeek) === 0 ? w : { ...w, hoursPerWeek: String(Math.min(Number(w.hoursPerWeek) + extra / 4, Number(w.fullTimeHoursPerWeek))) },
        ),
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

test('money and amount texts are written digit for digit as decimal.js writes them (20 000 decimals)', async () => {
  const { Dec, fixed } = await import('../../dist/node/rules/decimal.js');
  // Any decimal: up to 30 digits, the point anywhere (or far outside them), either sign.
  const decimal = fc
    .record({ digits: fc.bigInt({ min: 0n, max: 10n ** 30n }), exponent: fc.integer({ min: -35, max: 25 }), negative: fc.boolean() })
    .map(({ digits, exponent, negative }) => new Dec(`${negative ? '-' : ''}${digits}e${exponent}`));
  fc.assert(
    fc.property(decimal, fc.constantFrom(0, 1, 2, 2, 2, 4), (value, places) => {
      const expected = value.toFixed(places, Dec.ROUND_HALF_UP).replace(/^-(?=[0.]+$)/, ''); // never "-0.00"
      assert.equal(fixed(value, places), expected, `${value.toString()} to ${places} places`);
    }),
    { numRuns: 20_000, seed: 3 },
  );
});
