import { expect } from '@open-wc/testing';
import { forecastScenario } from '../scenario/forecast-scenario.js';
import type { Scenario } from '../scenario/types.js';
import { validateScenario } from '../scenario/validate.js';
import { latestAuthorisationEnd, requestDeadline, requestTimeliness, reviewDates } from './authorisation.js';
import { addMonthsToDate, workingDayBefore } from './calendar.js';
import type { Notice } from './notice.js';

const BASE: Scenario = {
  version: 1,
  scheme: 'employee',
  start: '2026-01',
  months: 12,
  dailyBenefit: '60',
  work: [{ from: '2026-02-02', hoursPerWeek: '12', fullTimeHoursPerWeek: '38', grossHourlyWage: '15' }],
};

function run(patch: Partial<Scenario> & Record<string, unknown>) {
  const result = forecastScenario({ ...BASE, ...patch });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}
const codes = (list: Notice[]) => list.map((n) => n.code);
const find = (list: Notice[], code: string) => list.find((n) => n.code === code);

describe('the deadline of the request (INAMI: at the latest the working day before the resumption)', () => {
  it('is Tuesday 13 January for a start on Wednesday 14 January 2026 (INAMI example)', () => {
    expect(requestDeadline('2026-01-14')).to.equal('2026-01-13');
  });
  it('is Friday 9 January for a start on Monday 12 January 2026 (INAMI example)', () => {
    expect(requestDeadline('2026-01-12')).to.equal('2026-01-09');
    expect(workingDayBefore('2026-01-12')).to.equal('2026-01-09');
  });
  it('is on time when sent on the deadline, late the day after', () => {
    expect(requestTimeliness('2026-01-12', '2026-01-09')?.kind).to.equal('on-time');
    expect(requestTimeliness('2026-01-12', '2026-01-10')).to.deep.equal({
      kind: 'late-within-grace', deadline: '2026-01-09', daysLate: 1, from: '2026-01-12', to: '2026-01-10',
    });
  });
  it('has no deadline for work started before the prior declaration existed (12 April 2013)', () => {
    expect(requestDeadline('2013-04-11')).to.equal(null);
    expect(requestTimeliness('2013-04-11', '2013-05-30')).to.equal(null);
    // Before 1 April 2018 the two-year limit is assumed (with a notice), not sourced.
    expect(latestAuthorisationEnd('2018-03-31')).to.equal('2020-03-30');
    expect(reviewDates('2018-03-01', '2019-03-01')).to.deep.equal([]);
  });
  it('keeps the 10 % reduction up to 14 days after the start, and not beyond', () => {
    expect(requestTimeliness('2026-02-02', '2026-02-16')?.kind).to.equal('late-within-grace');
    expect(requestTimeliness('2026-02-02', '2026-02-17')?.kind).to.equal('late-beyond-grace');
  });
});

describe('the authorised period (at most two years, reviewed every six months)', () => {
  it('ends an authorisation given before 1 April 2018 without an end date after two years too, with a notice: later work is at risk', () => {
    const r = run({ start: '2026-05', months: 2, authorisation: { start: '2017-06-01' } });
    expect(find(r.forecast.warnings, 'AUTHORISATION_LIMIT_ASSUMED')?.params).to.deep.equal({ start: '2017-06-01', end: '2019-05-31' });
    const june = r.forecast.months[1];
    expect(find(june.warnings, 'WORK_AFTER_AUTHORISATION')?.params).to.deep.include({ days: 26, end: '2019-05-31' });
    expect(june.atRisk).to.equal(june.benefit);
    // An end given explicitly is kept: only the limit is assumed.
    expect(validateScenario({ ...BASE, authorisation: { start: '2017-06-01', end: '2020-01-31' } }).ok).to.be.true;
  });

  it('ends two years after its start, less a day, also from 29 February', () => {
    expect(latestAuthorisationEnd('2026-02-01')).to.equal('2028-01-31');
    expect(latestAuthorisationEnd('2024-02-29')).to.equal('2026-02-27');
    expect(addMonthsToDate('2024-02-29', 24)).to.equal('2026-02-28');
  });
  it('is reviewed every six months within the period', () => {
    expect(reviewDates('2026-02-01', '2028-01-31')).to.deep.equal(['2026-08-01', '2027-02-01', '2027-08-01']);
  });
  it('refuses an end more than two years after the start, or before it', () => {
    const tooLong = validateScenario({ ...BASE, authorisation: { start: '2026-02-01', end: '2028-02-01' } });
    expect(!tooLong.ok && tooLong.errors).to.deep.equal([
      { path: 'authorisation.end', code: 'AUTHORISATION_TOO_LONG', params: { latestEnd: '2028-01-31' } },
    ]);
    const reversed = validateScenario({ ...BASE, authorisation: { start: '2026-02-01', end: '2026-01-31' } });
    expect(!reversed.ok && reversed.errors[0].code).to.equal('END_BEFORE_START');
    const text = validateScenario({ ...BASE, authorisation: { nature: 'x'.repeat(2001) } });
    expect(!text.ok && text.errors[0]).to.deep.include({ path: 'authorisation.nature', code: 'TOO_LONG' });
  });
  it('takes the longest end when none is given, and warns in the month it ends', () => {
    const r = run({ months: 30, authorisation: { start: '2026-02-02', maxHoursPerWeek: '12' } });
    const jan2028 = r.forecast.months.find((m) => m.month === '2028-02')!;
    expect(find(jan2028.warnings, 'AUTHORISATION_ENDS')?.params).to.deep.equal({ end: '2028-02-01' });
    const aug = r.forecast.months.find((m) => m.month === '2026-08')!;
    expect(find(aug.warnings, 'AUTHORISATION_REVIEW')?.params).to.deep.equal({ date: '2026-08-02' });
  });
});

