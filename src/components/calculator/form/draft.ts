/**
 * What the person typed, kept as text (so a bad value is never lost), and its translation to and
 * from the scenario format. A draft holds one situation and 1 to 4 plans to compare; each plan
 * becomes one scenario. DOM-free.
 */
import { Dec, parseDecimal } from '../../../rules/decimal.js';
import type { PersonJson, Scenario, WorkStep } from '../../../scenario/types.js';
import type { ValidationIssue } from '../../../scenario/validate.js';

export interface StepDraft {
  from: string;
  hours: string;
  /** employee (default), sheltered, childminder, self-employed, volunteer. */
  kind: string;
  /** Overrides of the job's full-time hours and wage for this step ('' = the job's). */
  fullTime: string;
  wage: string;
  /** A volunteer step's expense allowances, a day and a year (absent or '' = none). */
  allowancePerDay?: string;
  allowancePerYear?: string;
}

export interface PlanDraft {
  steps: StepDraft[];
}

export type WageKind = 'hourly' | 'monthly';

export interface AuthorisationDraft {
  requestSent: string;
  start: string;
  end: string;
  maxHoursPerWeek: string;
  nature: string;
  conditions: string;
}

export interface PaymentDraft {
  benefitLagMonths: string;
  wagePaidIn: 'same-month' | 'next-month';
  wagePayDay: string;
}

export const EMPTY_AUTHORISATION: AuthorisationDraft = {
  requestSent: '',
  start: '',
  end: '',
  maxHoursPerWeek: '',
  nature: '',
  conditions: '',
};

export const DEFAULT_PAYMENT: PaymentDraft = { benefitLagMonths: '1', wagePaidIn: 'same-month', wagePayDay: '28' };

export interface Draft {
  /** The daily benefit comes from the mutuality's statement, or is estimated from the lost wage. */
  benefitSource: 'statement' | 'estimate';
  estimate: EstimateDraft;
  selfEmployed: SelfEmployedDraft;
  /** What the medical advisor authorised (shared by all plans). */
  authorisation: AuthorisationDraft;
  payment: PaymentDraft;
  scheme: string;
  dailyBenefit: string;
  /** Month of the statement the daily benefit was read from (YYYY-MM); empty: the first month. */
  dailyBenefitAsOf: string;
  /** Add the Federal Planning Bureau's forecast indexations (marked as projections). */
  projectIndexation: boolean;
  start: string;
  months: string;
  fullTimeHours: string;
  wageKind: WageKind;
  wage: string;
  plans: PlanDraft[];
  /** The person's inputs of the net estimate, as typed (the section "Your situation for tax"). */
  person?: PersonDraft;
}

/** The scenario's `person`, with the number of children as typed. */
export type PersonDraft = { [K in keyof PersonJson]?: PersonJson[K] | string };

export const MAX_PLANS = 4;

export function step(from: string, hours: string, kind = 'employee'): StepDraft {
  return { from, hours, kind, fullTime: '', wage: '' };
}

export interface EstimateDraft {
  incapacityStart: string;
  lostMonthlyWage: string;
  familySituation: string;
  regularWorker: boolean;
  unemploymentAllowance: string;
}

export const EMPTY_ESTIMATE: EstimateDraft = {
  incapacityStart: '',
  lostMonthlyWage: '',
  familySituation: 'single',
  regularWorker: true,
  unemploymentAllowance: '',
};

export interface SelfEmployedDraft {
  activityStart: string;
  /** Net taxable income by income year, as typed. */
  income: Record<string, string>;
}

/**
 * A date as typed in the form, in the scenario format: day, month and year in that order (as in
 * all four languages) with any separator or none ("01/03/2027", "1.3.2027", "01032027"), or the
 * ISO form ("2027-03-01"), give "2027-03-01"; with `month`, "03/2027", "3 2027", "032027" or
 * "2027-03" give "2027-03". Any other text is kept as it is: validation says what is wrong.
 */
