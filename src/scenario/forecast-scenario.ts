import { computeCashCalendar, computeForecast, type CashMonth, type Forecast, type ForecastInput } from '../rules/forecast.js';
import type { Scenario } from './types.js';
import { validateScenario, type ValidationIssue } from './validate.js';

export type ScenarioForecast =
  | { ok: true; scenario: Scenario; input: ForecastInput; forecast: Forecast; cash: CashMonth[]; warnings: ValidationIssue[] }
  | { ok: false; errors: ValidationIssue[]; warnings: ValidationIssue[] };

/** Validates any JSON value and forecasts it; never throws on user input. */
export function forecastScenario(raw: unknown): ScenarioForecast {
  const checked = validateScenario(raw);
  if (!checked.ok) return checked;
  const forecast = computeForecast(checked.input);
  return {
    ok: true,
    scenario: checked.scenario,
    input: checked.input,
    forecast,
    cash: computeCashCalendar(checked.input, forecast),
    warnings: checked.warnings,
  };
}
