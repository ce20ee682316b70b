/**
 * The month-by-month forecast: for each calendar month, the benefit (full or reduced for its
 * days of authorised work), the gross earnings and the total, with the explanation of every figure
 * as data (fraction → excess → reduction → daily amount × days).
 *
 * Input is a validated, normalised scenario ({@link ForecastInput}); use `forecastScenario` from
 * `src/scenario` for raw JSON.
 */
import { Dec, ZERO, fixed, money } from './decimal.js';
import {
  addMonths,
  countWeekdays,
  daysInMonth,
  formatDate,
  formatMonth,
  type YearMonth,
} from './calendar.js';
import { CUMULATION_RULES, cumulationRuleAt } from './cumulation/index.js';
import { reducedDailyBenefit } from './cumulation/salaried-2018.js';
import * as cumulationParameters from './parameters/cumulation.js';
import { indemnifiableWeekdays, paidDailyAmountDecimals, weeksPerYear } from './parameters/cumulation.js';
import { requireValueAt, type Reference } from './parameters/parameter.js';
import { type Notice, addNotice } from './notice.js';

export type Scheme = 'employee' | 'unemployed';

export type Wage = { kind: 'hourly'; amount: Dec } | { kind: 'monthly'; amount: Dec };

export interface WorkStepInput {
  /** First day (YYYY-MM-DD) of this step; it holds until the next step starts. */
  from: string;
  /** Q: average weekly hours of the authorised work; 0 ends work. */
  hoursPerWeek: Dec;
  /** S: weekly hours of a full-time reference worker in the same job; `null` on a step without work. */
  fullTimeHoursPerWeek: Dec | null;
  /** `null` on a step without work. */
  wage: Wage | null;
}

/** A step with work: Q > 0, S and the wage known. */
export type WorkingStep = WorkStepInput & { fullTimeHoursPerWeek: Dec; wage: Wage };

export interface ForecastInput {
  scheme: Scheme;
  start: YearMonth;
  months: number;
  /** Gross daily benefit without cumulation (FR indemnité journalière, NL daguitkering). */
  dailyBenefit: Dec;
  /** Steps ordered by `from`. */
  work: readonly WorkStepInput[];
}

/** A run of days of one month under the same situation, with the whole computation. */
export interface Segment {
  from: string;
  to: string;
  calendarDays: number;
  indemnifiableDays: number;
  /** Index of the work step in force, `null` without work. */
  step: number | null;
  hoursPerWeek: string | null;
  fullTimeHoursPerWeek: string | null;
  /** Occupation fraction Q / S in percent, two decimals; `null` without work. */
  fraction: string | null;
  exemptedPercent: string | null;
  /** Part of the fraction above the exemption, in percent to the hundredth. */
  excessPercent: string | null;
  reductionPercent: number;
  fullDailyBenefit: string;
  /** Daily amount paid: full daily benefit × (1 − reduction). */
  dailyBenefit: string;
  /** dailyBenefit × indemnifiableDays. */
  benefit: string;
  /** Monthly wage of the step (hourly wage × hours × 52 / 12, or the monthly wage given). */
  monthlyWage: string | null;
  /** monthlyWage × calendarDays / days in the month. */
  earnings: string;
  reference: Reference | null;
}

export interface ForecastMonth {
  month: string;
  indemnifiableDays: number;
  /** Hours a week of the work in force at the end of the month (or last worked in it). */
  hoursPerWeek: string | null;
  fraction: string | null;
  reductionPercent: number;
  dailyBenefit: string;
  benefit: string;
  earnings: string;
  total: string;
  /** The benefit without any work. */
  fullBenefit: string;
  gainVsNoWork: string;
  segments: Segment[];
  warnings: Notice[];
}

export interface ForecastTotals {
  indemnifiableDays: number;
  benefit: string;
  earnings: string;
  total: string;
  fullBenefit: string;
  gainVsNoWork: string;
}

export interface Forecast {
  months: ForecastMonth[];
  totals: ForecastTotals;
  /** Notices about the whole forecast: assumptions of the calculator and unsettled points of law. */
  warnings: Notice[];
}

/** A decimal with at least two decimals and no fewer than it has (62.4512 stays 62.4512). */
function amount(value: Dec): string {
  return fixed(value, Math.max(2, value.decimalPlaces()));
}

