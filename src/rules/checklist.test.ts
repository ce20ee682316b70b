import { expect } from '@open-wc/testing';
import { forecastScenario } from '../scenario/forecast-scenario.js';
import type { Scenario, WorkStep } from '../scenario/types.js';
import { ACTION_KINDS, INFORMATION_KINDS, buildChecklist, calendarItems, type ChecklistItem } from './checklist.js';

function plan(extra: Partial<Scenario>) {
  const result = forecastScenario({ version: 1, scheme: 'employee', start: '2026-01', months: 12, dailyBenefit: '58.20', work: [], ...extra });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}

const job = (from: string, hoursPerWeek: string, extra: Partial<WorkStep> = {}): WorkStep => ({ from, hoursPerWeek, fullTimeHoursPerWeek: '38', grossHourlyWage: '15.80', ...extra });
const brief = (items: ChecklistItem[]) => items.map((i) => `${i.date} ${i.kind}${i.stepIndex === undefined ? '' : ` #${i.stepIndex}`}`);

describe('the dated checklist', () => {
  // The coach's example of issue 14: 8 h from Monday 2 February 2026, 16 h from Monday 4 May, 16 h authorised for two years.
  const coach = plan({ work: [job('2026-02-02', '8'), job('2026-05-04', '16')], authorisation: { start: '2026-02-02', maxHoursPerWeek: '16' } });
  const items = buildChecklist(coach);

  it('lists the request, the start, the change of hours, the first payments, the reviews, the renewal and the end, in date order', () => {
    expect(brief(items.filter((i) => i.kind !== 'employer-declaration'))).to.deep.equal([
      // The working day before Monday 2 February is Friday 30 January.
      '2026-01-30 request-deadline #0',
      '2026-02-02 work-start #0',
      // February's wage on its pay day (the 28th, same month); its benefit in March, after the employer's declaration:
      // the day is not known, so the item is on the last day of March (never before the payment).
      '2026-02-28 first-wage-payment',
      '2026-03-31 first-benefit-payment',
      // A change of hours needs a new request: the working day before Monday 4 May (public holidays are not known).
      '2026-05-01 change-request-deadline #1',
      '2026-05-04 hours-change #1',
      '2026-08-02 review',
      '2027-02-02 review',
      '2027-08-02 review',
      // Two years less a day; the renewal one month before (advice).
      '2028-01-01 renewal-request',
      '2028-02-01 authorisation-end',
    ]);
    const benefitPayment = items.find((i) => i.kind === 'first-benefit-payment')!;
    expect(benefitPayment).to.deep.include({ forMonth: '2026-02', monthOnly: true });
    const dates = items.map((i) => i.date);
    expect(dates).to.deep.equal([...dates].sort());
  });

  it('puts the employer declaration at the end of every month of work, from the first one', () => {
    const declarations = items.filter((i) => i.kind === 'employer-declaration');
    expect(declarations.map((i) => i.date)).to.deep.equal([
      '2026-02-28', '2026-03-31', '2026-04-30', '2026-05-31', '2026-06-30', '2026-07-31',
      '2026-08-31', '2026-09-30', '2026-10-31', '2026-11-30', '2026-12-31',
    ]);
    expect(declarations[0]).to.deep.include({ forMonth: '2026-02', stepIndex: 0 });
    expect(declarations[3]).to.deep.include({ forMonth: '2026-05', stepIndex: 1 });
  });

  it('follows the payment settings: the wage paid on the 5th of the next month, the benefit two months later', () => {
    const late = buildChecklist(plan({ work: [job('2026-02-02', '8')], payment: { benefitLagMonths: 2, wagePaidIn: 'next-month', wagePayDay: 5 } }));
    expect(brief(late.filter((i) => i.kind.startsWith('first-')))).to.deep.equal(['2026-03-05 first-wage-payment', '2026-04-30 first-benefit-payment']);
  });

  it('gives the plan id to every item', () => {
    expect(buildChecklist(coach, 'plan-2').every((i) => i.planId === 'plan-2')).to.be.true;
    expect(items.some((i) => 'planId' in i)).to.be.false;
  });

  it('uses the end typed for the authorisation, and without one entered has no review, renewal or end', () => {
    const typed = buildChecklist(plan({ work: [job('2026-02-02', '8')], authorisation: { start: '2026-02-02', end: '2026-07-31' } }));
    expect(brief(typed.filter((i) => ['review', 'renewal-request', 'authorisation-end'].includes(i.kind)))).to.deep.equal(['2026-06-30 renewal-request', '2026-07-31 authorisation-end']);
    const none = buildChecklist(plan({ work: [job('2026-02-02', '8')] }));
    expect(none.some((i) => ['review', 'renewal-request', 'authorisation-end'].includes(i.kind))).to.be.false;
  });

  it('marks a stop, a new request before a restart, and volunteering before work', () => {
    const list = buildChecklist(
      plan({
        work: [
          { from: '2026-01-12', kind: 'volunteer', hoursPerWeek: '4' },
          job('2026-03-02', '8'),
          { from: '2026-06-01', hoursPerWeek: '0' },
          job('2026-09-07', '8'),
        ],
      }),
    );
    expect(brief(list.filter((i) => !['employer-declaration', 'first-wage-payment', 'first-benefit-payment'].includes(i.kind)))).to.deep.equal([
      '2026-01-09 volunteer-advisor #0',
      '2026-01-12 volunteer-start #0',
      '2026-02-27 request-deadline #1',
      '2026-03-02 work-start #1',
      '2026-06-01 work-stop #2',
      '2026-09-04 request-deadline #3',
      '2026-09-07 work-start #3',
    ]);
    // Declarations for March to May and from September, none while stopped.
    expect(list.filter((i) => i.kind === 'employer-declaration').map((i) => i.forMonth)).to.deep.equal(['2026-03', '2026-04', '2026-05', '2026-09', '2026-10', '2026-11', '2026-12']);
  });

  it('has no employer declaration for a sheltered workplace, and nothing at all without work or authorisation', () => {
    const sheltered = buildChecklist(plan({ work: [job('2026-02-02', '19', { kind: 'sheltered' })] }));
    expect(sheltered.some((i) => i.kind === 'employer-declaration')).to.be.false;
    expect(sheltered.map((i) => i.kind)).to.include.members(['request-deadline', 'work-start', 'first-wage-payment']);
    expect(buildChecklist(plan({}))).to.deep.equal([]);
  });

  it('dates no item before the fact it announces: a payment on its pay day or at the end of its month, a declaration when the month has ended', () => {
    const monthEnd = (month: string) => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);
    for (const payment of [undefined, { benefitLagMonths: 2, wagePaidIn: 'next-month', wagePayDay: 5 }] as const) {
      const p = plan({ work: [job('2026-01-05', '8'), job('2026-05-04', '16')], authorisation: { start: '2026-01-05', maxHoursPerWeek: '16' }, ...(payment ? { payment } : {}) });
      const list = buildChecklist(p);
      const paidIn = (kind: 'wage' | 'benefit', forMonth: string) => p.cash.find((c) => c.items.some((i) => i.kind === kind && i.forMonth === forMonth))!;
      for (const item of list) {
        if (item.kind === 'employer-declaration') expect(item.date, item.kind).to.equal(monthEnd(item.forMonth!));
        if (item.kind === 'first-wage-payment') {
          const wage = paidIn('wage', item.forMonth!).items.find((i) => i.kind === 'wage' && i.forMonth === item.forMonth)!;
          expect(item.date, item.kind).to.equal(wage.paidOn);
        }
        if (item.kind === 'first-benefit-payment') {
          // Paid some day of its payment month, after the month of work: the item is on that month's last day.
          expect(item.date, item.kind).to.equal(monthEnd(paidIn('benefit', item.forMonth!).month));
          expect(item.date > monthEnd(item.forMonth!), item.kind).to.be.true;
        }
        if (item.kind === 'review') expect(item.date > '2026-01-05', item.kind).to.be.true;
      }
      expect(list.filter((i) => i.kind.startsWith('first-'))).to.have.length(2);
    }
  });

  it("keeps one employer declaration in the person's calendar for a year of salaried work, and all the person's actions with their dates", () => {
    const year = buildChecklist(plan({ work: [job('2026-01-05', '8'), job('2026-07-06', '12')], authorisation: { start: '2026-01-05', maxHoursPerWeek: '16' } }), 'A');
    expect(year.filter((i) => i.kind === 'employer-declaration')).to.have.length(12);
    const calendar = calendarItems(year);
    expect(calendar.filter((i) => i.kind === 'employer-declaration')).to.deep.equal([{ date: '2026-01-31', kind: 'employer-declaration', stepIndex: 0, forMonth: '2026-01', planId: 'A' }]);
    expect(brief(calendar.filter((i) => ACTION_KINDS.includes(i.kind)))).to.deep.equal([
      // Monday 5 January: the working day before is Friday 2 January.
      '2026-01-02 request-deadline #0',
      '2026-07-03 change-request-deadline #1',
      '2027-12-04 renewal-request',
    ]);
    expect(calendar.filter((i) => INFORMATION_KINDS.includes(i.kind)).map((i) => i.kind)).to.deep.equal(['first-wage-payment', 'employer-declaration', 'first-benefit-payment']);
    // Nothing else is left out, and the order is kept.
    expect(calendar).to.deep.equal(year.filter((i) => i.kind !== 'employer-declaration' || i.forMonth === '2026-01'));
  });
});
