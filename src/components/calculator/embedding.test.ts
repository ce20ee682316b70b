import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../ips-benefits-calculator.js';
import type { IpsBenefitsCalculator } from '../../ips-benefits-calculator.js';
import { getLocale, setLocale } from '../../localization.js';
import { encodeScenarios } from '../../export/share-link.js';
import { $, $$, calculator, money } from './test-helpers.js';
import { forecastScenario } from '../../scenario/forecast-scenario.js';
import type { Scenario } from '../../scenario/types.js';

const SCENARIO: Scenario = {
  version: 1,
  scheme: 'employee',
  start: '2026-01',
  months: 12,
  dailyBenefit: '62.45',
  // The core's default; the element's own default (projection on) has its own test.
  projectIndexation: false,
  work: [{ from: '2026-01-01', hoursPerWeek: '12', fullTimeHoursPerWeek: '38', grossHourlyWage: '16.5' }],
};

const withScenario = (scenario: unknown = SCENARIO, lang = 'en') => calculator(scenario, lang);

afterEach(async () => {
  history.replaceState(null, '', location.pathname + location.search);
  await setLocale('en');
});

describe('presets and locks from attributes', () => {
  it('presets the fields from attributes', async () => {
    const el = await fixture<IpsBenefitsCalculator>(html`
      <ips-benefits-calculator lang="en" no-link-restore daily-benefit="50,5" full-time-hours="40" months="6" start="2026-03" hourly-wage="14" scheme="unemployed"></ips-benefits-calculator>
    `);
    expect(el.scenario).to.deep.include({ scheme: 'unemployed', dailyBenefit: '50.5', start: '2026-03', months: 6 });
    expect(el.scenario!.work[0]).to.deep.include({ fullTimeHoursPerWeek: '40', grossHourlyWage: '14' });
    expect($$(el, 'table[part="table"] tbody tr')).to.have.length(6);
  });

  it('shows a message for nonsense in an attribute and keeps the rest', async () => {
    const el = await fixture<IpsBenefitsCalculator>(html`<ips-benefits-calculator lang="en" no-link-restore daily-benefit="lots" months="-3"></ips-benefits-calculator>`);
    expect($(el, '#dailyBenefit-error').textContent).to.contain('Enter a number');
    expect($(el, '#months-error').textContent).to.contain('cannot be negative');
    expect($<HTMLInputElement>(el, '#dailyBenefit').value).to.equal('lots');
    expect($<HTMLInputElement>(el, '#fullTimeHours').value).to.equal('38');
    expect(el.shadowRoot!.textContent).not.to.match(/NaN|undefined/);
    await expect(el).to.be.accessible();
  });

  it('shows a read-only client view: the monthly answer first, no form controls, the buttons after the figures', async () => {
    const el = await fixture<IpsBenefitsCalculator>(html`<ips-benefits-calculator lang="en" no-link-restore readonly .scenario=${SCENARIO}></ips-benefits-calculator>`);
    expect($$(el, 'form, input, select, textarea')).to.have.length(0);
    expect($(el, '#add-step')).to.equal(null);
    expect($(el, '#import-json')).to.equal(null);
    expect($(el, '#share-client')).to.equal(null);
    expect($$(el, 'table[part="table"] tbody tr')).to.have.length(12);
    const after = (a: Element, b: Element) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) > 0;
    // The client sees the answer first, then, folded, the totals, chart and table, then the buttons; the coach's input as text, folded.
    const answer = $(el, '[part="answer"]');
    expect(after(answer, $(el, '[part="summary"]'))).to.be.true;
    expect($(el, '[part="summary"]').closest('details')!.id).to.equal('client-months');
    expect(after($(el, 'table[part="table"]'), $(el, '[part="actions"]'))).to.be.true;
    const prepared = $<HTMLDetailsElement>(el, 'details.prepared');
    expect(after($(el, '[part="actions"]'), prepared)).to.be.true;
    expect(prepared.querySelector('.print-summary')!.textContent).to.contain('38');
    prepared.open = true;
    await el.updateComplete;
    expect(prepared.querySelector<HTMLElement>('.print-summary')!.offsetParent).not.to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('lets the client switch plans in the read-only view (French), and does not send them to a form they do not have', async () => {
    const plans = [8, 16, 24].map((h) => ({ ...SCENARIO, work: [{ ...SCENARIO.work![0], hoursPerWeek: String(h) }] }));
    const el = await fixture<IpsBenefitsCalculator>(
      html`<ips-benefits-calculator lang="fr" no-link-restore readonly amounts="gross" .scenario=${plans}></ips-benefits-calculator>`,
    );
    await waitUntil(() => getLocale() === 'fr' && $$(el, '[part="plan-choice"] button').length === 3, 'French and the plan buttons', { timeout: 15000 });
    const total = () => $(el, 'table[part="table"] tfoot .total').textContent!.trim();
    const expected = (i: number) => {
      const r = forecastScenario(plans[i]);
      if (!r.ok) throw new Error('plan');
      return money(r.forecast.totals.total, 'fr');
    };
    const buttons = $$<HTMLButtonElement>(el, '[part="plan-choice"] button');
    expect($(el, '[part="plan-choice"]').getAttribute('aria-label')).to.equal('Plan affiché');
    expect(buttons.map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['true', 'false', 'false']);
    expect(buttons[1].textContent).to.contain('Plan B');
    expect(total()).to.equal(expected(0));
    buttons[1].click();
    await el.updateComplete;
    // The totals, chart and table are plan B's now; the answer says so.
    expect(total()).to.equal(expected(1));
    expect(expected(1)).not.to.equal(expected(0));
    expect($(el, '#answer-title').textContent).to.contain('plan B');
    expect($$<HTMLButtonElement>(el, '[part="plan-choice"] button').map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['false', 'true', 'false']);
    expect($$(el, 'form, input, select, textarea')).to.have.length(0);
    // No authorised hours: the hours chart says so, without asking the client to enter them.
    expect($(el, '[part="hours-chart"]').textContent).to.contain('Les heures autorisées ne sont pas indiquées');
    await expect(el).to.be.accessible();

    // In net, the default person is stated, without pointing to "Your situation for tax" (not in this view).
    el.amounts = 'net';
    await el.updateComplete;
    expect($(el, '#net-person').textContent).to.contain('Net estimé pour');
    expect($(el, '#net-person').textContent).not.to.contain('situation pour l');
    const notes = $(el, '[part="year-end"]').textContent!;
    expect(notes).to.contain("Aucune situation pour l'impôt n'a été indiquée");
    expect(notes).not.to.match(/Votre situation pour l/);
    await setLocale('en');
  });

  it('shows no plan buttons in the answer when the plans can be edited (the form has its tabs)', async () => {
    const plans = [8, 16].map((h) => ({ ...SCENARIO, work: [{ ...SCENARIO.work![0], hoursPerWeek: String(h) }] }));
    const el = await calculator(plans, 'en', 'default');
    await waitUntil(() => $(el, '[part="answer"]'), 'the answer', { timeout: 15000 });
    expect($(el, '[part="plan-choice"]')).to.equal(null);
    expect($(el, '#net-person').textContent).to.contain('Your situation for tax');
    expect($(el, '[part="year-end"]').textContent).to.contain('Nothing was entered under "Your situation for tax"');
  });

  it('locks only the fields named in `locked`', async () => {
    const el = await fixture<IpsBenefitsCalculator>(html`<ips-benefits-calculator lang="en" no-link-restore locked="daily-benefit plan" .scenario=${SCENARIO}></ips-benefits-calculator>`);
    expect($<HTMLInputElement>(el, '#dailyBenefit').readOnly).to.be.true;
    expect($<HTMLInputElement>(el, '#step-0-hours').readOnly).to.be.true;
    expect($<HTMLInputElement>(el, '#fullTimeHours').readOnly).to.be.false;
  });
});

describe('events', () => {
  it('exports the table as CSV with a header row and the language\'s decimal separator', async () => {
    const el = await withScenario();
    setTimeout(() => $(el, '#export-csv').click());
    const { detail } = await oneEvent(el, 'ips-export');
    expect(detail.format).to.equal('csv');
    expect(detail.filename).to.equal('ips-forecast-2026-01.csv');
    const lines = detail.content.trim().split('\r\n');
    expect(lines).to.have.length(14);
    // The gross columns, then the net ones (2026 is within the years the net estimate covers).
    expect(lines[0]).to.equal(
      'Month,Paid days,Hours a week,Occupation fraction (%),Reduction (%),Daily benefit,Benefit,Gross wage,Total,Gain compared with not working,Benefit at risk,Net benefit,Net wage,Net total,Net gain compared with not working,Deductions (tax and contributions)',
    );
    // January 2026: 27 days, 12 h of 38 h → 12 % → 54.96 € a day
    expect(lines[1].startsWith('2026-01,27,12.00,31.58,12,54.96,1483.92,858.00,2341.92,655.77,0.00,')).to.be.true;
    expect(lines[1].split(',')).to.have.length(16);
    expect(lines[13].startsWith('Total,313,')).to.be.true;
  });

  it('exports CSV with decimal commas and semicolons in French', async () => {
    const el = await withScenario(SCENARIO, 'fr');
    setTimeout(() => $(el, '#export-csv').click());
    const { detail } = await oneEvent(el, 'ips-export');
    expect(detail.content.split('\r\n')[1].startsWith('2026-01;27;12,00;31,58;12;54,96;1483,92;858,00;2341,92;655,77;0,00;')).to.be.true;
  });

  it('exports the scenario as JSON, and imports it back from a file', async () => {
    const el = await withScenario();
    setTimeout(() => $(el, '#export-json').click());
    const { detail } = await oneEvent(el, 'ips-export');
    // The scenario, with its figures (gross and net), which the import ignores.
    const { figures, ...scenario } = JSON.parse(detail.content);
    expect(scenario).to.deep.equal(SCENARIO);
    expect(figures.months).to.have.length(12);
    expect(figures.totals).to.include.keys('total', 'net', 'deductions');

    const other = await withScenario({ ...SCENARIO, dailyBenefit: '40' });
    const input = $<HTMLInputElement>(other, '#import-json');
    const files = new DataTransfer();
    files.items.add(new File([detail.content], 'scenario.json', { type: 'application/json' }));
    input.files = files.files;
    setTimeout(() => input.dispatchEvent(new Event('change')));
    const imported = await oneEvent(other, 'ips-import');
    expect(imported.detail.source).to.equal('file');
    await other.updateComplete;
    expect(other.scenario).to.deep.equal(SCENARIO);
    // The figures are not a field of the scenario: no remark about them.
    expect(other.shadowRoot!.textContent).not.to.contain('with these remarks');
  });

  it('refuses a broken file with a message and changes nothing', async () => {
    const el = await withScenario();
    const input = $<HTMLInputElement>(el, '#import-json');
    const files = new DataTransfer();
    files.items.add(new File(['{"version": 1, "dailyBenefit": "-4"'], 'broken.json'));
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    // Reading the file takes a moment (longer on a busy machine).
    await waitUntil(() => $(el, '[role="alert"]'), 'the message', { timeout: 15000 });
    expect($(el, '[role="alert"]').textContent).to.contain('could not be imported');
    expect(el.scenario).to.deep.equal(SCENARIO);
  });
});

describe('share links', () => {
  it('makes a link with the scenario in the fragment and restores it on another page load', async () => {
    const el = await withScenario();
    setTimeout(() => $(el, '#share').click());
    const { detail } = await oneEvent(el, 'ips-share');
    const url = new URL(detail.url);
    expect(url.hash.startsWith('#ips=')).to.be.true;
    expect(url.search).to.equal(location.search);
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#share-url').value).to.equal(detail.url);

    history.replaceState(null, '', url.hash);
    const restored = await fixture<IpsBenefitsCalculator>(html`<ips-benefits-calculator lang="en"></ips-benefits-calculator>`);
    expect(restored.scenario).to.deep.equal(SCENARIO);
  });

  it('restores several plans to compare', async () => {
    const second = { ...SCENARIO, work: [{ ...SCENARIO.work[0], hoursPerWeek: '24' }] };
    history.replaceState(null, '', `#ips=${encodeScenarios([SCENARIO, second])}`);
    const el = await fixture<IpsBenefitsCalculator>(html`<ips-benefits-calculator lang="en"></ips-benefits-calculator>`);
    expect(el.scenarios).to.deep.equal([SCENARIO, second]);
    expect($(el, '[part="comparison"]')).to.exist;
  });

  for (const [name, hash] of [
    ['garbage', '#ips=%%%not-base64'],
    ['valid base64 of nonsense JSON', `#ips=${btoa('{"version":1,"months":"many"}')}`],
    ['a tampered amount', `#ips=${encodeScenarios([{ ...SCENARIO, dailyBenefit: '-62.45' }])}`],
    ['HTML in a field', `#ips=${encodeScenarios([{ ...SCENARIO, scheme: '<img src=x onerror=alert(1)>' as 'employee' }])}`],
  ] as const) {
    it(`shows a clear message and the example for a broken link (${name})`, async () => {
      history.replaceState(null, '', hash);
      const el = await fixture<IpsBenefitsCalculator>(html`<ips-benefits-calculator lang="en"></ips-benefits-calculator>`);
      expect($(el, '[role="alert"]').textContent).to.contain('This share link is broken or was changed');
      expect($$(el, 'table[part="table"] tbody tr').length).to.be.greaterThan(0);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  }
});

describe('printing', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
  });

  it('prints the summary without the form controls', async () => {
    const el = await withScenario({ ...SCENARIO, authorisation: { start: '2026-01-01', maxHoursPerWeek: '12', nature: 'Office work' } });
    expect(getComputedStyle($(el, '[part="print-summary"]')).display).to.equal('none');
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle($(el, 'form')).display).to.equal('none');
    expect(getComputedStyle($(el, '[part="actions"]')).display).to.equal('none');
    expect(getComputedStyle($(el, '.why')).display).to.equal('none');
    const summary = $(el, '[part="print-summary"]');
    expect(getComputedStyle(summary).display).to.equal('block');
    expect(summary.textContent).to.contain('Office work');
    expect(summary.textContent).to.contain('art. 230');
    expect(getComputedStyle($(el, 'table[part="table"]')).display).to.equal('table');
    expect(getComputedStyle($(el, '[part="notes"]')).display).to.equal('block');
  });
});

