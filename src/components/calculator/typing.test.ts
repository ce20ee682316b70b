import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setLocale } from '../../localization.js';
import { typedDate } from './form/draft.js';
import type { IpsBenefitsCalculator } from '../../ips-benefits-calculator.js';
import { $, $$, calculator, typeInto, EXAMPLE } from './test-helpers.js';

afterEach(async () => {
  await setLocale('en');
});

const FRENCH_TITLE = 'Indemnités et salaire, mois par mois';
const inFrench = (el: IpsBenefitsCalculator) => waitUntil(() => $(el, 'h2')?.textContent!.trim() === FRENCH_TITLE, 'French text', { timeout: 15000 });

/** Every text the element shows or prints (shadow DOM, the printed summary included). */
function shownText(el: IpsBenefitsCalculator): string {
  const fields = $$<HTMLInputElement>(el, 'input, textarea').map((i) => i.value);
  return `${el.shadowRoot!.textContent} ${fields.join(' ')}`;
}

describe('numbers typed as people write them', () => {
  it('prints "15,80" as the hourly wage and "37,5" as the full-time hours typed in French', async () => {
    const el = await calculator(EXAMPLE, 'fr');
    await inFrench(el);
    await typeInto(el, 'wage', '15,80');
    await typeInto(el, 'fullTimeHours', '37,5');
    expect($(el, '#wage-error')).to.equal(null);
    expect(el.scenario?.work[0]).to.include({ grossHourlyWage: '15.8', fullTimeHoursPerWeek: '37.5' });
    const summary = $(el, '[part="print-summary"]').textContent!.replace(/\s+/g, ' ');
    expect(summary).to.contain('15,80 € brut par heure');
    expect(summary).to.contain('37,5 h');
    expect(shownText(el)).not.to.match(/NaN|undefined|Infinity/);
  });

  it('prints "15,80" and "37,5" typed in English too (a comma is read as the decimal separator)', async () => {
    const el = await calculator(EXAMPLE, 'en');
    await typeInto(el, 'wage', '15,80');
    await typeInto(el, 'fullTimeHours', '37,5');
    const summary = $(el, '[part="print-summary"]').textContent!.replace(/\s+/g, ' ');
    expect(summary).to.contain('€15.80 gross an hour');
    expect(summary).to.contain('37.5 h');
    expect(shownText(el)).not.to.match(/NaN|undefined|Infinity/);
  });

  it('accepts thousands separators and a euro sign: "1.234,56", "1 234,56", "58,20 €", "€ 58.20"', async () => {
    const el = await calculator(EXAMPLE, 'fr');
    await inFrench(el);
    for (const [typed, value] of [
      ['58,20 €', '58.2'],
      ['€ 58.20', '58.2'],
      ['€58,20', '58.2'],
    ]) {
      await typeInto(el, 'dailyBenefit', typed);
      expect($(el, '#dailyBenefit-error'), typed).to.equal(null);
      expect(el.scenario?.dailyBenefit, typed).to.equal(value);
    }
    await typeInto(el, 'wage', '62,45'); // an hourly wage, then a monthly one with thousands
    ($(el, 'input[name="wageKind"][value="monthly"]') as HTMLInputElement).click();
    await el.updateComplete;
    for (const typed of ['1.234,56', '1 234,56', '1\u202f234,56']) {
      await typeInto(el, 'wage', typed);
      expect(el.scenario?.work[0].grossMonthlyWage, typed).to.equal('1234.56');
    }
    expect(shownText(el)).not.to.match(/NaN|undefined/);
  });

  it('reads "1,234.56" in English', async () => {
    const el = await calculator(EXAMPLE, 'en');
    ($(el, 'input[name="wageKind"][value="monthly"]') as HTMLInputElement).click();
    await el.updateComplete;
    await typeInto(el, 'wage', '1,234.56');
    expect(el.scenario?.work[0].grossMonthlyWage).to.equal('1234.56');
  });

  it('reads the attributes hourly-wage="12,5" and full-time-hours="37,5", shown and printed in the element’s language', async () => {
    const el = await fixture<IpsBenefitsCalculator>(
      html`<ips-benefits-calculator lang="nl" no-link-restore hourly-wage="12,5" full-time-hours="37,5" daily-benefit="62.45" start="2026-01"></ips-benefits-calculator>`,
    );
    await waitUntil(() => $(el, 'h2')?.textContent!.trim() === 'Uitkering en loon, maand per maand', 'Dutch text', { timeout: 15000 });
    expect($<HTMLInputElement>(el, '#wage').value).to.equal('12,5');
    expect($<HTMLInputElement>(el, '#dailyBenefit').value).to.equal('62,45');
    expect(el.scenario?.work[0]).to.include({ grossHourlyWage: '12.5', fullTimeHoursPerWeek: '37.5' });
    const summary = $(el, '[part="print-summary"]').textContent!.replace(/\s+/g, ' ');
    expect(summary).to.contain('€ 12,50');
    expect(summary).to.contain('37,5 u');
    expect(shownText(el)).not.to.match(/NaN|undefined/);
  });

  it('never shows NaN, whatever is typed in the numeric fields', async () => {
    const el = await calculator(EXAMPLE, 'fr');
    await inFrench(el);
    for (const typed of ['12,', ',5', '1.2.3', '€', '12 h', '--1', '1e5', 'abc']) {
      for (const id of ['dailyBenefit', 'fullTimeHours', 'wage', 'step-0-hours', 'authorisation-maxHoursPerWeek']) {
        await typeInto(el, id, typed);
        expect(shownText(el), `${id}: ${typed}`).not.to.match(/NaN|undefined|Infinity/);
      }
    }
  });
});

