/** Figures derived from a forecast for the comparison of plans. */
import { HUNDRED, compareMoney, fixed, type Dec } from './decimal.js';
import type { Forecast, ForecastMonth } from './forecast.js';
import { exemptedOccupationPercent } from './parameters/cumulation.js';
import { valueAt } from './parameters/parameter.js';

/**
 * Most hours a week that keep the full benefit for a job of `fullTimeHoursPerWeek`: S × 20 %
 * (7.6 h of 38 h). `null` when no exemption applies on `date`.
 */
export function hoursWithoutReduction(fullTimeHoursPerWeek: Dec, date: string): string | null {
  const exempted = valueAt(exemptedOccupationPercent, date);
  if (!exempted) return null;
  return fixed(fullTimeHoursPerWeek.times(exempted.value).div(HUNDRED), 2).replace(/\.?0+$/, '');
}

export interface ForecastSummary {
  best: ForecastMonth;
  worst: ForecastMonth;
}

/** The months with the highest and the lowest total (the first such month on a tie). */
export function summarize(forecast: Forecast): ForecastSummary | null {
  if (forecast.months.length === 0) return null;
  let best = forecast.months[0];
  let worst = forecast.months[0];
  for (const m of forecast.months) {
    if (compareMoney(m.total, best.total) > 0) best = m;
    if (compareMoney(m.total, worst.total) < 0) worst = m;
  }
  return { best, worst };
}