describe('theming and isolation', () => {
  it('takes its colours and font from custom properties and the page font by default', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div style="font-family: Georgia, serif; --ips-color-accent: rgb(200, 0, 100);">
        <ips-benefits-calculator lang="en" no-link-restore .scenario=${SCENARIO}></ips-benefits-calculator>
      </div>
    `);
    const el = wrapper.querySelector('ips-benefits-calculator')!;
    await el.updateComplete;
    expect(getComputedStyle($(el, 'h2')).fontFamily).to.contain('Georgia');
    expect(getComputedStyle($(el, '#add-step')).color).to.equal('rgb(200, 0, 100)');
  });

  it('keeps hostile page CSS out and its own CSS in', async () => {
    const style = document.createElement('style');
    style.textContent = `
      table, tr, td, th, input, button, h2 { display: none !important; }
      * { border: 7px dotted red !important; letter-spacing: 9px !important; }
      .summary, .error, [part] { visibility: hidden !important; }`;
    document.head.append(style);
    try {
      const page = await fixture<HTMLDivElement>(html`<div><button id="page-button">Page</button><table id="page-table"><tr><td>x</td></tr></table><ips-benefits-calculator lang="en" no-link-restore .scenario=${SCENARIO}></ips-benefits-calculator></div>`);
      const el = page.querySelector('ips-benefits-calculator')!;
      await el.updateComplete;
      expect(getComputedStyle($(el, 'table[part="table"]')).display).to.equal('table');
      expect(getComputedStyle($(el, '#add-step')).display).not.to.equal('none');
      expect(getComputedStyle($(el, '#add-step')).borderTopStyle).to.equal('solid');
      expect(getComputedStyle($(el, '.summary')).visibility).to.equal('visible');
      // Our styles do not reach the page's own elements.
      expect(getComputedStyle(page.querySelector('#page-button')!).borderTopStyle).to.equal('dotted');
      expect(getComputedStyle(page.querySelector('#page-table')!).display).to.equal('none');
    } finally {
      style.remove();
    }
  });

  it('fits a 320 px column without overflowing it', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px"><ips-benefits-calculator lang="en" no-link-restore .scenario=${SCENARIO}></ips-benefits-calculator></div>`);
    const el = wrapper.querySelector('ips-benefits-calculator')!;
    await el.updateComplete;
    expect(el.getBoundingClientRect().width).to.equal(320);
    expect(el.scrollWidth).to.be.at.most(320);
    for (const part of $$(el, 'form, [part="summary"], [part="chart"], .scroll')) {
      expect(part.getBoundingClientRect().width, part.getAttribute('part') ?? part.className).to.be.at.most(320);
    }
    await expect(el).to.be.accessible();
  });
});
