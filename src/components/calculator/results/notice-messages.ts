/**
 * Localized sentences for the notices of the forecast (assumptions, uncertain sources, risks).
 * Called at render time, so they follow the active locale.
 */
import { msg, str } from '@lit/localize';
import type { Formatters } from '../../../format.js';
import type { Notice } from '../../../rules/notice.js';


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
      return msg('In a month where a step starts or ends, the wage is counted pro rata of the days from Monday to Saturday, like the benefit.', { id: 'm6d' });
    case 'FRACTION_WITHIN_EXEMPTION':
      return msg(
        str`${f.percent(String(p.fraction))} of full time is not more than ${f.percent(String(p.exemptedPercent))}: the full benefit is kept.`, { id: 'm38' },
      );
    case 'FRACTION_ABOVE_FULL_TIME':
      return msg(str`The work is above full time (${f.percent(String(p.fraction))}).`, { id: 'm39' });
    case 'EXCESS_ROUNDING_UNSETTLED':
      return msg(
        str`Rounding point not settled by the law: the reduction is ${f.percent(String(p.reductionPercent))} if the excess is rounded to the hundredth, ${f.percent(String(p.reductionPercentIfTruncated))} if it is truncated. Ask your mutuality.`, { id: 'm3a' },
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
        str`The request was sent late: the benefit is reduced by ${f.percent(String(p.percent))} from ${f.date(String(p.from))} to ${f.date(String(p.to))} (${f.money(String(p.amount))}).`,
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
      return msg(str`The amounts include the indexations up to ${f.date(String(p.lastIndexation))}; a later indexation may raise them.`, { id: 'm3c' });
    case 'INDEXATION_PROJECTED':
      return msg(
        str`Projection: from ${f.date(String(p.since))} the amounts include an indexation of 2 % forecast by the Federal Planning Bureau (forecast of ${f.date(String(p.published))}). It is not decided yet.`, { id: 'm6e' },
      );
    case 'INDEXATION_CAP_UNSETTLED':
      return msg(
        str`The indexation of ${f.date(String(p.step))} may be limited for benefits above ${f.money(String(p.threshold))} a month. How the mutuality applies this limit is not published: the full 2 % is counted here.`, { id: 'm6f' },
      );
    case 'INDEXATION_UNKNOWN_FOR_ONSET':
      return msg(str`The indexations before 2011 are not known to the calculator: the amount for an incapacity that started on ${f.date(String(p.incapacityStart))} may be too low.`, { id: 'm6g' });
    case 'CEILING_DERIVED_BY_INDEXATION':
      return msg(
        str`No official wage ceiling was found for an incapacity that started on ${f.date(String(p.incapacityStart))}: the last known ceiling is used, indexed (${f.money(String(p.ceiling))} a day). Your mutuality's statement gives the exact amount.`, { id: 'm6h' },
      );
    case 'MINIMUM_DERIVED_BY_INDEXATION':
      return msg(
        str`The minimum amount applies (${f.money(String(p.minimum))} a day). The last official table dates from ${f.date(String(p.lastOfficial))}: later amounts are derived from the published increases and may differ slightly.`, { id: 'm6i' },
      );
    case 'MINIMUM_MONTH_3_UNKNOWN':
      return msg(
        str`From the 3rd month of incapacity a minimum may already apply; its amount is not published in the sources used. From the 4th month it is ${f.money(String(p.minimumFromMonth4))} a day.`, { id: 'm6j' },
      );
    case 'MINIMUM_UNKNOWN_FOR_PERIOD':
      return msg('The minimum amounts of this period are not known to the calculator: no minimum was applied.', { id: 'm3e' });
    case 'FULL_TIME_WORK':
      return msg(
        'This is full-time work. Full-time work normally ends the recognised incapacity: the benefit would stop. Talk to the medical advisor first.', { id: 'm6k' },
      );
    case 'AUTHORISATION_LIMIT_ASSUMED':
      return msg(
        str`This authorisation started before 1 April 2018. The rule of that time was not found: the calculator assumes it ended at the latest on ${f.date(String(p.end))}, two years after its start. Work after that date is shown as at risk.`, { id: 'm6l' },
      );
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
    case 'VOLUNTEER_NEEDS_ADVISOR':
      return msg(
        str`Volunteering from ${f.date(String(p.from))}: before you start, send the volunteering form to your mutuality. The medical advisor must confirm that it suits your health (this is not the authorisation needed for paid work).`,
        { id: 'notice.volunteerNeedsAdvisor' },
      );
    case 'VOLUNTEER_ALLOWANCE_ABOVE_LIMIT':
      return msg(
        str`The volunteer allowances entered are above the legal limits of ${p.limitsYear} (${f.money(String(p.dailyLimit))} a day, ${f.money(String(p.yearlyLimit))} a year). Above them the allowances count as pay and the volunteering may be treated as unauthorised work: the benefit of these ${p.days} days (${f.money(String(p.atRisk))}) could have to be paid back. No official text settles this: ask your mutuality.`,
        { id: 'notice.volunteerAboveLimit' },
      );
    default:
      return notice.code;
  }
}
