import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { IpsBenefitsCalculator } from '../../ips-benefits-calculator.js';
import { $, calculator as make, money, typeInto as type, EXAMPLE } from './test-helpers.js';
import { intlLocale, languageOf, LANGUAGES, setLocale } from '../../localization.js';
import { formatters } from '../../format.js';
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

// First in this file, so that German is not loaded yet: its file arrives after the switch back.
describe('<ips-benefits-calculator> switched back before a language has arrived', () => {
  it('ends in the language asked last (German asked, English asked again before German arrived)', async () => {
    const el = await calculator();
    el.lang = 'de';
    await el.updateComplete; // asks for German, which is still loading
    el.lang = 'en';
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 500)); // German has arrived by now
    await el.updateComplete;
    expect($(el, 'h2').textContent!.trim()).to.equal('Benefit and wage, month by month');
    expect($(el, 'table[part="table"] tbody tr th').textContent).to.contain('January');
  });
});

describe('<ips-benefits-calculator> languages', () => {
  it('switches to French at run time without losing what was entered', async () => {
    const el = await calculator();
    await type(el, 'dailyBenefit', '57,3');
    el.lang = 'fr';
    await waitUntil(() => $(el, 'table[part="table"] tbody tr th').textContent!.includes('janvier'), 'French month names', { timeout: 15000 });
    await waitUntil(() => $(el, 'h2').textContent!.trim() === 'Indemnités et salaire, mois par mois', 'French text', { timeout: 15000 });
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
    await waitUntil(() => $(el, 'table[part="table"] tbody tr th')?.textContent!.includes('januari'), 'Dutch month names', { timeout: 15000 });
    await waitUntil(() => $(el, 'h2').textContent!.trim() === 'Uitkering en loon, maand per maand', 'Dutch text', { timeout: 15000 });
    expect($(el, 'label[for="dailyBenefit"]').textContent!.trim()).to.equal('Bruto daguitkering (€)');
    expect($(el, '.plan-tab').textContent).to.contain('8 → 16\u00a0u'); // "u" for uur in Dutch
    await expect(el).to.be.accessible();
    wrapper.setAttribute('lang', 'en');
    await waitUntil(() => $(el, 'table[part="table"] tbody tr th')?.textContent!.includes('January'), 'back to English', { timeout: 15000 });
  });

  it('shows validation messages in Dutch', async () => {
    const el = await calculator(SCENARIO, 'nl');
    await waitUntil(() => $(el, 'h2').textContent!.trim() === 'Uitkering en loon, maand per maand', 'Dutch text', { timeout: 15000 });
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

describe('<ips-benefits-calculator> in every language', () => {
  const TITLES: Record<string, string> = {
    en: 'Benefit and wage, month by month',
    fr: 'Indemnités et salaire, mois par mois',
    nl: 'Uitkering en loon, maand per maand',
    de: 'Krankengeld und Lohn, Monat für Monat',
  };

  it('knows the title of every language it offers', () => {
    expect(Object.keys(TITLES).sort()).to.deep.equal([...LANGUAGES].sort());
  });

  for (const language of LANGUAGES) {
    it(`shows ${language} from lang="${language}-BE" on the page, with its CSV separators`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="${language}-BE"><ips-benefits-calculator no-link-restore .scenario=${SCENARIO}></ips-benefits-calculator></div>`);
      const el = wrapper.querySelector('ips-benefits-calculator')!;
      await waitUntil(() => $(el, 'h2')?.textContent!.trim() === TITLES[language], `${language} text`, { timeout: 15000 });
      expect(el.shadowRoot!.textContent).not.to.match(/NaN|undefined/);
      setTimeout(() => $(el, '#export-csv').click());
      const { detail } = await oneEvent(el, 'ips-export');
      const firstMonth = detail.content.split('\r\n')[1];
      expect(firstMonth.startsWith(language === 'en' ? '2026-01,27,8.00,21.05,' : '2026-01;27;8,00;21,05;'), firstMonth).to.be.true;
      await expect(el).to.be.accessible();
    });
  }
});

describe('<ips-benefits-calculator> in German (de, de-BE)', () => {
  const moneyDe = (value: string) => money(value, 'de');
  const GERMAN_TITLE = 'Krankengeld und Lohn, Monat für Monat';
  const inGerman = (el: IpsBenefitsCalculator) => waitUntil(() => $(el, 'h2')?.textContent!.trim() === GERMAN_TITLE, 'German text', { timeout: 15000 });
  /** A scenario that shows every view: authorisation (with hours above it), a late request, notes. */
  const FULL: Scenario = {
    ...SCENARIO,
    authorisation: { requestSent: '2026-01-05', start: '2026-01-01', maxHoursPerWeek: '12', nature: 'Küchenhilfe' },
  };

  it('reads de and de-BE as German, formatted by Intl in de-BE', () => {
    expect(LANGUAGES).to.include('de');
    for (const tag of ['de', 'de-BE', 'DE_be', ' de-DE ']) expect(languageOf(tag), tag).to.equal('de');
    expect(intlLocale('de')).to.equal('de-BE');
    const f = formatters('de');
    expect(f.month('2026-03')).to.equal('März 2026');
    expect(f.date('2026-12-01')).to.equal('1. Dezember 2026');
    expect(f.money('1234.5')).to.equal('1.234,50\u00a0€');
    expect(f.percent('31.58')).to.equal('31,58\u00a0%');
    expect(f.hours('12.5')).to.equal('12,5\u00a0Std.');
  });

  it('renders in German from lang="de": texts, months, amounts and hours', async () => {
    const el = await calculator(SCENARIO, 'de');
    await inGerman(el);
    expect($(el, 'table[part="table"] tbody tr th').textContent).to.contain('Januar 2026');
    expect($(el, 'label[for="dailyBenefit"]').textContent!.trim()).to.equal('Brutto-Tagessatz (€)');
    expect($(el, '.plan-tab').textContent).to.contain('8 → 16\u00a0Std.');
    const expected = forecastScenario(SCENARIO);
    if (!expected.ok) throw new Error('valid');
    expect(tableTotal(el)).to.equal(moneyDe(expected.forecast.totals.total));
    expect(tableTotal(el)).to.match(/^\d{1,3}(\.\d{3})*,\d{2}\s€$/); // 1.234,56 € in de-BE
    expect(el.shadowRoot!.textContent).not.to.match(/NaN|undefined/);
  });

  it('takes German from a page in lang="de-BE"', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="de-BE"><ips-benefits-calculator no-link-restore .scenario=${SCENARIO}></ips-benefits-calculator></div>`);
    const el = wrapper.querySelector('ips-benefits-calculator')!;
    await inGerman(el);
    expect($(el, 'table[part="table"] tbody tr th').textContent).to.contain('Januar 2026');
    expect(el.language).to.equal('de');
  });

  it('switches to German and back without losing what was entered', async () => {
    const el = await calculator();
    await type(el, 'dailyBenefit', '57,3');
    el.lang = 'de';
    await inGerman(el);
    await waitUntil(() => $(el, 'table[part="table"] tbody tr th').textContent!.includes('Januar'), 'German month names', { timeout: 15000 });
    expect($<HTMLInputElement>(el, '#dailyBenefit').value).to.equal('57,3');
    expect(el.scenario?.dailyBenefit).to.equal('57.3');
    const expected = forecastScenario({ ...SCENARIO, dailyBenefit: '57.3' });
    if (!expected.ok) throw new Error('valid');
    expect(tableTotal(el)).to.equal(moneyDe(expected.forecast.totals.total));
    el.lang = 'nl';
    await waitUntil(() => $(el, 'table[part="table"] tbody tr th').textContent!.includes('januari'), 'Dutch month names', { timeout: 15000 });
    expect(el.scenario?.dailyBenefit).to.equal('57.3');
  });

  it('passes axe in German: empty, filled (every view open), error', async () => {
    const empty = await fixture<IpsBenefitsCalculator>(html`<ips-benefits-calculator lang="de" no-link-restore></ips-benefits-calculator>`);
    await inGerman(empty);
    await expect(empty).to.be.accessible();

    const filled = await calculator(FULL, 'de');
    await inGerman(filled);
    $(filled, '#compare-common').click();
    await filled.updateComplete;
    $(filled, '.why').click();
    await filled.updateComplete;
    await waitUntil(() => $(filled, '[part="explanation"]'), 'explanation open', { timeout: 15000 });
    expect($(filled, '[part="explanation"]').textContent).to.contain('Beschäftigungsanteil');
    await expect(filled).to.be.accessible();

    const error = await calculator(SCENARIO, 'de');
    await inGerman(error);
    await type(error, 'dailyBenefit', '-3');
    expect($(error, '#dailyBenefit-error').textContent!.trim()).to.equal('Der Wert darf nicht negativ sein.');
    await type(error, 'step-0-hours', '40');
    expect($(error, '#step-0-hours-error').textContent!.trim()).to.equal('40 Std. pro Woche sind mehr als die Vollzeitstunden dieser Arbeitsstelle (38 Std.).');
    await expect(error).to.be.accessible();
  });

  it('leaves no English text in the German element (every view, notices and notes)', async () => {
    const el = await calculator(FULL, 'de');
    await inGerman(el);
    $(el, '#compare-common').click();
    await el.updateComplete;
    $(el, '.why').click();
    await el.updateComplete;
    const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Vertrauensarzt');
    expect(text).not.to.match(/\b(the|and|benefit|wage|months?|hours?|week|authori[sz]ed|medical|advisor|mutuality|at risk)\b/i);
  });

  it('exports a German CSV with semicolons and decimal commas', async () => {
    const el = await calculator(SCENARIO, 'de');
    await inGerman(el);
    setTimeout(() => $(el, '#export-csv').click());
    const { detail } = await oneEvent(el, 'ips-export');
    const lines = detail.content.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).to.equal(
      'Monat;Bezahlte Tage;Stunden pro Woche;Beschäftigungsanteil (%);Kürzung (%);Tagessatz;Krankengeld;Bruttolohn;Gesamt;Mehr als ohne Arbeit;Eventuell zurückzuzahlen;Netto-Krankengeld;Nettolohn;Gesamt netto;Netto mehr als ohne Arbeit;Abzüge (Steuern und Beiträge)',
    );
    // January 2026: 27 paid days, 8 h of 38 h = 21.05 % → 1 % → 61.83 € a day
    expect(lines[1]).to.match(/^2026-01;27;8,00;21,05;1;61,83;1669,41;\d+,\d{2};\d+,\d{2};/);
    expect(lines.at(-2)!.startsWith('Gesamt;')).to.be.true;
  });

  it('prints the summary in German', async () => {
    const el = await calculator(FULL, 'de');
    await inGerman(el);
    await emulateMedia({ media: 'print' });
    try {
      const summary = $(el, '[part="print-summary"]');
      expect(getComputedStyle(summary).display).to.equal('block');
      const text = summary.textContent!.replace(/\s+/g, ' ');
      expect(text).to.contain('Zusammenfassung für den Klienten');
      expect(text).to.contain('Januar 2026 bis Dezember 2026');
      expect(text).to.contain('16,50 € brutto pro Stunde');
      expect(text).to.contain('Art. 230 § 1 des Königlichen Erlasses vom 3. Juli 1996');
      expect(text).to.contain('Küchenhilfe');
      expect(text).not.to.match(/\b(the|benefit|wage|months?|gross)\b/i);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
