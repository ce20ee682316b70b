/** One plan, validated and forecast: what every view of the element renders from. */
import { forecastScenario, type ScenarioForecast } from '../../scenario/forecast-scenario.js';
import { fieldOf, planScenario, type Draft, type FieldId } from './draft.js';
import type { ValidationIssue } from '../../scenario/validate.js';

export interface PlanResult {
  index: number;
  result: ScenarioForecast;
  /** Errors by the form field they belong to. */
  errors: Map<FieldId, ValidationIssue[]>;
}

export function computePlans(draft: Draft): PlanResult[] {
  return draft.plans.map((_, index) => {
    const result = forecastScenario(planScenario(draft, index));
    const errors = new Map<FieldId, ValidationIssue[]>();
    if (!result.ok) {
      for (const issue of result.errors) {
        const field = fieldOf(issue, draft, index);
        errors.set(field, [...(errors.get(field) ?? []), issue]);
      }
    }
    return { index, result, errors };
  });
}