/** The monthly gross wage of a step. */
export function monthlyWage(step: WorkingStep, date: string): Dec {
  if (step.wage.kind === 'monthly') return step.wage.amount;
  const weeks = new Dec(requireValueAt(weeksPerYear, date).value);
  return step.wage.amount.times(step.hoursPerWeek).times(weeks).div(12);
}

/** Index of the step in force on `date`, or -1 before the first step. */
function stepAt(work: readonly WorkStepInput[], date: string): number {
  let index = -1;
  for (let i = 0; i < work.length && work[i].from <= date; i++) index = i;
  return index;
}

export function isWorking(step: WorkStepInput | undefined): step is WorkingStep {
  return step !== undefined && step.hoursPerWeek.gt(0) && step.fullTimeHoursPerWeek !== null && step.wage !== null;
}

/** An amount rounded to the cent and its text, computed once and shared. */
interface Money {
  value: Dec;
  text: string;
}

function toMoney(value: Dec): Money {
  const rounded = value.decimalPlaces() <= 2 ? value : value.toDecimalPlaces(2, Dec.ROUND_HALF_UP);
  return { value: rounded, text: money(rounded) };
}

const NO_MONEY = toMoney(ZERO);

type SegmentTermsFields = Pick<
  Segment,
  | 'step'
  | 'hoursPerWeek'
  | 'fullTimeHoursPerWeek'
  | 'fraction'
  | 'exemptedPercent'
  | 'excessPercent'
  | 'reductionPercent'
  | 'dailyBenefit'
  | 'monthlyWage'
  | 'reference'
>;

/**
 * What one situation (a work step, or no work) gives in one period of unchanged parameters: the
 * same for each of its days, so it is computed once per forecast.
 */
interface Terms {
  key: string;
  /** Daily amount paid. */
  daily: Dec;
  /** Monthly wage, unrounded, and rounded; `null` without work. */
  wage: Dec | null;
  wageMoney: Money;
  fields: SegmentTermsFields;
  notices: Notice[];
  /** daily × n indemnifiable days, by n. */
  benefitByDays: Map<number, Money>;
}

/** Every date on which a parameter or rule used here changes, sorted. */
const CHANGE_DATES: readonly string[] = [
  ...new Set(
    [indemnifiableWeekdays, paidDailyAmountDecimals, weeksPerYear, ...Object.values(cumulationParameters)]
      .flatMap((p) => Object.keys(p.values))
      .concat(CUMULATION_RULES.flatMap((r) => [r.validFrom, ...(r.validUntil ? [r.validUntil] : [])])),
  ),
].sort();

/** The period of unchanged parameters `date` falls in, named by the date it starts ('' before all). */
function periodOf(date: string): string {
  let period = '';
  for (const change of CHANGE_DATES) {
    if (change > date) break;
    period = change;
  }
  return period;
}

function noWorkTerms(key: string, input: ForecastInput, stepIndex: number): Terms {
  const step = input.work[stepIndex];
  return {
    key,
    daily: input.dailyBenefit,
    wage: null,
    wageMoney: NO_MONEY,
    fields: {
      step: stepIndex >= 0 ? stepIndex : null,
      hoursPerWeek: step ? amount(step.hoursPerWeek) : null,
      fullTimeHoursPerWeek: null,
      fraction: null,
      exemptedPercent: null,
      excessPercent: null,
      reductionPercent: 0,
      dailyBenefit: amount(input.dailyBenefit),
      monthlyWage: null,
      reference: null,
    },
    notices: [],
    benefitByDays: new Map(),
  };
}

