import { expect } from '@open-wc/testing';
import { addDays, addMonths, countWeekdays, daysBetween, daysInMonth, parseDate, parseMonth, weekday, workingDayBefore } from './calendar.js';

const MON_TO_SAT = [1, 2, 3, 4, 5, 6];

/** Independent count: walks every day with local-time Date objects and getDay(). */
function slowCount(year: number, month: number, first: number, last: number): number {
  let n = 0;
  for (let d = new Date(year, month - 1, first); d.getMonth() === month - 1 && d.getDate() <= last; d.setDate(d.getDate() + 1)) {
    if (d.getDay() !== 0) n++;
  }
  return n;
}

describe('calendar', () => {
  it('knows month lengths and leap years (2024 and 2000 leap, 2026 and 2100 not)', () => {
    expect(daysInMonth(2024, 2)).to.equal(29);
    expect(daysInMonth(2000, 2)).to.equal(29);
    expect(daysInMonth(2026, 2)).to.equal(28);
    expect(daysInMonth(2100, 2)).to.equal(28);
    expect(daysInMonth(2026, 4)).to.equal(30);
    expect(daysInMonth(2026, 12)).to.equal(31);
  });

  it('counts Monday to Saturday in known months', () => {
    expect(countWeekdays(2026, 1, 1, 31, MON_TO_SAT)).to.equal(27); // starts Thursday, 4 Sundays
    expect(countWeekdays(2026, 2, 1, 28, MON_TO_SAT)).to.equal(24);
    expect(countWeekdays(2024, 2, 1, 29, MON_TO_SAT)).to.equal(25); // leap February, 4 Sundays
    expect(countWeekdays(2026, 3, 1, 31, MON_TO_SAT)).to.equal(26); // starts Sunday: 5 Sundays
    expect(countWeekdays(2026, 11, 1, 30, MON_TO_SAT)).to.equal(25); // starts Sunday: 5 Sundays
  });

  it('counts 313 days in 2026, 314 in 2024 (leap, starts Monday) and 313 in 2028 (leap, 53 Sundays)', () => {
    const year = (y: number) =>
      Array.from({ length: 12 }, (_, i) => countWeekdays(y, i + 1, 1, daysInMonth(y, i + 1), MON_TO_SAT)).reduce((a, b) => a + b);
    expect(year(2026)).to.equal(313);
    expect(year(2024)).to.equal(314);
    expect(year(2028)).to.equal(313);
  });

  it('agrees with a day-by-day count for every month and part-month of 2018-2032', () => {
    for (let y = 2018; y <= 2032; y++) {
      for (let m = 1; m <= 12; m++) {
        const dim = daysInMonth(y, m);
        expect(countWeekdays(y, m, 1, dim, MON_TO_SAT), `${y}-${m}`).to.equal(slowCount(y, m, 1, dim));
        for (const [a, b] of [[15, dim], [1, 14], [10, 10], [7, 20]]) {
          expect(countWeekdays(y, m, a, b, MON_TO_SAT), `${y}-${m} ${a}-${b}`).to.equal(slowCount(y, m, a, b));
        }
      }
    }
  });

  it('agrees with Date on weekdays and month lengths for every month of 2000-2100', () => {
    for (let y = 2000; y <= 2100; y++) {
      for (let m = 1; m <= 12; m++) {
        expect(daysInMonth(y, m), `${y}-${m}`).to.equal(new Date(y, m, 0).getDate());
        for (const d of [1, 13, 28]) expect(weekday(y, m, d), `${y}-${m}-${d}`).to.equal(new Date(y, m - 1, d).getDay());
      }
    }
  });

  it('counts nothing in an empty range', () => {
    expect(countWeekdays(2026, 1, 10, 9, MON_TO_SAT)).to.equal(0);
  });

  it('reads only real months and dates', () => {
    expect(parseMonth('2026-02')).to.deep.equal({ year: 2026, month: 2 });
    expect(parseMonth('2026-13')).to.equal(null);
    expect(parseMonth('2026-2')).to.equal(null);
    expect(parseDate('2024-02-29')).to.deep.equal({ year: 2024, month: 2, day: 29 });
    expect(parseDate('2026-02-29')).to.equal(null);
    expect(parseDate('2026-04-31')).to.equal(null);
    expect(parseDate('26-04-01')).to.equal(null);
  });

  it('adds months across year ends', () => {
    expect(addMonths({ year: 2026, month: 11 }, 3)).to.deep.equal({ year: 2027, month: 2 });
    expect(addMonths({ year: 2026, month: 1 }, 35)).to.deep.equal({ year: 2028, month: 12 });
  });

  it('moves dates by days as Date does, every day from 1899 to 2101, across months, leap days and centuries', () => {
    const iso = (time: number) => new Date(time).toISOString().slice(0, 10);
    let mismatches = 0;
    for (let time = Date.UTC(1899, 0, 1); time <= Date.UTC(2101, 11, 31); time += 86_400_000) {
      const date = iso(time);
      for (const days of [1, -1, 29, -366, 730]) if (addDays(date, days) !== iso(time + days * 86_400_000)) mismatches++;
      // The working day before: Monday to Friday, walking back over a weekend.
      let before = time - 86_400_000;
      while ([0, 6].includes(new Date(before).getUTCDay())) before -= 86_400_000;
      if (workingDayBefore(date) !== iso(before)) mismatches++;
    }
    expect(mismatches).to.equal(0);
    expect(addDays('2024-02-28', 1)).to.equal('2024-02-29');
    expect(addDays('2100-02-28', 1)).to.equal('2100-03-01');
    expect(addDays('2026-12-31', 1)).to.equal('2027-01-01');
    expect(workingDayBefore('2026-12-07')).to.equal('2026-12-04'); // a Monday: the Friday before
    expect(daysBetween('2026-01-01', '2027-01-01')).to.equal(365);
  });
});
