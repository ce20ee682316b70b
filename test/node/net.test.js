// The net estimate (issue 13), through the compiled core: published and worked gross-to-net
// examples (test/fixtures/net-examples.json), properties, the scenario's person inputs and the
// command line's net output.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import fc from 'fast-check';
import { Dec } from '../../dist/node/rules/decimal.js';
import { wageNet, keyFormulaWithholding } from '../../dist/node/rules/net/wage-net.js';
import { netForecast, netRulesDate, NET_LAST_RULES_DATE } from '../../dist/node/rules/net/index.js';
import * as netParameters from '../../dist/node/rules/parameters/net.js';
import { NET_RULES_UNTIL } from '../../dist/node/rules/parameters/net.js';
import { valueAt } from '../../dist/node/rules/parameters/parameter.js';
import { forecastScenario } from '../../dist/node/scenario/forecast-scenario.js';
import { validateScenario } from '../../dist/node/scenario/validate.js';

const fixture = JSON.parse(readFileSync(new URL('../fixtures/net-examples.json', import.meta.url), 'utf8'));
const person = (p) => ({ workerKind: 'white-collar', taxSituation: 'single', dependentChildren: 0, otherDependants: 0, benefitPhase: null, ...p });

const flags = (ex) => [ex.person.workerKind, ex.partTime ? 'part time' : '', ex.lowWage ? 'low wage' : ''].filter(Boolean).join(', ');
for (const ex of fixture.examples) {
  const name = `${ex.id} (${ex.kind}; ${flags(ex)}${ex.difference ? `; differs from the published ${Object.keys(ex.payslipValue ?? {}).join(', ')}: ${ex.difference}` : ''}${ex.notCompared ? `; not compared: ${ex.notCompared}` : ''})`;
  test(`reproduces ${name}`, () => {
    if (ex.taxableForWithholding) {
      const got = keyFormulaWithholding(new Dec(ex.taxableForWithholding), person(ex.person), ex.date);
      assert.equal(got.toFixed(2), ex.expected.withholdingBeforeBonus);
      return;
    }
    const piece = { gross: new Dec(ex.gross), monthlyWage: new Dec(ex.monthlyWage ?? ex.gross), occupation: new Dec(ex.occupation) };
    const slip = wageNet([piece], person(ex.person), ex.date);
    for (const [field, value] of Object.entries(ex.expected)) assert.equal(slip[field].toFixed(2), value, `${field} of ${ex.id}`);
    // A published figure kept apart must really differ, or it belongs in `expected`.
    for (const [field, value] of Object.entries(ex.payslipValue ?? {})) assert.notEqual(ex.expected[field], value, `${field} of ${ex.id}`);
  });
}

