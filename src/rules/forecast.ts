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
  authorisationEnd,
  requestDeadline,
  requestTimeliness,
  reviewDates,
  type AuthorisationInput,
  type RequestTimeliness,
} from './authorisation.js';
import {
  benefitPaymentLagMonths,
  lateRequestPenaltyPercent,
  noGuaranteedSalaryOnRelapseFrom,
  TWO_YEAR_LIMIT_SOURCED_FROM,
} from './parameters/authorisation.js';
import {
  addDays,
  addMonths,
  countWeekdays,
  daysInMonth,
  formatDate,
  formatMonth,
  type YearMonth,
} from './calendar.js';
import {
  CUMULATION_RULES,
  reducedDaily,
  reductionChangeDates,
  reductionFor,
} from './cumulation/index.js';
import { estimateChangeDates, estimateDailyBenefit, typedDailyBenefit } from './benefit-estimate.js';
import { coefficientAt } from './indexation.js';
import * as cumulationParameters from './parameters/cumulation.js';
import { indemnifiableWeekdays, paidDailyAmountDecimals, weeksPerYear } from './parameters/cumulation.js';
import { requireValueAt, valueAt, type Parameter } from './parameters/parameter.js';
import { type Notice, addNotice } from './notice.js';
import { VOLUNTEERING } from './parameters/sources.js';
import { allowanceExcess } from './volunteer.js';

export * from './forecast-types.js';
import type {
  BenefitBasis,
  CashItem,
  CashMonth,
  Forecast,
  ForecastInput,
  ForecastMonth,
  ForecastTotals,
  PaymentInput,
  Segment,
  WorkingStep,
  WorkStepInput,
} from './forecast-types.js';

/** Unless the scenario says otherwise. */
export function defaultPayment(date: string): PaymentInput {
  return {
    benefitLagMonths: requireValueAt(benefitPaymentLagMonths, date).value,
    wagePaidIn: 'same-month',
    wagePayDay: 28,
  };
}

/** Hours: at least two decimals and no fewer than typed (7.125 h stays 7.125). Money goes through `money`. */
function amount(value: Dec): string {
  return fixed(value, Math.max(2, value.decimalPlaces()));
}

const weekCounts = new Map<string, Dec>();

/**
 * The monthly gross wage of a step (hourly wage × hours × weeks a year ÷ 12). `known`: the wages a
 * forecast already computed, by step and number of weeks (a step's terms are made once per period).
 */
export function monthlyWage(step: WorkingStep, date: string, known = new Map<WorkingStep, { weeks: string; wage: Dec }>()): Dec {
  if (step.wage.kind === 'monthly') return step.wage.amount;
  const weeksText = requireValueAt(weeksPerYear, date).value;
  const found = known.get(step);
  if (found && found.weeks === weeksText) return found.wage;
  let weeks = weekCounts.get(weeksText);
  if (weeks === undefined) weekCounts.set(weeksText, (weeks = new Dec(weeksText)));
  const wage = step.wage.amount.times(step.hoursPerWeek).times(weeks).div(12);
  known.set(step, { weeks: weeksText, wage });
  return wage;
}

/** Index of the step in force on `date`, or -1 before the first step. */
function stepAt(work: readonly WorkStepInput[], date: string): number {
  let index = -1;
  for (let i = 0; i < work.length && work[i].from <= date; i++) index = i;
  return index;
}

export function isWorking(step: WorkStepInput | undefined): step is WorkingStep {
  return step !== undefined && step.hoursPerWeek.gt(0) && step.wage !== null;
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

/**
 * Per month of a forecast made by `computeForecast`: the amounts behind its texts if it has one
 * segment, nothing at risk and no penalty, else `undefined` (read by `sharedMonthAmounts` of the
 * net). Every such month with the same situation and number of paid days has the same object, so
 * what is derived from it is computed once, without reading the texts back. Kept in a property
 * JSON, copies and comparisons do not see; a registered symbol, so the reader needs no import.
 */
export const SHARED_AMOUNTS = Symbol.for('ipsShared');

/** The decimal amounts of a month, shared by the months of a forecast that are alike. */
export interface SharedMonthAmounts {
  readonly benefit: { readonly value: Dec; readonly text: string };
  readonly earnings: { readonly value: Dec; readonly text: string };
  readonly fullBenefit: { readonly value: Dec; readonly text: string };
  /**
   * When the full benefit is exactly this full daily amount (`fullDailyBenefit`, in cents) × `days`;
   * when the month has no work, `benefit` is then the same object as `fullBenefit`.
   */
  readonly fullDaily: Dec | null;
  /** Paid days of the month. */
  readonly days: number;
  /** When the benefit is exactly this daily amount (in cents) × `days` (sums can add up days). */
  readonly benefitDaily: Dec | null;
}

type SegmentTermsFields = Pick<
  Segment,
  | 'step'
  | 'rule'
  | 'dailyIncome'
  | 'reductionAmount'
  | 'basis'
  | 'fullDailyBenefit'
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
  /** The daily amount has at most two decimals: daily × days is then exact to the cent (see `SharedMonthAmounts.fullDaily`). */
  dailyInCents: boolean;
  /** Monthly wage, unrounded, and rounded; `null` without work. */
  wage: Dec | null;
  wageMoney: Money;
  fields: SegmentTermsFields;
  notices: Notice[];
  /** daily × n indemnifiable days, by n. */
  benefitByDays: Map<number, Money>;
  /** The money of a month of these terms alone (one segment, nothing at risk, no penalty), by its paid days. */
  monthByDays: Map<number, MonthMoney>;
}

