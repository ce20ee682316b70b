/**
 * Net: what reaches the bank account each month, and what the tax assessment may say.
 *
 * `netForecast(forecast, input, person)` takes the gross forecast (which never imports this
 * module) and gives, per month, the net benefit, net earnings, net total and net gain against no
 * work, the deductions with their legal references, the totals, and per calendar year an estimate
 * of the year-end settlement. The command line, the exports and the element's on-demand views call
 * it; the element's first render does not.
 */
import { Dec, ZERO, money } from '../decimal.js';
import { HUNDREDTH } from './numbers.js';
import type { Forecast, ForecastInput, Segment } from '../forecast-types.js';
import type { SharedMonthAmounts } from '../forecast.js';
import { addNotice, type Notice } from '../notice.js';
import type { Reference } from '../parameters/parameter.js';
import { startAt, valueAt } from '../parameters/parameter.js';
import {
  blueCollarDeclaredPercent,
  invalidityBenefitWithholdingPercent,
  keyFormula,
  otherDependantReduction,
  NET_COVERED_FROM,
  personalContributionPercent,
  primaryBenefitWithholdingPercent,
  specialContribution,
  workBonus,
} from '../parameters/net.js';
import { announcedInvalidityRate, benefitWithholding, benefitWithholdingRate } from './benefit-net.js';
import { DEFAULT_PERSON, type BenefitPhase, type PersonInput } from './person.js';
import { NET_LAST_RULES_YEAR, netRulesDate, onLastKnownRules } from './rules-date.js';
import { wageNet, type WagePiece, type WageNet } from './wage-net.js';
import { yearEnd, type YearIncome } from './year-end.js';

export * from './person.js';
export { netRulesDate, netCovered, onLastKnownRules, NET_LAST_RULES_DATE, NET_LAST_RULES_YEAR } from './rules-date.js';
export { wageNet, type WagePiece, type WageNet } from './wage-net.js';

export type DeductionCode =
  | 'socialContribution'
  | 'socialWorkBonus'
  | 'specialContribution'
  | 'wageWithholding'
  | 'fiscalWorkBonus'
  | 'benefitWithholding';

/** Money strings with two decimals. */
export interface NetAmounts {
  benefit: string;
  earnings: string;
  total: string;
  gainVsNoWork: string;
}
export type NetDeductions = Record<DeductionCode, string>;

export interface NetMonth {
  month: string;
  /** False when the month is before the years whose rules are encoded: net = gross. */
  covered: boolean;
  /**
   * The year whose rules give this month's net: its own year, or the last encoded year (2026) for a
   * later month (`NET_RULES_OF_LAST_KNOWN_YEAR`); `null` when not covered.
   */
  rulesYear: number | null;
  net: NetAmounts;
  /**
   * Net earnings = gross − socialContribution + socialWorkBonus − specialContribution −
   * wageWithholding (the fiscal work bonus is already deducted from wageWithholding); net benefit
   * = gross benefit − benefitWithholding.
   */
  deductions: NetDeductions;
  /** Withholding on the benefit if the announced invalidity withholding applied (top of the range). */
  benefitWithholdingIfAnnounced: string;
}

export interface NetYearEnd {
  year: number;
  /** The year whose tax scale is used: `year`, or the last encoded year for a later one. */
  rulesYear: number;
  /** Months of that year in the forecast. */
  months: number;
  /** Middle of the range below. */
  taxDue: string;
  withheld: string;
  /** taxDue − withheld: more than zero, to pay; less, to get back. */
  balance: string;
  taxDueLow: string;
  taxDueHigh: string;
  balanceLow: string;
  balanceHigh: string;
}

export interface NetForecast {
  months: NetMonth[];
  totals: { net: NetAmounts; deductions: NetDeductions };
  yearEnd: NetYearEnd[];
  /** Assumptions and unsettled points, as notices (code and params). */
  warnings: Notice[];
  /** The legal reference of each deduction, for the "Why?" panel and exports. */
  references: Record<DeductionCode, Reference>;
}