describe('date fields typed digit by digit', () => {
  /** Types one key at a time and checks after each that the field still shows exactly what was typed. */
  async function typeSlowly(el: IpsBenefitsCalculator, id: string, text: string): Promise<void> {
    const input = $<HTMLInputElement>(el, `#${id}`);
    input.focus();
    input.select();
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    for (let i = 0; i < text.length; i++) {
      await sendKeys({ type: text[i] });
      await el.updateComplete;
      expect(input.value, `after "${text.slice(0, i + 1)}"`).to.equal(text.slice(0, i + 1));
      expect(document.activeElement === el && el.shadowRoot!.activeElement === input, 'focus stays').to.be.true;
    }
  }

  for (const [language, title, shown] of [
    ['fr', FRENCH_TITLE, '01/04/2026'],
    ['nl', 'Uitkering en loon, maand per maand', '01/04/2026'],
  ] as const) {
    it(`${language}: 0-1-0-3-2-0-2-7 into a step's date gives 1 March 2027, and the field keeps what was typed`, async () => {
      const el = await calculator({ ...EXAMPLE, months: 24 }, language);
      await waitUntil(() => $(el, 'h2')?.textContent!.trim() === title, `${language} text`, { timeout: 15000 });
      expect($<HTMLInputElement>(el, '#step-1-from').value).to.equal(shown);
      await typeSlowly(el, 'step-1-from', '01032027');
      expect($(el, '#step-1-from-error')).to.equal(null);
      expect(el.scenario?.work[1].from).to.equal('2027-03-01');
      await typeSlowly(el, 'step-1-from', '01/03/2027');
      expect(el.scenario?.work[1].from).to.equal('2027-03-01');
      await expect(el).to.be.accessible();
    });

    it(`${language}: "03 2027" typed as the first month gives March 2027`, async () => {
      const el = await calculator({ ...EXAMPLE, work: [] }, language);
      await waitUntil(() => $(el, 'h2')?.textContent!.trim() === title, `${language} text`, { timeout: 15000 });
      expect($<HTMLInputElement>(el, '#start').value).to.equal('01/2026');
      await typeSlowly(el, 'start', '03 2027');
      expect($(el, '#start-error')).to.equal(null);
      expect(el.scenario?.start).to.equal('2027-03');
      await typeSlowly(el, 'start', '032027');
      expect(el.scenario?.start).to.equal('2027-03');
    });
  }

  it('shows the pattern of the language as the hint, and says it when a date is not one', async () => {
    const el = await calculator(EXAMPLE, 'fr');
    await inFrench(el);
    expect($(el, '#step-0-from-hint').textContent).to.contain('JJ/MM/AAAA');
    expect($(el, '#start-hint').textContent).to.contain('MM/AAAA');
    await typeInto(el, 'step-1-from', '31/02/2026');
    expect($(el, '#step-1-from-error').textContent).to.contain('JJ/MM/AAAA, par exemple 01/03/2026');
  });

  it('writes the date chosen in the calendar in the language’s pattern, and rewrites dates on a language switch', async () => {
    const el = await calculator({ ...EXAMPLE, months: 24 }, 'de');
    await waitUntil(() => $(el, 'h2')?.textContent!.trim() === 'Krankengeld und Lohn, Monat für Monat', 'German text', { timeout: 15000 });
    const native = $<HTMLInputElement>(el, '#step-1-from ~ .picker-native');
    expect($(el, '#step-1-from ~ .picker').getAttribute('aria-label')).to.contain('Kalender');
    native.value = '2027-03-01';
    native.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#step-1-from').value).to.equal('01.03.2027');
    expect(el.scenario?.work[1].from).to.equal('2027-03-01');
    el.lang = 'fr';
    await inFrench(el);
    expect($<HTMLInputElement>(el, '#step-1-from').value).to.equal('01/03/2027');
    expect($<HTMLInputElement>(el, '#dailyBenefit').value).to.equal('62,45');
    el.lang = 'en';
    await waitUntil(() => $(el, 'h2')?.textContent!.trim() === 'Benefit and wage, month by month', 'English text', { timeout: 15000 });
    expect($<HTMLInputElement>(el, '#dailyBenefit').value).to.equal('62.45');
    await expect(el).to.be.accessible();
  });
});

describe('typedDate', () => {
  const cases: [string, boolean, string][] = [
    ['01/03/2027', false, '2027-03-01'],
    ['1.3.2027', false, '2027-03-01'],
    ['01-03-2027', false, '2027-03-01'],
    ['01 03 2027', false, '2027-03-01'],
    ['01032027', false, '2027-03-01'],
    ['2027-03-01', false, '2027-03-01'],
    ['0103202', false, '0103202'],
    ['2027-03', false, '2027-03'],
    ['03/2027', true, '2027-03'],
    ['3 2027', true, '2027-03'],
    ['032027', true, '2027-03'],
    ['2027-03', true, '2027-03'],
    ['03.2027', true, '2027-03'],
    ['01/03/2027', true, '01/03/2027'],
  ];
  for (const [text, month, iso] of cases) {
    it(`reads ${JSON.stringify(text)}${month ? ' as a month' : ''} as ${iso}`, () => {
      expect(typedDate(text, month)).to.equal(iso);
    });
  }
});
