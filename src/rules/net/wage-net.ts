/**
 * From the gross wage of a month to what the payslip pays out, for a salaried worker:
 *
 *   net = gross − own social security contribution + social work bonus
 *             − withholding tax (after the fiscal work bonus) − special social security contribution
 *
 * Each step is one small function with the rule it applies. Amounts are rounded to the cent at
 * each step, half up, as the key formula says (Annex III AR/CIR 92, point 3).
 */
import { Dec, ZERO, higher, lower, max0 } from '../decimal.js';
import { constant, ratio } from './numbers.js';
import { requireValueAt, valueAt } from '../parameters/parameter.js';
import {
  blueCollarDeclaredPercent,
  keyFormula,
  otherDependantReduction,
  personalContributionPercent,
  specialContribution,
  workBonus,
  type Bracket,
  type ContributionBand,
  type KeyFormula,
  type WorkBonusPart,
} from '../parameters/net.js';
import type { PersonInput } from './person.js';

/** To the cent, half up. */
export const cent = (value: Dec): Dec => (value.decimalPlaces() <= 2 ? value : value.toDecimalPlaces(2, Dec.ROUND_HALF_UP));
const percent = ratio;
const ONE = new Dec(1);

/** Part of a month's wage from one work step (a month can hold two steps). */
export interface WagePiece {
  /** Gross wage of these days. */
  gross: Dec;
  /** The step's gross monthly wage (whole month). */
  monthlyWage: Dec;
  /** The occupation fraction Q / S, as a ratio (0 to 1). */
  occupation: Dec;
}

export interface WageNet {
  gross: Dec;
  /** Gross declared to social security: 100 %, or 108 % for a blue-collar worker. */
  declared: Dec;
  socialContribution: Dec;
  bonusA: Dec;
  bonusB: Dec;
  socialWorkBonus: Dec;
  /** Taxable wage: gross − contribution + work bonus. */
  taxable: Dec;
  withholdingBeforeBonus: Dec;
  /** Fiscal work bonus actually deducted from the withholding (never more than it). */
  fiscalWorkBonus: Dec;
  wageWithholding: Dec;
  specialContribution: Dec;
  net: Dec;
}

/** 100 % of the gross wage, or 108 % for a blue-collar worker (DmfA). */
export function declaredWage(gross: Dec, person: PersonInput, date: string): Dec {
  if (person.workerKind !== 'blue-collar') return gross;
  return cent(gross.times(percent(requireValueAt(blueCollarDeclaredPercent, date).value)));
}

/** The worker's own contribution: 13.07 % of the declared wage. */
export function ownContribution(declared: Dec, date: string): Dec {
  return cent(declared.times(percent(requireValueAt(personalContributionPercent, date).value)));
}

/** R of one part of the work bonus for a full-time monthly reference wage S, to the cent. */
export function workBonusAmount(part: WorkBonusPart, referenceWage: Dec): Dec {
  if (referenceWage.lte(constant(part.from))) return constant(part.max);
  if (referenceWage.gt(constant(part.to))) return ZERO;
  return max0(cent(constant(part.max).minus(constant(part.slope).times(referenceWage.minus(constant(part.from))))));
}

/**
 * The part of a full-time month this piece pays: the DmfA's H/U (hours paid ÷ full-time hours of
 * the month) for a part-time worker, J/D (days paid ÷ days of the month) for a full-time one with
 * an incomplete month. It is the occupation fraction × the share of the month, rounded to two
 * decimals (0.005 becomes 0.01) and never above 1, as the instructions say of H/U and J/D.
 */
export function workBonusFraction(piece: WagePiece): Dec {
  if (piece.monthlyWage.isZero()) return ZERO;
  // A whole month (most months) is a share of 1: no division.
  const paid = piece.gross.eq(piece.monthlyWage) ? piece.occupation : piece.occupation.times(piece.gross.div(piece.monthlyWage));
  return lower(paid.toDecimalPlaces(2, Dec.ROUND_HALF_UP), ONE);
}

/**
 * The work bonus of one piece: R on the full-time monthly reference wage S (the monthly wage ÷
 * the occupation fraction), × the fraction of `workBonusFraction` (P = H/U × R, or J/D × R).
 */