const DEDUCTION_CODES: readonly DeductionCode[] = ['socialContribution', 'socialWorkBonus', 'specialContribution', 'wageWithholding', 'fiscalWorkBonus', 'benefitWithholding'];

/** Where each deduction comes from (the reference of the row whose rules apply on `date`). */
export function deductionReferences(day: string): Record<DeductionCode, Reference> {
  const date = netRulesDate(day) ?? NET_COVERED_FROM;
  const ref = (p: Parameters<typeof valueAt>[0], fallback: Reference): Reference => (valueAt(p, date)?.reference as Reference | undefined) ?? fallback;
  const contribution = valueAt(personalContributionPercent, NET_COVERED_FROM)!.reference;
  const formula = ref(keyFormula, valueAt(keyFormula, NET_COVERED_FROM)!.reference);
  return {
    socialContribution: contribution,
    socialWorkBonus: ref(workBonus, contribution),
    specialContribution: ref(specialContribution, valueAt(specialContribution, NET_COVERED_FROM)!.reference),
    wageWithholding: formula,
    fiscalWorkBonus: formula,
    benefitWithholding: valueAt(primaryBenefitWithholdingPercent, NET_COVERED_FROM)!.reference,
  };
}

function phaseOf(segment: Segment, person: PersonInput): { phase: BenefitPhase; assumed: boolean } {
  if (segment.basis.kind === 'estimate') return { phase: segment.basis.phase, assumed: false };
  return { phase: person.benefitPhase ?? 'primary', assumed: person.benefitPhase === null };
}

/** The net of one month, computed once per distinct situation (months often repeat). */
interface MonthResult {
  net: NetAmounts;
  deductions: NetDeductions;
  d: Record<DeductionCode, Dec>;
  fullBenefitTax: Dec;
  ifAnnounced: string;
  taxable: Dec;
  /** The month's gross benefit (what the tax return counts as benefit). */
  grossBenefit: Dec;
  /** When `grossBenefit` is exactly this daily amount × `days` (see `SharedMonthAmounts`). */
  benefitDaily: Dec | null;
  days: number;
  /** The month's payslip (its deductions are added up per payslip), `null` without salaried work. */
  payslip: Payslip | null;
  notices: Notice[];
  /** How many months of the forecast have this result. */
  count: number;
}

/** A payslip and the texts of its deductions, made once per forecast for each distinct wage. */
interface Payslip {
  slip: WageNet;
  texts: Pick<NetDeductions, 'socialContribution' | 'socialWorkBonus' | 'specialContribution' | 'wageWithholding' | 'fiscalWorkBonus'>;
  notices: Notice[];
}

const notice = (code: string, level: Notice['level'] = 'info', params: Notice['params'] = {}): Notice => ({ code, level, params });

/** The key of the forecast's shared amounts (`SHARED_AMOUNTS` of forecast.ts, a registered symbol). */
const SHARED_AMOUNTS = Symbol.for('ipsShared');

/**
 * The amounts of month `index` of a forecast made by `computeForecast`, if that month has one
 * segment, nothing at risk and no penalty; the same object for every such month of the forecast
 * with the same situation and days (compare them by identity). `undefined` for other months and
 * for a forecast read back from JSON or changed since.
 */
export function sharedMonthAmounts(forecast: Forecast, index: number): SharedMonthAmounts | undefined {
  return amountsOf(forecast)?.[index];
}

/** Per month, the decimal amounts the forecast kept (`null` for a forecast read back from JSON or changed since). */
function amountsOf(forecast: Forecast): Shared['amounts'] | null {
  const shared = sharedOf(forecast);
  return shared && shared.months === forecast.months && shared.amounts.length === forecast.months.length ? shared.amounts : null;
}

interface Shared {
  months: readonly unknown[];
  amounts: readonly (SharedMonthAmounts | undefined)[];
}
const sharedOf = (forecast: Forecast): Shared | undefined => (forecast as Forecast & { [SHARED_AMOUNTS]?: Shared })[SHARED_AMOUNTS];

/** The texts of one forecast read as decimals once each (a full daily amount, a wage or a fraction repeats over months). */
class TextValues {
  private readonly values = new Map<string, Dec>();
  read(text: string): Dec {
    let value = this.values.get(text);
    if (value === undefined) this.values.set(text, (value = new Dec(text)));
    return value;
  }
}

