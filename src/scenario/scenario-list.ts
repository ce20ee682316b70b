/**
 * A list of scenarios from outside (a share link, a file, a host page's property): read and
 * validated whole. The element's main file reads files and properties with it; the reading of a
 * share link (base64url, check code) comes with the on-demand views.
 */
import type { Scenario } from './types.js';
import { validateScenario, type ValidationIssue } from './validate.js';

export const MAX_SHARED_PLANS = 4;

export type DecodedLink =
  | { kind: 'none' }
  | { kind: 'ok'; scenarios: Scenario[]; warnings: ValidationIssue[] }
  | { kind: 'broken'; errors: ValidationIssue[] };

/**
 * One scenario or a list of 1 to 4, each validated; any invalid one makes the whole list broken.
 * A JavaScript object given by a host page (not JSON) is read defensively: an accessor that throws
 * makes it refused, never the element broken.
 */
export function readScenarioList(raw: unknown): DecodedLink {
  try {
    return readList(raw);
  } catch {
    return { kind: 'broken', errors: [{ path: '', code: 'NOT_AN_OBJECT', params: {} }] };
  }
}

function readList(raw: unknown): DecodedLink {
  const list = Array.isArray(raw) ? raw : [raw];
  if (list.length === 0 || list.length > MAX_SHARED_PLANS) {
    return { kind: 'broken', errors: [{ path: '', code: 'TOO_MANY_PLANS', params: { max: MAX_SHARED_PLANS } }] };
  }
  const scenarios: Scenario[] = [];
  const errors: ValidationIssue[] = [];
  const warnings: ValidationIssue[] = [];
  const at = (index: number) => (e: ValidationIssue) => ({ ...e, path: list.length > 1 ? `[${index}]${e.path ? '.' + e.path : ''}` : e.path });
  list.forEach((item, index) => {
    const checked = validateScenario(item);
    warnings.push(...checked.warnings.map(at(index)));
    if (checked.ok) scenarios.push(checked.scenario);
    else errors.push(...checked.errors.map(at(index)));
  });
  return errors.length > 0 ? { kind: 'broken', errors } : { kind: 'ok', scenarios, warnings };
}
