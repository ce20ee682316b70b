/**
 * Localized sentences for the codes of the core: validation issues and forecast notices. Called at
 * render time, so they follow the active locale.
 */
import { msg, str } from '@lit/localize';
import type { Formatters } from '../../format.js';
import type { Notice } from '../../rules/notice.js';
import type { ValidationIssue } from '../../scenario/validate.js';

export function issueMessage(issue: ValidationIssue, f: Formatters): string {
  const p = issue.params;
  switch (issue.code) {
    case 'REQUIRED':
      return msg('Please fill in this field.', { id: 'm2a' });
    case 'NOT_A_NUMBER':
      return msg('Enter a number, for example 12.5 or 12,5.', { id: 'm2b' });
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
      return msg('Enter a month as YYYY-MM, for example 2026-03.', { id: 'm2l' });
    case 'BAD_DATE':
      return msg('Enter a real date, for example 2026-03-01.', { id: 'm2m' });
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
    case 'NOT_AN_OBJECT':
    case 'NOT_A_LIST':
    case 'INVALID_JSON':
      return msg('This scenario cannot be read.', { id: 'm2w' });
    case 'UNKNOWN_FIELD':
      return msg(str`The field "${p.field}" is not known and was ignored.`, { id: 'm2x' });
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
    case 'BAD_YEAR':
      return msg('Enter a year, for example 2025.', { id: 'm32' });
    case 'AUTHORISATION_TOO_LONG':
      return msg(
        str`An authorisation lasts at most two years: the last day can be ${f.date(String(p.latestEnd))} at the latest.`,
        { id: 'issue.authorisationTooLong' },
      );
  }
}

