/**
 * Indexation as a rule: the coefficient in force on a date, known or projected, and the factor
 * that carries an amount of one date to another (coefficient of the later date ÷ coefficient of
 * the earlier one). Every amount is indexed once, through these functions.
 */
import { Dec } from './decimal.js';
import { indexCoefficient, projectedIndexCoefficient } from './parameters/indexation.js';
import { firstDate, startAt } from './parameters/parameter.js';

/** The first day of the last known indexation step. */
export const LAST_KNOWN_INDEXATION: string = Object.keys(indexCoefficient.values).sort().at(-1)!;
/** The first day a coefficient is known for; amounts of earlier dates cannot be indexed. */
export const FIRST_INDEXATION_DATE: string = firstDate(indexCoefficient);

export interface Coefficient {
  value: Dec;
  /** First day of the step this coefficient belongs to. */
  since: string;
  /** A step forecast by the Federal Planning Bureau, not yet decided. */
  projected: boolean;
}

/** By date: the known coefficients, and those with the projection. */
const known = new Map<string, Coefficient>();
const projected = new Map<string, Coefficient>();

/**
 * The coefficient in force on `date`; beyond the last known step, the projected one when
 * `project` is set, else the last known. Before the first known step: the first one.
 */
export function coefficientAt(date: string, project: boolean): Coefficient {
  const cache = project ? projected : known;
  let found = cache.get(date);
  if (found) return found;
  const projectedSince = project && date > LAST_KNOWN_INDEXATION ? startAt(projectedIndexCoefficient, date) : undefined;
  if (projectedSince) {
    found = { value: new Dec(projectedIndexCoefficient.values[projectedSince]!.value), since: projectedSince, projected: true };
  } else {
    const since = startAt(indexCoefficient, date < FIRST_INDEXATION_DATE ? FIRST_INDEXATION_DATE : date)!;
    found = { value: new Dec(indexCoefficient.values[since]!.value), since, projected: false };
  }
  if (cache.size > 4096) cache.clear();
  cache.set(date, found);
  return found;
}

/** The factor that carries an amount in force on `from` to `to`: coefficient(to) ÷ coefficient(from). */
export function indexFactor(from: string, to: string, project: boolean): Dec {
  const a = coefficientAt(from, project);
  const b = coefficientAt(to, project);
  return a.since === b.since ? new Dec(1) : b.value.div(a.value);
}

/** The dates on which amounts change by indexation (known steps, and projected ones if asked). */
export function indexationDates(project: boolean): readonly string[] {
  return project ? DATES_PROJECTED : DATES_KNOWN;
}
const DATES_KNOWN: readonly string[] = Object.freeze(Object.keys(indexCoefficient.values));
const DATES_PROJECTED: readonly string[] = Object.freeze([...DATES_KNOWN, ...Object.keys(projectedIndexCoefficient.values)]);
