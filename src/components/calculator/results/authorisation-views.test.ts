import { expect, oneEvent } from '@open-wc/testing';
import type { IpsBenefitsCalculator } from '../../../ips-benefits-calculator.js';
import { $, $$, calculator as make, money } from '../test-helpers.js';
import { forecastScenario } from '../../../scenario/forecast-scenario.js';
import { netForecast } from '../../../rules/net/index.js';
import type { Scenario } from '../../../scenario/types.js';

const SCENARIO: Scenario = {
  version: 1,
  scheme: 'employee',
  start: '2026-01',
  months: 12,
  dailyBenefit: '60',
  // The core's default; the element's own default (projection on) has its own test.
  projectIndexation: false,
  work: [
    { from: '2026-02-02', hoursPerWeek: '12', fullTimeHoursPerWeek: '38', grossHourlyWage: '15' },
    { from: '2026-06-01', hoursPerWeek: '20', fullTimeHoursPerWeek: '38', grossHourlyWage: '15' },
  ],
  authorisation: { requestSent: '2026-01-29', start: '2026-02-02', end: '2026-10-31', maxHoursPerWeek: '16', nature: 'Kitchen help', conditions: 'Mornings only' },
};

const calculator = (scenario: Scenario = SCENARIO) => make(scenario);
const row = (el: IpsBenefitsCalculator, month: string) => $(el, `table[part="table"] tr[data-month="${month}"]`);

describe('the medical advisor\'s authorisation on the screen', () => {
  it('fills the authorisation block from the scenario and keeps it in the scenario', async () => {
    const el = await calculator();
    expect($(el, '[part="authorisation"] legend').textContent).to.contain('What the medical advisor authorised');
    expect(($(el, '#authorisation-maxHoursPerWeek') as HTMLInputElement).value).to.equal('16');
    expect(($(el, '#authorisation-nature') as HTMLTextAreaElement).value).to.equal('Kitchen help');
    expect(el.scenario?.authorisation).to.deep.equal(SCENARIO.authorisation);
  });

  it('marks the months above the authorised hours and outside the period, with the money at risk', async () => {
    const el = await calculator();
    const expected = forecastScenario(SCENARIO);
    if (!expected.ok) throw new Error('valid');
    const june = expected.forecast.months[5];
    expect(Number(june.atRisk)).to.be.greaterThan(0);
    expect(row(el, '2026-06').classList.contains('at-risk')).to.be.true;
    expect(row(el, '2026-06').querySelector('.marks')!.textContent).to.contain(`Above the authorised hours: ${money(june.atRisk)} at risk`);
    expect(row(el, '2026-11').querySelector('.marks')!.textContent).to.contain('Outside the authorised period');
    expect(row(el, '2026-10').querySelector('.marks')!.textContent).to.contain('Authorisation ends on 31 October 2026');
    expect(row(el, '2026-08').querySelector('.marks')!.textContent).to.contain('Review on 2 August 2026');
    expect(row(el, '2026-03').classList.contains('at-risk')).to.be.false;
    expect($(el, '.summary .at-risk').textContent!.trim()).to.equal(money(expected.forecast.totals.atRisk));
    expect($$(el, 'svg .risk-mark').length).to.equal(expected.forecast.months.filter((m) => Number(m.atRisk) > 0).length);
    await expect(el).to.be.accessible();
  });

  it('draws the authorised maximum as a line on the hours chart, with the bars above it in red', async () => {
    const el = await calculator();
    expect($(el, '[part="hours-chart"] .authorised-max')).to.exist;
    const bars = $$(el, '[part="hours-chart"] rect.hours');
    expect(bars).to.have.length(12);
    expect(bars.filter((b) => b.classList.contains('over'))).to.have.length(7); // June to December: 20 h > 16 h
    expect(bars.filter((b) => b.classList.contains('outside'))).to.have.length(2); // November, December: after the end
    expect($$(el, '[part="hours-chart"] .review-mark')).to.have.length(1); // 2 August 2026
    expect($$(el, '[part="hours-chart"] .end-mark')).to.have.length(1); // October 2026
  });

  it('says when no authorisation was entered, and the forecast still works', async () => {
    const { authorisation: _omit, ...rest } = SCENARIO;
    const el = await calculator(rest as Scenario);
    expect($$(el, '[part="notes"]').map((n) => n.textContent).join(' ')).to.contain('No authorisation of the medical advisor was entered');
    expect($$(el, 'table[part="table"] tbody tr')).to.have.length(12);
    expect($(el, '[part="hours-chart"] .authorised-max')).to.equal(null);
  });

  it('shows the cash calendar: the first month of work before its benefit arrives', async () => {
    const el = await calculator({ ...SCENARIO, payment: { wagePaidIn: 'next-month' } });
    expect($$(el, '[part="cash"] tbody tr')).to.have.length(0); // folded until asked for
    const cash = $(el, '[part="cash"]');
    setTimeout(() => cash.querySelector('summary')!.click());
    await oneEvent(cash, 'toggle');
    await el.updateComplete;
    const expected = forecastScenario({ ...SCENARIO, payment: { wagePaidIn: 'next-month' } });
    if (!expected.ok) throw new Error('valid');
    const rows = $$(el, '[part="cash"] tbody tr');
    expect(rows).to.have.length(expected.cash.length);
    const feb = $(el, '[part="cash"] tr[data-month="2026-02"]');
    expect(feb.querySelector('.wage')!.textContent!.trim()).to.equal(money('0.00'));
    expect(feb.textContent).to.contain('January 2026');
    const march = $(el, '[part="cash"] tr[data-month="2026-03"]');
    // What arrives: the net wage of February (the cash calendar shows net whatever the switch).
    const net = netForecast(expected.forecast, expected.input, null);
    expect(march.querySelector('.wage')!.textContent!.trim()).to.equal(money(net.months[1].net.earnings));
    expect(net.months[1].net.earnings).not.to.equal(expected.forecast.months[1].earnings);
    await expect(el).to.be.accessible();
  });

  it('shows an authorisation error next to its field', async () => {
    const el = await calculator();
    const end = $(el, '#authorisation-end') as HTMLInputElement;
    end.value = '2029-01-01';
    end.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect($(el, '#authorisation-end-error').textContent).to.contain('at most two years');
    expect(end.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
  });
});
