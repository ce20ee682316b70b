import { aTimeout, expect, oneEvent } from '@open-wc/testing';
import type { IpsBenefitsCalculator } from '../../ips-benefits-calculator.js';
import { $, $$, calculator as make, money as moneyEn, number as numberEn, setValue as set, typeInto as type, EXAMPLE } from './test-helpers.js';
import { setLocale } from '../../localization.js';
import { forecastScenario } from '../../scenario/forecast-scenario.js';
import { netForecast } from '../../rules/net/index.js';
import type { Scenario } from '../../scenario/types.js';

const SCENARIO: Scenario = EXAMPLE;


const calculator = (scenario: Scenario = SCENARIO, lang = 'en') => make(scenario, lang);
const setValue = (el: IpsBenefitsCalculator, id: string, value: string) => set(el, `#${id}`, value);

function tableTotals(el: IpsBenefitsCalculator) {
  const foot = $(el, 'table[part="table"] tfoot');
  return {
    benefit: foot.querySelector('.benefit')!.textContent!.trim(),
    earnings: foot.querySelector('.earnings')!.textContent!.trim(),
    total: foot.querySelector('.total')!.textContent!.trim(),
  };
}

function noBrokenText(el: IpsBenefitsCalculator): void {
  const text = el.shadowRoot!.textContent ?? '';
  expect(text).not.to.match(/NaN|undefined|Infinity|\[object/);
}

afterEach(async () => {
  await setLocale('en');
});

describe('<ips-benefits-calculator>', () => {
  it('shows the forecast the core computes, month by month and in total', async () => {
    const el = await calculator();
    const expected = forecastScenario(SCENARIO);
    if (!expected.ok) throw new Error('example must be valid');
    const rows = $$(el, 'table[part="table"] tbody tr');
    expect(rows).to.have.length(12);
    expect(rows[0].querySelector('th')!.textContent!.trim()).to.equal('January 2026');
    expect(rows[3].querySelector('.benefit')!.textContent!.trim()).to.equal(moneyEn(expected.forecast.months[3].benefit));
    expect(rows[3].querySelector('.total')!.textContent!.trim()).to.equal(moneyEn(expected.forecast.months[3].total));
    expect(tableTotals(el).total).to.equal(moneyEn(expected.forecast.totals.total));
    expect($(el, '.summary .total').textContent!.trim()).to.equal(moneyEn(expected.forecast.totals.total));
    expect($$(el, 'svg .bar')).to.have.length(12);
    noBrokenText(el);
  });

  it('updates the table and the totals as the person types', async () => {
    const el = await calculator();
    await type(el, 'dailyBenefit', '50');
    await type(el, 'step-0-hours', '10');
    const expected = forecastScenario({ ...SCENARIO, dailyBenefit: '50', work: [{ ...SCENARIO.work[0], hoursPerWeek: '10' }, SCENARIO.work[1]] });
    if (!expected.ok) throw new Error('valid');
    // 10 h of 38 h: 6 % reduction, 50 € → 47 € a day (the Partena example)
    expect($(el, 'table[part="table"] tbody tr td:last-child').textContent!.trim()).to.equal(moneyEn('47.00'));
    expect(tableTotals(el)).to.deep.equal({
      benefit: moneyEn(expected.forecast.totals.benefit),
      earnings: moneyEn(expected.forecast.totals.earnings),
      total: moneyEn(expected.forecast.totals.total),
    });
    expect(el.scenario?.dailyBenefit).to.equal('50');
  });

  it('accepts a comma as decimal separator', async () => {
    const el = await calculator();
    await type(el, 'dailyBenefit', '55,5');
    expect(el.scenario?.dailyBenefit).to.equal('55.5');
    expect($(el, 'table[part="table"] tbody tr th').textContent).to.contain('January');
  });

  it('switches between an hourly and a monthly wage', async () => {
    const el = await calculator({ ...SCENARIO, work: [SCENARIO.work[0]] });
    $<HTMLInputElement>(el, 'input[name="wageKind"][value="monthly"]').click();
    await el.updateComplete;
    await type(el, 'wage', '900');
    expect(el.scenario?.work[0]).to.deep.include({ grossMonthlyWage: '900' });
    expect($(el, 'table[part="table"] tbody tr .earnings').textContent!.trim()).to.equal(moneyEn('900.00'));
  });

  it('adds a step of 8 hours more, never above full time (typed in Dutch with decimal commas)', async () => {
    const el = await calculator(SCENARIO, 'nl');
    await type(el, 'step-1-hours', '29,5');
    $(el, '#add-step').click();
    await el.updateComplete;
    expect(el.scenario?.work[2].hoursPerWeek).to.equal('37.5');
    await type(el, 'step-2-hours', '033,5');
    $(el, '#add-step').click();
    await el.updateComplete;
    // 41.5 h would be above the job's full time (38 h): the new step stops there.
    expect(el.scenario?.work[3].hoursPerWeek).to.equal('38');
    expect((el.shadowRoot!.getElementById('step-3-hours') as HTMLInputElement).value).to.equal('38');
  });

  it('adds and removes plan steps', async () => {
    const el = await calculator();
    expect($$(el, '.step')).to.have.length(2);
    $(el, '#add-step').click();
    await el.updateComplete;
    expect($$(el, '.step')).to.have.length(3);
    // The new step follows the last one: 3 months later, 8 hours more.
    expect(el.scenario?.work[2]).to.deep.include({ from: '2026-07-01', hoursPerWeek: '24' });
    await type(el, 'step-2-hours', '20');
    expect(el.scenario?.work[2].hoursPerWeek).to.equal('20');
    $$(el, '.remove-step')[0].click();
    await el.updateComplete;
    expect($$(el, '.step')).to.have.length(2);
    expect(el.scenario?.work.map((s) => s.hoursPerWeek)).to.deep.equal(['16', '20']);
    // The removal can be undone: the focus is on Undo, and the note says what was removed.
    expect(el.shadowRoot!.activeElement?.id).to.equal('undo');
    expect($(el, '.plan-note').textContent).to.contain('Step 1 (8\u00a0h) was removed.');
    $(el, '#undo').click();
    await el.updateComplete;
    expect(el.scenario?.work.map((s) => s.hoursPerWeek)).to.deep.equal(['8', '16', '20']);
    expect(el.shadowRoot!.activeElement?.id).to.equal('step-0-from');
    expect($(el, '#undo')).to.equal(null);
  });

  it('ends work with a step of 0 hours', async () => {
    const el = await calculator();
    await type(el, 'step-1-hours', '0');
    const rows = $$(el, 'table[part="table"] tbody tr');
    expect(rows[5].querySelector('.earnings')!.textContent!.trim()).to.equal(moneyEn('0.00'));
  });

  it('compares the plan with three plans: 8, 16 and 24 hours a week, added beside it', async function () {
    // Four plans and axe on their comparison: slower on a loaded machine.
    this.timeout(30000);
    const el = await calculator();
    $(el, '#compare-common').click();
    await el.updateComplete;
    expect($$(el, '.plan-tab')).to.have.length(4);
    expect(el.scenarios.map((s) => s?.work.map((w) => w.hoursPerWeek).join(' → '))).to.deep.equal(['8 → 16', '8', '16', '24']);
    const comparison = $(el, '[part="comparison"]');
    expect(comparison).to.exist;
    const details = comparison.querySelector('details')!;
    setTimeout(() => details.querySelector('summary')!.click());
    await oneEvent(details, 'toggle');
    await el.updateComplete;
    const totals = [...comparison.querySelectorAll('tfoot tr:first-child td')].map((td) => td.textContent!.trim());
    // No plan has money at risk (no authorisation entered): the columns go by gain, highest first.
    const expected = [SCENARIO, ...['8', '16', '24'].map((h) => ({ ...SCENARIO, work: [{ ...SCENARIO.work[0], hoursPerWeek: h }] }))]
      .map((scenario) => {
        const r = forecastScenario(scenario);
        if (!r.ok) throw new Error('valid');
        return r.forecast.totals;
      })
      .sort((a, b) => Number(b.gainVsNoWork) - Number(a.gainVsNoWork))
      .map((t) => moneyEn(t.total));
    expect(totals).to.deep.equal(expected);
    const firstRow = [...comparison.querySelectorAll('tbody tr:first-child td')];
    expect(firstRow.map((td) => td.querySelector('.total')!.textContent!.trim())).to.have.length(4);
    expect(firstRow[0].querySelector('.gain')!.textContent).to.contain('gain');
    expect(comparison.textContent).to.contain(`Up to ${numberEn('7.6')} h a week of 38 h you keep your full benefit`);
    expect(comparison.textContent).to.match(/Best month: .+; lowest month: .+/);
    // The second plan can be edited on its own.
    $$(el, '.plan-tab')[1].click();
    await el.updateComplete;
    await type(el, 'step-0-hours', '19');
    expect(el.scenarios.map((s) => s?.work.map((w) => w.hoursPerWeek).join(' → '))).to.deep.equal(['8 → 16', '19', '16', '24']);
    await expect(el).to.be.accessible();
  });

  it('adds a copy of the plan to compare, and removes it', async () => {
    const el = await calculator();
    $(el, '#add-plan').click();
    await el.updateComplete;
    expect(el.scenarios).to.have.length(2);
    expect(el.scenarios[1]).to.deep.equal(el.scenarios[0]);
    $(el, '#remove-plan').click();
    await el.updateComplete;
    expect(el.scenarios).to.have.length(1);
    expect($(el, '[part="comparison"]')).to.equal(null);
  });

  it('explains a month: fraction, excess, reduction, daily amount × days, legal reference', async () => {
    const el = await calculator();
    const why = $$(el, '.why')[3]; // April 2026: 16 h of 38 h
    why.click();
    await el.updateComplete;
    await aTimeout(0);
    const panel = $(el, '[part="explanation"]');
    const text = panel.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Why this number? April 2026');
    expect(text).to.contain('16 h ÷ 38 h = 42.11 %'); // spaces normalised above
    expect(text).to.contain('Part above 20 %: 22.11 %');
    expect(text).to.contain('rounded to a whole percent: 22 %');
    // The January statement's 62.45 € follows the indexation of 1 March 2026: 63.70 €.
    expect(text).to.contain(`${moneyEn('62.45')}. Indexations since then: × 1`);
    expect(text).to.contain(`${moneyEn('63.70')} − 22 % = ${moneyEn('49.69')}`);
    expect(text).to.contain(`${moneyEn('49.69')} × 26 days = ${moneyEn('1291.94')}`);
    expect(panel.querySelector('a')!.getAttribute('href')).to.contain('riziv.fgov.be');
    expect(why.getAttribute('aria-expanded')).to.equal('true');
    expect(el.shadowRoot!.activeElement?.id).to.equal('explanation-title');
    await expect(el).to.be.accessible();
    panel.querySelector('button')!.click();
    await el.updateComplete;
    expect($(el, '[part="explanation"]')).to.equal(null);
  });

  it('shows the counselling notes and the assumptions behind the figures', async () => {
    const el = await calculator();
    const notes = $$(el, '[part="notes"]').map((n) => n.textContent).join(' ');
    expect(notes).to.contain('medical advisor');
    expect(notes).to.contain('at most two years');
    expect(notes).to.contain('estimates');
    expect(notes).to.contain('All amounts are gross');
    expect(notes).to.contain('rounded to the cent');
    expect(notes).not.to.contain('full benefit is kept');
  });

  it('says when the hours stay within the 20 % that keeps the full benefit', async () => {
    const el = await calculator({ ...SCENARIO, work: [{ ...SCENARIO.work[0], hoursPerWeek: '7.6' }] });
    const notes = $$(el, '[part="notes"]').map((n) => n.textContent).join(' ');
    expect(notes).to.contain('the full benefit is kept');
  });

  it('fires ips-forecast-change with the scenario and the forecast', async () => {
    const el = await calculator();
    setTimeout(() => type(el, 'months', '6'));
    const event = await oneEvent(el, 'ips-forecast-change');
    expect(event.detail.scenario.months).to.equal(6);
    expect(event.detail.forecast.months).to.have.length(6);
    expect(event.bubbles && event.composed).to.be.true;
  });

  it('gives the net of the plan shown in ips-forecast-change, the same as the core computes', async () => {
    const el = await calculator();
    setTimeout(() => type(el, 'months', '6'));
    const event = await oneEvent(el, 'ips-forecast-change');
    const { scenario, forecast, net } = event.detail;
    expect(net, 'net of the example (2026)').to.not.equal(null);
    const checked = forecastScenario(scenario);
    if (!checked.ok) throw new Error('the scenario is valid');
    const expected = netForecast(forecast, checked.input, checked.input.person ?? null);
    expect(net.months).to.have.length(6);
    expect(net.totals).to.deep.equal(expected.totals);
    expect(net.yearEnd).to.deep.equal(expected.yearEnd);
  });

  it('gives no net in ips-forecast-change for months before 2025, nor while the input has errors', async () => {
    const el = await calculator({ ...SCENARIO, start: '2023-01', work: SCENARIO.work.map((w) => ({ ...w, from: `2023${w.from.slice(4)}` })) } as Scenario);
    setTimeout(() => type(el, 'months', '6'));
    const before = await oneEvent(el, 'ips-forecast-change');
    expect(before.detail.forecast).to.not.equal(null);
    expect(before.detail.net).to.equal(null);
    setTimeout(() => type(el, 'months', '0'));
    const invalid = await oneEvent(el, 'ips-forecast-change');
    expect(invalid.detail.forecast).to.equal(null);
    expect(invalid.detail.net).to.equal(null);
  });

  it('passes the accessibility audit', async () => {
    const el = await calculator();
    await expect(el).to.be.accessible();
  });
});

describe('<ips-benefits-calculator> validation messages', () => {
  const CASES: { name: string; field: string; value: string; message: RegExp; date?: boolean }[] = [
    { name: 'an empty daily benefit', field: 'dailyBenefit', value: '', message: /Please fill in this field/ },
    { name: 'a negative daily benefit', field: 'dailyBenefit', value: '-5', message: /cannot be negative/ },
    { name: 'a word as daily benefit', field: 'dailyBenefit', value: 'abc', message: /Enter a number/ },
    { name: 'a huge daily benefit', field: 'dailyBenefit', value: '5000', message: /too large \(at most 1,000\)|too large \(at most 1\.000\)/ },
    { name: 'zero months', field: 'months', value: '0', message: /at least 1 month/ },
    { name: 'too many months', field: 'months', value: '500', message: /at most 120 months/ },
    { name: 'half a month', field: 'months', value: '2.5', message: /whole number/ },
    { name: 'zero full-time hours', field: 'fullTimeHours', value: '0', message: /more than zero/ },
    { name: 'hours above full time', field: 'step-0-hours', value: '40', message: /40 h a week is more than the full-time hours of the job \(38 h\)/ },
    { name: 'an empty wage', field: 'wage', value: '', message: /Enter the gross wage/ },
    { name: 'an empty first month', field: 'start', value: '', message: /Please fill in this field/, date: true },
    { name: 'an empty step date', field: 'step-1-from', value: '', message: /Please fill in this field/, date: true },
    { name: 'steps out of order', field: 'step-1-from', value: '2025-12-01', message: /must start after the previous one/, date: true },
    { name: 'a forecast before 2012', field: 'start', value: '2011-06', message: /former income-based rules/, date: true },
    { name: 'salaried work in 2013 to March 2018', field: 'step-0-from', value: '2015-06-01', message: /2013 to March 2018/, date: true },
  ];

  for (const c of CASES) {
    it(`shows a message next to the field for ${c.name}, keeping every other value`, async () => {
      const el = await calculator(c.field === 'step-0-from' ? { ...SCENARIO, start: '2015-06' } : SCENARIO);
      if (c.date) await setValue(el, c.field, c.value);
      else await type(el, c.field, c.value);
      const input = $<HTMLInputElement>(el, `#${c.field}`);
      const error = $(el, `#${c.field}-error`);
      expect(error, 'error element').to.exist;
      expect(error.textContent).to.match(c.message);
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.contain(`${c.field}-error`);
      expect(input.value).to.equal(c.value);
      // The other fields keep what was entered.
      if (c.field !== 'dailyBenefit') expect($<HTMLInputElement>(el, '#dailyBenefit').value).to.equal('62.45');
      if (c.field !== 'step-0-hours') expect($<HTMLInputElement>(el, '#step-0-hours').value).to.equal('8');
      expect(el.scenario).to.equal(null);
      expect($(el, 'table[part="table"]')).to.equal(null);
      noBrokenText(el);
      await expect(el).to.be.accessible();
    });
  }

  it('recovers as soon as the value is corrected', async () => {
    const el = await calculator();
    await type(el, 'dailyBenefit', '-1');
    expect($(el, '#dailyBenefit-error')).to.exist;
    await type(el, 'dailyBenefit', '60');
    expect($(el, '#dailyBenefit-error')).to.equal(null);
    expect($$(el, 'table[part="table"] tbody tr')).to.have.length(12);
  });

  it('refuses a broken scenario given by property with a message, keeping the current one', async () => {
    const el = await calculator();
    el.scenario = { version: 1, scheme: 'employee', start: 'soon', months: -2 } as unknown as Scenario;
    await el.updateComplete;
    expect($(el, '[role="alert"]').textContent).to.contain('could not be used');
    expect(el.scenario?.dailyBenefit).to.equal('62.45');
    expect($$(el, 'table[part="table"] tbody tr')).to.have.length(12);
  });
});

