/** One plan, validated and forecast: what every view of the element renders from. */
import { computeCashCalendar, computeForecast, type CashMonth, type Forecast, type ForecastInput } from '../../rules/forecast.js';
import type { Scenario } from '../../scenario/types.js';
import { validateScenario, type ValidationIssue } from '../../scenario/validate.js';
import { fieldOf, planScenario, type Draft, type FieldId } from './draft.js';

export type PlanForecast =
  | { ok: true; scenario: Scenario; input: ForecastInput; forecast: Forecast }
  | { ok: false; errors: ValidationIssue[] };

export interface PlanResult {
  index: number;
  result: PlanForecast;
  /** Errors by the form field they belong to. */
  errors: Map<FieldId, ValidationIssue[]>;
  /** The cash calendar, computed when first asked for (only the plan shown needs it). */
  cash(): CashMonth[] | null;
}

export function computePlans(draft: Draft): PlanResult[] {
  return draft.plans.map((_, index) => {
    const checked = validateScenario(planScenario(draft, index));
    const errors = new Map<FieldId, ValidationIssue[]>();
    if (!checked.ok) {
      for (const issue of checked.errors) {
        const field = fieldOf(issue, draft, index);
        errors.set(field, [...(errors.get(field) ?? []), issue]);
      }
      return { index, result: { ok: false, errors: checked.errors }, errors, cash: () => null };
    }
    const forecast = computeForecast(checked.input);
    let cash: CashMonth[] | undefined;
    return {
      index,
      result: { ok: true, scenario: checked.scenario, input: checked.input, forecast },
      errors,
      cash: () => (cash ??= computeCashCalendar(checked.input, forecast)),
    };
  });
}