export function typedDate(text: string, month = false): string {
  const t = text.trim();
  const iso = /^(\d{4})-(\d\d?)(?:-(\d\d?))?$/.exec(t);
  // With separators, or all eight (six) digits: "0103202", typed halfway, is not read as year 3202.
  const typed = month
    ? /^()(?:(\d\d?)[/. -]+|(\d\d))(\d{4})$/.exec(t)
    : /^(?:(\d\d?)[/. -]+(\d\d?)[/. -]+|(\d\d)(\d\d))(\d{4})$/.exec(t);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : typed ? (month ? [typed[4], typed[2] ?? typed[3], ''] : [typed[5], typed[2] ?? typed[4], typed[1] ?? typed[3]]) : [];
  if (!y || !d === !month) return t;
  return [y, m, d].filter((part): part is string => !!part).map((part) => part.padStart(2, '0')).join('-');
}

/** The scenario JSON of one plan, as typed (validation reads and checks it). */
export function planScenario(draft: Draft, planIndex: number): Record<string, unknown> {
  const plan = draft.plans[planIndex] ?? { steps: [] };
  const wageField = draft.wageKind === 'monthly' ? 'grossMonthlyWage' : 'grossHourlyWage';
  const work: Record<string, string>[] = plan.steps.map((s) => {
    const out: Record<string, string> = { from: typedDate(s.from), hoursPerWeek: s.hours };
    if (s.kind && s.kind !== 'employee') out.kind = s.kind;
    // A volunteer has no S and no wage, only the allowances typed.
    if (s.kind === 'volunteer') for (const k of ['allowancePerDay', 'allowancePerYear'] as const) if (s[k]?.trim()) out[k] = s[k];
    if (s.kind === 'volunteer' || isZero(s.hours)) return out;
    out.fullTimeHoursPerWeek = s.fullTime.trim() !== '' ? s.fullTime : draft.fullTimeHours;
    out[wageField] = s.wage.trim() !== '' ? s.wage : draft.wage;
    return out;
  });
  const e = draft.estimate;
  const benefit =
    draft.benefitSource === 'estimate'
      ? {
          benefitEstimate: {
            incapacityStart: typedDate(e.incapacityStart),
            lostGrossMonthlyWage: e.lostMonthlyWage,
            familySituation: e.familySituation,
            ...(e.regularWorker ? {} : { regularWorker: false }),
            ...(e.unemploymentAllowance.trim() !== '' ? { unemploymentAllowance: e.unemploymentAllowance } : {}),
          },
        }
      : { dailyBenefit: draft.dailyBenefit, ...(draft.dailyBenefitAsOf.trim() !== '' ? { dailyBenefitAsOf: typedDate(draft.dailyBenefitAsOf, true) } : {}) };
  const income = Object.fromEntries(Object.entries(draft.selfEmployed.income).filter(([, v]) => v.trim() !== ''));
  const selfEmployed =
    draft.selfEmployed.activityStart.trim() !== '' || Object.keys(income).length > 0
      ? {
          selfEmployed: {
            ...(draft.selfEmployed.activityStart.trim() !== '' ? { activityStart: typedDate(draft.selfEmployed.activityStart) } : {}),
            ...(Object.keys(income).length > 0 ? { netTaxableIncome: income } : {}),
          },
        }
      : {};
  const authorisation = Object.fromEntries(
    Object.entries(draft.authorisation)
      .filter(([, v]) => v.trim() !== '')
      .map(([k, v]) => [k, k === 'nature' || k === 'conditions' || k === 'maxHoursPerWeek' ? v : typedDate(v)]),
  );
  return {
    version: 1,
    scheme: draft.scheme,
    start: typedDate(draft.start, true),
    months: draft.months,
    ...benefit,
    projectIndexation: draft.projectIndexation,
    ...selfEmployed,
    work,
    ...(Object.keys(authorisation).length > 0 ? { authorisation } : {}),
    // The defaults are left out, so a scenario without `payment` comes back as it went in.
    ...(isDefaultPayment(draft.payment) ? {} : { payment: draft.payment }),
    ...(draft.person ? { person: draft.person } : {}),
  };
}

function isDefaultPayment(p: PaymentDraft): boolean {
  return (
    p.benefitLagMonths.trim() === DEFAULT_PAYMENT.benefitLagMonths &&
    p.wagePaidIn === DEFAULT_PAYMENT.wagePaidIn &&
    p.wagePayDay.trim() === DEFAULT_PAYMENT.wagePayDay
  );
}