test('the fixture holds, from outside this project, both years, both worker kinds, low wages and part time, each with its source', () => {
  const outside = fixture.examples.filter((e) => e.kind !== 'worked');
  assert.ok(outside.length >= 8, `${outside.length} examples from outside`);
  assert.ok(outside.some((e) => e.date.startsWith('2025')) && outside.some((e) => e.date.startsWith('2026')));
  assert.ok(outside.some((e) => e.person.workerKind === 'blue-collar') && outside.some((e) => e.person.workerKind === 'white-collar'));
  assert.ok(outside.filter((e) => e.lowWage || e.partTime).length >= 4);
  assert.ok(outside.some((e) => e.partTime && e.person.workerKind === 'blue-collar'));
  for (const e of fixture.examples) {
    assert.match(e.source.url, /^https:\/\//, e.id);
    assert.ok(['payslip', 'other-implementation', 'worked'].includes(e.kind), e.id);
    assert.equal(e.published, e.kind !== 'worked', e.id);
    if (e.payslipValue) assert.ok(e.difference, `${e.id}: a published figure apart needs its reason`);
  }
});

test('part-time work bonus: R on the full-time reference wage, then × H/U to two decimals (DmfA)', () => {
  const p = person({ workerKind: 'white-collar' });
  const full = wageNet([{ gross: new Dec('2400'), monthlyWage: new Dec('2400'), occupation: new Dec(1) }], p, '2026-09-01');
  const half = wageNet([{ gross: new Dec('1200'), monthlyWage: new Dec('1200'), occupation: new Dec('0.5') }], p, '2026-09-01');
  // Same reference wage (2 400 €), so each part is half of the full-time one (to the cent).
  assert.equal(half.bonusA.toFixed(2), full.bonusA.times('0.5').toDecimalPlaces(2, Dec.ROUND_HALF_UP).toFixed(2));
  assert.equal(half.bonusB.toFixed(2), full.bonusB.times('0.5').toDecimalPlaces(2, Dec.ROUND_HALF_UP).toFixed(2));
  // Not the bonus of a full-time 1 200 € wage, which would be the maximum.
  const low = wageNet([{ gross: new Dec('1200'), monthlyWage: new Dec('1200'), occupation: new Dec(1) }], p, '2026-09-01');
  assert.ok(half.bonusA.plus(half.bonusB).lt(low.bonusA.plus(low.bonusB)));
  // Half a month at half time: H/U = 0.25.
  const quarter = wageNet([{ gross: new Dec('600'), monthlyWage: new Dec('1200'), occupation: new Dec('0.5') }], p, '2026-09-01');
  assert.equal(quarter.bonusA.toFixed(2), full.bonusA.times('0.25').toDecimalPlaces(2, Dec.ROUND_HALF_UP).toFixed(2));
});

const scenario = (extra = {}) => ({
  version: 1,
  scheme: 'employee',
  start: '2025-09',
  months: 12,
  dailyBenefit: '62.45',
  work: [{ from: '2025-10-15', hoursPerWeek: '19', fullTimeHoursPerWeek: '38', grossHourlyWage: '16.50' }],
  ...extra,
});
const run = (raw) => {
  const r = forecastScenario(raw);
  assert.ok(r.ok, JSON.stringify(r.errors));
  return { r, net: netForecast(r.forecast, r.input, r.input.person ?? null) };
};

test('net benefit: 11.11 % withheld in primary incapacity; nothing in invalidity, with the postponed withholding said', () => {
  const { r, net } = run(scenario());
  assert.equal(net.months[0].deductions.benefitWithholding, new Dec(r.forecast.months[0].benefit).times('0.1111').toFixed(2));
  assert.ok(net.warnings.some((w) => w.code === 'BENEFIT_PHASE_ASSUMED_PRIMARY'));
  const inv = run(scenario({ person: { benefitPhase: 'invalidity' } })).net;
  assert.equal(inv.months[0].deductions.benefitWithholding, '0.00');
  assert.ok(new Dec(inv.months[0].benefitWithholdingIfAnnounced).gt(0));
  assert.ok(inv.warnings.some((w) => w.code === 'INVALIDITY_WITHHOLDING_POSTPONED'));
});

test('months before 2025 keep gross as net and say so', () => {
  const { r, net } = run(scenario({ start: '2024-11', months: 3 }));
  assert.deepEqual(net.months.map((m) => [m.month, m.covered]), [['2024-11', false], ['2024-12', false], ['2025-01', true]]);
  assert.equal(net.months[0].net.total, r.forecast.months[0].total);
  assert.equal(net.months[0].rulesYear, null);
  assert.deepEqual(net.warnings.find((w) => w.code === 'NET_NOT_COVERED').params, { from: '2025-01-01', months: 2 });
  assert.ok(!net.warnings.some((w) => w.code === 'NET_RULES_OF_LAST_KNOWN_YEAR'));
  assert.equal(netRulesDate('2024-12-31'), null);
});

test('months after 2026 are estimated with the rules of 2026, and say so', () => {
  const work = [{ from: '2026-12-01', hoursPerWeek: '30', fullTimeHoursPerWeek: '38', grossMonthlyWage: '2100' }];
  const { r, net } = run(scenario({ start: '2026-12', months: 3, work }));
  // The same situation in December 2026 and in January 2027: December's gross month, moved to January.
  const december = r.forecast.months[0];
  const same = { ...r.forecast, months: [december, { ...december, month: '2027-01' }] };
  const [dec, jan] = netForecast(same, r.input, null).months;
  assert.deepEqual([dec.month, jan.month], ['2026-12', '2027-01']);
  // The test compares real deductions, not zeros.
  for (const code of ['socialContribution', 'socialWorkBonus', 'specialContribution', 'wageWithholding', 'benefitWithholding']) assert.ok(new Dec(dec.deductions[code]).gt(0), code);
  assert.equal(jan.covered, true);
  assert.deepEqual(jan.deductions, dec.deductions);
  assert.deepEqual(jan.net, dec.net);
  assert.deepEqual([dec.rulesYear, jan.rulesYear], [2026, 2026]);
  assert.equal(netRulesDate('2027-01-01'), '2026-12-31');
  assert.equal(netRulesDate('2026-05-01'), '2026-05-01');

  // In the real forecast, January's wage (the same gross) has the same deductions as December's;
  // its benefit (26 days instead of 27) loses 11.11 %.
  assert.equal(r.forecast.months[1].earnings, december.earnings);
  const wageCodes = ['socialContribution', 'socialWorkBonus', 'specialContribution', 'wageWithholding', 'fiscalWorkBonus'];
  for (const code of wageCodes) assert.equal(net.months[1].deductions[code], net.months[0].deductions[code], code);
  assert.equal(net.months[1].deductions.benefitWithholding, new Dec(r.forecast.months[1].benefit).times('0.1111').toDecimalPlaces(2, Dec.ROUND_HALF_UP).toFixed(2));
  assert.ok(net.months.every((m) => m.covered));

  const w = net.warnings.find((x) => x.code === 'NET_RULES_OF_LAST_KNOWN_YEAR');
  assert.deepEqual(w, { code: 'NET_RULES_OF_LAST_KNOWN_YEAR', level: 'warning', params: { year: 2026, from: '2027-01', until: '2027-02', months: 2 } });
  assert.ok(!net.warnings.some((x) => x.code === 'NET_NOT_COVERED'));
  // The year-end settlement of 2027 with the scale of 2026.
  assert.deepEqual(net.yearEnd.map((y) => [y.year, y.rulesYear]), [[2026, 2026], [2027, 2026]]);
  // And a forecast of 2026 alone does not have the warning.
  assert.ok(!run(scenario({ start: '2026-01', months: 12, work })).net.warnings.some((x) => x.code === 'NET_RULES_OF_LAST_KNOWN_YEAR'));
});

test('each net parameter that ends, ends where the encoded rules end, and has a value on the last encoded day', () => {
  for (const p of Object.values(netParameters).filter((v) => v && typeof v === 'object' && 'values' in v)) {
    const ends = Object.entries(p.values).filter(([, v]) => v === null).map(([d]) => d);
    assert.ok(ends.every((d) => d === NET_RULES_UNTIL), `${p.id} ends on ${ends}`);
    assert.ok(valueAt(p, NET_LAST_RULES_DATE), p.id);
    assert.ok(valueAt(p, netRulesDate('2031-06-01')), p.id);
  }
});

test('self-employed work is not estimated, and says so', () => {
  const { net } = run(scenario({ work: [{ from: '2025-10-01', kind: 'self-employed', hoursPerWeek: '10', grossMonthlyWage: '800' }] }));
  assert.ok(net.warnings.some((w) => w.code === 'NET_NOT_FOR_SELF_EMPLOYED'));
});

test('the year-end estimate gives a range per calendar year, withheld amounts added up', () => {
  const { net } = run(scenario({ start: '2025-01', months: 24 }));
  assert.deepEqual(net.yearEnd.map((y) => y.year), [2025, 2026]);
  for (const y of net.yearEnd) {
    assert.ok(new Dec(y.taxDueLow).lte(y.taxDue) && new Dec(y.taxDue).lte(y.taxDueHigh), JSON.stringify(y));
    assert.equal(y.balance, new Dec(y.taxDue).minus(y.withheld).toFixed(2));
  }
  const withheld = net.months.filter((m) => m.month.startsWith('2025')).reduce((a, m) => a.plus(m.deductions.wageWithholding).plus(m.deductions.benefitWithholding), new Dec(0));
  assert.equal(net.yearEnd[0].withheld, withheld.toFixed(2));
});

const situations = ['single', 'single-parent', 'couple-one-income', 'couple-two-incomes'];
const wageArb = fc.record({
  gross: fc.integer({ min: 0, max: 900_000 }).map((c) => new Dec(c).div(100)),
  occupation: fc.integer({ min: 10, max: 100 }).map((p) => new Dec(p).div(100)),
  kind: fc.constantFrom('white-collar', 'blue-collar'),
  situation: fc.constantFrom(...situations),
  children: fc.integer({ min: 0, max: 6 }),
  date: fc.constantFrom('2025-01-01', '2025-06-01', '2026-01-01', '2026-05-01', '2026-08-01', '2026-11-01'),
});
const slipOf = (w, gross = w.gross) =>
  wageNet([{ gross, monthlyWage: gross, occupation: w.occupation }], person({ workerKind: w.kind, taxSituation: w.situation, dependentChildren: w.children }), w.date);

test('property: net wage ≤ gross, never negative, and the deductions add up', () => {
  fc.assert(
    fc.property(wageArb, (w) => {
      const s = slipOf(w);
      assert.ok(s.net.lte(s.gross.plus('0.005')) || s.gross.isZero(), `net ${s.net} > gross ${s.gross}`);
      assert.ok(!s.net.isNegative());
      assert.ok(s.socialWorkBonus.lte(s.socialContribution));
      assert.ok(s.fiscalWorkBonus.lte(s.withholdingBeforeBonus));
      const sum = s.gross.minus(s.socialContribution).plus(s.socialWorkBonus).minus(s.wageWithholding).minus(s.specialContribution);
      assert.equal(sum.toFixed(2), s.net.toFixed(2));
    }),
    { numRuns: 400 },
  );
});

test('property: a higher gross wage never gives a much lower net (at most a few euros where the bonuses taper)', () => {
  fc.assert(
    fc.property(wageArb, fc.integer({ min: 1, max: 20_000 }), (w, extraCents) => {
      const low = slipOf(w);
      const high = slipOf(w, w.gross.plus(new Dec(extraCents).div(100)));
      assert.ok(high.net.gte(low.net.minus(15)), `${w.gross} → ${low.net}, +${extraCents / 100} → ${high.net}`);
    }),
    { numRuns: 400 },
  );
});

test('property: over random scenarios, net month totals ≤ gross and totals add the months up', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 38 }), fc.integer({ min: 1200, max: 3500 }), fc.integer({ min: 4000, max: 11000 }), (hours, hourlyCents, dailyCents) => {
      const { r, net } = run(scenario({ dailyBenefit: new Dec(dailyCents).div(100).toFixed(2), work: [{ from: '2025-10-01', hoursPerWeek: String(hours), fullTimeHoursPerWeek: '38', grossHourlyWage: new Dec(hourlyCents).div(100).toFixed(2) }] }));
      let total = new Dec(0);
      net.months.forEach((m, i) => {
        assert.ok(new Dec(m.net.total).lte(r.forecast.months[i].total));
        total = total.plus(m.net.total);
      });
      assert.equal(net.totals.net.total, total.toFixed(2));
    }),
    { numRuns: 60 },
  );
});