const occupations = new WeakMap<Dec, Dec>();
/** The occupation fraction as a ratio (the percentage ÷ 100), once per value. */
function occupationOf(percent: Dec): Dec {
  let ratio = occupations.get(percent);
  if (ratio === undefined) occupations.set(percent, (ratio = percent.times(HUNDREDTH)));
  return ratio;
}

/** acc + value, without an addition when either is zero (a month has mostly one segment). */
const addTo = (acc: Dec, value: Dec): Dec => (value.isZero() ? acc : acc.isZero() ? value : acc.plus(value));

/** Every parameter of the net: a month's result is shared only by months under the same rows. */
const NET_PARAMETERS = [
  personalContributionPercent,
  blueCollarDeclaredPercent,
  workBonus,
  specialContribution,
  keyFormula,
  otherDependantReduction,
  primaryBenefitWithholdingPercent,
  invalidityBenefitWithholdingPercent,
] as const;

const rulesKeys = new Map<string, string>();
/** Which rows of the net's parameters apply on `date` (with its year, for the notices), as one text. */
function rulesKeyOf(date: string): string {
  let key = rulesKeys.get(date);
  if (key === undefined) {
    if (rulesKeys.size > 4096) rulesKeys.clear();
    key = `${date.slice(0, 4)}|${NET_PARAMETERS.map((p) => startAt(p as Parameters<typeof startAt>[0], date) ?? '').join('|')}`;
    rulesKeys.set(date, key);
  }
  return key;
}

/** A month's rules: the date whose rules apply, their key, its year and that of its rules. */
interface MonthRules {
  date: string;
  rules: string;
  /** The calendar year and the rules: what a month's result is kept under (a later year has the rules of an earlier one). */
  resultKey: string;
  year: number;
  rulesYear: number;
  /** Estimated with the rules of the last encoded year. */
  later: boolean;
}
const monthRules = new Map<string, MonthRules | null>();
/** The rules of a month ("YYYY-MM"), `null` before the years the net covers; found once per month. */
function monthRulesOf(month: string): MonthRules | null {
  let found = monthRules.get(month);
  if (found === undefined) {
    if (monthRules.size > 4096) monthRules.clear();
    // The date whose rules apply: the month itself, or the last encoded day for a later month.
    const first = `${month}-01`;
    const date = netRulesDate(first);
    const rules = date === null ? '' : rulesKeyOf(date);
    found = date === null ? null : { date, rules, resultKey: `${month.slice(0, 4)}|${rules}`, year: Number(month.slice(0, 4)), rulesYear: Number(date.slice(0, 4)), later: onLastKnownRules(first) };
    monthRules.set(month, found);
  }
  return found;
}

function payslipOf(pieces: readonly WagePiece[], who: PersonInput, date: string): Payslip {
  const slip = wageNet(pieces, who, date);
  const notices: Notice[] = [];
  if (date >= '2026-01-01' && slip.socialWorkBonus.gt(0)) notices.push(notice('WORK_BONUS_2026_UNSETTLED', 'warning'));
  if (slip.specialContribution.gt(0)) notices.push(notice('SPECIAL_CONTRIBUTION_SETTLED_YEARLY'));
  return {
    slip,
    texts: {
      socialContribution: money(slip.socialContribution),
      socialWorkBonus: money(slip.socialWorkBonus),
      specialContribution: money(slip.specialContribution),
      wageWithholding: money(slip.wageWithholding),
      fiscalWorkBonus: money(slip.fiscalWorkBonus),
    },
    notices,
  };
}

const HALF = new Dec('0.5');

const NO_PAYSLIP_TEXTS: Payslip['texts'] = { socialContribution: '0.00', socialWorkBonus: '0.00', specialContribution: '0.00', wageWithholding: '0.00', fiscalWorkBonus: '0.00' };

/**
 * The net of one month. `amounts`, when the forecast shares them, are the decimal values of the
 * month's texts (its one segment's too): read rather than parsed.
 */
