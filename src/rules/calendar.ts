/**
 * Calendar arithmetic on ISO strings (YYYY-MM-DD dates, YYYY-MM months), computed in UTC so the
 * host's time zone never shifts a day.
 */

export interface YearMonth {
  year: number;
  /** 1 = January … 12 = December. */
  month: number;
}

const MONTH_RE = /^(\d{4})-(\d{2})$/;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "01" … "31", made once: dates are formatted for every segment of every month. */
const TWO_DIGITS = Array.from({ length: 32 }, (_, i) => String(i).padStart(2, '0'));

function pad(n: number, width = 2): string {
  return width === 2 && n >= 0 && n < 32 ? TWO_DIGITS[n] : String(n).padStart(width, '0');
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_LENGTHS[month - 1];
}

/** Reads "YYYY-MM"; `null` unless it is a real month. */
export function parseMonth(text: string): YearMonth | null {
  const m = MONTH_RE.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? { year, month } : null;
}

/** Reads "YYYY-MM-DD"; `null` unless it is a real calendar day. */
export function parseDate(text: string): { year: number; month: number; day: number } | null {
  const m = DATE_RE.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function formatMonth({ year, month }: YearMonth): string {
  return `${year >= 1000 ? year : pad(year, 4)}-${TWO_DIGITS[month]}`;
}

export function formatDate(year: number, month: number, day: number): string {
  return `${year >= 1000 ? year : pad(year, 4)}-${TWO_DIGITS[month]}-${TWO_DIGITS[day]}`;
}

export function addMonths({ year, month }: YearMonth, count: number): YearMonth {
  const index = year * 12 + (month - 1) + count;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

const SAKAMOTO = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];

/** Day of the week: 0 = Sunday … 6 = Saturday (Sakamoto's method, Gregorian calendar). */
export function weekday(year: number, month: number, day: number): number {
  const y = month < 3 ? year - 1 : year;
  return (y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + SAKAMOTO[month - 1] + day) % 7;
}

/**
 * How many days from `firstDay` to `lastDay` (both included) of one month fall on one of
 * `weekdays` (0 = Sunday … 6 = Saturday).
 */
export function countWeekdays(
  year: number,
  month: number,
  firstDay: number,
  lastDay: number,
  weekdays: readonly number[],
): number {
  if (lastDay < firstDay) return 0;
  const length = lastDay - firstDay + 1;
  const fullWeeks = Math.floor(length / 7);
  let count = fullWeeks * weekdays.length;
  const start = weekday(year, month, firstDay);
  for (let i = 0; i < length % 7; i++) {
    if (weekdays.includes((start + fullWeeks * 7 + i) % 7)) count++;
  }
  return count;
}

function toUtc(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

const DAY_MS = 86_400_000;

/** The day of a UTC time as "YYYY-MM-DD" (from its fields: `toISOString()` is several times slower). */
function fromUtc(time: number): string {
  const day = new Date(time);
  return formatDate(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate());
}

/** The date `days` days after (or before, if negative) `date`. */
export function addDays(date: string, days: number): string {
  return fromUtc(toUtc(date) + days * DAY_MS);
}

/** Days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

/** The same day `count` months later, or the month's last day when it has no such day. */
export function addMonthsToDate(date: string, count: number): string {
  const target = addMonths({ year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)) }, count);
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(target.year, target.month));
  return formatDate(target.year, target.month, day);
}

/**
 * The working day (Monday to Friday) before `date`. Public holidays are not known to the
 * calculator and count as working days.
 */
export function workingDayBefore(date: string): string {
  let time = toUtc(date);
  do time -= DAY_MS;
  while (new Date(time).getUTCDay() % 6 === 0); // 0 Sunday, 6 Saturday
  return fromUtc(time);
}
