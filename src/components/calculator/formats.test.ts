import { expect, waitUntil } from '@open-wc/testing';
import { formatters } from '../../format.js';
import { LANGUAGES, setLocale, type Language } from '../../localization.js';
import { parseDecimal } from '../../rules/decimal.js';
import { $, $$, calculator, EXAMPLE } from './test-helpers.js';

afterEach(async () => {
  await setLocale('en');
});

const TITLES: Record<Language, string> = {
  en: 'Benefit and wage, month by month',
  fr: 'Indemnités et salaire, mois par mois',
  nl: 'Uitkering en loon, maand per maand',
  de: 'Krankengeld und Lohn, Monat für Monat',
};

/** One forecast's formats in each language: a table cell, a chart axis label, a sentence, a field. */
const EXPECTED: Record<Language, { field: string; money: RegExp; fraction: string; axis: RegExp; sentence: string; firstOfMonth: string }> = {
  en: { field: '62.45', money: /^€\d{1,3}(,\d{3})*\.\d\d$/, fraction: '21.05\u00a0%', axis: /^\d{1,3}(,\d{3})+$/, sentence: 'Up to 7.6 h a week', firstOfMonth: '1 January 2026' },
  fr: { field: '62,45', money: /^\d{1,3}(\u202f\d{3})*,\d\d\u00a0€$/, fraction: '21,05\u00a0%', axis: /^\d{1,3}(\u202f\d{3})+$/, sentence: '7,6', firstOfMonth: '1er janvier 2026' },
  nl: { field: '62,45', money: /^€\u00a0\d{1,3}(\.\d{3})*,\d\d$/, fraction: '21,05\u00a0%', axis: /^\d{1,3}(\.\d{3})+$/, sentence: '7,6', firstOfMonth: '1 januari 2026' },
  de: { field: '62,45', money: /^\d{1,3}(\.\d{3})*,\d\d\u00a0€$/, fraction: '21,05\u00a0%', axis: /^\d{1,3}(\.\d{3})+$/, sentence: '7,6', firstOfMonth: '1. Januar 2026' },
};

describe('one number and date format per language', () => {
  for (const language of LANGUAGES) {
    it(`${language}: table cell, chart axis, sentence, field and date of one forecast`, async () => {
      const el = await calculator(EXAMPLE, language);
      await waitUntil(() => $(el, 'h2')?.textContent!.trim() === TITLES[language], `${language} text`, { timeout: 15000 });
      await waitUntil(() => $(el, '[part="chart"] svg text'), 'the chart', { timeout: 15000 });
      const want = EXPECTED[language];
      expect($<HTMLInputElement>(el, '#dailyBenefit').value).to.equal(want.field);
      const january = $(el, 'table[part="table"] tbody tr');
      const cells = [...january.querySelectorAll('td')].map((td) => td.textContent!.trim());
      expect(cells).to.include(want.fraction);
      expect(january.querySelector('.benefit')!.textContent!.trim()).to.match(want.money);
      expect($(el, 'table[part="table"] tfoot .total').textContent!.trim()).to.match(want.money);
      const axis = $$(el, '[part="chart"] svg text').map((t) => t.textContent!.trim());
      expect(axis.some((label) => want.axis.test(label)), axis.join(' | ')).to.be.true;
      const sentence = $(el, '.sentence').textContent!;
      expect(sentence).to.contain(want.sentence);
      expect(sentence).not.to.contain(language === 'en' ? '7,6' : '7.6');
      expect($(el, '.print-summary').textContent).to.contain(want.firstOfMonth);
      expect(el.shadowRoot!.textContent).not.to.match(/NaN|undefined/);
      await expect(el).to.be.accessible();
    });
  }

  it('writes percentages with the same no-break space in every language', () => {
    for (const language of LANGUAGES) {
      const f = formatters(language);
      expect(f.percent('1'), language).to.equal('1\u00a0%');
      expect(f.percent(21.05), language).to.equal(language === 'en' ? '21.05\u00a0%' : '21,05\u00a0%');
    }
  });

  it('formats English as English readers expect, and French, Dutch and German as in Belgium', () => {
    const [en, fr, nl, de] = LANGUAGES.map(formatters);
    expect([en.number('1234.56'), en.money('1669.41'), en.hours('7.6'), en.number('1.0200', 4)]).to.deep.equal(['1,234.56', '€1,669.41', '7.6\u00a0h', '1.02']);
    expect([fr.number('1234.56'), fr.money('1669.41'), fr.date('2026-12-01'), fr.date('2026-12-02')]).to.deep.equal([
      '1\u202f234,56',
      '1\u202f669,41\u00a0€',
      '1er décembre 2026',
      '2 décembre 2026',
    ]);
    expect([nl.number('1234.56'), nl.date('2026-12-01'), de.number('1234.56'), de.date('2026-12-01')]).to.deep.equal([
      '1.234,56',
      '1 december 2026',
      '1.234,56',
      '1. Dezember 2026',
    ]);
  });

  it('shows a typed text that is not a number as it is, never NaN', () => {
    for (const language of LANGUAGES) {
      const f = formatters(language);
      expect(f.money('16,50')).not.to.contain('NaN');
      expect(f.hours('37,5')).to.equal(language === 'en' ? '37.5\u00a0h' : `37,5\u00a0${f.hourUnit}`);
      expect(f.money('abc')).to.equal('abc');
    }
  });

  it('writes plain numbers in fields the language’s way, and leaves other text alone', () => {
    expect(formatters('fr').field('62.45')).to.equal('62,45');
    expect(formatters('en').field('62,45')).to.equal('62.45');
    expect(formatters('nl').field('16.50')).to.equal('16,50');
    expect(formatters('de').field('1.234,56')).to.equal('1.234,56');
    expect(formatters('fr').field('employee')).to.equal('employee');
  });
});

describe('parseDecimal: numbers as people write them here', () => {
  const cases: [string, string | null][] = [
    ['12,5', '12.5'],
    ['12.5', '12.5'],
    ['16,50', '16.5'],
    ['1.234,56', '1234.56'],
    ['1 234,56', '1234.56'],
    ['1\u00a0234,56', '1234.56'],
    ['1\u202f234,56', '1234.56'],
    ['1,234.56', '1234.56'],
    ["1'234.56", '1234.56'],
    ['1.234.567', '1234567'],
    ['1 234', '1234'],
    ['58,20 €', '58.2'],
    ['58,20€', '58.2'],
    ['€ 58.20', '58.2'],
    ['€58.20', '58.2'],
    ['58.20 EUR', '58.2'],
    ['1.234', '1.234'], // one separator alone is the decimal one
    ['1.234.56', null],
    ['1 23,5', null],
    ['12 345 6', null],
    ['€', null],
    ['1e3', null],
    ['sixty', null],
    ['', null],
  ];
  for (const [text, value] of cases) {
    it(`reads ${JSON.stringify(text)} as ${value ?? 'not a number'}`, () => {
      expect(parseDecimal(text)?.toString() ?? null).to.equal(value);
    });
  }
});

describe('an amount to the euro in a sentence', () => {
  it('rounds half up, drops the cents and the sign, and writes the euro as the language does', () => {
    expect(formatters('fr').euros('12877.21')).to.equal('12\u202f877\u00a0€');
    expect(formatters('nl').euros('12877.50')).to.equal('€\u00a012.878');
    expect(formatters('de').euros('-120.49')).to.equal('120\u00a0€');
    expect(formatters('en').euros('0.50')).to.equal('€1');
    // Not a number: shown as it is, never NaN.
    expect(formatters('en').euros('abc')).to.equal('abc');
  });
});
