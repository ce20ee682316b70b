import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setLocale } from '../../localization.js';
import type { IpsBenefitsCalculator } from '../../ips-benefits-calculator.js';
import { $, $$, calculator, typeInto, EXAMPLE } from './test-helpers.js';

afterEach(async () => {
  await setLocale('en');
});

const FRENCH_TITLE = 'Indemnités et salaire, mois par mois';
const inFrench = (el: IpsBenefitsCalculator) => waitUntil(() => $(el, 'h2')?.textContent!.trim() === FRENCH_TITLE, 'French text');

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
    await waitUntil(() => $(el, 'h2')?.textContent!.trim() === 'Uitkering en loon, maand per maand', 'Dutch text');
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