/** The cumulation rule applied to a working step: fraction → excess → reduction → daily amount. */
function workTerms(key: string, input: ForecastInput, stepIndex: number, step: WorkingStep, date: string): Terms {
  const rule = cumulationRuleAt(date);
  if (!rule) throw new Error(`No cumulation rule for ${date}: validate the scenario first`);
  const r = rule.occupationReduction(step.hoursPerWeek, step.fullTimeHoursPerWeek, date);
  const daily = reducedDailyBenefit(input.dailyBenefit, r.reductionPercent, requireValueAt(paidDailyAmountDecimals, date).value);
  const wage = monthlyWage(step, date);
  const fraction = fixed(r.occupationPercent, 2);
  const notices: Notice[] = [];
  if (r.aboveFullTime) {
    notices.push({ code: 'FRACTION_ABOVE_FULL_TIME', level: 'warning', params: { fraction } });
  } else if (r.excessPercent.isZero()) {
    notices.push({ code: 'FRACTION_WITHIN_EXEMPTION', level: 'info', params: { fraction, exemptedPercent: fixed(r.exemptedPercent, 0) } });
  }
  if (r.reductionPercentIfTruncated !== null) {
    notices.push({
      code: 'EXCESS_ROUNDING_UNSETTLED',
      level: 'warning',
      params: { fraction, reductionPercent: r.reductionPercent, reductionPercentIfTruncated: r.reductionPercentIfTruncated },
    });
  }
  const wageMoney = toMoney(wage);
  return {
    key,
    daily,
    wage,
    wageMoney,
    fields: {
      step: stepIndex,
      hoursPerWeek: amount(step.hoursPerWeek),
      fullTimeHoursPerWeek: amount(step.fullTimeHoursPerWeek),
      fraction,
      exemptedPercent: fixed(r.exemptedPercent, 2),
      excessPercent: fixed(r.excessPercent, 2),
      reductionPercent: r.reductionPercent,
      dailyBenefit: amount(daily),
      monthlyWage: wageMoney.text,
      reference: r.reference,
    },
    notices,
    benefitByDays: new Map(),
  };
}

/** The money of one month, shared by all months of the same terms and number of days. */
interface MonthMoney {
  benefit: Money;
  earnings: Money;
  total: Money;
  fullBenefit: Money;
  gain: Money;
}

/** The work of one forecast, with its caches: each figure is computed once and reused. */
class ForecastRun {
  private readonly terms = new Map<string, Terms>();
  private readonly monthMoney = new Map<string, MonthMoney>();
  private readonly noWork: Terms;
  /** How many months share each MonthMoney, for the totals. */
  readonly tally = new Map<MonthMoney, number>();
  readonly notices: Notice[] = [];

  constructor(readonly input: ForecastInput) {
    this.noWork = noWorkTerms('none', input, -1);
  }

  termsFor(stepIndex: number, date: string): Terms {
    const key = `${stepIndex}|${periodOf(date)}`;
    let terms = this.terms.get(key);
    if (!terms) {
      const step = this.input.work[stepIndex];
      terms = isWorking(step) ? workTerms(key, this.input, stepIndex, step, date) : noWorkTerms(key, this.input, stepIndex);
      this.terms.set(key, terms);
    }
    return terms;
  }

  benefitFor(terms: Terms, days: number): Money {
    let found = terms.benefitByDays.get(days);
    if (!found) {
      found = toMoney(terms.daily.times(days));
      terms.benefitByDays.set(days, found);
    }
    return found;
  }

  /** Adds up a month, or takes the one already computed for the same terms and days. */
  moneyFor(key: string | null, days: number, benefit: () => Money, earnings: () => Money): MonthMoney {
    const cacheKey = key === null ? null : `${key}|${days}`;
    const cached = cacheKey === null ? undefined : this.monthMoney.get(cacheKey);
    if (cached) return cached;
    const b = benefit();
    const e = earnings();
    const fullBenefit = this.benefitFor(this.noWork, days);
    const total = toMoney(b.value.plus(e.value));
    const result = { benefit: b, earnings: e, total, fullBenefit, gain: toMoney(total.value.minus(fullBenefit.value)) };
    if (cacheKey !== null) this.monthMoney.set(cacheKey, result);
    return result;
  }

