/**
 * What the net estimate needs to know about the person, beyond the forecast: the kind of worker
 * (social security), the family situation for tax, the dependants, and (for a daily benefit typed
 * from a statement) whether the benefit is a primary-incapacity or an invalidity benefit.
 */

/** White-collar (employé / bediende, declared at 100 %) or blue-collar (ouvrier / arbeider, at 108 %). */
export type WorkerKind = 'white-collar' | 'blue-collar';

/**
 * For tax: single; single parent (single with a dependent child); married or legal cohabitants whose
 * partner has no professional income (one income: marital quotient) or has one (two incomes).
 */
export type TaxSituation = 'single' | 'single-parent' | 'couple-one-income' | 'couple-two-incomes';

export type BenefitPhase = 'primary' | 'invalidity';

export interface PersonInput {
  workerKind: WorkerKind;
  taxSituation: TaxSituation;
  dependentChildren: number;
  otherDependants: number;
  /** Only used for a typed daily benefit; an estimated one knows its phase. `null`: primary assumed. */
  benefitPhase: BenefitPhase | null;
}

export const WORKER_KINDS: readonly WorkerKind[] = ['white-collar', 'blue-collar'];
export const TAX_SITUATIONS: readonly TaxSituation[] = ['single', 'single-parent', 'couple-one-income', 'couple-two-incomes'];
export const BENEFIT_PHASES: readonly BenefitPhase[] = ['primary', 'invalidity'];

/** The stated default: a white-collar worker, single, no dependants. */
export const DEFAULT_PERSON: PersonInput = {
  workerKind: 'white-collar',
  taxSituation: 'single',
  dependentChildren: 0,
  otherDependants: 0,
  benefitPhase: null,
};