/**
 * Every date on which a parameter of the salaried rules changes, sorted. The dates of the other
 * rules (self-employed years, a childminder's second year) and of the estimate (indexations, 7th
 * and 13th month) are added per forecast, from the scenario's own dates.
 */
const CHANGE_DATES: readonly string[] = [
  ...new Set(
    [indemnifiableWeekdays, paidDailyAmountDecimals, weeksPerYear, ...Object.values(cumulationParameters)]
      .filter((p): p is Parameter<never> => typeof p === 'object' && p !== null && 'values' in p)
      .flatMap((p) => Object.keys(p.values))
      .concat(CUMULATION_RULES.flatMap((r) => [r.validFrom, ...(r.validUntil ? [addDays(r.validUntil, 1)] : [])])),
  ),
].sort();

/** The full daily benefit on a day and how it was found. */
interface FullDaily {
  value: Dec;
  key: string;
  basis: BenefitBasis;
  notices: Notice[];
}

function noWorkTerms(key: string, input: ForecastInput, stepIndex: number, full: FullDaily): Terms {
  const step = input.work[stepIndex];
  return {
    key,
    daily: full.value,
    dailyInCents: full.value.decimalPlaces() <= 2,
    wage: null,
    wageMoney: NO_MONEY,
    fields: {
      step: stepIndex >= 0 ? stepIndex : null,
      rule: step?.kind === 'volunteer' ? 'volunteer' : null,
      dailyIncome: null,
      reductionAmount: null,
      basis: full.basis,
      fullDailyBenefit: money(full.value),
      hoursPerWeek: step ? amount(step.hoursPerWeek) : null,
      fullTimeHoursPerWeek: null,
      fraction: null,
      exemptedPercent: null,
      excessPercent: null,
      reductionPercent: 0,
      dailyBenefit: money(full.value),
      monthlyWage: null,
      reference: step?.kind === 'volunteer' ? VOLUNTEERING : null,
    },
    notices: full.notices,
    benefitByDays: new Map(),
    monthByDays: new Map(),
  };
}

