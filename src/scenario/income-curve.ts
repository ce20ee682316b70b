/**
 * The income curve over the hours: for the job of a plan, what one month brings — the benefit
 * alone and the total with the wage — for every weekly volume from 0 to full time (every half
 * hour), with the marks a coach draws by hand (the 20 % exemption threshold, the authorised
 * maximum, the hours of the plans) and the money an extra weekly hour adds below and above the
 * threshold.
 *
 * No second implementation of the rule: each point is `forecastScenario` of a one-month scenario
 * (`curveScenario`) — the plan with the job at that volume for the whole month. The month is the
 * plan's **first full month of work** (the month after the job starts, or the month it starts on
 * its 1st; never before the forecast), so a part-month start does not bend the curve. The request
 * date is left out (a late request is about dates, not volume); the authorisation is kept, so
 * volumes above the authorised maximum carry their money at risk.
 * Not on the element's main-file import path (only core.ts and the views).
 */
import { Dec, money } from '../rules/decimal.js';
import { addMonths, formatMonth, parseMonth } from '../rules/calendar.js';
import { exemptedOccupationPercent } from '../rules/parameters/cumulation.js';
import { valueAt } from '../rules/parameters/parameter.js';
import { forecastScenario } from './forecast-scenario.js';
import { validateScenario } from './validate.js';
import type { Scenario, WorkStep } from './types.js';

export interface CurvePoint {
  /** Hours a week (decimal text: "7.5", "7.6"). */
  hours: string;
  /** The month's benefit, wage (gross) and their total; the benefit repayable if the work is not authorised. */
  benefit: string;
  earnings: string;
  total: string;
  atRisk: string;
  reductionPercent: number;
}

export interface IncomeCurve {
  /** The month computed (YYYY-MM): the plan's first full month of work. */
  month: string;
  /** The job: the plan's first step of salaried work (its index, S, its wage). */
  job: { stepIndex: number; fullTimeHoursPerWeek: string; grossHourlyWage?: string; grossMonthlyWage?: string };
  /** From 0 to S every half hour, plus the marks' own volumes, in order. */
  points: CurvePoint[];
  marks: {
    /** The exemption threshold in hours: S × 20 % (`null` before the hours rule, April 2018). */
    thresholdHours: string | null;
    /** The authorised maximum, when entered. */
    authorisedMaxHours: string | null;
    /** The hours of every step of salaried work of the plans given (index of the plan and of its step). */
    plans: { plan: number; step: number; hours: string }[];
  };
  /** About how much one more hour a week adds to the month's total, from 0 to the threshold and from it to full time. */
  slopes: { belowThreshold: string | null; aboveThreshold: string | null };
}

const STEP_HOURS = new Dec('0.5');

/** The first step of salaried work with its S and wage: the job the curve is drawn for. */
function jobStep(scenario: Scenario): { index: number; step: WorkStep } | null {
  if (scenario.scheme === 'self-employed') return null;
  const index = scenario.work.findIndex(
    (s) => (s.kind ?? 'employee') === 'employee' && new Dec(s.hoursPerWeek).gt(0) && s.fullTimeHoursPerWeek && (s.grossHourlyWage || s.grossMonthlyWage),
  );
  return index < 0 ? null : { index, step: scenario.work[index] };
}

/** The plan's first full month of work (not before the forecast's first month). */
export function curveMonth(scenario: Scenario): string | null {
  const job = jobStep(scenario);
  if (!job) return null;
  const from = parseMonth(job.step.from.slice(0, 7))!;
  const full = formatMonth(job.step.from.endsWith('-01') ? from : addMonths(from, 1));
  return full < scenario.start ? scenario.start : full;
}

/**
 * The one-month scenario of one point: the plan in `month` with the job at `hours` a week from
 * its first day (no work at 0 h). A typed daily benefit keeps its statement's month.
 */
