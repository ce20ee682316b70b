/**
 * Localized sentences for the validation issues of the core (next to the fields and above the
 * form). Called at render time, so they follow the active locale. They come with the on-demand
 * views (a few milliseconds after the first render); until then a field only says it needs a look.
 */
import { msg, str } from '@lit/localize';
import type { Formatters } from '../../../format.js';
import type { ValidationIssue } from '../../../scenario/validate.js';
import { clipText, escapeControlCharacters } from '../../../scenario/echo.js';
import { datePattern } from './fields.js';

export function issueMessage(issue: ValidationIssue, f: Formatters): string {
  const p = issue.params;
  switch (issue.code) {
    case 'REQUIRED':
      return msg('Please fill in this field.', { id: 'm2a' });
    case 'NOT_A_NUMBER':
      return msg(str`Enter a number, for example ${f.field('12.5')} or ${f.number('1234.56')}, without letters or units.`, { id: 'issue.notANumber' });
    case 'WRONG_TYPE':
      return msg('This value has the wrong type.', { id: 'm2c' });
    case 'NEGATIVE':
      return msg('The value cannot be negative.', { id: 'm2d' });
    case 'MUST_BE_POSITIVE':
      return msg('The value must be more than zero.', { id: 'm2e' });
    case 'TOO_LARGE':
      return msg(str`The value is too large (at most ${f.number(String(p.max))}).`, { id: 'm2f' });
    case 'NOT_AN_INTEGER':
      return msg('Enter a whole number of months.', { id: 'm2g' });
    case 'TOO_FEW_MONTHS':
      return msg(str`Show at least ${p.min} month.`, { id: 'm2h' });
    case 'TOO_MANY_MONTHS':
      return msg(str`Show at most ${p.max} months.`, { id: 'm2i' });
    case 'TOO_MANY_PLANS':
      return msg(str`At most ${p.max} plans can be compared.`, { id: 'm2j' });
    case 'TOO_MANY_STEPS':
      return msg(str`A plan can have at most ${p.max} steps.`, { id: 'm2k' });
    case 'BAD_MONTH':
      return msg(str`Enter a month as ${datePattern(true)}, for example ${f.field('2026-03')}.`, { id: 'issue.badMonth' });
    case 'BAD_DATE':
      return msg(str`Enter a real date as ${datePattern(false)}, for example ${f.field('2026-03-01')}.`, { id: 'issue.badDate' });
    case 'DATE_OUT_OF_RANGE':
      return msg(str`The date must be between ${p.min} and ${p.max}.`, { id: 'm2n' });
    case 'DATES_NOT_ORDERED':
      return msg(str`This step must start after the previous one (${f.date(String(p.previous))}).`, { id: 'm2o' });
    case 'HOURS_ABOVE_FULL_TIME':
      return msg(
        str`${f.number(String(p.hours))} h a week is more than the full-time hours of the job (${f.number(String(p.fullTime))} h).`, { id: 'm2p' },
      );
    case 'WAGE_MISSING':
      return msg('Enter the gross wage.', { id: 'm2q' });
    case 'WAGE_TWICE':
      return msg('Give either an hourly or a monthly wage, not both.', { id: 'm2r' });
    case 'PERIOD_NOT_SUPPORTED':
      if (p.from) {
        return msg(
          str`Work on ${f.date(String(p.from))} falls in 2013 to March 2018: the amounts of the income-based rule of that period are not known to this calculator.`, { id: 'm2s' },
        );
      }
      return msg(
        str`Work before ${f.date(String(p.firstSupported))} fell under the former income-based rules, which this calculator does not cover.`, { id: 'm2t' },
      );
    case 'UNKNOWN_SCHEME':
      return msg('This scheme is not supported.', { id: 'm2u' });
    case 'UNKNOWN_VERSION':
      return msg('This scenario was made by another version of the calculator and cannot be read.', { id: 'm2v' });
    case 'INVALID_JSON':
      if (p.detail === 'checksum') {
        return msg('The link is incomplete or was damaged while it was copied: its check code does not match. Ask for the link again, or copy it whole.', {
          id: 'link.checksum',
        });
      }
      return msg('This scenario cannot be read.', { id: 'm2w' });
    case 'NOT_AN_OBJECT':
    case 'NOT_A_LIST':
      return msg('This scenario cannot be read.', { id: 'm2w' });
    case 'UNKNOWN_FIELD':
      return msg(str`The field "${escapeControlCharacters(clipText(String(p.field)))}" is not known and was ignored.`, { id: 'm2x' });
    case 'ROUNDED_TO_CENT':
      return msg(str`The daily benefit is taken to the cent: ${f.money(String(p.rounded))}.`, { id: 'm6c' });
    case 'MIXED_WAGE_KINDS':
      return msg('Some steps were paid by the hour and others by the month: the form keeps the wage of the first step for all of them. Check the wages.', { id: 'm5z' });
    case 'UNKNOWN_OPTION':
      return msg('Choose one of the options offered.', { id: 'm2y' });
    case 'TOO_SMALL':
      return msg(str`The value is too small (at least ${p.min}).`, { id: 'm2z' });
    case 'TOO_LONG':
      return msg(str`This text is too long (at most ${p.max} characters).`, { id: 'm30' });
    case 'NOT_FOR_SCHEME':
      return msg('The estimate from the lost wage is for salaried and unemployed persons: enter the daily benefit of your statement.', { id: 'm31' });
    case 'NOT_FOR_KIND':
      return msg('A volunteer step has allowances, not a wage; other steps have no allowances.', { id: 'issue.notForKind' });
    case 'BAD_YEAR':
      return msg('Enter a year, for example 2025.', { id: 'm32' });
    case 'DATE_TOO_EARLY':
      return msg(str`The calculator covers dates from ${f.date(String(p.min))} on: enter a later date.`, { id: 'issue.dateTooEarly' });
    case 'END_BEFORE_START':
      return msg(str`The authorisation must end after it starts (${f.date(String(p.start))}).`, { id: 'issue.endBeforeStart' });
    case 'BAD_DAY_OF_MONTH':
      return msg('Enter a whole day of the month, between 1 and 31.', { id: 'issue.dayOfMonth' });
    case 'FILE_TOO_LARGE':
      return msg(str`This file is too large: at most ${f.number(String(p.max))} KB.`, { id: 'issue.fileTooLarge' });
    case 'AUTHORISATION_TOO_LONG':
      return msg(
        str`An authorisation lasts at most two years: the last day can be ${f.date(String(p.latestEnd))} at the latest.`,
        { id: 'issue.authorisationTooLong' },
      );
  }
}
