import { expect } from '@open-wc/testing';
import { forecastScenario } from '../../scenario/forecast-scenario.js';
import type { Scenario } from '../../scenario/types.js';
import { $, calculator, money, setValue as set } from './test-helpers.js';

const BASE: Scenario = {
  version: 1,
  scheme: 'employee',
  start: '2026-01',
  months: 12,
  dailyBenefit: '62.45',
  // The core's default; the element's own default (projection on) has its own test.
  projectIndexation: false,
  work: [{ from: '2026-01-01', hoursPerWeek: '19', fullTimeHoursPerWeek: '38', grossHourlyWage: '15' }],
};

describe('the form for every scheme', () => {
  it('estimates the daily benefit from the lost wage when the person does not know it', async () => {
    const el = await calculator(BASE);
    $<HTMLInputElement>(el, 'input[name="benefitSource"][value="estimate"]').click();
    await el.updateComplete;
    expect($(el, '#dailyBenefit')).to.equal(null);
    await set(el, '#estimate-incapacityStart', '2025-03-10');
    await set(el, '#estimate-lostMonthlyWage', '3900');
    await set(el, '#estimate-familySituation', 'dependants', 'change');
    const expected = forecastScenario({
      ...BASE,
      dailyBenefit: undefined,
      benefitEstimate: { incapacityStart: '2025-03-10', lostGrossMonthlyWage: '3900', familySituation: 'dependants' },
    });
    if (!expected.ok) throw new Error(JSON.stringify(expected.errors));
    expect(el.scenario?.benefitEstimate).to.deep.equal({ incapacityStart: '2025-03-10', lostGrossMonthlyWage: '3900', familySituation: 'dependants' });
    expect($(el, 'table[part="table"] tfoot .total').textContent!.trim()).to.equal(money(expected.forecast.totals.total));
    // March 2026: invalidity from the 10th (65 % with dependants)
    ($(el, 'tr[data-month="2026-03"] .why') as HTMLButtonElement).click();
    await el.updateComplete;
    expect($(el, '[part="explanation"]').textContent).to.contain('invalidity (from the 13th month)');
    await expect(el).to.be.accessible();
  });

  it('shows an estimate error next to its field', async () => {
    const el = await calculator({ ...BASE, dailyBenefit: undefined, benefitEstimate: { incapacityStart: '2025-03-10', lostGrossMonthlyWage: '3900', familySituation: 'single' } });
    await set(el, '#estimate-lostMonthlyWage', '-5');
    expect($(el, '#estimate-lostMonthlyWage-error').textContent).to.contain('cannot be negative');
  });

  it('takes a sheltered workplace without reduction, chosen per step', async () => {
    const el = await calculator(BASE);
    await set(el, '#step-0-kind', 'sheltered', 'change');
    expect(el.scenario?.work[0].kind).to.equal('sheltered');
    expect($(el, 'table[part="table"] tbody tr td:last-child').textContent!.trim()).to.equal(money('62.45'));
  });

  it('forecasts the self-employed scheme with its income years', async () => {
    const el = await calculator({
      version: 1,
      scheme: 'self-employed',
      start: '2029-01',
      months: 12,
      dailyBenefit: '60.56',
      selfEmployed: { activityStart: '2025-02-01' },
      work: [{ from: '2025-02-01', hoursPerWeek: '12', grossMonthlyWage: '1200' }],
    });
    // 2029 → income of 2026, not entered: a risk notice; the field is there to enter it
    expect($(el, '#selfEmployed-income-2026')).to.exist;
    expect(el.shadowRoot!.textContent).to.contain('needs the net taxable professional income of 2026');
    await set(el, '#selfEmployed-income-2026', '23293.40'); // 5 % above 22 184.19
    const cell = $(el, 'table[part="table"] tbody tr td:nth-last-child(2)').textContent!.trim();
    expect(cell).to.contain('5');
    await expect(el).to.be.accessible();
  });

  it('says when a scenario mixes hourly and monthly wages, which the form simplifies', async () => {
    const el = await calculator({
      ...BASE,
      work: [BASE.work[0], { from: '2026-06-01', hoursPerWeek: '24', fullTimeHoursPerWeek: '38', grossMonthlyWage: '1800' }],
    });
    expect($(el, '[role="status"].hint').textContent).to.contain('Some steps were paid by the hour and others by the month');
  });
});