test('the person inputs are validated with codes, and kept in the normalised scenario', () => {
  const bad = validateScenario(scenario({ person: { workerKind: 'manager', taxSituation: 'married', dependentChildren: -1, otherDependants: 1.5 } }));
  assert.equal(bad.ok, false);
  const codes = Object.fromEntries(bad.errors.map((e) => [e.path, e.code]));
  assert.deepEqual(codes, {
    'person.workerKind': 'UNKNOWN_OPTION',
    'person.taxSituation': 'UNKNOWN_OPTION',
    'person.dependentChildren': 'NEGATIVE',
    'person.otherDependants': 'NOT_AN_INTEGER',
  });
  assert.equal(validateScenario(scenario({ person: 'single' })).errors[0].code, 'NOT_AN_OBJECT');
  const good = validateScenario(scenario({ person: { workerKind: 'blue-collar', dependentChildren: '2' } }));
  assert.ok(good.ok);
  assert.deepEqual(good.scenario.person, { workerKind: 'blue-collar', dependentChildren: 2 });
  assert.equal(good.input.person.taxSituation, 'single');
});

test('the command line prints net, deductions, totals.net and yearEnd as money strings', () => {
  const out = spawnSync(process.execPath, ['bin/ips-forecast.js', '-'], { encoding: 'utf8', input: JSON.stringify(scenario()) });
  assert.equal(out.status, 0, out.stderr);
  const json = JSON.parse(out.stdout);
  const money = /^-?\d+\.\d{2}$/;
  for (const m of json.months) {
    for (const k of ['benefit', 'earnings', 'total', 'gainVsNoWork']) assert.match(m.net[k], money);
    for (const k of ['socialContribution', 'socialWorkBonus', 'specialContribution', 'wageWithholding', 'fiscalWorkBonus', 'benefitWithholding']) assert.match(m.deductions[k], money);
  }
  assert.match(json.totals.net.total, money);
  assert.deepEqual(json.yearEnd.map((y) => y.year), [2025, 2026]);
  for (const y of json.yearEnd) for (const k of ['taxDue', 'withheld', 'balance']) assert.match(y[k], money);
  assert.ok(json.netWarnings.some((w) => w.code === 'NET_IS_ESTIMATE'));
  assert.deepEqual(json.yearEnd.map((y) => y.rulesYear), [2025, 2026]);
});

