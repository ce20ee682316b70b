/**
 * Parameters of the cumulation of the incapacity benefit with authorised work, salaried and
 * unemployed persons (FR cumul des indemnités d'incapacité avec un travail autorisé,
 * NL cumulatie van de uitkering met toegelaten arbeid).
 */
import type { Parameter } from './parameter.js';
import {
  ART_230_AR_1996,
  INFERRED_PAYMENT_PER_DAY,
  INFERRED_ROUNDING_TO_CENT,
  INFERRED_WEEKS_PER_MONTH,
  SIX_DAY_SCHEME,
} from './sources.js';

/**
 * Part of the occupation fraction (FR fraction d'occupation, NL tewerkstellingsbreuk) that does not
 * reduce the benefit.
 */
export const exemptedOccupationPercent: Parameter<string> = {
  id: 'cumulation.exemptedOccupationPercent',
  description: 'Occupation fraction up to which the full daily benefit is kept',
  unit: 'percent',
  values: {
    '2018-04-01': { value: '20', reference: ART_230_AR_1996 },
  },
};

/** The excess over the exemption is computed "au centième près" / "tot op één honderdste". */
export const excessPercentDecimals: Parameter<number> = {
  id: 'cumulation.excessPercentDecimals',
  description: 'Decimals to which the excess percentage is computed before it is rounded to a whole percent',
  unit: 'decimals',
  values: {
    '2018-04-01': { value: 2, reference: ART_230_AR_1996 },
  },
};

/**
 * (The rows dated 1 January 2012 start with the first period the calculator covers; the sources
 * give no start date for these practices.)
 *
 * Days of the week for which the benefit is paid: Monday (1) to Saturday (6), Sunday (0) excluded.
 * The reduced amount is paid for each of them, days worked included.
 */
export const indemnifiableWeekdays: Parameter<readonly number[]> = {
  id: 'calendar.indemnifiableWeekdays',
  description: 'Days of the week for which the daily benefit is paid (0 = Sunday … 6 = Saturday)',
  unit: 'weekdays',
  values: {
    '2012-01-01': { value: [1, 2, 3, 4, 5, 6], reference: SIX_DAY_SCHEME },
  },
};

/** The reduced daily amount is paid for days worked too (not only for days without work). */
export const reducedAmountPaidOnWorkedDays: Parameter<boolean> = {
  id: 'cumulation.reducedAmountPaidOnWorkedDays',
  description: 'The reduced daily amount is paid for every indemnifiable day, days worked included',
  unit: 'boolean',
  values: {
    '2012-01-01': { value: true, reference: INFERRED_PAYMENT_PER_DAY },
  },
};

/** Decimals of the daily amount actually paid. */
export const paidDailyAmountDecimals: Parameter<number> = {
  id: 'cumulation.paidDailyAmountDecimals',
  description: 'Decimals to which the reduced daily amount is rounded (half up) before it is multiplied by the days',
  unit: 'decimals',
  values: {
    '2012-01-01': { value: 2, reference: INFERRED_ROUNDING_TO_CENT },
  },
};

/**
 * Weeks in a year; divided by 12 it turns an hourly wage × weekly hours into a monthly wage
 * (earnings = hourly wage × hours a week × 52 / 12).
 */
export const weeksPerYear: Parameter<string> = {
  id: 'earnings.weeksPerYear',
  description: 'Weeks in a year, to turn a weekly wage into a monthly one (× 52 / 12)',
  unit: 'weeks',
  values: {
    '2000-01-01': { value: '52', reference: INFERRED_WEEKS_PER_MONTH },
  },
};
