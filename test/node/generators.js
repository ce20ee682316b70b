// Random scenarios for the Node tests of the core (fast-check arbitraries): `valid` (every shape
// of valid plan), `plausible` (mostly valid, some mistakes a person makes), `hostile` (anything).
import fc from 'fast-check';

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
export const plausible = fc.record(
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
export const valid = fc
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
      ...(a ? { authorisation: { start: day(a.startOffset), end: day(a.startOffset + a.days), maxHoursPerWeek: String(Math.min(a.maxQuarterHours / 4, r.fullTime)), requestSent: day(a.startOffset + a.requestOffset) } } : {}),
      payment: { benefitLagMonths: r.lag, wagePaidIn: r.wageNext ? 'next-month' : 'same-month' },
    };
  });

/** Anything JSON can hold, and hostile values in the right places. */
const hostileValue = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(1e308, -1e308, Number.MAX_SAFE_INTEGER, -0, '', ' ', 'NaN', 'Infinity', '1e308', '12.5.3', '<img src=x onerror=alert(1)>', '__proto__', null),
  fc.string({ maxLength: 200 }),
);
export const hostile = fc.oneof(
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