  month(ym: YearMonth): ForecastMonth {
    const input = this.input;
    const monthKey = formatMonth(ym);
    const last = daysInMonth(ym.year, ym.month);
    const bounds: { first: number; step: number }[] = [{ first: 1, step: stepAt(input.work, `${monthKey}-01`) }];
    input.work.forEach((step, index) => {
      if (step.from.startsWith(monthKey) && step.from > `${monthKey}-01`) bounds.push({ first: Number(step.from.slice(8)), step: index });
    });
    const warnings: Notice[] = [];
    const parts = bounds.map((b, i) => {
      const lastDay = i + 1 < bounds.length ? bounds[i + 1].first - 1 : last;
      const from = formatDate(ym.year, ym.month, b.first);
      const terms = this.termsFor(b.step, from);
      for (const notice of terms.notices) addNotice(warnings, notice);
      const weekdays = requireValueAt(indemnifiableWeekdays, from).value;
      const days = countWeekdays(ym.year, ym.month, b.first, lastDay, weekdays);
      const calendarDays = lastDay - b.first + 1;
      const benefit = this.benefitFor(terms, days);
      // A partly worked month earns the monthly wage pro rata of its calendar days.
      const earnings = terms.wage === null ? NO_MONEY : calendarDays === last ? terms.wageMoney : toMoney(terms.wage.times(calendarDays).div(last));
      const segment: Segment = {
        from,
        to: formatDate(ym.year, ym.month, lastDay),
        calendarDays,
        indemnifiableDays: days,
        fullDailyBenefit: this.noWork.fields.dailyBenefit,
        ...terms.fields,
        benefit: benefit.text,
        earnings: earnings.text,
      };
      return { terms, segment, benefit, earnings };
    });
    const days = parts.reduce((acc, p) => acc + p.segment.indemnifiableDays, 0);
    const single = parts.length === 1 ? parts[0] : null;
    const m = this.moneyFor(
      single ? single.terms.key : null,
      days,
      () => single?.benefit ?? toMoney(parts.reduce((acc, p) => acc.plus(p.benefit.value), ZERO)),
      () => single?.earnings ?? toMoney(parts.reduce((acc, p) => acc.plus(p.earnings.value), ZERO)),
    );
    this.tally.set(m, (this.tally.get(m) ?? 0) + 1);
    const shown = [...parts].reverse().find((p) => p.segment.fraction !== null)?.segment;
    return {
      month: monthKey,
      indemnifiableDays: days,
      hoursPerWeek: shown?.hoursPerWeek ?? null,
      fraction: shown?.fraction ?? null,
      reductionPercent: shown?.reductionPercent ?? 0,
      dailyBenefit: shown?.dailyBenefit ?? this.noWork.fields.dailyBenefit,
      benefit: m.benefit.text,
      earnings: m.earnings.text,
      total: m.total.text,
      fullBenefit: m.fullBenefit.text,
      gainVsNoWork: m.gain.text,
      segments: parts.map((p) => p.segment),
      warnings,
    };
  }

  totals(months: readonly ForecastMonth[]): ForecastTotals {
    let benefit = ZERO;
    let earnings = ZERO;
    let fullBenefit = ZERO;
    for (const [m, count] of this.tally) {
      benefit = benefit.plus(count === 1 ? m.benefit.value : m.benefit.value.times(count));
      earnings = earnings.plus(count === 1 ? m.earnings.value : m.earnings.value.times(count));
      fullBenefit = fullBenefit.plus(count === 1 ? m.fullBenefit.value : m.fullBenefit.value.times(count));
    }
    // Each month's total is its benefit + earnings and its gain total − full benefit, all exact to
    // the cent, so the sums over the months follow from these three.
    const total = benefit.plus(earnings);
    return {
      indemnifiableDays: months.reduce((acc, m) => acc + m.indemnifiableDays, 0),
      benefit: money(benefit),
      earnings: money(earnings),
      total: money(total),
      fullBenefit: money(fullBenefit),
      gainVsNoWork: money(total.minus(fullBenefit)),
    };
  }
}

/** One calendar month on its own (the forecast computes months through one shared run). */
export function forecastMonth(input: ForecastInput, ym: YearMonth): ForecastMonth {
  return new ForecastRun(input).month(ym);
}

/** Assumptions of the calculator where the sources are silent; shown to the user, never hidden. */
function forecastNotices(months: readonly ForecastMonth[]): Notice[] {
  const notices: Notice[] = [{ code: 'AMOUNTS_ARE_GROSS', level: 'info', params: {} }];
  const segments = months.flatMap((m) => m.segments);
  if (segments.some((s) => s.fraction !== null)) {
    notices.push({ code: 'ASSUMPTION_PAID_ON_WORKED_DAYS', level: 'info', params: {} });
    notices.push({ code: 'ASSUMPTION_PUBLIC_HOLIDAYS_PAID', level: 'info', params: {} });
  }
  if (segments.some((s) => s.reductionPercent > 0)) {
    notices.push({ code: 'ASSUMPTION_DAILY_AMOUNT_TO_CENT', level: 'info', params: {} });
  }
  if (months.some((m) => m.segments.length > 1 && m.segments.some((s) => s.monthlyWage !== null))) {
    notices.push({ code: 'ASSUMPTION_EARNINGS_PRORATA', level: 'info', params: {} });
  }
  return notices;
}

export function computeForecast(input: ForecastInput): Forecast {
  const run = new ForecastRun(input);
  const months: ForecastMonth[] = [];
  for (let i = 0; i < input.months; i++) months.push(run.month(addMonths(input.start, i)));
  return { months, totals: run.totals(months), warnings: forecastNotices(months) };
}