describe('work against the authorisation: the benefit at risk (art. 101)', () => {
  it('raises nothing at exactly the authorised hours', () => {
    const r = run({ authorisation: { start: '2026-02-02', maxHoursPerWeek: '12' } });
    expect(r.forecast.months.flatMap((m) => codes(m.warnings))).not.to.include('HOURS_ABOVE_AUTHORISED');
    expect(r.forecast.totals.atRisk).to.equal('0.00');
    expect(codes(r.forecast.warnings)).not.to.include('NO_AUTHORISATION_ENTERED');
  });

  it('puts the benefit of every paid day at risk above the authorised hours', () => {
    const r = run({ authorisation: { start: '2026-02-02', maxHoursPerWeek: '11.5' } });
    const march = r.forecast.months[2];
    // 12 h of 38 h → 12 %; 60 € of January indexed on 1 March 2026 → 61.20 × 0.88 = 53.86 € × 26 days
    expect(march.benefit).to.equal('1400.36');
    expect(march.atRisk).to.equal('1400.36');
    expect(find(march.warnings, 'HOURS_ABOVE_AUTHORISED')).to.deep.equal({
      code: 'HOURS_ABOVE_AUTHORISED', level: 'risk', params: { hours: '12.00', maxHours: '11.50', days: 26, atRisk: '1400.36' },
    });
    // February: work from Monday 2 February, 24 paid days (Sundays 8, 15, 22 excluded) → 1 267.20 €
    expect(r.forecast.months[1].atRisk).to.equal('1267.20');
    const cents = r.forecast.months.reduce((a, m) => a + Math.round(Number(m.atRisk) * 100), 0);
    expect(Math.round(Number(r.forecast.totals.atRisk) * 100)).to.equal(cents);
  });

  it('counts the days of work before the start and after the end of the authorisation', () => {
    const r = run({ authorisation: { start: '2026-02-16', end: '2026-06-30', maxHoursPerWeek: '16' } });
    const feb = r.forecast.months[1];
    // 2 to 15 February: 12 paid days at 52.80 € before the authorised period
    expect(find(feb.warnings, 'WORK_BEFORE_AUTHORISATION')?.params).to.deep.equal({
      from: '2026-02-02', to: '2026-02-15', days: 12, atRisk: '633.60', start: '2026-02-16', end: '2026-06-30',
    });
    expect(feb.segments.map((s) => s.outsideAuthorisation)).to.deep.equal([null, 'before', null]);
    const july = r.forecast.months[6];
    expect(find(july.warnings, 'WORK_AFTER_AUTHORISATION')?.params).to.deep.include({ days: 27, atRisk: '1454.22' }); // 27 × 53.86
    expect(find(r.forecast.months[5].warnings, 'AUTHORISATION_ENDS')).to.exist;
  });

  it('says when no authorisation was entered, and when the request is due', () => {
    const r = run({});
    expect(find(r.forecast.warnings, 'NO_AUTHORISATION_ENTERED')).to.exist;
    expect(find(r.forecast.warnings, 'REQUEST_DEADLINE')?.params).to.deep.equal({ workStart: '2026-02-02', deadline: '2026-01-30' });
    expect(find(r.forecast.months[1].warnings, 'NO_GUARANTEED_SALARY_ON_RELAPSE')).to.exist;
  });

  it('has no relapse notice for work started in 2025 (before the law of 16 December 2025)', () => {
    const r = run({ start: '2025-11', months: 3, work: [{ ...BASE.work[0], from: '2025-12-01' }] });
    expect(r.forecast.months.flatMap((m) => codes(m.warnings))).not.to.include('NO_GUARANTEED_SALARY_ON_RELAPSE');
  });
});