export function noticeMessage(notice: Notice, f: Formatters): string {
  const p = notice.params;
  switch (notice.code) {
    case 'AMOUNTS_ARE_GROSS':
      return msg('All amounts are gross: tax and social security contributions are not deducted.', { id: 'm33' });
    case 'ASSUMPTION_PAID_ON_WORKED_DAYS':
      return msg(
        'The reduced daily amount is counted for every day from Monday to Saturday, days worked included. This follows from the legal formula; no source states it word for word.', { id: 'm34' },
      );
    case 'ASSUMPTION_PUBLIC_HOLIDAYS_PAID':
      return msg('Public holidays and paid leave are counted as ordinary paid days; the sources do not say how the mutuality treats them.', { id: 'm35' });
    case 'ASSUMPTION_DAILY_AMOUNT_TO_CENT':
      return msg('The reduced daily amount is rounded to the cent; the law does not say how the euro amount is rounded.', { id: 'm36' });
    case 'ASSUMPTION_EARNINGS_PRORATA':
      return msg('In a month where a step starts or ends, the wage is counted pro rata of the calendar days.', { id: 'm37' });
    case 'FRACTION_WITHIN_EXEMPTION':
      return msg(
        str`${f.percent(String(p.fraction))} of full time is not more than ${f.percent(String(p.exemptedPercent))}: the full benefit is kept.`, { id: 'm38' },
      );
    case 'FRACTION_ABOVE_FULL_TIME':
      return msg(str`The work is above full time (${f.percent(String(p.fraction))}).`, { id: 'm39' });
    case 'EXCESS_ROUNDING_UNSETTLED':
      return msg(
        str`Rounding point not settled by the law: the reduction is ${p.reductionPercent} % if the excess is rounded to the hundredth, ${p.reductionPercentIfTruncated} % if it is truncated. Ask your mutuality.`, { id: 'm3a' },
      );
    case 'HOURS_ABOVE_AUTHORISED':
      return msg(
        str`${f.number(String(p.hours))} h a week is more than the ${f.number(String(p.maxHours))} h authorised by the medical advisor: the benefit of these ${p.days} days (${f.money(String(p.atRisk))}) would have to be paid back.`,
        { id: 'notice.hoursAboveAuthorised' },
      );
    case 'WORK_BEFORE_AUTHORISATION':
      return msg(
        str`Work from ${f.date(String(p.from))} to ${f.date(String(p.to))} is before the authorised period (from ${f.date(String(p.start))}): the benefit of these ${p.days} days (${f.money(String(p.atRisk))}) is at risk.`,
        { id: 'notice.workBeforeAuthorisation' },
      );
    case 'WORK_AFTER_AUTHORISATION':
      return msg(
        str`Work from ${f.date(String(p.from))} to ${f.date(String(p.to))} is after the end of the authorisation (${f.date(String(p.end))}): the benefit of these ${p.days} days (${f.money(String(p.atRisk))}) is at risk. Ask for a renewal in time.`,
        { id: 'notice.workAfterAuthorisation' },
      );
    case 'LATE_REQUEST_PENALTY':
      return msg(
        str`The request was sent late: the benefit is reduced by ${p.percent} % from ${f.date(String(p.from))} to ${f.date(String(p.to))} (${f.money(String(p.amount))}).`,
        { id: 'notice.lateRequestPenalty' },
      );
    case 'LATE_REQUEST':
      return msg(
        str`The request was due on ${f.date(String(p.deadline))} at the latest, the working day before the start; it was sent ${p.daysLate} days late.`,
        { id: 'notice.lateRequest' },
      );
    case 'LATE_REQUEST_BEYOND_GRACE':
      return msg(
        str`The request was sent more than 14 days after the work started (due on ${f.date(String(p.deadline))}). The sources differ on the consequence: from a 10 % reduction (${f.money(String(p.lossIfReduction))}) to no benefit at all for the days from the start to the request (${f.money(String(p.lossIfNoBenefit))}). This forecast does not deduct either: ask your mutuality.`,
        { id: 'notice.lateRequestBeyondGrace' },
      );
    case 'REQUEST_DEADLINE':
      return msg(
        str`For work starting on ${f.date(String(p.workStart))}, send the request to the medical advisor by ${f.date(String(p.deadline))} at the latest.`,
        { id: 'notice.requestDeadline' },
      );
    case 'NO_AUTHORISATION_ENTERED':
      return msg('No authorisation of the medical advisor was entered: the forecast cannot check the hours and the period.', {
        id: 'notice.noAuthorisation',
      });
    case 'AUTHORISATION_ENDS':
      return msg(
        str`The authorisation ends on ${f.date(String(p.end))}: ask the medical advisor for a renewal before that date.`,
        { id: 'notice.authorisationEnds' },
      );
    case 'AUTHORISATION_REVIEW':
      return msg(str`Around ${f.date(String(p.date))} the medical advisor reviews the authorisation (every six months).`, {
        id: 'notice.authorisationReview',
      });
    case 'NO_GUARANTEED_SALARY_ON_RELAPSE':
      return msg(
        'Since 1 January 2026, if you fall ill again during the partial resumption, your employer pays no guaranteed salary: the mutuality pays you directly.',
        { id: 'notice.noGuaranteedSalary' },
      );
    case 'CEILING_UNKNOWN_FOR_ONSET':
      return msg(str`The wage ceiling for an incapacity that started on ${f.date(String(p.incapacityStart))} is not known to the calculator: the lost wage is taken without ceiling.`, { id: 'm3b' });
    case 'AMOUNT_MAY_BE_INDEXED':
      return msg(str`The estimated benefit includes the indexations up to ${f.date(String(p.lastIndexation))}; a later indexation may raise it.`, { id: 'm3c' });
    case 'MINIMUM_AMOUNT_OUTDATED':
      return msg(
        str`The minimum amount of a regular worker applies (${f.money(String(p.minimum))} a day): this is the last official amount found (${f.date(String(p.since))}); today's minimum is higher.`, { id: 'm3d' },
      );
    case 'MINIMUM_UNKNOWN_FOR_PERIOD':
      return msg('The minimum amounts of this period are not known to the calculator: no minimum was applied.', { id: 'm3e' });
    case 'SELF_EMPLOYED_REASSESSMENT_UNSOURCED':
      return msg(
        str`From ${f.date(String(p.from))} the benefit of a self-employed person is reassessed on the income of three years earlier; for a salaried person with an authorised self-employed activity no source gives the rule, so the 10 % reduction is kept. Ask your mutuality.`, { id: 'm3f' },
      );
    case 'SELF_EMPLOYED_INCOME_MISSING':
      return msg(str`The income test needs the net taxable professional income of ${p.incomeYear}: enter it to compute the benefit of these months.`, { id: 'm3g' });
    case 'CEILING_MAY_BE_INDEXED':
      return msg(str`The income ceiling of ${p.incomeYear} is not published yet: the ceiling of ${p.knownYear} is used.`, { id: 'm3h' });
    case 'SELF_EMPLOYED_INCOME_FAR_ABOVE_CEILING':
      return msg(
        str`The income of ${p.incomeYear} is ${f.percent(String(p.excessPercent))} above the ceiling. From 15 % the sources say the benefit is reduced or suspended, without the rule: this forecast shows no benefit. Ask your mutuality.`, { id: 'm3i' },
      );
    case 'TRANCHE_AMOUNTS_OF_2012':
      return msg('Work in 2012 followed the former income-based rule; its amounts of 1 January 2012 are used (later indexations are not known).', { id: 'm3j' });
    case 'ASSUMPTION_DAILY_INCOME_26_DAYS':
      return msg('The monthly income is turned into a daily income over 26 days (six-day scheme), after the employee contributions of 13.07 %.', { id: 'm3k' });
    default:
      return notice.code;
  }
}
