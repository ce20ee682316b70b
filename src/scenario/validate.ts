/**
 * Validation of a scenario from any door (CLI file, element property, share link, import): it
 * never throws on user input. It returns the normalised scenario and the engine's input, or the
 * list of problems as codes with parameters, each at a path ("work[1].hoursPerWeek") so the
 * element can show the message next to the field.
 */
import { Dec, higher, max0, money, parseDecimal } from '../rules/decimal.js';
import { addDays, addMonths, daysInMonth, formatDate, formatMonth, parseDate, parseMonth, type YearMonth } from '../rules/calendar.js';
import { FIRST_SUPPORTED_DATE, isCovered, type Scheme, type WorkKind } from '../rules/cumulation/index.js';
import { dailyFromMonthly, type BenefitEstimateInput } from '../rules/benefit-estimate.js';
import { FIRST_INDEXATION_DATE } from '../rules/indexation.js';
import { TWO_YEAR_LIMIT_SOURCED_FROM } from '../rules/parameters/authorisation.js';
import type { FamilySituation } from '../rules/parameters/benefit-rates.js';
import { latestAuthorisationEnd, type AuthorisationInput } from '../rules/authorisation.js';
import { defaultPayment, type ForecastInput, type PaymentInput, type Wage, type WorkStepInput } from '../rules/forecast.js';
import { DEFAULT_PERSON, type PersonInput } from '../rules/net/person.js';
import { LIMITS } from './limits.js';
import {
  SCENARIO_VERSION,
  SCHEMES,
  type AuthorisationJson,
  type BenefitEstimateJson,
  type PaymentJson,
  type PersonJson,
  type Scenario,
  type SelfEmployedJson,
  type WorkStep,
} from './types.js';

export type IssueCode =
  | 'NOT_AN_OBJECT'
  | 'NOT_A_LIST'
  | 'WRONG_TYPE'
  | 'REQUIRED'
  | 'UNKNOWN_VERSION'
  | 'UNKNOWN_SCHEME'
  | 'NOT_A_NUMBER'
  | 'NOT_AN_INTEGER'
  | 'NEGATIVE'
  | 'MUST_BE_POSITIVE'
  | 'TOO_LARGE'
  | 'TOO_FEW_MONTHS'
  | 'TOO_MANY_MONTHS'
  | 'TOO_MANY_STEPS'
  | 'TOO_MANY_PLANS'
  | 'BAD_MONTH'
  | 'BAD_DATE'
  | 'DATE_OUT_OF_RANGE'
  | 'DATES_NOT_ORDERED'
  | 'HOURS_ABOVE_FULL_TIME'
  | 'WAGE_MISSING'
  | 'WAGE_TWICE'
  | 'PERIOD_NOT_SUPPORTED'
  | 'UNKNOWN_FIELD'
  /** A remark of the element: steps paid by the hour and by the month, simplified to one wage. */
  | 'MIXED_WAGE_KINDS'
  /** A warning: a daily benefit typed with fractions of a cent is taken to the cent. */
  | 'ROUNDED_TO_CENT'
  | 'UNKNOWN_OPTION'
  | 'TOO_SMALL'
  | 'TOO_LONG'
  | 'AUTHORISATION_TOO_LONG'
  | 'NOT_FOR_SCHEME'
  /** A field that does not go with the step's kind (a wage for a volunteer, an allowance for paid work). */
  | 'NOT_FOR_KIND'
  | 'BAD_YEAR'
  | 'INVALID_JSON'
  /** A step before the first date the rules cover (`min`). */
  | 'DATE_TOO_EARLY'
  /** The authorisation ends before it starts (`start`). */
  | 'END_BEFORE_START'
  /** The wage's pay day is not a whole day of the month from 1 to 31. */
  | 'BAD_DAY_OF_MONTH'
  /** An imported file is larger than `max` KB. */
  | 'FILE_TOO_LARGE';

export interface ValidationIssue {
  /** Where: "dailyBenefit", "work[2].from", or "" for the whole document. */
  path: string;
  code: IssueCode;
  params: Record<string, string | number>;
}

export type ValidationResult =
  | { ok: true; scenario: Scenario; input: ForecastInput; warnings: ValidationIssue[] }
  | { ok: false; errors: ValidationIssue[]; warnings: ValidationIssue[] };