/** "0", "0,0": the step ends work (read like every other number of the form). */
function isZero(text: string): boolean {
  return parseDecimal(text)?.isZero() ?? false;
}

/** A draft from a valid scenario: its first working step gives the job's hours and wage. */
export function draftFromScenario(scenario: Scenario): Draft {
  const working = scenario.work.find((s) => s.grossHourlyWage !== undefined || s.grossMonthlyWage !== undefined);
  const wageKind: WageKind = working?.grossMonthlyWage !== undefined ? 'monthly' : 'hourly';
  const fullTimeHours = scenario.work.find((s) => s.fullTimeHoursPerWeek !== undefined)?.fullTimeHoursPerWeek ?? '38';
  const wage = (wageKind === 'monthly' ? working?.grossMonthlyWage : working?.grossHourlyWage) ?? '';
  const stepWage = (s: WorkStep) => (wageKind === 'monthly' ? s.grossMonthlyWage : s.grossHourlyWage);
  const a = scenario.authorisation ?? {};
  const p = scenario.payment ?? {};
  const e = scenario.benefitEstimate;
  return {
    ...(scenario.person ? { person: scenario.person } : {}),
    benefitSource: scenario.dailyBenefit === undefined && e ? 'estimate' : 'statement',
    estimate: e
      ? {
          incapacityStart: e.incapacityStart,
          // A daily wage of the six-day scheme is 1/26 of the monthly wage.
          lostMonthlyWage: e.lostGrossMonthlyWage ?? (e.lostGrossDailyWage ? new Dec(e.lostGrossDailyWage).times(26).toString() : ''),
          familySituation: e.familySituation,
          regularWorker: e.regularWorker ?? true,
          unemploymentAllowance: e.unemploymentAllowance ?? '',
        }
      : { ...EMPTY_ESTIMATE },
    selfEmployed: {
      activityStart: scenario.selfEmployed?.activityStart ?? '',
      income: { ...(scenario.selfEmployed?.netTaxableIncome ?? {}) },
    },
    authorisation: {
      requestSent: a.requestSent ?? '',
      start: a.start ?? '',
      end: a.end ?? '',
      maxHoursPerWeek: a.maxHoursPerWeek ?? '',
      nature: a.nature ?? '',
      conditions: a.conditions ?? '',
    },
    payment: {
      benefitLagMonths: String(p.benefitLagMonths ?? DEFAULT_PAYMENT.benefitLagMonths),
      wagePaidIn: p.wagePaidIn ?? DEFAULT_PAYMENT.wagePaidIn,
      wagePayDay: String(p.wagePayDay ?? DEFAULT_PAYMENT.wagePayDay),
    },
    scheme: scenario.scheme,
    dailyBenefit: scenario.dailyBenefit ?? '',
    dailyBenefitAsOf: scenario.dailyBenefitAsOf ?? '',
    // The element projects unless the scenario says not to (the core's default is not to).
    projectIndexation: scenario.projectIndexation !== false,
    start: scenario.start,
    months: String(scenario.months),
    fullTimeHours,
    wageKind,
    wage,
    plans: [
      {
        steps: scenario.work.map((s) => ({
          from: s.from,
          hours: s.hoursPerWeek,
          kind: s.kind ?? 'employee',
          fullTime: s.fullTimeHoursPerWeek !== undefined && s.fullTimeHoursPerWeek !== fullTimeHours ? s.fullTimeHoursPerWeek : '',
          // A step paid the other way (monthly vs hourly) cannot keep its wage in this form: the
          // job's wage applies, and the element warns that the import was simplified.
          wage: stepWage(s) !== undefined && stepWage(s) !== wage ? (stepWage(s) as string) : '',
          ...(s.kind === 'volunteer' ? { allowancePerDay: s.allowancePerDay ?? '', allowancePerYear: s.allowancePerYear ?? '' } : {}),
        })),
      },
    ],
  };
}

