import { expect, waitUntil } from '@open-wc/testing';
import { LANGUAGES, setLocale, type Language } from '../../../localization.js';
import { validateScenario } from '../../../scenario/validate.js';
import type { IpsBenefitsCalculator } from '../../../ips-benefits-calculator.js';
import type { Scenario } from '../../../scenario/types.js';
import { $, $$, calculator, typeInto, EXAMPLE } from '../test-helpers.js';

afterEach(async () => {
  await setLocale('en');
});

const TITLES: Record<Language, string> = {
  en: 'Benefit and wage, month by month',
  fr: 'Indemnités et salaire, mois par mois',
  nl: 'Uitkering en loon, maand per maand',
  de: 'Krankengeld und Lohn, Monat für Monat',
};

async function make(scenario: Scenario, language: Language): Promise<IpsBenefitsCalculator> {
  const el = await calculator(scenario, language);
  await waitUntil(() => $(el, 'h2')?.textContent!.trim() === TITLES[language], `${language} text`, { timeout: 15000 });
  return el;
}

const error = (el: IpsBenefitsCalculator, field: string) => $(el, `#${field}-error`)?.textContent!.trim() ?? '';

/** The messages of issue 15 in each language: a part of each, to check they are the right ones. */
const WORDS: Record<Language, { above: string; early: string; end: string; payDay: string; file: string; number: string }> = {
  en: { above: 'more than the full-time hours', early: 'from 1 January 2012 on', end: 'must end after it starts', payDay: 'between 1 and 31', file: 'at most 256 KB', number: 'without letters or units' },
  fr: { above: 'plus que les heures à temps plein', early: 'à partir du 1er janvier 2012', end: 'doit se terminer après son début', payDay: 'de 1 à 31', file: '256 Ko au maximum', number: 'sans lettres ni unité' },
  nl: { above: 'voltijd', early: 'vanaf 1 januari 2012', end: 'moet eindigen na de begindatum', payDay: 'van 1 tot 31', file: 'maximaal 256 kB', number: 'zonder letters of eenheid' },
  de: { above: 'Vollzeit', early: 'ab dem 1. Januar 2012', end: 'nach ihrem Beginn', payDay: 'von 1 bis 31', file: 'höchstens 256 KB', number: 'ohne Buchstaben oder Einheit' },
};

