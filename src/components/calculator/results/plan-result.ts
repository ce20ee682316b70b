/** One plan, validated and forecast: what every view of the element renders from. */
import { computeCashCalendar, computeForecast, type CashMonth, type Forecast, type ForecastInput } from '../../../rules/forecast.js';
import type { Scenario } from '../../../scenario/types.js';
import { validateScenario, type ValidationIssue } from '../../../scenario/validate.js';
import { fieldOf, planScenario, type Draft, type FieldId } from '../form/draft.js';

export type PlanForecast =
  | { ok: true; scenario: Scenario; input: ForecastInput; forecast: Forecast }
  | { ok: false; errors: ValidationIssue[] };

export interface PlanResult {
  index: number;
  /** The plan's scenario as JSON text: equal keys, equal results. */
  key: string;
  result: PlanForecast;
  /** Errors by the form field they belong to. */
  errors: Map<FieldId, ValidationIssue[]>;
  /** The cash calendar, computed when first asked for (only the plan shown needs it). */
  cash(): CashMonth[] | null;
}

/**
 * Validates and forecasts every plan of the draft. A plan whose scenario is the same as in
 * `previous` (same text) keeps its result: editing one plan's step recomputes that plan only, and
 * each plan is computed at most once per edit.
 */
export function computePlans(draft: Draft, previous: readonly PlanResult[] = []): PlanResult[] {
  const known = new Map<string, PlanResult>();
  for (const p of previous) if (p.key && p.result.ok) known.set(p.key, p);
  return draft.plans.map((_, index) => {
    const scenario = planScenario(draft, index);
    const key = JSON.stringify(scenario);
    const same = known.get(key);
    if (same) return same.index === index ? same : { ...same, index };
    const checked = validateScenario(scenario);
    const errors = new Map<FieldId, ValidationIssue[]>();
    if (!checked.ok) {
      for (const issue of checked.errors) {
        const field = fieldOf(issue, draft, index);
        const known = errors.get(field) ?? [];
        // The job's wage or full time, wrong in every step, is said once next to its field.
        if (!known.some((k) => k.code === issue.code && JSON.stringify(k.params) === JSON.stringify(issue.params))) errors.set(field, [...known, issue]);
      }
      return { index, key, result: { ok: false, errors: checked.errors }, errors, cash: () => null };
    }
    const forecast = computeForecast(checked.input);
    let cash: CashMonth[] | undefined;
    return {
      index,
      key,
      result: { ok: true, scenario: checked.scenario, input: checked.input, forecast },
      errors,
      cash: () => (cash ??= computeCashCalendar(checked.input, forecast)),
    };
  });
}