function monthResult(
  m: Forecast['months'][number],
  amounts: SharedMonthAmounts | undefined,
  input: ForecastInput,
  who: PersonInput,
  date: string,
  rules: string,
  payslips: Map<string, Payslip>,
  textValues: TextValues,
): MonthResult {
  const notices: Notice[] = [];
  // The benefit: withholding by phase, segment by segment (the late-request reduction is not paid).
  let benefitTax = ZERO;
  let fullBenefitTax = ZERO;
  let ifAnnounced = ZERO;
  /** The segments of salaried work: their pieces of wage are made only for a new payslip. */
  let pieces: number[] | null = null;
  let slipKey = rules;
  let notSalaried = ZERO;
  for (let i = 0; i < m.segments.length; i++) {
    const s = m.segments[i];
    const { phase, assumed } = phaseOf(s, who);
    if (assumed) notices.push(notice('BENEFIT_PHASE_ASSUMED_PRIMARY'));
    const rate = benefitWithholdingRate(phase, date);
    const gross = amounts ? amounts.benefit.value : new Dec(s.benefit);
    const paid = s.latePenalty === '0.00' ? gross : gross.minus(s.latePenalty);
    const tax = benefitWithholding(paid, rate);
    benefitTax = addTo(benefitTax, tax);
    if (!rate.isZero() && s.indemnifiableDays > 0) {
      // The withholding on the benefit without work (full daily amount × days): the month's own
      // withholding when the month has no work, else computed.
      const full = amounts?.fullDaily
        ? amounts.benefit === amounts.fullBenefit && paid === gross
          ? tax
          : benefitWithholding(amounts.fullBenefit.value, rate)
        : benefitWithholding(textValues.read(s.fullDailyBenefit).times(s.indemnifiableDays), rate);
      fullBenefitTax = addTo(fullBenefitTax, full);
    }
    if (phase === 'invalidity') {
      notices.push(notice('INVALIDITY_WITHHOLDING_POSTPONED', 'warning', { percent: valueAt(invalidityBenefitWithholdingPercent, date)!.value.announced }));
      ifAnnounced = addTo(ifAnnounced, benefitWithholding(paid, announcedInvalidityRate(date)));
    } else ifAnnounced = addTo(ifAnnounced, tax);
    if (s.step === null || s.monthlyWage === null || s.earnings === '0.00') continue;
    const kind = input.work[s.step]?.kind ?? 'employee';
    if (phase === 'primary') notices.push(notice('BENEFIT_WITHHOLDING_DURING_WORK'));
    if (kind === 'employee' || kind === 'sheltered') {
      (pieces ??= []).push(i);
      slipKey += `|${s.earnings}/${s.monthlyWage}/${s.fraction}`;
    } else {
      notSalaried = notSalaried.plus(amounts ? amounts.earnings.value : s.earnings);
      notices.push(notice(kind === 'self-employed' ? 'NET_NOT_FOR_SELF_EMPLOYED' : 'NET_NOT_FOR_CHILDMINDER', 'warning'));
    }
  }
  if (input.scheme === 'self-employed') notices.push(notice('NET_NOT_FOR_SELF_EMPLOYED', 'warning'));

  // The wage: one payslip for the month's salaried days.
  let payslip: Payslip | null = null;
  if (pieces) {
    payslip = payslips.get(slipKey) ?? null;
    if (!payslip) {
      const wagePieces = pieces.map((i): WagePiece => {
        const s = m.segments[i];
        return {
          gross: amounts ? amounts.earnings.value : new Dec(s.earnings),
          monthlyWage: textValues.read(s.monthlyWage!),
          occupation: occupationOf(s.fraction === null ? ZERO : textValues.read(s.fraction)),
        };
      });
      payslips.set(slipKey, (payslip = payslipOf(wagePieces, who, date)));
    }
    notices.push(...payslip.notices);
  }
  const slip = payslip?.slip ?? null;

  const grossBenefit = amounts ? amounts.benefit.value : new Dec(m.benefit);
  const benefitNet = benefitTax.isZero() ? grossBenefit : grossBenefit.minus(benefitTax);
  const earningsNet = slip ? (notSalaried.isZero() ? slip.net : slip.net.plus(notSalaried)) : notSalaried;
  const total = earningsNet.isZero() ? benefitNet : benefitNet.plus(earningsNet);
  const fullBenefit = amounts ? amounts.fullBenefit.value : new Dec(m.fullBenefit);
  // A month without work (its benefit is the full benefit, withheld alike) gains nothing.
  const noWork = pieces === null && notSalaried.isZero() && amounts !== undefined && amounts.benefit === amounts.fullBenefit && fullBenefitTax === benefitTax;
  const gain = noWork ? ZERO : total.minus(fullBenefitTax.isZero() ? fullBenefit : fullBenefit.minus(fullBenefitTax));
  const d: Record<DeductionCode, Dec> = {
    socialContribution: slip?.socialContribution ?? ZERO,
    socialWorkBonus: slip?.socialWorkBonus ?? ZERO,
    specialContribution: slip?.specialContribution ?? ZERO,
    wageWithholding: slip?.wageWithholding ?? ZERO,
    fiscalWorkBonus: slip?.fiscalWorkBonus ?? ZERO,
    benefitWithholding: benefitTax,
  };
  const benefitTaxText = money(benefitTax);
  const benefitNetText = benefitNet === grossBenefit ? (amounts ? amounts.benefit.text : m.benefit) : money(benefitNet);
  // Written out, not spread: a spread costs far more than the six fields, on every distinct month.
  const texts = payslip ? payslip.texts : NO_PAYSLIP_TEXTS;
  return {
    net: {
      benefit: benefitNetText,
      earnings: earningsNet.isZero() ? '0.00' : money(earningsNet),
      total: total === benefitNet ? benefitNetText : money(total),
      gainVsNoWork: gain === ZERO ? '0.00' : money(gain),
    },
    deductions: {
      socialContribution: texts.socialContribution,
      socialWorkBonus: texts.socialWorkBonus,
      specialContribution: texts.specialContribution,
      wageWithholding: texts.wageWithholding,
      fiscalWorkBonus: texts.fiscalWorkBonus,
      benefitWithholding: benefitTaxText,
    },
    d,
    fullBenefitTax,
    ifAnnounced: ifAnnounced === benefitTax ? benefitTaxText : money(ifAnnounced),
    taxable: slip?.taxable ?? ZERO,
    grossBenefit,
    benefitDaily: amounts ? amounts.benefitDaily : null,
    days: amounts ? amounts.days : 0,
    payslip,
    notices,
    count: 0,
  };
}

