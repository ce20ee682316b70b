import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { IpsBenefitsCalculator } from '../../ips-benefits-calculator.js';
import { $, calculator as make, money, typeInto as type, EXAMPLE } from './test-helpers.js';
import { setLocale } from '../../localization.js';
import { forecastScenario } from '../../scenario/forecast-scenario.js';
import type { Scenario } from '../../scenario/types.js';

const SCENARIO: Scenario = EXAMPLE;

const moneyFr = (value: string) => money(value, 'fr');

const calculator = (scenario: Scenario = SCENARIO, lang = 'en') => make(scenario, lang);

function tableTotal(el: IpsBenefitsCalculator): string {
  return $(el, 'table[part="table"] tfoot .total').textContent!.trim();
}

afterEach(async () => {
  await setLocale('en');
});

describe('<ips-benefits-calculator> languages', () => {
  it('switches to French at run time without losing what was entered', async () => {
    const el = await calculator();
    await type(el, 'dailyBenefit', '57,3');
    el.lang = 'fr';
    await waitUntil(() => $(el, 'table[part="table"] tbody tr th').textContent!.includes('janvier'), 'French month names');
    await waitUntil(() => $(el, 'h2').textContent!.trim() === 'Indemnités et salaire, mois par mois', 'French text');
    expect($(el, 'label[for="dailyBenefit"]').textContent!.trim()).to.equal('Indemnité journalière brute (€)');
    expect($<HTMLInputElement>(el, '#dailyBenefit').value).to.equal('57,3');
    expect(el.scenario?.dailyBenefit).to.equal('57.3');
    const expected = forecastScenario({ ...SCENARIO, dailyBenefit: '57.3' });
    if (!expected.ok) throw new Error('valid');
    expect(tableTotal(el)).to.equal(moneyFr(expected.forecast.totals.total));
    expect(el.shadowRoot!.textContent).not.to.match(/NaN|undefined/);
    await expect(el).to.be.accessible();
  });

  it('takes the language of the page when it has none, and follows its changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="nl-BE"><ips-benefits-calculator .scenario=${SCENARIO}></ips-benefits-calculator></div>`);
    const el = wrapper.querySelector('ips-benefits-calculator')!;
    await waitUntil(() => $(el, 'table[part="table"] tbody tr th')?.textContent!.includes('januari'), 'Dutch month names');
    await waitUntil(() => $(el, 'h2').textContent!.trim() === 'Uitkering en loon, maand per maand', 'Dutch text');
    expect($(el, 'label[for="dailyBenefit"]').textContent!.trim()).to.equal('Bruto daguitkering (€)');
    expect($(el, '.plan-tab').textContent).to.contain('8 → 16\u00a0u'); // "u" for uur in Dutch
    await expect(el).to.be.accessible();
    wrapper.setAttribute('lang', 'en');
    await waitUntil(() => $(el, 'table[part="table"] tbody tr th')?.textContent!.includes('January'), 'back to English');
  });

  it('shows validation messages in Dutch', async () => {
    const el = await calculator(SCENARIO, 'nl');
    await waitUntil(() => $(el, 'h2').textContent!.trim() === 'Uitkering en loon, maand per maand', 'Dutch text');
    await type(el, 'dailyBenefit', '-3');
    const error = $(el, '#dailyBenefit-error').textContent!;
    expect(error.trim()).to.equal('De waarde mag niet negatief zijn.');
    await expect(el).to.be.accessible();
  });

  it('settles when two elements on one page ask for different languages (the last one asked wins)', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <ips-benefits-calculator lang="fr" no-link-restore .scenario=${SCENARIO}></ips-benefits-calculator>
      <ips-benefits-calculator lang="nl" no-link-restore .scenario=${SCENARIO}></ips-benefits-calculator>
    </div>`);
    const [a, b] = [...page.querySelectorAll('ips-benefits-calculator')];
    let updates = 0;
    const count = () => updates++;
    a.addEventListener('ips-forecast-change', count);
    await new Promise((r) => setTimeout(r, 500));
    const renders = [a, b].map((el) => (el as unknown as { updateComplete: Promise<boolean> }).updateComplete);
    expect(await Promise.all(renders)).to.deep.equal([true, true]);
    // Both show the same, settled language; neither keeps re-rendering the other.
    const before = $(a, 'h2').textContent;
    await new Promise((r) => setTimeout(r, 300));
    expect($(a, 'h2').textContent).to.equal(before);
    expect($(b, 'h2').textContent).to.equal(before);
    expect(updates).to.equal(0);
  });
});
