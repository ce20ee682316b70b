/**
 * The sentences of the net estimate: its notices, the person it is estimated for, the names of the
 * deductions and of their legal bases (on-demand views).
 */
import { msg, str } from '@lit/localize';
import type { Formatters } from '../../../format.js';
import type { Notice } from '../../../rules/notice.js';
import type { DeductionCode } from '../../../rules/net/index.js';
import { DEFAULT_PERSON, type PersonInput } from '../../../rules/net/person.js';

export function workerKindLabel(kind: string): string {
  return kind === 'blue-collar' ? msg('worker (manual work: arbeider / ouvrier)', { id: 'nt22' }) : msg('employee (office work: bediende / employé)', { id: 'nt23' });
}

export function taxSituationLabel(situation: string): string {
  switch (situation) {
    case 'single-parent':
      return msg('single parent with a dependent child', { id: 'nt24' });
    case 'couple-one-income':
      return msg('married or legal cohabitant, partner without income', { id: 'nt25' });
    case 'couple-two-incomes':
      return msg('married or legal cohabitant, partner with an income', { id: 'nt26' });
    default:
      return msg('single (not married, no legal cohabitation)', { id: 'nt27' });
  }
}

/** "employee, single, no dependent children" (the stated default when nothing was entered). */
export function personSummary(person: Partial<PersonInput> | null | undefined, f: Formatters): string {
  const p = { ...DEFAULT_PERSON, ...person };
  const children = p.dependentChildren > 0 ? msg(str`${f.number(p.dependentChildren)} dependent child(ren)`, { id: 'nt28' }) : msg('no dependent children', { id: 'nt29' });
  const others = p.otherDependants > 0 ? `, ${msg(str`${f.number(p.otherDependants)} other dependant(s)`, { id: 'nt77' })}` : '';
  return `${workerKindLabel(p.workerKind)}, ${taxSituationLabel(p.taxSituation)}, ${children}${others}`;
}

export function deductionLabel(code: DeductionCode): string {
  switch (code) {
    case 'socialContribution':
      return msg('Your social security contribution (13.07 %)', { id: 'nt30' });
    case 'socialWorkBonus':
      return msg('Work bonus (lowers the contribution on a low wage)', { id: 'nt31' });
    case 'specialContribution':
      return msg('Special social security contribution', { id: 'nt32' });
    case 'wageWithholding':
      return msg('Tax withheld from the wage (withholding tax)', { id: 'nt33' });
    case 'fiscalWorkBonus':
      return msg('Fiscal work bonus (already taken off the tax withheld)', { id: 'nt34' });
    default:
      return msg('Tax withheld from the benefit (withholding tax)', { id: 'nt35' });
  }
}

/** The legal basis of a deduction, as a short name for its link. */
export function deductionBasis(code: DeductionCode): string {
  switch (code) {
    case 'wageWithholding':
    case 'fiscalWorkBonus':
      return msg('key formula, Annex III to the Royal Decree implementing the Income Tax Code 1992', { id: 'nt36' });
    case 'benefitWithholding':
      return msg('withholding tax on sickness benefits (11.11 %)', { id: 'nt37' });
    default:
      return msg('social security instructions to employers (DmfA)', { id: 'nt38' });
  }
}

/**
 * The sentence of a notice of the net. `locked`: the situation for tax cannot be changed here (the
 * client's read-only view, or locked by the page), so no sentence sends the reader to it.
 */
export function netNoticeMessage(notice: Notice, f: Formatters, locked = false): string {
  const p = notice.params;
  switch (notice.code) {
    case 'NET_IS_ESTIMATE':
      return msg(
        'The net amounts are an estimate: several deduction rules come from payroll offices and payroll calculators, not from the official texts. Your payslip and the payments of your mutuality are what counts.',
        { id: 'nt39' },
      );
    case 'NET_DEFAULT_PERSON':
      return locked
        ? msg('No situation for tax was given: the net is estimated for an employee, single, with no dependent children.', { id: 'nt78' })
        : msg('Nothing was entered under "Your situation for tax": the net is estimated for an employee, single, with no dependent children.', { id: 'nt40' });
    case 'BENEFIT_PHASE_ASSUMED_PRIMARY':
      if (locked)
        return msg('The benefit is taken as a benefit of the first year of incapacity, from which 11.11 % tax is withheld. After the first year (invalidity) nothing is withheld for now.', {
          id: 'nt79',
        });
      return msg(
        'The benefit is taken as a benefit of the first year of incapacity, from which 11.11 % tax is withheld. After the first year (invalidity) nothing is withheld for now: choose it under "Your situation for tax".',
        { id: 'nt41' },
      );
    case 'BENEFIT_WITHHOLDING_DURING_WORK':
      return msg('In the first year of incapacity, 11.11 % tax is withheld from the benefit, also in the months you work.', { id: 'nt42' });
    case 'WORK_BONUS_2026_UNSETTLED':
      return msg('The work bonus amounts of 2026 were not read in the official text: the net wage may differ by a few euros.', { id: 'nt43' });
    case 'SPECIAL_CONTRIBUTION_SETTLED_YEARLY':
      return msg('The special social security contribution withheld each month is settled with the tax assessment.', { id: 'nt44' });
    case 'INVALIDITY_WITHHOLDING_POSTPONED':
      return msg(
        str`No tax is withheld from invalidity benefits for now. A withholding of ${f.percent(String(p.percent))} was announced and postponed without a new date: the table shows what would remain if it applied ("if taxed").`,
        { id: 'nt45' },
      );
    case 'NET_NOT_FOR_SELF_EMPLOYED':
      return msg('The income of a self-employed activity is not estimated in net: it stays gross.', { id: 'nt46' });
    case 'NET_NOT_FOR_CHILDMINDER':
      return msg('The income of a childminder is not estimated in net: it stays gross.', { id: 'nt47' });
    case 'NET_NOT_COVERED':
      return msg(str`The net is estimated only from ${f.date(String(p.from))}: the ${f.number(p.months)} months before stay gross (marked "gross").`, { id: 'ny2' });
    case 'NET_RULES_OF_LAST_KNOWN_YEAR': {
      const first = String(p.from).slice(0, 4);
      const last = String(p.until).slice(0, 4);
      const year = String(p.year);
      return first === last
        ? msg(str`For ${first} the tax rules are not published yet: the net is estimated with the ${year} rules. The real net may differ by a few euros a month.`, { id: 'ny3' })
        : msg(str`For ${first} to ${last} the tax rules are not published yet: the net is estimated with the ${year} rules. The real net may differ by a few euros a month.`, { id: 'ny4' });
    }
    case 'KEY_FORMULA_MAY_CHANGE':
      return msg('The tax authorities may adapt the withholding tax rules of 2026 during the year.', { id: 'nt49' });
    case 'YEAR_END_ASSUMPTIONS':
      return msg(
        str`The tax assessment is an estimate with a range: a tax reduction for benefits applies, but its amount depends on your whole year and is not known here. It assumes a municipal tax of ${f.percent(String(p.surcharge))} (each municipality sets its own) and no other income.`,
        { id: 'nt51' },
      );
    default:
      return notice.code;
  }
}