export function curveScenario(scenario: Scenario, hours: string, month = curveMonth(scenario)): Scenario {
  const job = jobStep(scenario);
  if (!job || !month) throw new Error('The plan has no salaried job to draw a curve for');
  const { fullTimeHoursPerWeek, grossHourlyWage, grossMonthlyWage, hoursPerWeek } = job.step;
  // A monthly wage is for the step's own hours: at other hours it scales with them.
  const wage = grossHourlyWage ? { grossHourlyWage } : { grossMonthlyWage: new Dec(grossMonthlyWage!).times(hours).div(hoursPerWeek).toString() };
  const { requestSent: _sent, ...authorisation } = scenario.authorisation ?? {};
  return {
    ...scenario,
    start: month,
    months: 1,
    ...(scenario.dailyBenefit ? { dailyBenefitAsOf: scenario.dailyBenefitAsOf ?? scenario.start } : {}),
    work: new Dec(hours).isZero() ? [] : [{ from: `${month}-01`, hoursPerWeek: hours, fullTimeHoursPerWeek, ...wage }],
    ...(scenario.authorisation ? { authorisation } : {}),
  };
}

/**
 * The curve of a plan's job (`null` without a salaried job or for the self-employed scheme).
 * `plans`: the plans compared, for their marks (default: this one).
 */
export function incomeCurve(raw: Scenario, plans: readonly Scenario[] = [raw]): IncomeCurve | null {
  // Read as the forecast reads it ("12,5" → "12.5"); an invalid plan has no curve.
  const checked = validateScenario(raw);
  if (!checked.ok) return null;
  const scenario = checked.scenario;
  const job = jobStep(scenario);
  const month = curveMonth(scenario);
  if (!job || !month) return null;
  const fullTime = new Dec(job.step.fullTimeHoursPerWeek!);
  const exempted = valueAt(exemptedOccupationPercent, `${month}-01`)?.value;
  const threshold = exempted === undefined ? null : fullTime.times(exempted).div(100);
  const max = scenario.authorisation?.maxHoursPerWeek ?? null;
  const planMarks = plans.flatMap((p, plan) => {
    const checkedPlan = validateScenario(p);
    return checkedPlan.ok
      ? checkedPlan.scenario.work.flatMap((s, step) => ((s.kind ?? 'employee') === 'employee' && new Dec(s.hoursPerWeek).gt(0) ? [{ plan, step, hours: s.hoursPerWeek }] : []))
      : [];
  });

  const volumes = new Map<string, Dec>();
  const addVolume = (h: Dec | null) => {
    if (h && h.gte(0) && h.lte(fullTime)) volumes.set(h.toString(), h);
  };
  for (let h = new Dec(0); h.lte(fullTime); h = h.plus(STEP_HOURS)) addVolume(h);
  [fullTime, threshold, max === null ? null : new Dec(max), ...planMarks.map((m) => new Dec(m.hours))].forEach(addVolume);

  const points: CurvePoint[] = [];
  for (const h of [...volumes.values()].sort((a, b) => a.comparedTo(b))) {
    const result = forecastScenario(curveScenario(scenario, h.toString(), month));
    if (!result.ok) continue;
    const m = result.forecast.months[0];
    points.push({ hours: h.toString(), benefit: m.benefit, earnings: m.earnings, total: m.total, atRisk: m.atRisk, reductionPercent: m.reductionPercent });
  }
  const at = (h: Dec | null) => (h === null ? undefined : points.find((p) => new Dec(p.hours).eq(h)));
  const slope = (from: Dec | null, to: Dec | null) => {
    const [a, b] = [at(from), at(to)];
    return a && b && to!.gt(from!) ? money(new Dec(b.total).minus(a.total).div(to!.minus(from!))) : null;
  };
  const { fullTimeHoursPerWeek, grossHourlyWage, grossMonthlyWage } = job.step;
  return {
    month,
    job: { stepIndex: job.index, fullTimeHoursPerWeek: fullTimeHoursPerWeek!, ...(grossHourlyWage ? { grossHourlyWage } : { grossMonthlyWage }) },
    points,
    marks: { thresholdHours: threshold?.toString() ?? null, authorisedMaxHours: max, plans: planMarks },
    slopes: { belowThreshold: slope(new Dec(0), threshold), aboveThreshold: slope(threshold, fullTime) },
  };
}
