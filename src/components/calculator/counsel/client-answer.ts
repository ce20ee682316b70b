/**
 * The client's answer as data, in four questions, for one plan: what will I get, is it safe,
 * what if it goes wrong, what do I do next. DOM-free and without sentences: the answer view
 * (monthly-answer.ts) and the handout write them in the reader's language.
 *
 * - What will I get: the average month (net when the net is estimated for every month, else gross),
 *   the same without work, the lowest and the highest month.
 * - Is it safe: the money at risk by cause, from the core's segments (`atRisk`, with
 *   `aboveAuthorisedHours` and `outsideAuthorisation`). Days of work after the authorisation's
 *   end, and only those, call for a renewal: an action with a date, not a repayment alarm.
 * - What if it goes wrong: the full benefit, as the forecast computes it without work, and when the
 *   mutuality pays it (the payment lag of the scenario).
 * - What do I do next: the next dates of the core's checklist.
 */
import { hasHours, type ChecklistItem } from '../../../rules/checklist.js';
import { Dec, ZERO, compareMoney, fixed, isPositiveMoney, money } from '../../../rules/decimal.js';
import type { Forecast } from '../../../rules/forecast-types.js';
import type { Scenario } from '../../../scenario/types.js';

/** The amounts of one month: what comes in, and how much more than without work. */
export interface MonthAmounts {
  month: string;
  total: string;
  gainVsNoWork: string;
}

export type AmountBasis = 'net' | 'gross';

export interface WhatYouGet {
  basis: AmountBasis;
  months: number;
  /** The average month with the plan, to the euro. */
  average: string;
  /** The average month without work, to the euro. */
  withoutWork: string;
  /** `average − withoutWork`, to the euro (so that the two figures shown add up). */
  gain: string;
  lowest: MonthAmounts;
  highest: MonthAmounts;
}

/**
 * Why benefit could be claimed back, in the order the answer names the causes: hours above the
 * authorised maximum, work before the authorised period, volunteer allowances above the legal
 * limits (the core's only other reason for `atRisk`, with or without an authorisation).
 */
export type RiskCause = 'hours' | 'before-start' | 'allowances';

export interface Safety {
  /** The medical advisor's decision is entered (at least a maximum or a period). */
  decided: boolean;
  maxHours: string | null;
  start: string | null;
  /** Last day of the authorised period (given, or the longest one possible). */
  end: string | null;
  /** Benefit at risk for causes other than the end of the period (gross, to the cent). */
  atRisk: string;
  /** The first cause of `atRisk` (none when nothing is at risk). */
  cause: RiskCause | null;
  /** The most hours a week planned above the authorised maximum. */
  hoursAbove: string | null;
  /** The plan goes on after the authorisation's end: ask for a renewal. */
  renewal: { end: string; askBy: string | null; atStake: string } | null;
}

export interface IfItGoesWrong {
  /** The full benefit comes back: an average month, as `get.withoutWork` (same basis). */
  fullBenefit: string;
  /** Months between a month and the payment of its benefit. */
  lagMonths: number;
}

export interface ClientAnswer {
  get: WhatYouGet;
  safety: Safety;
  /** `null` for a plan without work (no step with hours). */
  ifStops: IfItGoesWrong | null;
  next: ChecklistItem[];
}

export interface ClientAnswerInput {
  scenario: Scenario;
  forecast: Forecast;
  /** The checklist of the plan (the core's `buildChecklist`). */
  checklist: readonly ChecklistItem[];
  /** Net month totals when the net is estimated for every month; default: the gross forecast. */
  months?: readonly MonthAmounts[];
  basis?: AmountBasis;
  /** YYYY-MM-DD */
  today: string;
}

const euro = (value: Dec) => fixed(value, 0);