/** What identifies a month's situation when the forecast does not share its amounts (`rules`: {@link rulesKeyOf}). */
function monthKey(m: Forecast['months'][number], rules: string): string {
  let key = `${rules}|${m.benefit}|${m.earnings}|${m.fullBenefit}`;
  for (const s of m.segments) key += `|${s.basis.kind === 'estimate' ? s.basis.phase : ''}/${s.benefit}/${s.latePenalty}/${s.fullDailyBenefit}/${s.indemnifiableDays}/${s.step}/${s.earnings}/${s.monthlyWage}/${s.fraction}`;
  return key;
}

/** The net forecast of a gross forecast. `person` defaults to a white-collar single worker without dependants. */
export function netForecast(forecast: Forecast, input: ForecastInput, person: PersonInput | null = null): NetForecast {
  const who = person ?? DEFAULT_PERSON;
  const warnings: Notice[] = [{ code: 'NET_IS_ESTIMATE', level: 'info', params: {} }];
  if (!person) warnings.push({ code: 'NET_DEFAULT_PERSON', level: 'info', params: {} });
  const payslips = new Map<string, Payslip>();
  const textValues = new TextValues();
  const results = new Map<string, MonthResult>();
  /** Results of the months whose amounts the forecast shares, by those amounts, then by rules. */
  const shared = new Map<SharedMonthAmounts, Map<string, MonthResult>>();
  /** The results of each year (each with the count of its months): the sums are taken once per result. */
  const tally = new Map<number, MonthResult[]>();
  let uncovered = 0;
  const later: string[] = [];
  const allAmounts = amountsOf(forecast);

  const months = forecast.months.map((m, index): NetMonth => {
    const at = monthRulesOf(m.month);
    if (at === null) {
      uncovered += 1;
      return {
        month: m.month,
        covered: false,
        rulesYear: null,
        net: { benefit: m.benefit, earnings: m.earnings, total: m.total, gainVsNoWork: m.gainVsNoWork },
        deductions: NO_DEDUCTIONS,
        benefitWithholdingIfAnnounced: '0.00',
      };
    }
    if (at.later) later.push(m.month);
    const { date, rules } = at;
    const amounts = allAmounts?.[index];
    const byRules = amounts ? (shared.get(amounts) ?? new Map<string, MonthResult>()) : null;
    const key = byRules ? at.resultKey : monthKey(m, at.resultKey);
    let r = (byRules ?? results).get(key);
    if (!r) {
      r = monthResult(m, amounts, input, who, date, rules, payslips, textValues);
      (byRules ?? results).set(key, r);
      if (amounts && byRules!.size === 1) shared.set(amounts, byRules!);
      for (const n of r.notices) addNotice(warnings, n);
    }
    // A result belongs to one calendar year (its key holds the year): counted on itself.
    if (r.count++ === 0) {
      const ofYear = tally.get(at.year);
      if (ofYear) ofYear.push(r);
      else tally.set(at.year, [r]);
    }
    return { month: m.month, covered: true, rulesYear: at.rulesYear, net: r.net, deductions: r.deductions, benefitWithholdingIfAnnounced: r.ifAnnounced };
  });

  // The sums: each distinct month once, times the number of months it stands for; the wage's
  // deductions once per payslip, times the months it stands for.
  const sums = { socialContribution: ZERO, socialWorkBonus: ZERO, specialContribution: ZERO, wageWithholding: ZERO, fiscalWorkBonus: ZERO, benefitWithholding: ZERO } as Record<DeductionCode, Dec>;
  let fullBenefitTaxes = ZERO;
  const times = (value: Dec, count: number) => (count === 1 ? value : value.times(count));
  const add = (acc: Dec, value: Dec, count: number) => (value.isZero() || count === 0 ? acc : acc.isZero() ? times(value, count) : acc.plus(times(value, count)));
  const years: YearIncome[] = [];
  for (const [year, ofYear] of tally) {
    const y: YearIncome = { year, months: 0, taxableWage: ZERO, benefit: ZERO, fiscalWorkBonus: ZERO, withheld: ZERO };
    let benefitTax = ZERO;
    const slips = new Map<Payslip, number>();
    /** The year's benefit that is a daily amount × days, as its days (one multiplication per daily amount). */
    const benefitDays = new Map<Dec, number>();
    for (const r of ofYear) {
      const count = r.count;
      y.months += count;
      benefitTax = add(benefitTax, r.d.benefitWithholding, count);
      fullBenefitTaxes = add(fullBenefitTaxes, r.fullBenefitTax, count);
      if (r.benefitDaily) benefitDays.set(r.benefitDaily, (benefitDays.get(r.benefitDaily) ?? 0) + r.days * count);
      else y.benefit = add(y.benefit, r.grossBenefit, count);
      if (r.payslip) slips.set(r.payslip, (slips.get(r.payslip) ?? 0) + count);
    }
    for (const [daily, days] of benefitDays) y.benefit = add(y.benefit, daily, days);
    let wageTax = ZERO;
    for (const [{ slip }, count] of slips) {
      sums.socialContribution = add(sums.socialContribution, slip.socialContribution, count);
      sums.socialWorkBonus = add(sums.socialWorkBonus, slip.socialWorkBonus, count);
      sums.specialContribution = add(sums.specialContribution, slip.specialContribution, count);
      wageTax = add(wageTax, slip.wageWithholding, count);
      y.taxableWage = add(y.taxableWage, slip.taxable, count);
      y.fiscalWorkBonus = add(y.fiscalWorkBonus, slip.fiscalWorkBonus, count);
    }
    // What the year adds to the forecast's sums, once per year.
    sums.benefitWithholding = addTo(sums.benefitWithholding, benefitTax);
    sums.wageWithholding = addTo(sums.wageWithholding, wageTax);
    sums.fiscalWorkBonus = addTo(sums.fiscalWorkBonus, y.fiscalWorkBonus);
    y.withheld = addTo(benefitTax, wageTax);
    years.push(y);
  }

  // Totals: the gross totals less the deductions (every uncovered month has none); without any
  // deduction (a forecast before the years the net covers), the gross totals themselves.
  const t = forecast.totals;
  let netTotals: NetAmounts = { benefit: t.benefit, earnings: t.earnings, total: t.total, gainVsNoWork: t.gainVsNoWork };
  if (DEDUCTION_CODES.some((c) => !sums[c].isZero()) || !fullBenefitTaxes.isZero()) {
    const wageDeductions = sums.socialContribution.minus(sums.socialWorkBonus).plus(sums.specialContribution).plus(sums.wageWithholding);
    const netBenefit = new Dec(t.benefit).minus(sums.benefitWithholding);
    const netEarnings = new Dec(t.earnings).minus(wageDeductions);
    const netGain = new Dec(t.gainVsNoWork).minus(wageDeductions).minus(sums.benefitWithholding).plus(fullBenefitTaxes);
    netTotals = { benefit: money(netBenefit), earnings: money(netEarnings), total: money(netBenefit.plus(netEarnings)), gainVsNoWork: money(netGain) };
  }

  if (uncovered > 0) warnings.push({ code: 'NET_NOT_COVERED', level: 'warning', params: { from: NET_COVERED_FROM, months: uncovered } });
  if (later.length > 0)
    warnings.push({
      code: 'NET_RULES_OF_LAST_KNOWN_YEAR',
      level: 'warning',
      params: { year: NET_LAST_RULES_YEAR, from: later[0], until: later[later.length - 1], months: later.length },
    });
  if (forecast.months.some((m) => m.month.startsWith('2026'))) addNotice(warnings, { code: 'KEY_FORMULA_MAY_CHANGE', level: 'info', params: {} });

  const ends = years.map((y) => {
    const e = yearEnd(y, who);
    // The middle of the range: half the sum (× 0.5, exact like ÷ 2 and cheaper), to the cent.
    const mid = e.taxDueLow.eq(e.taxDueHigh) ? e.taxDueLow : e.taxDueLow.plus(e.taxDueHigh).times(HALF).toDecimalPlaces(2, Dec.ROUND_HALF_UP);
    if (e.months < 12) addNotice(warnings, { code: 'YEAR_END_PART_OF_YEAR', level: 'info', params: { year: e.year, months: e.months } });
    return {
      year: e.year,
      rulesYear: e.rulesYear,
      months: e.months,
      taxDue: money(mid),
      withheld: money(e.withheld),
      balance: money(mid.minus(e.withheld)),
      taxDueLow: money(e.taxDueLow),
      taxDueHigh: money(e.taxDueHigh),
      balanceLow: money(e.taxDueLow.minus(e.withheld)),
      balanceHigh: money(e.taxDueHigh.minus(e.withheld)),
    };
  });
  if (ends.length > 0) warnings.push({ code: 'YEAR_END_ASSUMPTIONS', level: 'info', params: { surcharge: '7' } });

  return {
    months,
    totals: {
      net: netTotals,
      deductions: Object.fromEntries(DEDUCTION_CODES.map((c) => [c, money(sums[c])])) as NetDeductions,
    },
    yearEnd: ends,
    warnings,
    references: deductionReferences(forecast.months.length > 0 ? `${forecast.months[0].month}-01` : NET_COVERED_FROM),
  };
}

/** The deductions of a month the net does not cover (shared, like those of alike months). */
const NO_DEDUCTIONS: NetDeductions = Object.freeze({
  socialContribution: '0.00',
  socialWorkBonus: '0.00',
  specialContribution: '0.00',
  wageWithholding: '0.00',
  fiscalWorkBonus: '0.00',
  benefitWithholding: '0.00',
});
