import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { IpsBenefitsCalculator } from '../../ips-benefits-calculator.js';
import { encodeScenarios } from '../../export/share-link.js';
import type { Scenario } from '../../scenario/types.js';
import { $, $$, calculator, setValue, typeInto } from './test-helpers.js';

const SCENARIO: Scenario = {
  version: 1,
  scheme: 'employee',
  start: '2026-01',
  months: 6,
  dailyBenefit: '62.45',
  // The core's default; the element's own default (projection on) has its own test.
  projectIndexation: false,
  work: [{ from: '2026-01-01', hoursPerWeek: '12', fullTimeHoursPerWeek: '38', grossHourlyWage: '16.5' }],
};
const XSS = '<img src=x onerror="window.__pwned=1">';

let nested: unknown = {};
for (let i = 0; i < 5000; i++) nested = { work: nested };

/** Whatever came in, the element shows no broken text, injects nothing and stays usable. */
async function expectSound(el: IpsBenefitsCalculator): Promise<void> {
  const text = el.shadowRoot!.textContent ?? '';
  expect(text).not.to.match(/NaN|undefined|Infinity|\[object/);
  expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  expect($(el, 'form')).to.exist;
  await expect(el).to.be.accessible();
}

afterEach(() => history.replaceState(null, '', location.pathname + location.search));

describe('hostile input through every door', () => {
  describe('form fields', () => {
    for (const [value, message] of [
      ['', /Please fill in/],
      ['-62', /cannot be negative/],
      ['1e308', /Enter a number/],
      ['99999999999999999999', /too large/],
      ['sixty', /Enter a number/],
      [XSS, /Enter a number/],
    ] as const) {
      it(`answers "${value.slice(0, 20)}" in the daily benefit with a message and keeps the rest`, async () => {
        const el = await calculator(SCENARIO);
        await typeInto(el, 'dailyBenefit', value);
        expect($(el, '#dailyBenefit-error').textContent).to.match(message);
        expect($<HTMLInputElement>(el, '#step-0-hours').value).to.equal('12');
        await expectSound(el);
      });
    }

    it('reads "12,5" as 12.5 in French', async () => {
      const el = await calculator(SCENARIO, 'fr');
      await typeInto(el, 'step-0-hours', '12,5');
      expect(el.scenario?.work[0].hoursPerWeek).to.equal('12.5');
    });

    it('keeps HTML typed in the advisor\'s words as text, in the form and the printed summary', async () => {
      const el = await calculator(SCENARIO);
      await setValue(el, '#authorisation-nature', XSS);
      expect(el.scenario?.authorisation?.nature).to.equal(XSS);
      expect($(el, '[part="print-summary"]').textContent).to.contain(XSS);
      await expectSound(el);
    });
  });

  describe('attributes', () => {
    it('shows messages for nonsense in every preset attribute', async () => {
      const el = await fixture<IpsBenefitsCalculator>(html`
        <ips-benefits-calculator lang="en" no-link-restore scheme="pirate" daily-benefit="1e308" full-time-hours="-38" months="∞" start="soon" hourly-wage=${XSS}></ips-benefits-calculator>
      `);
      for (const id of ['dailyBenefit', 'fullTimeHours', 'months', 'wage']) expect($(el, `#${id}-error`), id).to.exist;
      expect(el.scenario).to.equal(null);
      await expectSound(el);
    });

    it('ignores an unknown language and nonsense locks', async () => {
      const el = await fixture<IpsBenefitsCalculator>(html`<ips-benefits-calculator lang="xx" locked="<b>everything</b>" no-link-restore .scenario=${SCENARIO}></ips-benefits-calculator>`);
      expect($(el, 'h2').textContent!.trim()).to.equal('Benefit and wage, month by month');
      expect($<HTMLInputElement>(el, '#dailyBenefit').readOnly).to.be.false;
    });
  });

  describe('the scenario property', () => {
    for (const [name, value] of [
      ['null', null],
      ['a number', 42],
      ['a string', XSS],
      ['an array of five plans', [SCENARIO, SCENARIO, SCENARIO, SCENARIO, SCENARIO]],
      ['a deeply nested object', nested],
      ['1e308 months', { ...SCENARIO, months: 1e308 }],
      ['dates out of order', { ...SCENARIO, work: [{ ...SCENARIO.work[0], from: '2026-05-01' }, { ...SCENARIO.work[0], from: '2026-02-01' }] }],
      ['a 1 MB amount', { ...SCENARIO, dailyBenefit: '9'.repeat(1_000_000) }],
      ['HTML in the scheme', { ...SCENARIO, scheme: XSS }],
      [
        'an object whose getters throw',
        Object.defineProperty({ ...SCENARIO }, 'dailyBenefit', {
          get() {
            throw new Error('hostile getter');
          },
          enumerable: true,
        }),
      ],
    ] as const) {
      it(`refuses ${name} with a message, keeping what was there`, async () => {
        const el = await calculator(SCENARIO);
        el.scenario = value as unknown as Scenario;
        await el.updateComplete;
        expect($(el, '[role="alert"]')).to.exist;
        expect(el.scenario?.dailyBenefit).to.equal('62.45');
        expect($$(el, 'table[part="table"] tbody tr')).to.have.length(6);
        await expectSound(el);
      });
    }

    it('accepts unknown fields and a 1 MB string in one of them, with a note', async () => {
      const el = await calculator({ ...SCENARIO, notes: 'x'.repeat(1_000_000) });
      expect(el.scenario?.dailyBenefit).to.equal('62.45');
      expect($(el, '[role="status"].hint').textContent).to.contain('"notes" is not known');
    expect($(el, '[role="alert"]')).to.equal(null);
    });
  });

  describe('share links', () => {
    for (const [name, hash] of [
      ['a 1 MB fragment', `#ips=${'A'.repeat(1_000_000)}`],
      ['deep nesting', `#ips=${encodeScenarios([nested as Scenario])}`],
      ['HTML in the advisor\'s words (valid: kept as text)', `#ips=${encodeScenarios([{ ...SCENARIO, authorisation: { nature: XSS } }])}`],
    ] as const) {
      it(`stays sound with ${name}`, async () => {
        history.replaceState(null, '', hash);
        const el = await fixture<IpsBenefitsCalculator>(html`<ips-benefits-calculator lang="en"></ips-benefits-calculator>`);
        expect($$(el, 'table[part="table"] tbody tr').length).to.be.greaterThan(0);
        await expectSound(el);
      });
    }
  });

  describe('imported files', () => {
    for (const [name, content, message] of [
      ['a file over 256 KB', JSON.stringify({ ...SCENARIO, pad: 'x'.repeat(300_000) }), /too large: at most 256 KB/],
      ['deep nesting', JSON.stringify(nested), /could not be imported/],
      ['not JSON', '<html><script>alert(1)</script>', /cannot be read/],
    ] as const) {
      it(`refuses ${name} and changes nothing`, async () => {
        const el = await calculator(SCENARIO);
        const input = $<HTMLInputElement>(el, '#import-json');
        const files = new DataTransfer();
        files.items.add(new File([content], 'x.json'));
        input.files = files.files;
        input.dispatchEvent(new Event('change'));
        // The file is read asynchronously; on a busy machine the message takes more than 50 ms.
        await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'the refusal is shown', { timeout: 3000 });
        await el.updateComplete;
        expect($(el, '[role="alert"]').textContent).to.match(message);
        expect(el.scenario).to.deep.equal(SCENARIO);
        await expectSound(el);
      });
    }
  });

  it('keeps what was entered through a language switch and a property change', async () => {
    const el = await calculator(SCENARIO);
    await typeInto(el, 'dailyBenefit', '55');
    el.lang = 'nl';
    el.months = '12';
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 100));
    await el.updateComplete;
    expect(el.scenario).to.deep.include({ dailyBenefit: '55', months: 12 });
    el.lang = 'en';
  });
});
