/**
 * The rules core without the element: for server-side use (insurers) and for tests. No DOM, no Lit.
 */
export { forecastScenario, type ScenarioForecast } from './scenario/forecast-scenario.js';
export { validateScenario, type ValidationIssue, type ValidationResult, type IssueCode } from './scenario/validate.js';
export { describeIssue } from './scenario/messages-en.js';
export type { Scenario, WorkStep, AuthorisationJson, PaymentJson } from './scenario/types.js';
export { SCENARIO_VERSION } from './scenario/types.js';
export { LIMITS } from './scenario/limits.js';
export {
  computeForecast,
  computeCashCalendar,
  type Forecast,
  type ForecastMonth,
  type ForecastTotals,
  type Segment,
  type CashMonth,
  type CashItem,
} from './rules/forecast.js';
export type { Notice, NoticeLevel } from './rules/notice.js';
export { allowanceExcess } from './rules/volunteer.js';
export { volunteerAllowanceLimits, type AllowanceLimits } from './rules/parameters/volunteer.js';
export { ACTION_KINDS, buildChecklist, calendarItems, CHECKLIST_KINDS, INFORMATION_KINDS, type ChecklistItem, type ChecklistKind, type PlanResult } from './rules/checklist.js';
export { checklistIcs, escapeText, foldLine, ICS_PRODID, type IcsOptions } from './export/ics.js';
export { incomeCurve, curveScenario, curveMonth, type IncomeCurve, type CurvePoint } from './scenario/income-curve.js';