test('the command line estimates a forecast of 2027 with the 2026 rules and says so', () => {
  const input = scenario({ start: '2027-01', months: 6, work: [{ from: '2027-01-01', hoursPerWeek: '19', fullTimeHoursPerWeek: '38', grossHourlyWage: '16.50' }] });
  const out = spawnSync(process.execPath, ['bin/ips-forecast.js', '-'], { encoding: 'utf8', input: JSON.stringify(input) });
  assert.equal(out.status, 0, out.stderr);
  const json = JSON.parse(out.stdout);
  assert.ok(new Dec(json.months[0].net.total).lt(json.months[0].total));
  assert.ok(json.netWarnings.some((w) => w.code === 'NET_RULES_OF_LAST_KNOWN_YEAR' && w.params.year === 2026 && w.params.months === 6));
  assert.deepEqual(json.yearEnd.map((y) => [y.year, y.rulesYear]), [[2027, 2026]]);
});

test('the net of a forecast equals the net of the same forecast read back from JSON (the shared month amounts change nothing), 400 plans of 2024–2029', async () => {
  const { valid } = await import('./generators.js');
  const { computeForecast, SHARED_AMOUNTS } = await import('../../dist/node/rules/forecast.js');
  const { sharedMonthAmounts } = await import('../../dist/node/rules/net/index.js');
  assert.equal(SHARED_AMOUNTS, Symbol.for('ipsShared'), 'the net reads the key the forecast writes');
  const person = fc.option(
    fc.record({
      workerKind: fc.constantFrom('white-collar', 'blue-collar'),
      taxSituation: fc.constantFrom('single', 'single-parent', 'couple-one-income', 'couple-two-incomes'),
      dependentChildren: fc.integer({ min: 0, max: 5 }),
      benefitPhase: fc.constantFrom('primary', 'invalidity'),
    }, { requiredKeys: [] }),
  );
  // The generator's plans start from 2018: moved six years on, so that most months have a net.
  const later = (d) => `${Number(d.slice(0, 4)) + 6}${d.slice(4)}`;
  let shared = 0;
  fc.assert(
    fc.property(valid, person, (plan, who) => {
      const moved = {
        ...plan,
        start: later(plan.start),
        work: plan.work.map((w) => ({ ...w, from: later(w.from) })),
        ...(plan.authorisation ? { authorisation: Object.fromEntries(Object.entries(plan.authorisation).map(([k, v]) => [k, /^\d{4}-/.test(v) ? later(v) : v])) } : {}),
        ...(who ? { person: who } : {}),
      };
      const checked = validateScenario(moved);
      if (!checked.ok) return;
      const forecast = computeForecast(checked.input);
      shared += forecast.months.filter((_, i) => sharedMonthAmounts(forecast, i)).length;
      const copy = JSON.parse(JSON.stringify(forecast));
      assert.equal(sharedMonthAmounts(copy, 0), undefined);
      assert.deepEqual(netForecast(forecast, checked.input, checked.input.person), netForecast(copy, checked.input, checked.input.person));
    }),
    { numRuns: 400, seed: 13 },
  );
  assert.ok(shared > 1000, `the shared amounts were used (${shared} months)`);
});