/** Steps whose wage kind differs from the job's: they lose their wage in {@link draftFromScenario}. */
export function mixedWageKinds(scenario: Scenario): boolean {
  const working = scenario.work.filter((s) => s.grossHourlyWage !== undefined || s.grossMonthlyWage !== undefined);
  return new Set(working.map((s) => (s.grossMonthlyWage !== undefined ? 'm' : 'h'))).size > 1;
}

/**
 * The draft with its plain numbers and dates written the language's way (`field`: "62.45" →
 * "62,45", "2027-03-01" → "01/03/2027"), for a
 * draft that comes from attributes or a scenario, or when the language changes. Free text and
 * what is not a plain number stay as typed.
 */
export function localizeDraft(draft: Draft, field: (text: string) => string): Draft {
  const walk = (value: unknown, key?: string): unknown =>
    typeof value === 'string'
      ? key === 'nature' || key === 'conditions'
        ? value
        : field(/^(from|start|end|requestSent|incapacityStart|activityStart|dailyBenefitAsOf)$/.test(key ?? '') ? typedDate(typedDate(value), true) : value)
      : value && typeof value === 'object'
        ? Array.isArray(value)
          ? value.map((v) => walk(v))
          : Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]))
        : value;
  return walk(draft) as Draft;
}

/** Form fields an error is shown next to. */
export type FieldId =
  | 'general'
  | `authorisation-${keyof AuthorisationDraft}`
  | `estimate-${keyof EstimateDraft}`
  | 'selfEmployed-activityStart'
  | `selfEmployed-income-${string}`
  | `payment-${keyof PaymentDraft}`
  | `person-${keyof PersonJson}`
  | 'scheme'
  | 'dailyBenefit'
  | 'dailyBenefitAsOf'
  | 'projectIndexation'
  | 'start'
  | 'months'
  | 'fullTimeHours'
  | 'wage'
  | 'plan'
  | `step-${number}-${'from' | 'hours' | 'fullTime' | 'wage' | 'kind' | 'allowancePerDay' | 'allowancePerYear'}`;

const STEP_PATH = /^work\[(\d+)\](?:\.(\w+))?$/;

/** The field of the form where a validation issue of plan `planIndex` belongs. */
export function fieldOf(issue: ValidationIssue, draft: Draft, planIndex: number): FieldId {
  switch (issue.path) {
    case 'scheme':
    case 'dailyBenefit':
    case 'dailyBenefitAsOf':
    case 'projectIndexation':
    case 'start':
    case 'months':
      return issue.path;
    case 'work':
      return 'plan';
  }
  const section = /^(authorisation|payment|person)\.(\w+)$/.exec(issue.path);
  if (section) return `${section[1]}-${section[2]}` as FieldId;
  if (issue.path === 'benefitEstimate') return 'estimate-incapacityStart';
  const estimate = /^benefitEstimate\.(\w+)$/.exec(issue.path);
  if (estimate) {
    const key = estimate[1] === 'lostGrossMonthlyWage' || estimate[1] === 'lostGrossDailyWage' ? 'lostMonthlyWage' : estimate[1];
    return `estimate-${key}` as FieldId;
  }
  const income = /^selfEmployed\.netTaxableIncome\.(\d{4})$/.exec(issue.path);
  if (income) return `selfEmployed-income-${income[1]}`;
  if (issue.path.startsWith('selfEmployed')) return 'selfEmployed-activityStart';
  const m = STEP_PATH.exec(issue.path);
  if (!m) return 'general';
  const index = Number(m[1]);
  const s = draft.plans[planIndex]?.steps[index];
  switch (m[2]) {
    case 'from':
      return `step-${index}-from`;
    case 'kind':
    case 'allowancePerDay':
    case 'allowancePerYear':
      return `step-${index}-${m[2]}` as FieldId;
    case 'fullTimeHoursPerWeek':
      return s && s.fullTime.trim() !== '' ? `step-${index}-fullTime` : 'fullTimeHours';
    case 'grossHourlyWage':
    case 'grossMonthlyWage':
      return s && s.wage.trim() !== '' ? `step-${index}-wage` : 'wage';
    default:
      return `step-${index}-hours`;
  }
}