describe('a late request (HZIV: −10 % until the request is sent, within 14 days)', () => {
  it('deducts 10 % of the benefit from the first day of work to the day the request was sent', () => {
    // Work from Monday 2 February; request due Friday 30 January, sent Tuesday 10 February.
    const r = run({ authorisation: { requestSent: '2026-02-10', start: '2026-02-02', maxHoursPerWeek: '12' } });
    const feb = r.forecast.months[1];
    // 2 to 10 February: 8 paid days × 52.80 € = 422.40 € → 10 % = 42.24 €
    expect(find(feb.warnings, 'LATE_REQUEST_PENALTY')?.params).to.deep.equal({
      percent: '10', from: '2026-02-02', to: '2026-02-10', days: 8, amount: '42.24',
    });
    expect(feb.latePenalty).to.equal('42.24');
    const plain = run({ authorisation: { requestSent: '2026-01-30', start: '2026-02-02', maxHoursPerWeek: '12' } });
    expect(Math.round((Number(plain.forecast.months[1].benefit) - Number(feb.benefit)) * 100)).to.equal(4224);
    expect(find(r.forecast.warnings, 'LATE_REQUEST')?.params).to.deep.equal({ deadline: '2026-01-30', daysLate: 11 });
    expect(r.forecast.totals.latePenalty).to.equal('42.24');
  });

  it('shows the range of the sources beyond 14 days, deducting neither', () => {
    const r = run({ authorisation: { requestSent: '2026-02-20', start: '2026-02-02', maxHoursPerWeek: '12' } });
    const notice = find(r.forecast.warnings, 'LATE_REQUEST_BEYOND_GRACE')!;
    // 2 to 20 February: 17 paid days (Sundays 8 and 15 excluded) × 52.80 € = 897.60 €
    expect(notice.params).to.deep.include({ lossIfNoBenefit: '897.60', lossIfReduction: '89.76', daysLate: 21 });
    expect(notice.level).to.equal('risk');
    expect(r.forecast.totals.latePenalty).to.equal('0.00');
  });
});

describe('when the money arrives (benefit after the monthly declaration, wage on its pay day)', () => {
  it('pays a month\'s benefit the following month, across the year end', () => {
    const r = run({});
    const dec = r.forecast.months[11];
    expect(dec.month).to.equal('2026-12');
    expect(dec.benefitPaidIn).to.equal('2027-01');
    expect(dec.wagePaidIn).to.equal('2026-12');
    const lastCash = r.cash.at(-1)!;
    expect(lastCash.month).to.equal('2027-01');
    expect(lastCash.items).to.deep.equal([{ kind: 'benefit', forMonth: '2026-12', amount: dec.benefit, beforeForecast: false, paidOn: null }]);
    // The wage of December is paid on the 28th (default pay day)
    expect(r.cash.find((c) => c.month === '2026-12')!.items.find((i) => i.kind === 'wage')?.paidOn).to.equal('2026-12-28');
  });

  it('shows the first month of work: the wage of the month and the benefit of the month before', () => {
    const r = run({ payment: { wagePaidIn: 'next-month', wagePayDay: 5 } });
    const feb = r.cash.find((c) => c.month === '2026-02')!;
    expect(feb.wage).to.equal('0.00'); // February's wage comes in March, on the 5th
    expect(r.cash.find((c) => c.month === '2026-03')!.items.find((i) => i.kind === 'wage')?.paidOn).to.equal('2026-03-05');
    expect(feb.benefit).to.equal(r.forecast.months[0].benefit); // January's full benefit
    const jan = r.cash[0];
    expect(jan.items[0]).to.deep.include({ forMonth: '2025-12', beforeForecast: true });
  });

  it('pays in the cash calendar exactly what the forecast entitles to, over a long enough period', () => {
    for (const payment of [{}, { benefitLagMonths: 2, wagePaidIn: 'next-month' as const }, { benefitLagMonths: 0 }]) {
      const r = run({ months: 24, payment, authorisation: { requestSent: '2026-02-05', start: '2026-02-02', maxHoursPerWeek: '12' } });
      const cents = (v: string) => Math.round(Number(v) * 100);
      const paid = r.cash.flatMap((c) => c.items).filter((i) => !i.beforeForecast).reduce((a, i) => a + cents(i.amount), 0);
      expect(paid, JSON.stringify(payment)).to.equal(cents(r.forecast.totals.total));
      for (const c of r.cash) expect(cents(c.total)).to.equal(cents(c.benefit) + cents(c.wage));
    }
  });

  it('refuses a lag beyond three months and an unknown pay month', () => {
    const r = validateScenario({ ...BASE, payment: { benefitLagMonths: 4, wagePaidIn: 'someday', wagePayDay: 0 } });
    expect(!r.ok && r.errors.map((e) => `${e.path}:${e.code}`)).to.deep.equal([
      'payment.benefitLagMonths:TOO_LARGE',
      'payment.wagePaidIn:UNKNOWN_OPTION',
      'payment.wagePayDay:BAD_DAY_OF_MONTH',
    ]);
  });
});