/** Average, lowest and highest month, and the average without work. */
export function whatYouGet(months: readonly MonthAmounts[], basis: AmountBasis): WhatYouGet | null {
  if (months.length === 0) return null;
  let lowest = months[0];
  let highest = months[0];
  let total = ZERO;
  let gain = ZERO;
  for (const m of months) {
    total = total.plus(m.total);
    gain = gain.plus(m.gainVsNoWork);
    if (compareMoney(m.total, lowest.total) < 0) lowest = m;
    if (compareMoney(m.total, highest.total) > 0) highest = m;
  }
  const average = new Dec(euro(total.div(months.length)));
  const withoutWork = new Dec(euro(total.minus(gain).div(months.length)));
  return { basis, months: months.length, average: average.toString(), withoutWork: withoutWork.toString(), gain: average.minus(withoutWork).toString(), lowest, highest };
}

/** The money at risk by cause, and the renewal the plan needs. */
export function safetyOf(scenario: Scenario, forecast: Forecast, checklist: readonly ChecklistItem[]): Safety {
  const a = scenario.authorisation;
  const decided = !!(a && (a.maxHoursPerWeek || a.start || a.end));
  let atRisk = ZERO;
  let afterEnd = ZERO;
  let hoursAbove: Dec | null = null;
  const causes = new Set<RiskCause>();
  for (const m of forecast.months) {
    for (const s of m.segments) {
      if (!isPositiveMoney(s.atRisk)) continue;
      if (s.aboveAuthorisedHours) {
        causes.add('hours');
        const hours = new Dec(s.hoursPerWeek ?? '0');
        if (!hoursAbove || hours.gt(hoursAbove)) hoursAbove = hours;
      } else if (s.outsideAuthorisation === 'before') causes.add('before-start');
      else if (s.outsideAuthorisation === 'after') {
        afterEnd = afterEnd.plus(s.atRisk);
        continue;
      } else causes.add('allowances');
      atRisk = atRisk.plus(s.atRisk);
    }
  }
  const endItem = checklist.find((i) => i.kind === 'authorisation-end');
  const end = a?.end ?? endItem?.date ?? null;
  const worksAfterEnd = end !== null && forecast.months.some((m) => m.segments.some((s) => s.outsideAuthorisation === 'after'));
  const askBy = checklist.find((i) => i.kind === 'renewal-request')?.date ?? null;
  const cause = (['hours', 'before-start', 'allowances'] as const).find((c) => causes.has(c)) ?? null;
  return {
    decided,
    maxHours: a?.maxHoursPerWeek ?? null,
    start: a?.start ?? null,
    end,
    atRisk: money(atRisk),
    cause,
    hoursAbove: hoursAbove?.toString() ?? null,
    renewal: worksAfterEnd ? { end: end!, askBy, atStake: money(afterEnd) } : null,
  };
}

/** The next dates of the checklist from `today`, at most `count`, one employer declaration at most. */
export function nextDates(items: readonly ChecklistItem[], today: string, count = 3): ChecklistItem[] {
  const next: ChecklistItem[] = [];
  for (const item of items) {
    // A date that stands for its month counts until the month ends.
    const until = item.monthOnly ? `${item.date.slice(0, 7)}-31` : item.date;
    if (until < today || (item.kind === 'employer-declaration' && next.some((i) => i.kind === item.kind))) continue;
    next.push(item);
    if (next.length === count) break;
  }
  return next;
}

/** The four answers for one plan; `null` without months. */
export function clientAnswer(o: ClientAnswerInput): ClientAnswer | null {
  const { scenario, forecast } = o;
  const get = whatYouGet(o.months ?? forecast.months, o.basis ?? 'gross');
  if (!get) return null;
  const works = scenario.work.some(hasHours);
  return {
    get,
    safety: safetyOf(scenario, forecast, o.checklist),
    ifStops: works ? { fullBenefit: get.withoutWork, lagMonths: scenario.payment?.benefitLagMonths ?? 1 } : null,
    next: nextDates(o.checklist, o.today),
  };
}
