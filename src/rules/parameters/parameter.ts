/**
 * Legal parameters as data (after OpenFisca): each value is keyed by the date from which it
 * applies and carries the legal or official reference it comes from. A `null` value ends the
 * parameter (the rule no longer applies from that date).
 */

/** How strong the source of a value is, in the terms of the project's domain notes. */
export type SourceStatus = 'official' | 'secondary' | 'inferred' | 'uncertain';

export interface Reference {
  /** Short citation a lawyer recognises, e.g. "Art. 230 §1 AR 3 July 1996". */
  title: string;
  /** Where the text can be read; absent for a convention or inference of the project itself. */
  href?: string;
  status: SourceStatus;
}

export interface DatedValue<T> {
  value: T;
  reference: Reference;
}

export interface Parameter<T> {
  id: string;
  description: string;
  unit: string;
  /** Keys are ISO dates (YYYY-MM-DD) from which the value applies. */
  values: Record<string, DatedValue<T> | null>;
}

const sortedStarts = new WeakMap<Parameter<unknown>, readonly string[]>();

/** The start dates of a parameter, in order (computed once per parameter). */
function startDates(parameter: Parameter<unknown>): readonly string[] {
  let starts = sortedStarts.get(parameter);
  if (!starts) {
    starts = Object.keys(parameter.values).sort();
    sortedStarts.set(parameter, starts);
  }
  return starts;
}

/** The date from which the row in force on `date` applies, or `undefined` before the first one. */
export function startAt(parameter: Parameter<unknown>, date: string): string | undefined {
  let found: string | undefined;
  for (const start of startDates(parameter)) {
    if (start > date) break;
    found = start;
  }
  return found;
}

/**
 * The value in force on `date` (YYYY-MM-DD), or `undefined` when the parameter does not exist yet
 * or was ended on that date.
 */
export function valueAt<T>(parameter: Parameter<T>, date: string): DatedValue<T> | undefined {
  const start = startAt(parameter, date);
  return (start && parameter.values[start]) || undefined;
}

/** Like {@link valueAt}, for parameters that must exist on the date: a missing value is a bug. */
export function requireValueAt<T>(parameter: Parameter<T>, date: string): DatedValue<T> {
  const found = valueAt(parameter, date);
  if (!found) throw new Error(`Parameter ${parameter.id} has no value on ${date}`);
  return found;
}

/** The first date on which the parameter has a value. */
export function firstDate(parameter: Parameter<unknown>): string {
  return startDates(parameter)[0];
}