const ROOT_FIELDS = [
  'version',
  'scheme',
  'start',
  'months',
  'dailyBenefit',
  'dailyBenefitAsOf',
  'projectIndexation',
  'benefitEstimate',
  'selfEmployed',
  'work',
  'authorisation',
  'payment',
  'person',
  // The figures the element writes into a saved file (output only: read back, they are ignored).
  'figures',
];
const ESTIMATE_FIELDS = ['incapacityStart', 'lostGrossMonthlyWage', 'lostGrossDailyWage', 'familySituation', 'regularWorker', 'unemploymentAllowance'];
const SELF_EMPLOYED_FIELDS = ['activityStart', 'netTaxableIncome'];
const WORK_KINDS: readonly WorkKind[] = ['employee', 'sheltered', 'childminder', 'self-employed', 'volunteer'];
const FAMILY_SITUATIONS: readonly FamilySituation[] = ['dependants', 'single', 'cohabitant'];
const AUTHORISATION_FIELDS = ['requestSent', 'start', 'end', 'maxHoursPerWeek', 'nature', 'conditions'];
const PAYMENT_FIELDS = ['benefitLagMonths', 'wagePaidIn', 'wagePayDay'];
const PERSON_OPTIONS = {
  workerKind: ['white-collar', 'blue-collar'],
  taxSituation: ['single', 'single-parent', 'couple-one-income', 'couple-two-incomes'],
  benefitPhase: ['primary', 'invalidity'],
} as const;
const STEP_FIELDS = ['from', 'hoursPerWeek', 'fullTimeHoursPerWeek', 'grossHourlyWage', 'grossMonthlyWage', 'kind', 'allowancePerDay', 'allowancePerYear'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

class Checker {
  readonly errors: ValidationIssue[] = [];
  readonly warnings: ValidationIssue[] = [];

  error(path: string, code: IssueCode, params: Record<string, string | number> = {}): void {
    this.errors.push({ path, code, params });
  }

  unknownFields(record: Record<string, unknown>, known: readonly string[], prefix: string): void {
    for (const key of Object.keys(record)) {
      if (!known.includes(key)) {
        this.warnings.push({ path: prefix + key, code: 'UNKNOWN_FIELD', params: { field: key.slice(0, 40) } });
      }
    }
  }

  /** A decimal amount: present, a number, not negative, within `max`, optionally > 0. */
  decimal(
    value: unknown,
    path: string,
    options: { max: string; positive?: boolean; required?: boolean },
  ): Dec | null {
    if (value === undefined || value === null || value === '') {
      if (options.required !== false) this.error(path, 'REQUIRED');
      return null;
    }
    if (typeof value !== 'string' && typeof value !== 'number') {
      this.error(path, 'WRONG_TYPE', { expected: 'number' });
      return null;
    }
    const parsed = parseDecimal(value);
    if (!parsed) {
      this.error(path, 'NOT_A_NUMBER');
      return null;
    }
    if (parsed.isNegative() && !parsed.isZero()) {
      this.error(path, 'NEGATIVE');
      return null;
    }
    if (options.positive && parsed.isZero()) {
      this.error(path, 'MUST_BE_POSITIVE');
      return null;
    }
    if (parsed.gt(options.max)) {
      this.error(path, 'TOO_LARGE', { max: options.max });
      return null;
    }
    return max0(parsed); // "-0" is zero: never a negative zero in a scenario
  }

  date(value: unknown, path: string): string | null {
    if (value === undefined || value === null || value === '') {
      this.error(path, 'REQUIRED');
      return null;
    }
    if (typeof value !== 'string') {
      this.error(path, 'WRONG_TYPE', { expected: 'date' });
      return null;
    }
    const date = parseDate(value.trim());
    if (!date) {
      this.error(path, 'BAD_DATE');
      return null;
    }
    if (date.year < LIMITS.minYear || date.year > LIMITS.maxYear) {
      this.error(path, 'DATE_OUT_OF_RANGE', { min: LIMITS.minYear, max: LIMITS.maxYear });
      return null;
    }
    return value.trim();
  }
}

/** A plain decimal string for the normalised scenario ("12,50" → "12.5"). */
function text(value: Dec): string {
  return value.toString();
}

function checkWage(c: Checker, raw: Record<string, unknown>, prefix: string): { wage: Wage | null; json: Partial<WorkStep> } {
  const hasHourly = raw.grossHourlyWage !== undefined && raw.grossHourlyWage !== null && raw.grossHourlyWage !== '';
  const hasMonthly = raw.grossMonthlyWage !== undefined && raw.grossMonthlyWage !== null && raw.grossMonthlyWage !== '';
  if (hasHourly && hasMonthly) {
    c.error(`${prefix}grossMonthlyWage`, 'WAGE_TWICE');
    return { wage: null, json: {} };
  }
  if (!hasHourly && !hasMonthly) {
    c.error(`${prefix}grossHourlyWage`, 'WAGE_MISSING');
    return { wage: null, json: {} };
  }
  if (hasHourly) {
    const amount = c.decimal(raw.grossHourlyWage, `${prefix}grossHourlyWage`, { max: LIMITS.maxHourlyWage });
    return amount ? { wage: { kind: 'hourly', amount }, json: { grossHourlyWage: text(amount) } } : { wage: null, json: {} };
  }
  const amount = c.decimal(raw.grossMonthlyWage, `${prefix}grossMonthlyWage`, { max: LIMITS.maxMonthlyWage });
  return amount ? { wage: { kind: 'monthly', amount }, json: { grossMonthlyWage: text(amount) } } : { wage: null, json: {} };
}

function checkStep(c: Checker, raw: unknown, index: number, scheme: unknown): { step: WorkStepInput; json: WorkStep } | null {
  const prefix = `work[${index}].`;
  if (!isRecord(raw)) {
    c.error(`work[${index}]`, 'NOT_AN_OBJECT');
    return null;
  }
  c.unknownFields(raw, STEP_FIELDS, prefix);
  let kind: WorkKind = 'employee';
  if (!isBlank(raw.kind)) {
    if (WORK_KINDS.includes(raw.kind as WorkKind)) kind = raw.kind as WorkKind;
    else c.error(`${prefix}kind`, 'UNKNOWN_OPTION', { allowed: WORK_KINDS.join(', ') });
  }
  let from = c.date(raw.from, `${prefix}from`);
  if (from && from < FIRST_SUPPORTED_DATE) {
    c.error(`${prefix}from`, 'DATE_TOO_EARLY', { min: FIRST_SUPPORTED_DATE });
    from = null;
  }
  const hours = c.decimal(raw.hoursPerWeek, `${prefix}hoursPerWeek`, { max: LIMITS.maxHoursPerWeek });
  // A volunteer has expense allowances and no wage; the other kinds the reverse.
  const volunteer = kind === 'volunteer';
  for (const key of volunteer ? ['grossHourlyWage', 'grossMonthlyWage'] : ['allowancePerDay', 'allowancePerYear']) {
    if (!isBlank(raw[key])) c.error(prefix + key, 'NOT_FOR_KIND', { kind });
  }
  const allowance = (key: string, max: string) => (volunteer && !isBlank(raw[key]) ? c.decimal(raw[key], prefix + key, { max }) : null);
  const perDay = allowance('allowancePerDay', LIMITS.maxDailyBenefit);
  const perYear = allowance('allowancePerYear', LIMITS.maxYearlyAllowance);
  const working = !volunteer && (hours === null || !hours.isZero());
  // A step that ends work ("hoursPerWeek": "0") needs neither S nor a wage; only the hours rule
  // of salaried work needs S.
  const hoursRule = kind === 'employee' && scheme !== 'self-employed';
  const fullTime = c.decimal(raw.fullTimeHoursPerWeek, `${prefix}fullTimeHoursPerWeek`, {
    max: LIMITS.maxFullTimeHoursPerWeek,
    positive: true,
    required: working && hoursRule,
  });
  const { wage, json: wageJson } = working ? checkWage(c, raw, prefix) : { wage: null, json: {} };
  if (hours && fullTime && hours.gt(fullTime)) {
    c.error(`${prefix}hoursPerWeek`, 'HOURS_ABOVE_FULL_TIME', { hours: text(hours), fullTime: text(fullTime) });
    return null;
  }
  if (from === null || hours === null || (working && ((hoursRule && fullTime === null) || wage === null))) return null;
  const json: WorkStep = {
    from,
    hoursPerWeek: text(hours),
    ...(fullTime ? { fullTimeHoursPerWeek: text(fullTime) } : {}),
    ...wageJson,
    ...(kind !== 'employee' ? { kind } : {}),
    ...(perDay ? { allowancePerDay: text(perDay) } : {}),
    ...(perYear ? { allowancePerYear: text(perYear) } : {}),
  };
  return {
    step: { from, hoursPerWeek: hours, fullTimeHoursPerWeek: working ? fullTime : null, wage: working ? wage : null, kind, allowancePerDay: perDay, allowancePerYear: perYear },
    json,
  };
}

/** The month of the payment statement of a typed daily benefit (YYYY-MM), from the first known indexation. */
function checkAsOf(c: Checker, raw: unknown): YearMonth | null {
  if (isBlank(raw)) return null;
  if (typeof raw !== 'string') {
    c.error('dailyBenefitAsOf', 'WRONG_TYPE', { expected: 'month' });
    return null;
  }
  const month = parseMonth(raw.trim());
  if (!month) {
    c.error('dailyBenefitAsOf', 'BAD_MONTH');
    return null;
  }
  if (`${formatMonth(month)}-01` < FIRST_INDEXATION_DATE || month.year > LIMITS.maxYear) {
    c.error('dailyBenefitAsOf', 'DATE_OUT_OF_RANGE', { min: Number(FIRST_INDEXATION_DATE.slice(0, 4)), max: LIMITS.maxYear });
    return null;
  }
  return month;
}

function checkEstimate(c: Checker, raw: unknown): { input: BenefitEstimateInput; json: BenefitEstimateJson } | null {
  if (isBlank(raw)) return null;
  if (!isRecord(raw)) {
    c.error('benefitEstimate', 'NOT_AN_OBJECT');
    return null;
  }
  c.unknownFields(raw, ESTIMATE_FIELDS, 'benefitEstimate.');
  const incapacityStart = c.date(raw.incapacityStart, 'benefitEstimate.incapacityStart');
  const monthly = !isBlank(raw.lostGrossMonthlyWage);
  const daily = !isBlank(raw.lostGrossDailyWage);
  let lost: Dec | null = null;
  if (monthly && daily) c.error('benefitEstimate.lostGrossDailyWage', 'WAGE_TWICE');
  else if (!monthly && !daily) c.error('benefitEstimate.lostGrossMonthlyWage', 'WAGE_MISSING');
  else if (monthly) {
    const m = c.decimal(raw.lostGrossMonthlyWage, 'benefitEstimate.lostGrossMonthlyWage', { max: LIMITS.maxMonthlyWage, positive: true });
    lost = m ? dailyFromMonthly(m) : null;
  } else lost = c.decimal(raw.lostGrossDailyWage, 'benefitEstimate.lostGrossDailyWage', { max: LIMITS.maxDailyWage, positive: true });
  let family: FamilySituation | null = null;
  if (isBlank(raw.familySituation)) c.error('benefitEstimate.familySituation', 'REQUIRED');
  else if (FAMILY_SITUATIONS.includes(raw.familySituation as FamilySituation)) family = raw.familySituation as FamilySituation;
  else c.error('benefitEstimate.familySituation', 'UNKNOWN_OPTION', { allowed: FAMILY_SITUATIONS.join(', ') });
  let regularWorker = true;
  if (!isBlank(raw.regularWorker)) {
    if (typeof raw.regularWorker === 'boolean') regularWorker = raw.regularWorker;
    else c.error('benefitEstimate.regularWorker', 'WRONG_TYPE', { expected: 'yes/no' });
  }
  const allowance = isBlank(raw.unemploymentAllowance)
    ? null
    : c.decimal(raw.unemploymentAllowance, 'benefitEstimate.unemploymentAllowance', { max: LIMITS.maxDailyBenefit, positive: true });
  if (!incapacityStart || !lost || !family) return null;
  const json: BenefitEstimateJson = {
    incapacityStart,
    ...(monthly ? { lostGrossMonthlyWage: text(c.decimal(raw.lostGrossMonthlyWage, '', { max: LIMITS.maxMonthlyWage })!) } : { lostGrossDailyWage: text(lost) }),
    familySituation: family,
    ...(regularWorker ? {} : { regularWorker }),
    ...(allowance ? { unemploymentAllowance: text(allowance) } : {}),
  };
  return { input: { incapacityStart, lostDailyWage: lost, familySituation: family, regularWorker, unemploymentAllowance: allowance }, json };
}

function checkSelfEmployed(c: Checker, raw: unknown): { activityStart: string | null; incomeByYear: Record<string, Dec>; json: SelfEmployedJson } | null {
  if (isBlank(raw)) return null;
  if (!isRecord(raw)) {
    c.error('selfEmployed', 'NOT_AN_OBJECT');
    return null;
  }
  c.unknownFields(raw, SELF_EMPLOYED_FIELDS, 'selfEmployed.');
  const activityStart = isBlank(raw.activityStart) ? null : c.date(raw.activityStart, 'selfEmployed.activityStart');
  const incomeByYear: Record<string, Dec> = {};
  const json: SelfEmployedJson = {};
  if (activityStart) json.activityStart = activityStart;
  if (!isBlank(raw.netTaxableIncome)) {
    if (!isRecord(raw.netTaxableIncome)) c.error('selfEmployed.netTaxableIncome', 'NOT_AN_OBJECT');
    else {
      const entries = Object.entries(raw.netTaxableIncome);
      if (entries.length > 50) c.error('selfEmployed.netTaxableIncome', 'TOO_MANY_STEPS', { max: 50 });
      else {
        json.netTaxableIncome = {};
        for (const [year, value] of entries) {
          const path = `selfEmployed.netTaxableIncome.${year.slice(0, 10)}`;
          if (!/^\d{4}$/.test(year) || Number(year) < LIMITS.minYear || Number(year) > LIMITS.maxYear) {
            c.error(path, 'BAD_YEAR');
            continue;
          }
          const amount = c.decimal(value, path, { max: LIMITS.maxYearlyIncome });
          if (amount) {
            incomeByYear[year] = amount;
            json.netTaxableIncome[year] = text(amount);
          }
        }
      }
    }
  }
  return { activityStart, incomeByYear, json };
}

/**
 * A user's value as a short text for a message. Only strings, numbers and booleans are turned into
 * text: an object's own toString (or a missing one) is never called.
 */
function shown(value: unknown, max: number): string {
  const text = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : typeof value;
  return text.slice(0, max);
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/** A whole number within bounds, or `null` (reported). */
function wholeNumber(c: Checker, value: unknown, path: string, min: number, max: number): number | null {
  const parsed = c.decimal(value, path, { max: '1e9000' });
  if (!parsed) return null;
  if (!parsed.isInteger()) c.error(path, 'NOT_AN_INTEGER');
  else if (parsed.lt(min)) c.error(path, 'TOO_SMALL', { min });
  else if (parsed.gt(max)) c.error(path, 'TOO_LARGE', { max: String(max) });
  else return parsed.toNumber();
  return null;
}

function checkAuthorisation(c: Checker, raw: unknown): { input: AuthorisationInput; json: AuthorisationJson } | null {
  if (isBlank(raw)) return null;
  if (!isRecord(raw)) {
    c.error('authorisation', 'NOT_AN_OBJECT');
    return null;
  }
  c.unknownFields(raw, AUTHORISATION_FIELDS, 'authorisation.');
  const date = (key: string) => (isBlank(raw[key]) ? null : c.date(raw[key], `authorisation.${key}`));
  const requestSent = date('requestSent');
  const start = date('start');
  const end = date('end');
  const maxHours = isBlank(raw.maxHoursPerWeek)
    ? null
    : c.decimal(raw.maxHoursPerWeek, 'authorisation.maxHoursPerWeek', { max: LIMITS.maxHoursPerWeek });
  const text = (key: 'nature' | 'conditions'): string => {
    const value = raw[key];
    if (isBlank(value)) return '';
    if (typeof value !== 'string') {
      c.error(`authorisation.${key}`, 'WRONG_TYPE', { expected: 'text' });
      return '';
    }
    if (value.length > LIMITS.maxTextLength) {
      c.error(`authorisation.${key}`, 'TOO_LONG', { max: LIMITS.maxTextLength });
      return '';
    }
    return value;
  };
  const nature = text('nature');
  const conditions = text('conditions');
  if (start && end) {
    const latestEnd = latestAuthorisationEnd(start);
    if (end < start) c.error('authorisation.end', 'END_BEFORE_START', { start });
    // Before 1 April 2018 the limit is only assumed: a later end given explicitly is kept.
    else if (latestEnd && end > latestEnd && start >= TWO_YEAR_LIMIT_SOURCED_FROM) c.error('authorisation.end', 'AUTHORISATION_TOO_LONG', { latestEnd });
  }
  const json: AuthorisationJson = {};
  if (requestSent) json.requestSent = requestSent;
  if (start) json.start = start;
  if (end) json.end = end;
  if (maxHours) json.maxHoursPerWeek = maxHours.toString();
  if (nature) json.nature = nature;
  if (conditions) json.conditions = conditions;
  return { input: { requestSent, start, end, maxHoursPerWeek: maxHours, nature, conditions }, json };
}

function checkPayment(c: Checker, raw: unknown, startDate: string): { input: PaymentInput; json: PaymentJson | null } {
  const defaults = defaultPayment(startDate);
  if (isBlank(raw)) return { input: defaults, json: null };
  if (!isRecord(raw)) {
    c.error('payment', 'NOT_AN_OBJECT');
    return { input: defaults, json: null };
  }
  c.unknownFields(raw, PAYMENT_FIELDS, 'payment.');
  const json: PaymentJson = {};
  const input = { ...defaults };
  if (!isBlank(raw.benefitLagMonths)) {
    const lag = wholeNumber(c, raw.benefitLagMonths, 'payment.benefitLagMonths', 0, LIMITS.maxBenefitLagMonths);
    if (lag !== null) input.benefitLagMonths = json.benefitLagMonths = lag;
  }
  if (!isBlank(raw.wagePaidIn)) {
    if (raw.wagePaidIn === 'same-month' || raw.wagePaidIn === 'next-month') input.wagePaidIn = json.wagePaidIn = raw.wagePaidIn;
    else c.error('payment.wagePaidIn', 'UNKNOWN_OPTION', { allowed: 'same-month, next-month' });
  }
  if (!isBlank(raw.wagePayDay)) {
    const day = typeof raw.wagePayDay === 'object' ? null : parseDecimal(raw.wagePayDay);
    if (day && day.isInteger() && day.gte(1) && day.lte(31)) input.wagePayDay = json.wagePayDay = day.toNumber();
    else c.error('payment.wagePayDay', 'BAD_DAY_OF_MONTH');
  }
  return { input, json };
}

/** The person's inputs for the net estimate: every field optional, defaults stated in README. */
function checkPerson(c: Checker, raw: unknown): { input: PersonInput; json: PersonJson } | null {
  if (isBlank(raw)) return null;
  if (!isRecord(raw)) {
    c.error('person', 'NOT_AN_OBJECT');
    return null;
  }
  c.unknownFields(raw, [...Object.keys(PERSON_OPTIONS), 'dependentChildren', 'otherDependants'], 'person.');
  const input: PersonInput = { ...DEFAULT_PERSON };
  const json: Record<string, string | number> = {};
  for (const [field, allowed] of Object.entries(PERSON_OPTIONS)) {
    const value = raw[field];
    if (isBlank(value)) continue;
    if ((allowed as readonly unknown[]).includes(value)) (input as unknown as Record<string, unknown>)[field] = json[field] = value as string;
    else c.error(`person.${field}`, 'UNKNOWN_OPTION', { allowed: allowed.join(', ') });
  }
  for (const field of ['dependentChildren', 'otherDependants'] as const) {
    if (isBlank(raw[field])) continue;
    const count = wholeNumber(c, raw[field], `person.${field}`, 0, LIMITS.maxDependants);
    if (count !== null) input[field] = json[field] = count;
  }
  return { input, json: json as PersonJson };
}

/**
 * Work in a month no encoded rule covers (income tranches after 2012, before 1 April 2018) is
 * refused at the step: the calculator does not guess the amounts of that period.
 */
function checkCoverage(c: Checker, scheme: Scheme, start: YearMonth, months: number, steps: readonly WorkStepInput[]): void {
  const end = addMonths(start, months - 1);
  const first = formatDate(start.year, start.month, 1);
  const last = formatDate(end.year, end.month, daysInMonth(end.year, end.month));
  steps.forEach((step, i) => {
    if (step.hoursPerWeek.isZero() || step.kind === 'volunteer') return;
    const next = steps[i + 1]?.from;
    const spanStart = step.from > first ? step.from : first;
    const spanEnd = next && next <= last ? addDays(next, -1) : last;
    if (spanStart > spanEnd) return;
    const probes = [spanStart, ...COVERAGE_CHANGES.filter((d) => d > spanStart && d <= spanEnd)];
    const gap = probes.find((d) => !isCovered(scheme, step.kind, d));
    if (gap) c.error(`work[${i}].from`, 'PERIOD_NOT_SUPPORTED', { firstSupported: FIRST_SUPPORTED_DATE, from: gap });
  });
}

/** Dates where the coverage of the rules can change. */
const COVERAGE_CHANGES = ['2012-01-01', '2013-01-01', '2018-04-01'];

/** Validates and normalises a scenario; never throws. */
export function validateScenario(raw: unknown): ValidationResult {
  const c = new Checker();
  if (!isRecord(raw)) {
    c.error('', 'NOT_AN_OBJECT');
    return { ok: false, errors: c.errors, warnings: c.warnings };
  }
  c.unknownFields(raw, ROOT_FIELDS, '');

  if (raw.version !== SCENARIO_VERSION && raw.version !== String(SCENARIO_VERSION)) {
    c.error('version', raw.version === undefined ? 'REQUIRED' : 'UNKNOWN_VERSION', {
      version: shown(raw.version, 20),
      supported: SCENARIO_VERSION,
    });
    return { ok: false, errors: c.errors, warnings: c.warnings };
  }

  const scheme = raw.scheme;
  if (scheme === undefined || scheme === null || scheme === '') c.error('scheme', 'REQUIRED');
  else if (!SCHEMES.includes(scheme as (typeof SCHEMES)[number])) {
    c.error('scheme', 'UNKNOWN_SCHEME', { scheme: shown(scheme, 40), allowed: SCHEMES.join(', ') });
  }

  let start = null;
  if (raw.start === undefined || raw.start === null || raw.start === '') c.error('start', 'REQUIRED');
  else if (typeof raw.start !== 'string') c.error('start', 'WRONG_TYPE', { expected: 'month' });
  else {
    start = parseMonth(raw.start.trim());
    if (!start) c.error('start', 'BAD_MONTH');
    else if (start.year < LIMITS.minYear || start.year > LIMITS.maxYear) {
      c.error('start', 'DATE_OUT_OF_RANGE', { min: LIMITS.minYear, max: LIMITS.maxYear });
      start = null;
    } else if (`${formatMonth(start)}-01` < FIRST_SUPPORTED_DATE) {
      // Months before the first encoded rule (income-based tranches before 1 April 2018).
      c.error('start', 'PERIOD_NOT_SUPPORTED', { firstSupported: FIRST_SUPPORTED_DATE });
      start = null;
    }
  }

  let months: number | null = null;
  // No upper bound here: a huge count is reported as TOO_MANY_MONTHS below.
  const monthsValue = c.decimal(raw.months, 'months', { max: '1e9000' });
  if (monthsValue) {
    if (!monthsValue.isInteger()) c.error('months', 'NOT_AN_INTEGER');
    else if (monthsValue.lt(LIMITS.minMonths)) c.error('months', 'TOO_FEW_MONTHS', { min: LIMITS.minMonths });
    else if (monthsValue.gt(LIMITS.maxMonths)) c.error('months', 'TOO_MANY_MONTHS', { max: LIMITS.maxMonths });
    else months = monthsValue.toNumber();
  }

  const estimate = checkEstimate(c, raw.benefitEstimate);
  // The daily benefit typed from the statement wins; without it, the estimate gives it.
  let dailyBenefit = c.decimal(raw.dailyBenefit, 'dailyBenefit', {
    max: LIMITS.maxDailyBenefit,
    positive: true,
    required: isBlank(raw.benefitEstimate),
  });
  // One rounding rule for every daily amount: to the cent, half up (a statement shows cents).
  if (dailyBenefit && dailyBenefit.decimalPlaces() > 2) {
    const rounded = dailyBenefit.toDecimalPlaces(2, Dec.ROUND_HALF_UP);
    c.warnings.push({ path: 'dailyBenefit', code: 'ROUNDED_TO_CENT', params: { typed: shown(text(dailyBenefit), 40), rounded: money(rounded) } });
    dailyBenefit = rounded;
  }
  const dailyBenefitAsOf = checkAsOf(c, raw.dailyBenefitAsOf);
  // Kept in the normalised scenario when given, so `false` survives a share link to the element
  // (whose default is `true`).
  let projectIndexation: boolean | null = null;
  if (!isBlank(raw.projectIndexation)) {
    if (typeof raw.projectIndexation === 'boolean') projectIndexation = raw.projectIndexation;
    else c.error('projectIndexation', 'WRONG_TYPE', { expected: 'yes/no' });
  }
  if (estimate && scheme === 'self-employed') c.error('benefitEstimate', 'NOT_FOR_SCHEME', { scheme: 'self-employed' });
  const selfEmployed = checkSelfEmployed(c, raw.selfEmployed);

  const steps: { step: WorkStepInput; json: WorkStep }[] = [];
  let stepsComplete = true;
  if (raw.work !== undefined && raw.work !== null) {
    if (!Array.isArray(raw.work)) c.error('work', 'NOT_A_LIST');
    else if (raw.work.length > LIMITS.maxWorkSteps) c.error('work', 'TOO_MANY_STEPS', { max: LIMITS.maxWorkSteps });
    else {
      raw.work.forEach((item, index) => {
        const checked = checkStep(c, item, index, scheme);
        if (checked) steps.push(checked);
        else stepsComplete = false;
      });
    }
  }
  if (stepsComplete) {
    for (let i = 1; i < steps.length; i++) {
      if (steps[i].step.from <= steps[i - 1].step.from) {
        c.error(`work[${i}].from`, 'DATES_NOT_ORDERED', { previous: steps[i - 1].step.from });
      }
    }
  }

  const authorisation = checkAuthorisation(c, raw.authorisation);
  // More authorised hours than any full time of the job is a typing error (60 h on a 38 h job).
  const authorised = authorisation?.input.maxHoursPerWeek;
  const fullTimes = steps.flatMap((s) => s.step.fullTimeHoursPerWeek ?? []);
  if (authorised && fullTimes.length > 0 && fullTimes.every((full) => authorised.gt(full))) {
    c.error('authorisation.maxHoursPerWeek', 'HOURS_ABOVE_FULL_TIME', { hours: text(authorised), fullTime: text(fullTimes.reduce(higher)) });
  }
  const payment = checkPayment(c, raw.payment, start ? `${formatMonth(start)}-01` : FIRST_SUPPORTED_DATE);
  const person = checkPerson(c, raw.person);

  if (start && months !== null && stepsComplete && c.errors.length === 0) checkCoverage(c, scheme as Scheme, start, months, steps.map((s) => s.step));

  if (c.errors.length > 0 || !start || months === null || (!dailyBenefit && !estimate) || !stepsComplete) {
    return { ok: false, errors: c.errors, warnings: c.warnings };
  }
  const schemeValue = scheme as Scenario['scheme'];
  return {
    ok: true,
    scenario: {
      version: SCENARIO_VERSION,
      scheme: schemeValue,
      start: formatMonth(start),
      months,
      ...(dailyBenefit ? { dailyBenefit: text(dailyBenefit) } : {}),
      ...(dailyBenefit && dailyBenefitAsOf ? { dailyBenefitAsOf: formatMonth(dailyBenefitAsOf) } : {}),
      ...(projectIndexation !== null ? { projectIndexation } : {}),
      ...(estimate ? { benefitEstimate: estimate.json } : {}),
      ...(selfEmployed ? { selfEmployed: selfEmployed.json } : {}),
      work: steps.map((s) => s.json),
      ...(authorisation ? { authorisation: authorisation.json } : {}),
      ...(payment.json ? { payment: payment.json } : {}),
      ...(person ? { person: person.json } : {}),
    },
    input: {
      scheme: schemeValue,
      start,
      months,
      dailyBenefit: dailyBenefit ?? null,
      dailyBenefitAsOf: dailyBenefit ? dailyBenefitAsOf : null,
      projectIndexation: projectIndexation === true,
      benefitEstimate: dailyBenefit ? null : (estimate?.input ?? null),
      selfEmployed: { activityStart: selfEmployed?.activityStart ?? null, incomeByYear: selfEmployed?.incomeByYear ?? {} },
      work: steps.map((s) => s.step),
      authorisation: authorisation?.input ?? null,
      payment: payment.input,
      person: person?.input ?? null,
    },
    warnings: c.warnings,
  };
}
