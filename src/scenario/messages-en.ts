/**
 * English sentences for validation codes, for the command line and server-side users. The element
 * has its own localized messages (msg()); this table is for places without the browser runtime.
 */
import type { ValidationIssue } from './validate.js';

const MESSAGES: Record<ValidationIssue['code'], (p: Record<string, string | number>) => string> = {
  NOT_AN_OBJECT: () => 'must be a JSON object',
  NOT_A_LIST: () => 'must be a list of work steps',
  WRONG_TYPE: (p) => `has the wrong type (expected a ${p.expected})`,
  REQUIRED: () => 'is required',
  UNKNOWN_VERSION: (p) => `is an unknown scenario version "${p.version}" (supported: ${p.supported})`,
  UNKNOWN_SCHEME: (p) => `is an unknown scheme "${p.scheme}" (allowed: ${p.allowed})`,
  NOT_A_NUMBER: () => 'is not a number (write e.g. 12.5 or 12,5)',
  NOT_AN_INTEGER: () => 'must be a whole number',
  NEGATIVE: () => 'cannot be negative',
  MUST_BE_POSITIVE: () => 'must be more than zero',
  TOO_LARGE: (p) => `is too large (at most ${p.max})`,
  TOO_FEW_MONTHS: (p) => `must be at least ${p.min}`,
  TOO_MANY_MONTHS: (p) => `must be at most ${p.max} months`,
  TOO_MANY_PLANS: (p) => `holds too many plans (at most ${p.max})`,
  TOO_MANY_STEPS: (p) => `has too many steps (at most ${p.max})`,
  BAD_MONTH: () => 'must be a month written YYYY-MM',
  BAD_DATE: () => 'must be a real date written YYYY-MM-DD',
  DATE_OUT_OF_RANGE: (p) => `must be between the years ${p.min} and ${p.max}`,
  DATES_NOT_ORDERED: (p) => `must come after the previous step's date (${p.previous})`,
  HOURS_ABOVE_FULL_TIME: (p) => `(${p.hours} h) is above the full-time hours (${p.fullTime} h)`,
  WAGE_MISSING: () => 'is missing: give grossHourlyWage or grossMonthlyWage',
  WAGE_TWICE: () => 'and grossHourlyWage are both given: keep one',
  PERIOD_NOT_SUPPORTED: (p) =>
    p.from ? `has work on ${p.from}, in a period whose amounts are not known to the calculator (2013 to March 2018)` : `is in a period whose rules are not supported (supported from ${p.firstSupported})`,
  UNKNOWN_FIELD: (p) => `is not a known field "${p.field}" and was ignored`,
  TOO_SMALL: (p) => `is too small (at least ${p.min})`,
  ROUNDED_TO_CENT: (p) => `${p.typed} was taken to the cent: ${p.rounded}`,
  MIXED_WAGE_KINDS: () => 'mixes hourly and monthly wages: the form keeps the wage of the first step',
  UNKNOWN_OPTION: (p) => `is not one of: ${p.allowed}`,
  TOO_LONG: (p) => `is too long (at most ${p.max} characters)`,
  AUTHORISATION_TOO_LONG: (p) => `is too late: an authorisation lasts at most two years (last day ${p.latestEnd})`,
  NOT_FOR_SCHEME: (p) => `is not available for the ${p.scheme} scheme`,
  NOT_FOR_KIND: (p) => `does not go with a step of kind ${p.kind}: a volunteer step has expense allowances and no wage, the other kinds the reverse`,
  BAD_YEAR: () => 'must be a year written YYYY',
  DATE_TOO_EARLY: (p) => `is before ${p.min}, the first date the calculator supports`,
  END_BEFORE_START: (p) => `is before the start of the authorisation (${p.start})`,
  BAD_DAY_OF_MONTH: () => 'must be a whole day of the month between 1 and 31',
  FILE_TOO_LARGE: (p) => `is too large (at most ${p.max} KB)`,
  INVALID_JSON: (p) => `is not valid JSON${p.detail ? `: ${p.detail}` : ''}`,
};

export function describeIssue(issue: ValidationIssue): string {
  const where = issue.path === '' ? 'The scenario' : issue.path;
  return `${where} ${MESSAGES[issue.code](issue.params)}`;
}