export function workBonusOfPiece(piece: WagePiece, person: PersonInput, date: string): { a: Dec; b: Dec } {
  const row = valueAt(workBonus, date)?.value;
  if (!row || piece.occupation.isZero() || piece.monthlyWage.isZero()) return { a: ZERO, b: ZERO };
  const parts = person.workerKind === 'blue-collar' ? row.blueCollar : row.whiteCollar;
  // Above both parts' upper limits (S > to, i.e. the monthly wage > to × the fraction) there is no bonus.
  let top = tops.get(parts);
  if (top === undefined) tops.set(parts, (top = higher(constant(parts.a.to), constant(parts.b.to))));
  if (piece.monthlyWage.gt(top.times(piece.occupation))) return { a: ZERO, b: ZERO };
  const reference = piece.monthlyWage.div(piece.occupation);
  const fraction = workBonusFraction(piece);
  const prorated = (amount: Dec) => (amount.isZero() ? ZERO : cent(amount.times(fraction)));
  return { a: prorated(workBonusAmount(parts.a, reference)), b: prorated(workBonusAmount(parts.b, reference)) };
}

/** Per pair of work-bonus parts: the higher of their upper limits. */
const tops = new WeakMap<object, Dec>();

/** The bonus never exceeds the contribution: part B gives way first, then part A. */
export function capWorkBonus(a: Dec, b: Dec, contribution: Dec): { a: Dec; b: Dec } {
  if ((b.isZero() ? a : a.plus(b)).lte(contribution)) return { a, b };
  const cappedA = lower(a, contribution);
  return { a: cappedA, b: max0(contribution.minus(cappedA)) };
}

const scaleCache = new WeakMap<readonly Bracket[], { upTo: Dec | null; rate: Dec; from: Dec; base: Dec }[]>();

/** The brackets with the tax due at each bracket's start, rounded to the cent as the annex does. */
function preparedScale(scale: readonly Bracket[]) {
  let prepared = scaleCache.get(scale);
  if (!prepared) {
    prepared = [];
    let from = ZERO;
    let base = ZERO;
    for (const bracket of scale) {
      const upTo = bracket.upTo === null ? null : constant(bracket.upTo);
      const rate = percent(bracket.percent);
      prepared.push({ upTo, rate, from, base });
      if (upTo) {
        base = cent(base.plus(cent(upTo.minus(from).times(rate))));
        from = upTo;
      }
    }
    scaleCache.set(scale, prepared);
  }
  return prepared;
}

/** Tax on a yearly amount by a progressive scale, to the cent. */
export function scaleTax(scale: readonly Bracket[], income: Dec): Dec {
  if (!income.gt(0)) return ZERO;
  for (const b of preparedScale(scale)) {
    if (b.upTo === null || income.lte(b.upTo)) return cent(b.base.plus(cent(income.minus(b.from).times(b.rate))));
  }
  return ZERO;
}

/** Lump-sum professional expenses: a percentage of the yearly wage, capped. */
export function lumpSumExpenses(yearly: Dec, expensesPercent: string, expensesMax: string): Dec {
  return lower(cent(yearly.times(percent(expensesPercent))), constant(expensesMax));
}

/** Yearly reductions for dependants in the key formula (children, single parent, others). */
export function familyReductions(formula: KeyFormula, person: PersonInput, date: string): Dec {
  const n = person.dependentChildren;
  const last = formula.children.length - 1;
  let total = n <= last ? constant(formula.children[n]) : constant(formula.children[last]).plus(constant(formula.childExtra).times(n - last));
  if (person.taxSituation === 'single-parent' && n > 0) total = total.plus(constant(formula.singleParent));
  if (person.otherDependants > 0) total = total.plus(constant(requireValueAt(otherDependantReduction, date).value).times(person.otherDependants));
  return total;
}

/**
 * The key formula: the month's taxable wage × 12, less the lump-sum expenses, taxed by the scale
 * (for a one-income couple, 30 % of it imputed to the partner, capped), less the tax-free sum
 * (twice for a one-income couple) and the family reductions, ÷ 12.
 */
