/**
 * An estimate of the year-end settlement (the tax assessment of the following year) for each
 * calendar year of the forecast: the personal income tax on the year's wage and benefit against
 * what was withheld. The result is a range, because the tax reduction for replacement income
 * (art. 147–150 CIR 92) is limited to the part of the tax that belongs to the benefit, and its
 * yearly base amount was not found: the low end grants that whole part, the high end none of it.
 * The municipal surcharge is an assumption (7 %). Only the months of the forecast are counted.
 */
import { Dec, ZERO, lower, max0 } from '../decimal.js';
import { constant, ratio } from './numbers.js';
import { requireValueAt, valueAt } from '../parameters/parameter.js';
import { incomeTax, keyFormula, municipalSurchargePercent } from '../parameters/net.js';
import type { PersonInput } from './person.js';
import { netRulesDate } from './rules-date.js';
import { cent, familyReductions, lumpSumExpenses, scaleTax } from './wage-net.js';

/** What one calendar year of the forecast adds up to. */
export interface YearIncome {
  year: number;
  months: number;
  /** Taxable wage (gross − contribution + work bonus). */
  taxableWage: Dec;
  benefit: Dec;
  /** Fiscal work bonus of the year's payslips (also a tax reduction in the assessment). */
  fiscalWorkBonus: Dec;
  withheld: Dec;
}

export interface YearEnd {
  year: number;
  /** The year whose tax scale is used: `year`, or the last encoded year for a later one. */
  rulesYear: number;
  /** Months of the year in the forecast (the rest of the year is not counted). */
  months: number;
  taxableIncome: Dec;
  /** Tax due with the replacement-income reduction at its most (the benefit's part of the tax). */
  taxDueLow: Dec;
  /** Tax due without it. */
  taxDueHigh: Dec;
  withheld: Dec;
}

const SURCHARGE_INCLUDED = constant('1.07');
/** Per scale: the tax on the tax-free sum, the same for every year under that scale. */
const taxFreeTaxes = new WeakMap<object, Dec>();

/** The state tax before the replacement-income reduction, and the benefit's share of it. */
function stateTax(income: YearIncome, person: PersonInput, date: string): { tax: Dec; benefitPart: Dec; taxable: Dec } {
  const rules = requireValueAt(incomeTax, date).value;
  const wage = max0(income.taxableWage);
  const netWage = wage.minus(lumpSumExpenses(wage, rules.expensesPercent, rules.expensesMax));
  const taxable = netWage.plus(income.benefit);
  const pct = ratio;
  let taxFree = taxFreeTaxes.get(rules);
  if (taxFree === undefined) taxFreeTaxes.set(rules, (taxFree = scaleTax(rules.scale, constant(rules.taxFreeSum))));
  let tax: Dec;
  if (person.taxSituation === 'couple-one-income') {
    const imputed = lower(cent(taxable.times(pct(rules.quotientPercent))), constant(rules.quotientMax));
    const own = scaleTax(rules.scale, taxable.minus(imputed));
    const partner = scaleTax(rules.scale, imputed);
    tax = max0(own.minus(taxFree)).plus(max0(partner.minus(taxFree)));
  } else {
    tax = max0(scaleTax(rules.scale, taxable).minus(taxFree));
  }
  // The family reductions of the key formula include the 7 % surcharge: without it here.
  const formula = valueAt(keyFormula, date)?.value;
  const family = formula ? familyReductions(formula, person, date) : ZERO;
  if (!family.isZero()) tax = max0(tax.minus(cent(family.div(SURCHARGE_INCLUDED))));
  if (!income.fiscalWorkBonus.isZero()) tax = max0(tax.minus(income.fiscalWorkBonus));
  const benefitPart = taxable.gt(0) ? cent(tax.times(income.benefit).div(taxable)) : ZERO;
  return { tax: cent(tax), benefitPart, taxable };
}

const factors = new Map<string, Dec>();
/** 1 + the surcharge percentage as a ratio ("7" → 1.07), once per percentage. */
function withSurcharge(percent: string): Dec {
  let factor = factors.get(percent);
  if (factor === undefined) factors.set(percent, (factor = ratio(percent).plus(1)));
  return factor;
}

/** The estimate of one calendar year (a year after the encoded ones: with the last encoded year's scale). */
export function yearEnd(income: YearIncome, person: PersonInput): YearEnd {
  const date = netRulesDate(`${income.year}-01-01`) ?? `${income.year}-01-01`;
  const { tax, benefitPart, taxable } = stateTax(income, person, date);
  const surcharge = withSurcharge(requireValueAt(municipalSurchargePercent, date).value);
  return {
    year: income.year,
    rulesYear: Number(date.slice(0, 4)),
    months: income.months,
    taxableIncome: cent(taxable),
    taxDueLow: cent(tax.minus(benefitPart).times(surcharge)),
    taxDueHigh: cent(tax.times(surcharge)),
    withheld: income.withheld,
  };
}
