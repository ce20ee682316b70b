/**
 * Authorised self-employed activity (AR 20 July 1971, art. 23 to 23ter; RSVZ/INASTI FAQ): no
 * reduction for the first 6 months; −10 % from the 7th month until 31 December of the third year
 * after the year the activity started; from then on, the net taxable income of three years earlier
 * is compared with the yearly ceiling: an excess below 15 % reduces the benefit by that percentage.
 * An excess of 15 % or more is not settled by the sources found (benefit "reduced or suspended").
 */
import { addMonthsToDate } from '../calendar.js';
import { Dec, HUNDRED, ZERO } from '../decimal.js';
import {
  LAST_KNOWN_CEILING_YEAR,
  selfEmployedExcessLimitPercent,
  selfEmployedFlatReductionPercent,
  selfEmployedFlatReductionYears,
  selfEmployedFreeMonths,
  selfEmployedIncomeCeiling,
} from '../parameters/special-cases.js';
import { requireValueAt, valueAt, type Reference } from '../parameters/parameter.js';
import type { Notice } from '../notice.js';

export type SelfEmployedPhase = 'free-months' | 'flat-reduction' | 'income-test';

export interface SelfEmployedReduction {
  phase: SelfEmployedPhase;
  /** Percent, two decimals at most. */
  reductionPercent: Dec;
  incomeYear: number | null;
  notices: Notice[];
  reference: Reference;
}

/** The first day of the 7th month of activity, and the first day after the flat reduction. */
export function selfEmployedPhaseDates(activityStart: string): { flatFrom: string; incomeTestFrom: string } {
  const free = requireValueAt(selfEmployedFreeMonths, activityStart).value;
  const years = requireValueAt(selfEmployedFlatReductionYears, activityStart).value;
  return { flatFrom: addMonthsToDate(activityStart, free), incomeTestFrom: `${Number(activityStart.slice(0, 4)) + years + 1}-01-01` };
}

/** The year whose net taxable income the income test compares with the ceiling: three years earlier. */
export function incomeYearFor(date: string): number {
  return Number(date.slice(0, 4)) - 3;
}

export function selfEmployedReduction(
  activityStart: string,
  date: string,
  incomeByYear: Readonly<Record<string, Dec>>,
  /** The employee scheme's variant: the reassessment from the 4th year is not sourced. */
  employeeScheme: boolean,
): SelfEmployedReduction {
  const { flatFrom, incomeTestFrom } = selfEmployedPhaseDates(activityStart);
  const flat = requireValueAt(selfEmployedFlatReductionPercent, activityStart);
  if (date < flatFrom) return { phase: 'free-months', reductionPercent: ZERO, incomeYear: null, notices: [], reference: flat.reference };
  if (date < incomeTestFrom || employeeScheme) {
    const notices: Notice[] =
      date >= incomeTestFrom
        ? [{ code: 'SELF_EMPLOYED_REASSESSMENT_UNSOURCED', level: 'warning', params: { from: incomeTestFrom } }]
        : [];
    return { phase: 'flat-reduction', reductionPercent: new Dec(flat.value), incomeYear: null, notices, reference: flat.reference };
  }
  const incomeYear = incomeYearFor(date);
  const income = incomeByYear[String(incomeYear)];
  const notices: Notice[] = [];
  const ceilingRow = valueAt(selfEmployedIncomeCeiling, `${incomeYear}-01-01`);
  if (!income || !ceilingRow) {
    notices.push({ code: 'SELF_EMPLOYED_INCOME_MISSING', level: 'risk', params: { incomeYear } });
    return { phase: 'income-test', reductionPercent: ZERO, incomeYear, notices, reference: flat.reference };
  }
  if (incomeYear > LAST_KNOWN_CEILING_YEAR) {
    notices.push({ code: 'CEILING_MAY_BE_INDEXED', level: 'info', params: { incomeYear, knownYear: LAST_KNOWN_CEILING_YEAR } });
  }
  const ceiling = new Dec(ceilingRow.value);
  const excess = income.minus(ceiling).div(ceiling).times(HUNDRED).toDecimalPlaces(2, Dec.ROUND_HALF_UP);
  if (excess.lte(0)) return { phase: 'income-test', reductionPercent: ZERO, incomeYear, notices, reference: ceilingRow.reference };
  const limit = new Dec(requireValueAt(selfEmployedExcessLimitPercent, date).value);
  if (excess.lt(limit)) return { phase: 'income-test', reductionPercent: excess, incomeYear, notices, reference: ceilingRow.reference };
  notices.push({ code: 'SELF_EMPLOYED_INCOME_FAR_ABOVE_CEILING', level: 'risk', params: { incomeYear, excessPercent: excess.toString() } });
  return { phase: 'income-test', reductionPercent: HUNDRED, incomeYear, notices, reference: ceilingRow.reference };
}
