/**
 * Volunteering during incapacity (law of 3 July 2005): no reduction of the benefit while the
 * flat-rate expense allowances stay within the day's and the year's limits. Above either limit
 * the allowances count as pay, so the activity may be treated as unauthorised work and the benefit
 * of its days recovered (`allowanceAboveLimitsPutsBenefitAtRisk`: secondary sources, no INAMI text
 * found; the notice says so).
 */
import type { WorkStepInput } from './forecast-types.js';
import { startAt, valueAt } from './parameters/parameter.js';
import { volunteerAllowanceLimits } from './parameters/volunteer.js';

/**
 * The allowances of a volunteer step (other steps have none) against the limits in force on `date` (those of the last
 * known year after it), or `null` when they are within them.
 */
export function allowanceExcess(step: WorkStepInput | undefined, date: string): Record<string, string> | null {
  const [d, y] = [step?.allowancePerDay, step?.allowancePerYear];
  // Most steps have no allowance: the limits are not even looked up.
  const row = (d || y) && valueAt(volunteerAllowanceLimits, date);
  return row && (d?.gt(row.value.perDay) || y?.gt(row.value.perYear))
    ? { dailyLimit: row.value.perDay, yearlyLimit: row.value.perYear, limitsYear: startAt(volunteerAllowanceLimits, date)!.slice(0, 4) }
    : null;
}