describe('validation messages next to their field, in every language', () => {
  for (const language of LANGUAGES) {
    it(`${language}: authorised hours above full time, a step in 2011, an end before the start, a pay day of 31.5, a bad number`, async () => {
      const el = await make({ ...EXAMPLE, authorisation: { start: '2026-01-01', maxHoursPerWeek: '19' } }, language);
      const words = WORDS[language];
      await typeInto(el, 'authorisation-maxHoursPerWeek', '60');
      expect(error(el, 'authorisation-maxHoursPerWeek')).to.contain(words.above);
      await typeInto(el, 'authorisation-maxHoursPerWeek', '19');
      expect(error(el, 'authorisation-maxHoursPerWeek')).to.equal('');

      await typeInto(el, 'step-0-from', '01/05/2011');
      expect(error(el, 'step-0-from')).to.contain(words.early);
      expect(el.scenario).to.equal(null);
      await typeInto(el, 'step-0-from', '01/01/2026');

      await typeInto(el, 'authorisation-end', '31/12/2025');
      expect(error(el, 'authorisation-end')).to.contain(words.end);
      expect(error(el, 'authorisation-end')).not.to.match(/step|étape|stap|Schritt/i);
      await typeInto(el, 'authorisation-end', '');

      await waitUntil(() => $(el, '#payment-wagePayDay'), 'the payment section', { timeout: 15000 });
      await typeInto(el, 'payment-wagePayDay', language === 'en' ? '31.5' : '31,5');
      expect(error(el, 'payment-wagePayDay')).to.contain(words.payDay);
      expect(error(el, 'payment-wagePayDay')).not.to.match(/months|maanden|Monate|nombre entier de mois/);
      await typeInto(el, 'payment-wagePayDay', '28');

      await typeInto(el, 'wage', '16 € / h');
      expect(error(el, 'wage')).to.contain(words.number);
      await expect(el).to.be.accessible();
    });
  }

  it('says a bad wage or full-time hours of 0 once, not once per step', async () => {
    const el = await make({ ...EXAMPLE, work: [...EXAMPLE.work, { ...EXAMPLE.work[1], from: '2026-07-01', hoursPerWeek: '20' }] }, 'fr');
    await typeInto(el, 'wage', 'abc');
    expect($$(el, '.error').filter((e) => e.id === 'wage-error').length).to.equal(1);
    expect(error(el, 'wage').split('sans lettres').length, error(el, 'wage')).to.equal(2);
    await typeInto(el, 'wage', '16,50');
    await typeInto(el, 'fullTimeHours', '0');
    const message = error(el, 'fullTimeHours');
    expect(message).not.to.equal('');
    expect(message.split('.').filter((s) => s.trim()).length, message).to.equal(1);
  });

  it('says a file over 256 KB is "at most 256 KB"', async () => {
    const el = await make(EXAMPLE, 'en');
    const input = $<HTMLInputElement>(el, '#import-json');
    const big = new File(['x'.repeat(256 * 1024 + 1)], 'big.json', { type: 'application/json' });
    const list = new DataTransfer();
    list.items.add(big);
    input.files = list.files;
    input.dispatchEvent(new Event('change'));
    await waitUntil(() => el.shadowRoot!.textContent!.includes('256 KB'), 'the message', { timeout: 15000 });
    expect(el.shadowRoot!.textContent).to.contain('This file is too large: at most 256 KB.');
    expect(el.shadowRoot!.textContent).not.to.contain('262144');
  });
});

describe('validation of the same rules in the core', () => {
  const base = { version: 1, scheme: 'employee', start: '2026-01', months: 12, dailyBenefit: '62.45', work: [{ from: '2026-01-01', hoursPerWeek: '8', fullTimeHoursPerWeek: '38', grossHourlyWage: '16.5' }] };
  const errors = (patch: Record<string, unknown>) => {
    const r = validateScenario({ ...base, ...patch });
    return r.ok ? [] : r.errors.map((e) => `${e.path} ${e.code}`);
  };
  it('refuses 60 authorised hours on a 38-hour job, and accepts 38', () => {
    expect(errors({ authorisation: { maxHoursPerWeek: '60' } })).to.deep.equal(['authorisation.maxHoursPerWeek HOURS_ABOVE_FULL_TIME']);
    expect(errors({ authorisation: { maxHoursPerWeek: '38' } })).to.deep.equal([]);
  });
  it('refuses a step dated before 1 January 2012, and accepts one on that day', () => {
    expect(errors({ work: [{ ...base.work[0], from: '2011-05-01' }] })).to.deep.equal(['work[0].from DATE_TOO_EARLY']);
    expect(errors({ start: '2012-01', work: [{ ...base.work[0], from: '2012-01-01' }] })).to.deep.equal([]);
  });
  it('says an authorisation ending before its start ends before its start', () => {
    expect(errors({ authorisation: { start: '2026-03-01', end: '2026-02-01' } })).to.deep.equal(['authorisation.end END_BEFORE_START']);
  });
  it('refuses a pay day of 31.5, 0 or 32, and accepts 1 and 31', () => {
    for (const day of ['31.5', 0, 32, 'x']) expect(errors({ payment: { wagePayDay: day } }), String(day)).to.deep.equal(['payment.wagePayDay BAD_DAY_OF_MONTH']);
    for (const day of [1, '31']) expect(errors({ payment: { wagePayDay: day } }), String(day)).to.deep.equal([]);
  });
});