export function keyFormulaWithholding(taxable: Dec, person: PersonInput, date: string): Dec {
  const formula = requireValueAt(keyFormula, date).value;
  const yearly = cent(taxable.times(12));
  const netIncome = yearly.minus(lumpSumExpenses(yearly, formula.expensesPercent, formula.expensesMax));
  let base: Dec;
  if (person.taxSituation === 'couple-one-income') {
    const imputed = lower(cent(netIncome.times(percent(formula.quotientPercent))), constant(formula.quotientMax));
    base = scaleTax(formula.scale, netIncome.minus(imputed)).plus(scaleTax(formula.scale, imputed)).minus(constant(formula.taxFreeReduction).times(2));
  } else {
    base = scaleTax(formula.scale, netIncome).minus(constant(formula.taxFreeReduction));
  }
  const family = familyReductions(formula, person, date);
  const yearlyTax = max0(family.isZero() ? base : max0(base).minus(family));
  return cent(yearlyTax.div(12));
}

/** The fiscal work bonus: 33.14 % of part A and 52.54 % of part B of the social work bonus. */
export function fiscalWorkBonus(a: Dec, b: Dec, date: string): Dec {
  if (a.isZero() && b.isZero()) return ZERO;
  const formula = requireValueAt(keyFormula, date).value;
  const partA = a.isZero() ? ZERO : cent(a.times(percent(formula.fiscalWorkBonusPercentA)));
  return b.isZero() ? partA : partA.plus(cent(b.times(percent(formula.fiscalWorkBonusPercentB))));
}

function bandAmount(bands: readonly ContributionBand[], wage: Dec): Dec {
  for (const band of bands) {
    if (band.upTo !== null && wage.gt(constant(band.upTo))) continue;
    let amount = constant(band.fixed).plus(cent(wage.minus(constant(band.over)).times(percent(band.percent))));
    amount = higher(amount, constant(band.min));
    if (band.max !== null) amount = lower(amount, constant(band.max));
    return cent(amount);
  }
  return ZERO;
}

/** The special social security contribution withheld this month, by household. */
export function specialContributionWithheld(declared: Dec, person: PersonInput, date: string): Dec {
  const table = requireValueAt(specialContribution, date).value;
  const bands =
    person.taxSituation === 'couple-one-income' ? table.coupleOneIncome : person.taxSituation === 'couple-two-incomes' ? table.coupleTwoIncomes : table.individual;
  return bandAmount(bands, declared);
}

/** The whole payslip of a month (the pieces are the month's days of salaried work). */
export function wageNet(pieces: readonly WagePiece[], person: PersonInput, date: string): WageNet {
  // Sums without an addition to zero: a month has mostly one piece, and often no bonus.
  const plus = (acc: Dec, value: Dec) => (value.isZero() ? acc : acc.isZero() ? value : acc.plus(value));
  let gross = ZERO;
  let a = ZERO;
  let b = ZERO;
  for (const piece of pieces) {
    gross = plus(gross, piece.gross);
    const bonus = workBonusOfPiece(piece, person, date);
    a = plus(a, bonus.a);
    b = plus(b, bonus.b);
  }
  const declared = declaredWage(gross, person, date);
  const socialContribution = ownContribution(declared, date);
  const capped = capWorkBonus(a, b, socialContribution);
  const socialWorkBonus = plus(capped.a, capped.b);
  const taxable = plus(gross.minus(socialContribution), socialWorkBonus);
  const withholdingBeforeBonus = keyFormulaWithholding(taxable, person, date);
  const bonus = fiscalWorkBonus(capped.a, capped.b, date);
  const fiscal = bonus.isZero() ? ZERO : lower(bonus, withholdingBeforeBonus);
  const wageWithholding = fiscal.isZero() ? withholdingBeforeBonus : withholdingBeforeBonus.minus(fiscal);
  const special = gross.isZero() ? ZERO : specialContributionWithheld(declared, person, date);
  return {
    gross,
    declared,
    socialContribution,
    bonusA: capped.a,
    bonusB: capped.b,
    socialWorkBonus,
    taxable,
    withholdingBeforeBonus,
    fiscalWorkBonus: fiscal,
    wageWithholding,
    specialContribution: special,
    net: taxable.minus(wageWithholding).minus(special),
  };
}