/** The rule applied to a working step: (fraction → excess →) reduction → daily amount. */
function workTerms(key: string, input: ForecastInput, stepIndex: number, step: WorkingStep, date: string, full: FullDaily, authorisationStart: string, wages: Map<WorkingStep, { weeks: string; wage: Dec }>): Terms {
  const wage = monthlyWage(step, date, wages);
  const outcome = reductionFor({
    scheme: input.scheme,
    kind: step.kind,
    hoursPerWeek: step.hoursPerWeek,
    fullTimeHoursPerWeek: step.fullTimeHoursPerWeek,
    monthlyIncome: wage,
    date,
    authorisationStart,
    selfEmployed: () => ({ activityStart: input.selfEmployed.activityStart ?? step.from, incomeByYear: input.selfEmployed.incomeByYear }),
  });
  if (!outcome) throw new Error(`No cumulation rule for ${date}: validate the scenario first`);
  const daily = reducedDaily(full.value, outcome, requireValueAt(paidDailyAmountDecimals, date).value);
  const r = outcome.hours;
  const fraction = r ? fixed(r.occupationPercent, 2) : null;
  const notices: Notice[] = full.notices.length + outcome.notices.length > 0 ? [...full.notices, ...outcome.notices] : [];
  if (r && fraction) {
    if (r.aboveFullTime) {
      notices.push({ code: 'FRACTION_ABOVE_FULL_TIME', level: 'warning', params: { fraction } });
    } else if (r.occupationPercent.gte(100)) {
      notices.push({ code: 'FULL_TIME_WORK', level: 'warning', params: { fraction } });
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
  }
  const reductionPercent = r
    ? r.reductionPercent
    : (outcome.reductionPercent ?? (full.value.isZero() ? ZERO : (outcome.reductionAmount ?? ZERO).div(full.value).times(100)))
        .toDecimalPlaces(2, Dec.ROUND_HALF_UP)
        .toNumber();
  const wageMoney = toMoney(wage);
  return {
    key,
    daily,
    dailyInCents: daily.decimalPlaces() <= 2,
    wage,
    wageMoney,
    fields: {
      step: stepIndex,
      rule: outcome.rule,
      dailyIncome: outcome.dailyIncome ? money(outcome.dailyIncome) : null,
      reductionAmount: outcome.reductionAmount ? money(outcome.reductionAmount) : null,
      basis: full.basis,
      fullDailyBenefit: money(full.value),
      hoursPerWeek: amount(step.hoursPerWeek),
      fullTimeHoursPerWeek: step.fullTimeHoursPerWeek ? amount(step.fullTimeHoursPerWeek) : null,
      fraction,
      exemptedPercent: r ? fixed(r.exemptedPercent, 2) : null,
      excessPercent: r ? fixed(r.excessPercent, 2) : null,
      reductionPercent,
      dailyBenefit: money(daily),
      monthlyWage: wageMoney.text,
      reference: outcome.reference,
    },
    notices,
    benefitByDays: new Map(),
    monthByDays: new Map(),
  };
}

/** The money of one month, shared by all months of the same terms and number of days. */
interface MonthMoney {
  benefit: Money;
  earnings: Money;
  total: Money;
  fullBenefit: Money;
  gain: Money;
  latePenalty: Money;
  atRisk: Money;
  /** Paid days of the month. */
  days: number;
  /** When the benefit is exactly this daily amount (in cents) × `days`: the totals add up days, not amounts. */
  benefitDaily: Dec | null;
  /** The same for the full benefit (see {@link SharedMonthAmounts}). */
  fullDaily: Dec | null;
}

/** The authorisation as the forecast sees it: its period, the hours, the request's timeliness. */
interface Frame {
  authorisation: AuthorisationInput | null;
  end: string | null;
  /** First day of work of the plan, `null` without work. */
  workStart: string | null;
  timeliness: RequestTimeliness | null;
  reviews: string[];
  /** Dates where a segment must start because the frame changes on them. */
  breaks: string[];
}

function frameOf(input: ForecastInput): Frame {
  const a = input.authorisation;
  const end = a ? authorisationEnd(a) : null;
  const workStart = input.work.find((s) => isWorking(s))?.from ?? null;
  const timeliness = a?.requestSent && workStart ? requestTimeliness(workStart, a.requestSent) : null;
  const late = timeliness && timeliness.kind !== 'on-time' && timeliness.to >= timeliness.from ? timeliness : null;
  const breaks = [a?.start, end ? addDays(end, 1) : null, late?.from, late ? addDays(late.to, 1) : null].filter(
    (d): d is string => typeof d === 'string',
  );
  // Where the daily benefit or the rule's situation changes within a month: the 3rd, 4th, 7th and
  // 13th month of incapacity, the phases of a self-employed activity, a childminder's second year.
  // (Indexations, rates and minima change on the first of a month, where a month starts anyway.)
  if (input.benefitEstimate) breaks.push(...estimateChangeDates(input.benefitEstimate));
  for (const step of input.work) {
    if (!isWorking(step)) continue;
    const activityStart = input.selfEmployed.activityStart ?? step.from;
    breaks.push(...reductionChangeDates(input.scheme, step.kind, a?.start ?? step.from, { activityStart, incomeByYear: {} }));
  }
  return {
    authorisation: a,
    end,
    workStart,
    timeliness,
    reviews: a?.start && end ? reviewDates(a.start, end) : [],
    breaks: [...new Set(breaks)].sort(),
  };
}

/** The work of one forecast, with its caches: each figure is computed once and reused. */
class ForecastRun {
  private readonly terms = new Map<string, Terms>();
  private readonly frame: Frame;
  /** The parameters' change dates and this forecast's own: terms are equal between two of them. */
  private readonly changeDates: readonly string[];
  /** How many months share each MonthMoney, for the totals. */
  readonly tally = new Map<MonthMoney, number>();
  /** Benefit of the days between the first day of work and a request sent beyond the grace days. */
  lateBeyondGrace = ZERO;
  /** Per month made, its amounts when it can share them (see {@link sharedMonthAmounts}). */
  readonly shared: (MonthMoney | undefined)[] = [];

  constructor(readonly input: ForecastInput) {
    this.frame = frameOf(input);
    this.changeDates = this.frame.breaks.length === 0 ? CHANGE_DATES : [...new Set([...CHANGE_DATES, ...this.frame.breaks])].sort();
  }

  /** The period of unchanged terms `date` falls in, named by the date it starts. */
  private periodOf(date: string): string {
    // The last change date on or before `date` (binary search: the list is sorted).
    const dates = this.changeDates;
    let low = 0;
    let high = dates.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (dates[mid] <= date) low = mid + 1;
      else high = mid;
    }
    return low === 0 ? '' : dates[low - 1];
  }

  /** Per step index, the terms last found and what they were found for. */
  private readonly recent = new Map<number, { period: string; full: FullDaily; terms: Terms }>();

  private readonly typedByStep = new Map<string, FullDaily>();
  /** The monthly wages computed, by step (see {@link monthlyWage}). */
  private readonly wages = new Map<WorkingStep, { weeks: string; wage: Dec }>();

  /**
   * The full daily benefit on a day: the one typed, carried by the indexations between its
   * statement's month and the day; else the estimate from the lost wage.
   */
  fullDailyAt(date: string): FullDaily {
    const input = this.input;
    const project = input.projectIndexation;
    if (input.dailyBenefit) {
      const step = coefficientAt(date, project).since;
      let found = this.typedByStep.get(step);
      if (!found) {
        const asOf = input.dailyBenefitAsOf ?? input.start;
        const t = typedDailyBenefit(input.dailyBenefit, asOf, date, project);
        found = {
          value: t.value,
          key: `typed|${t.value.toString()}|${step}`,
          basis: { kind: 'typed', typed: money(input.dailyBenefit), asOf: formatMonth(asOf), indexFactor: fixed(t.indexFactor, 4), projected: t.projected },
          notices: t.notices,
        };
        this.typedByStep.set(step, found);
      }
      return found;
    }
    const e = estimateDailyBenefit(input.benefitEstimate!, date, project);
    return {
      value: e.value,
      key: `${e.value.toString()}|${e.phase}|${e.monthOfIncapacity}`,
      basis: {
        kind: 'estimate',
        phase: e.phase,
        monthOfIncapacity: e.monthOfIncapacity,
        ratePercent: e.ratePercent,
        cappedDailyWage: money(e.cappedDailyWage),
        ceiling: e.ceilingAtOnset ? money(e.ceilingAtOnset) : null,
        indexFactor: fixed(e.indexFactor, 4),
        projected: e.projected,
        minimum: e.minimum
          ? { rule: e.minimum.rule, amount: money(e.minimum.amount), limitedToWage: e.minimum.limitedToWage, derived: e.minimum.derived }
          : null,
        unemploymentAllowanceApplied: e.unemploymentAllowanceApplied,
      },
      notices: e.notices,
    };
  }

  termsFor(stepIndex: number, date: string): Terms {
    const period = this.periodOf(date);
    const full = this.fullDailyAt(date);
    // Months in a row mostly have the same terms: found again without making their key.
    const recent = this.recent.get(stepIndex);
    if (recent && recent.period === period && recent.full === full) return recent.terms;
    const terms = this.termsByKey(stepIndex, date, period, full);
    this.recent.set(stepIndex, { period, full, terms });
    return terms;
  }

  private termsByKey(stepIndex: number, date: string, period: string, full: FullDaily): Terms {
    const key = `${stepIndex}|${full.key}|${period}`;
    let terms = this.terms.get(key);
    if (!terms) {
      const step = this.input.work[stepIndex];
      terms = isWorking(step)
        ? workTerms(key, this.input, stepIndex, step, date, full, this.frame.authorisation?.start ?? step.from, this.wages)
        : noWorkTerms(key, this.input, stepIndex, full);
      this.terms.set(key, terms);
    }
    return terms;
  }

  /** The terms without work on a day (for the benefit without work). */
  noWorkAt(date: string): Terms {
    return this.termsFor(-1, date);
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
  moneyFor(plain: Terms | null, days: number, parts: readonly SegmentPart[]): MonthMoney {
    const cached = plain?.monthByDays.get(days);
    if (cached) return cached;
    const single = parts.length === 1 ? parts[0] : null;
    // The sum of the parts' amounts; zero amounts (most) are skipped, and one amount is its own sum.
    const sum = (pick: (p: SegmentPart) => Money): Money => {
      if (single) return pick(single);
      let first: Money | null = null;
      let acc: Dec | null = null;
      for (const p of parts) {
        const m = pick(p);
        if (m === NO_MONEY || m.value.isZero()) continue;
        if (first === null) first = m;
        else acc = (acc ?? first.value).plus(m.value);
      }
      return acc !== null ? toMoney(acc) : (first ?? NO_MONEY);
    };
    const latePenalty = sum((p) => p.latePenalty);
    const gross = sum((p) => p.benefit);
    const b = latePenalty.value.isZero() ? gross : toMoney(gross.value.minus(latePenalty.value));
    const e = sum((p) => p.earnings);
    const noWork = single ? this.noWorkAt(single.segment.from) : null;
    const fullBenefit = noWork
      ? this.benefitFor(noWork, days)
      : sum((p) => this.benefitFor(this.noWorkAt(p.segment.from), p.segment.indemnifiableDays));
    // Without earnings the total is the benefit; without work the gain is nothing: no addition.
    const total = e === NO_MONEY ? b : toMoney(b.value.plus(e.value));
    const result: MonthMoney = {
      benefit: b,
      earnings: e,
      total,
      fullBenefit,
      gain: total === fullBenefit ? NO_MONEY : toMoney(total.value.minus(fullBenefit.value)),
      latePenalty,
      atRisk: sum((p) => p.atRisk),
      days,
      benefitDaily: single && b === gross && single.terms.dailyInCents ? single.terms.daily : null,
      fullDaily: noWork !== null && noWork.dailyInCents ? noWork.daily : null,
    };
    plain?.monthByDays.set(days, result);
    return result;
  }

  /** The frame's verdict on a segment of work: outside the period, above the hours, late request. */
  private segmentFrame(from: string, days: number, terms: Terms, benefit: Money, over: boolean): Omit<SegmentPart, 'terms' | 'segment' | 'benefit' | 'earnings' | 'over'> {
    const { authorisation: a, end, timeliness } = this.frame;
    // Days without a paid day (a Sunday alone) have no benefit to put at risk or to reduce.
    if (days === 0) return NO_VERDICT;
    if (!a && !timeliness) return over ? { ...NO_VERDICT, atRisk: benefit } : NO_VERDICT;
    const working = terms.wage !== null;
    const step = this.input.work[terms.fields.step ?? -1];
    const outside = !working || !a ? null : a.start && from < a.start ? 'before' : end && from > end ? 'after' : null;
    const above = working && !!a?.maxHoursPerWeek && !!step && step.hoursPerWeek.gt(a.maxHoursPerWeek);
    const atRisk = outside || above || over ? benefit : NO_MONEY;
    let latePenalty = NO_MONEY;
    if (timeliness && timeliness.kind !== 'on-time' && from >= timeliness.from && from <= timeliness.to) {
      if (timeliness.kind === 'late-within-grace') {
        const percent = requireValueAt(lateRequestPenaltyPercent, timeliness.from).value; // exists with the grace rule
        latePenalty = toMoney(benefit.value.times(percent).div(100));
      } else {
        this.lateBeyondGrace = this.lateBeyondGrace.plus(benefit.value);
      }
    }
    return { outside, above, atRisk, latePenalty };
  }

  month(ym: YearMonth): ForecastMonth {
    const input = this.input;
    const monthKey = formatMonth(ym);
    const first = `${monthKey}-01`;
    const last = daysInMonth(ym.year, ym.month);
    let firstDays = [1];
    for (const step of input.work) if (step.from.startsWith(monthKey)) firstDays.push(Number(step.from.slice(8)));
    for (const date of this.frame.breaks) if (date.startsWith(monthKey)) firstDays.push(Number(date.slice(8)));
    if (firstDays.length > 1) firstDays = [...new Set(firstDays)].sort((a, b) => a - b);
    const warnings: Notice[] = [];
    let monthDays = -1;
    const parts: SegmentPart[] = firstDays.map((firstDay, i) => {
      const lastDay = i + 1 < firstDays.length ? firstDays[i + 1] - 1 : last;
      const from = formatDate(ym.year, ym.month, firstDay);
      const terms = this.termsFor(stepAt(input.work, from), from);
      for (const notice of terms.notices) addNotice(warnings, notice);
      const weekdays = requireValueAt(indemnifiableWeekdays, from).value;
      const days = countWeekdays(ym.year, ym.month, firstDay, lastDay, weekdays);
      const calendarDays = lastDay - firstDay + 1;
      const benefit = this.benefitFor(terms, days);
      // A partly worked month earns the monthly wage pro rata of its Monday-to-Saturday days, like
      // the benefit: a step that starts on a month's last Sunday earns nothing in that month.
      if (monthDays < 0 && terms.wage !== null && calendarDays !== last) monthDays = countWeekdays(ym.year, ym.month, 1, last, weekdays);
      const earnings =
        terms.wage === null ? NO_MONEY : calendarDays === last ? terms.wageMoney : days === 0 ? NO_MONEY : toMoney(terms.wage.times(days).div(monthDays));
      const over = days ? allowanceExcess(input.work[terms.fields.step ?? -1], from) : null;
      const verdict = this.segmentFrame(from, days, terms, benefit, !!over);
      // Written out rather than spread (`...terms.fields`): a spread in the middle of a literal
      // costs a hundred times more, and this runs for every segment of every month.
      const f = terms.fields;
      const segment: Segment = {
        from,
        to: formatDate(ym.year, ym.month, lastDay),
        calendarDays,
        indemnifiableDays: days,
        step: f.step,
        rule: f.rule,
        dailyIncome: f.dailyIncome,
        reductionAmount: f.reductionAmount,
        basis: f.basis,
        fullDailyBenefit: f.fullDailyBenefit,
        hoursPerWeek: f.hoursPerWeek,
        fullTimeHoursPerWeek: f.fullTimeHoursPerWeek,
        fraction: f.fraction,
        exemptedPercent: f.exemptedPercent,
        excessPercent: f.excessPercent,
        reductionPercent: f.reductionPercent,
        dailyBenefit: f.dailyBenefit,
        monthlyWage: f.monthlyWage,
        reference: f.reference,
        benefit: benefit.text,
        earnings: earnings.text,
        outsideAuthorisation: verdict.outside,
        aboveAuthorisedHours: verdict.above,
        atRisk: verdict.atRisk.text,
        latePenalty: verdict.latePenalty.text,
      };
      return {
        terms,
        segment,
        benefit,
        earnings,
        over,
        outside: verdict.outside,
        above: verdict.above,
        atRisk: verdict.atRisk,
        latePenalty: verdict.latePenalty,
      };
    });
    const over = parts.filter((p) => p.over);
    if (over.length > 0) {
      const params = { ...over[0].over!, days: over.reduce((acc, p) => acc + p.segment.indemnifiableDays, 0), atRisk: money(over.reduce((acc, p) => acc.plus(p.atRisk.value), ZERO)) };
      warnings.push({ code: 'VOLUNTEER_ALLOWANCE_ABOVE_LIMIT', level: 'risk', params });
    }
    const days = parts.reduce((acc, p) => acc + p.segment.indemnifiableDays, 0);
    const plain = parts.length === 1 && parts[0].atRisk === NO_MONEY && parts[0].latePenalty === NO_MONEY;
    const m = this.moneyFor(plain ? parts[0].terms : null, days, parts);
    this.tally.set(m, (this.tally.get(m) ?? 0) + 1);
    this.frameNotices(first, formatDate(ym.year, ym.month, last), parts, warnings);
    // The work shown for the month: the last one paid in it (a Sunday alone pays nothing; volunteering
    // is not work: it shows in its segments, rule 'volunteer').
    let shown: Segment | undefined;
    for (let i = parts.length - 1; i >= 0 && !shown; i--) if (parts[i].segment.monthlyWage !== null && parts[i].segment.indemnifiableDays > 0) shown = parts[i].segment;
    const payment = input.payment;
    const result: ForecastMonth = {
      month: monthKey,
      indemnifiableDays: days,
      hoursPerWeek: shown?.hoursPerWeek ?? null,
      fraction: shown?.fraction ?? null,
      reductionPercent: shown?.reductionPercent ?? 0,
      dailyBenefit: shown?.dailyBenefit ?? (parts.filter((p) => p.segment.indemnifiableDays > 0).at(-1) ?? parts.at(-1)!).segment.dailyBenefit,
      benefit: m.benefit.text,
      earnings: m.earnings.text,
      total: m.total.text,
      fullBenefit: m.fullBenefit.text,
      gainVsNoWork: m.gain.text,
      latePenalty: m.latePenalty.text,
      atRisk: m.atRisk.text,
      benefitPaidIn: payment.benefitLagMonths === 0 ? monthKey : formatMonth(addMonths(ym, payment.benefitLagMonths)),
      wagePaidIn: payment.wagePaidIn === 'next-month' ? formatMonth(addMonths(ym, 1)) : monthKey,
      segments: parts.map((p) => p.segment),
      warnings,
      projected: parts.some((p) => p.segment.basis.projected),
    };
    this.shared.push(plain ? m : undefined);
    return result;
  }

  /** Warnings of the authorisation for one month, with the days and the money concerned. */
  private frameNotices(first: string, last: string, parts: readonly SegmentPart[], warnings: Notice[]): void {
    const { authorisation: a, end, workStart, timeliness, reviews } = this.frame;
    // Without an authorisation or a request date, only the month work starts has a notice.
    if (!a && !timeliness && !(workStart && workStart >= first && workStart <= last)) return;
    const gather = (pick: (p: SegmentPart) => boolean) => {
      const chosen = parts.filter(pick);
      return {
        days: chosen.reduce((acc, p) => acc + p.segment.indemnifiableDays, 0),
        atRisk: money(chosen.reduce((acc, p) => acc.plus(p.atRisk.value), ZERO)),
        from: chosen[0]?.segment.from,
        to: chosen.at(-1)?.segment.to,
      };
    };
    if (parts.some((p) => p.above)) {
      const above = gather((p) => p.above);
      const step = parts.find((p) => p.above)!.segment;
      warnings.push({
        code: 'HOURS_ABOVE_AUTHORISED',
        level: 'risk',
        params: { hours: step.hoursPerWeek ?? '0', maxHours: amount(a!.maxHoursPerWeek!), days: above.days, atRisk: above.atRisk },
      });
    }
    for (const position of ['before', 'after'] as const) {
      if (parts.some((p) => p.outside === position)) {
        const outside = gather((p) => p.outside === position);
        warnings.push({
          code: position === 'before' ? 'WORK_BEFORE_AUTHORISATION' : 'WORK_AFTER_AUTHORISATION',
          level: 'risk',
          params: { from: outside.from!, to: outside.to!, days: outside.days, atRisk: outside.atRisk, start: a?.start ?? '', end: end ?? '' },
        });
      }
    }
    const penalised = parts.filter((p) => p.latePenalty !== NO_MONEY);
    if (penalised.length > 0 && timeliness && timeliness.kind === 'late-within-grace') {
      warnings.push({
        code: 'LATE_REQUEST_PENALTY',
        level: 'warning',
        params: {
          percent: requireValueAt(lateRequestPenaltyPercent, timeliness.from).value,
          from: penalised[0].segment.from,
          to: penalised.at(-1)!.segment.to,
          days: penalised.reduce((acc, p) => acc + p.segment.indemnifiableDays, 0),
          amount: money(penalised.reduce((acc, p) => acc.plus(p.latePenalty.value), ZERO)),
        },
      });
    }
    if (end && end >= first && end <= last) warnings.push({ code: 'AUTHORISATION_ENDS', level: 'warning', params: { end } });
    for (const date of reviews) {
      if (date >= first && date <= last) warnings.push({ code: 'AUTHORISATION_REVIEW', level: 'info', params: { date } });
    }
    if (workStart && workStart >= first && workStart <= last && valueAt(noGuaranteedSalaryOnRelapseFrom, workStart)?.value) {
      warnings.push({ code: 'NO_GUARANTEED_SALARY_ON_RELAPSE', level: 'info', params: { workStart } });
    }
  }

  /** Notices of the whole plan: no authorisation entered, the deadline, a very late request. */
  frameSummary(): Notice[] {
    const { authorisation: a, workStart, timeliness } = this.frame;
    if (!workStart) return [];
    const notices: Notice[] = [];
    if (!a || (!a.start && !a.maxHoursPerWeek)) notices.push({ code: 'NO_AUTHORISATION_ENTERED', level: 'warning', params: {} });
    if (a?.start && !a.end && a.start < TWO_YEAR_LIMIT_SOURCED_FROM && this.frame.end) {
      notices.push({ code: 'AUTHORISATION_LIMIT_ASSUMED', level: 'warning', params: { start: a.start, end: this.frame.end } });
    }
    const deadline = requestDeadline(workStart);
    if (!a?.requestSent) {
      if (deadline) notices.push({ code: 'REQUEST_DEADLINE', level: 'info', params: { workStart, deadline } });
    } else if (timeliness?.kind === 'late-beyond-grace') {
      const percent = requireValueAt(lateRequestPenaltyPercent, timeliness.from).value;
      notices.push({
        code: 'LATE_REQUEST_BEYOND_GRACE',
        level: 'risk',
        params: {
          workStart,
          requestSent: a.requestSent,
          deadline: timeliness.deadline,
          daysLate: timeliness.daysLate,
          lossIfReduction: money(this.lateBeyondGrace.times(percent).div(100)),
          lossIfNoBenefit: money(this.lateBeyondGrace),
        },
      });
    } else if (timeliness?.kind === 'late-within-grace') {
      notices.push({ code: 'LATE_REQUEST', level: 'warning', params: { deadline: timeliness.deadline, daysLate: timeliness.daysLate } });
    }
    return notices;
  }

  totals(months: readonly ForecastMonth[]): ForecastTotals {
    // Each amount is added once, times the months (or days) it stands for: a benefit that is
    // exactly a daily amount in cents × the paid days counts as that daily amount × all its days,
    // the same wage (whole months) once. Zero amounts (most penalties and amounts at risk) are
    // skipped: decimal additions are the main cost of the totals.
    const sums = [0, 1, 2, 3, 4].map(() => new Map<Dec, number>());
    const put = (i: number, value: Dec, n: number) => {
      if (n > 0 && !value.isZero()) sums[i].set(value, (sums[i].get(value) ?? 0) + n);
    };
    for (const [m, count] of this.tally) {
      put(0, m.benefitDaily ?? m.benefit.value, m.benefitDaily ? m.days * count : count);
      put(1, m.earnings.value, count);
      put(2, m.fullDaily ?? m.fullBenefit.value, m.fullDaily ? m.days * count : count);
      put(3, m.latePenalty.value, count);
      put(4, m.atRisk.value, count);
    }
    const [benefit, earnings, fullBenefit, latePenalty, atRisk] = sums.map((map) => {
      let acc = ZERO;
      for (const [value, n] of map) {
        const part = n === 1 ? value : value.times(n);
        acc = acc.isZero() ? part : acc.plus(part);
      }
      return acc;
    });
    // Each month's total is its benefit + earnings and its gain total − full benefit, all exact to
    // the cent, so the sums over the months follow from these.
    const total = benefit.plus(earnings);
    const gain = total.minus(fullBenefit);
    return {
      indemnifiableDays: months.reduce((acc, m) => acc + m.indemnifiableDays, 0),
      benefit: money(benefit),
      earnings: money(earnings),
      total: money(total),
      fullBenefit: money(fullBenefit),
      gainVsNoWork: money(gain),
      latePenalty: money(latePenalty),
      atRisk: money(atRisk),
    };
  }

  /**
   * The cash calendar: each amount in the month it is paid. The benefit of the months before the
   * forecast (assumed without work) arrives in its first months; the last amounts after its end.
   */
  cash(months: readonly ForecastMonth[]): CashMonth[] {
    const { benefitLagMonths } = this.input.payment;
    const items: { paidIn: string; item: CashItem }[] = [];
    for (let k = benefitLagMonths; k >= 1; k--) {
      const before = addMonths(this.input.start, -k);
      const weekdays = valueAt(indemnifiableWeekdays, formatDate(before.year, before.month, 1))?.value;
      if (!weekdays) continue; // before the rules the calculator knows
      const days = countWeekdays(before.year, before.month, 1, daysInMonth(before.year, before.month), weekdays);
      items.push({
        paidIn: formatMonth(addMonths(before, benefitLagMonths)),
        item: {
          kind: 'benefit',
          forMonth: formatMonth(before),
          amount: this.benefitFor(this.noWorkAt(formatDate(before.year, before.month, 1)), days).text,
          beforeForecast: true,
          paidOn: null,
        },
      });
    }
    for (const m of months) {
      items.push({ paidIn: m.benefitPaidIn, item: { kind: 'benefit', forMonth: m.month, amount: m.benefit, beforeForecast: false, paidOn: null } });
      if (m.earnings !== '0.00') {
        const [y, mo] = m.wagePaidIn.split('-').map(Number);
        const paidOn = formatDate(y, mo, Math.min(this.input.payment.wagePayDay, daysInMonth(y, mo)));
        items.push({ paidIn: m.wagePaidIn, item: { kind: 'wage', forMonth: m.month, amount: m.earnings, beforeForecast: false, paidOn } });
      }
    }
    const byMonth = new Map<string, CashItem[]>();
    const firstMonth = formatMonth(this.input.start);
    const lastPaid = items.reduce((acc, i) => (i.paidIn > acc ? i.paidIn : acc), firstMonth);
    for (let ym = this.input.start; formatMonth(ym) <= lastPaid; ym = addMonths(ym, 1)) byMonth.set(formatMonth(ym), []);
    for (const { paidIn, item } of items) byMonth.get(paidIn)?.push(item);
    return [...byMonth].map(([month, list]) => {
      const sumOf = (kind: CashItem['kind']) => list.filter((i) => i.kind === kind).reduce((acc, i) => acc.plus(i.amount), ZERO);
      const benefit = sumOf('benefit');
      const wage = sumOf('wage');
      return { month, benefit: money(benefit), wage: money(wage), total: money(benefit.plus(wage)), items: list };
    });
  }
}

/** The verdict on days without an authorisation entered and without a late request. */
const NO_VERDICT = { outside: null, above: false, atRisk: NO_MONEY, latePenalty: NO_MONEY } as const;

/** One segment with its amounts, before they are added up into the month. */
interface SegmentPart {
  terms: Terms;
  segment: Segment;
  benefit: Money;
  earnings: Money;
  outside: 'before' | 'after' | null;
  above: boolean;
  atRisk: Money;
  latePenalty: Money;
  /** A volunteer's allowances above the limits: the notice's figures. */
  over: Record<string, string> | null;
}

/** One calendar month on its own (the forecast computes months through one shared run). */
export function forecastMonth(input: ForecastInput, ym: YearMonth): ForecastMonth {
  return new ForecastRun(input).month(ym);
}

/** Assumptions of the calculator where the sources are silent; shown to the user, never hidden. */
function forecastNotices(months: readonly ForecastMonth[]): Notice[] {
  const notices: Notice[] = [{ code: 'AMOUNTS_ARE_GROSS', level: 'info', params: {} }];
  let work = false;
  let reduction = false;
  let prorata = false;
  for (const m of months) {
    if (m.segments.length === 1) {
      const s = m.segments[0];
      work ||= s.monthlyWage !== null;
      reduction ||= s.reductionPercent > 0;
      continue;
    }
    for (const s of m.segments) {
      work ||= s.monthlyWage !== null;
      reduction ||= s.reductionPercent > 0;
      prorata ||= s.monthlyWage !== null;
    }
  }
  if (work) {
    notices.push({ code: 'ASSUMPTION_PAID_ON_WORKED_DAYS', level: 'info', params: {} });
    notices.push({ code: 'ASSUMPTION_PUBLIC_HOLIDAYS_PAID', level: 'info', params: {} });
  }
  if (reduction) notices.push({ code: 'ASSUMPTION_DAILY_AMOUNT_TO_CENT', level: 'info', params: {} });
  if (prorata) notices.push({ code: 'ASSUMPTION_EARNINGS_PRORATA', level: 'info', params: {} });
  return notices;
}

/**
 * The cash calendar of a forecast: month by month, what is paid into the bank account — the wage
 * on its pay month, the benefit of each month after the lag of the employer's declaration.
 */
export function computeCashCalendar(input: ForecastInput, forecast: Forecast): CashMonth[] {
  return new ForecastRun(input).cash(forecast.months);
}

export function computeForecast(input: ForecastInput): Forecast {
  const run = new ForecastRun(input);
  const months: ForecastMonth[] = [];
  for (let i = 0; i < input.months; i++) months.push(run.month(addMonths(input.start, i)));
  const forecast: Forecast = {
    months,
    totals: run.totals(months),
    warnings: [
      ...run.frameSummary(),
      // Volunteering needs the medical advisor's finding that it suits the person's health.
      ...input.work.filter((s) => s.kind === 'volunteer').map((s): Notice => ({ code: 'VOLUNTEER_NEEDS_ADVISOR', level: 'warning', params: { from: s.from } })),
      ...forecastNotices(months),
    ],
  };
  // Not enumerable: JSON, copies and comparisons of the forecast do not see it.
  Object.defineProperty(forecast, SHARED_AMOUNTS, { value: { months, amounts: run.shared } });
  return forecast;
}
