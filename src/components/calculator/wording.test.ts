/**
 * Wording as a Belgian mutuality writes to its members (issue 15): a few of the corrected words,
 * checked in the rendered element, and French punctuation (a no-break space before ":", ";", "?").
 */
import { expect, waitUntil } from '@open-wc/testing';
import { setLocale, type Language } from '../../localization.js';
import type { IpsBenefitsCalculator } from '../../ips-benefits-calculator.js';
import { $, $$, calculator, EXAMPLE } from './test-helpers.js';

/** Months above the authorised hours and outside the authorisation: the risk wording shows. */
const AT_RISK = {
  ...EXAMPLE,
  work: [EXAMPLE.work[0], { ...EXAMPLE.work[1], hoursPerWeek: '24' }],
  authorisation: { start: '2026-01-01', end: '2026-09-30', maxHoursPerWeek: '19', requestSent: '2025-12-20' },
};
const MONTH: Record<Language, string> = { en: 'Month', fr: 'Mois', nl: 'Maand', de: 'Monat' };

async function shown(language: Language): Promise<{ el: IpsBenefitsCalculator; text: () => string }> {
  const el = await calculator(AT_RISK, language);
  await waitUntil(() => $(el, 'thead th')?.textContent!.trim() === MONTH[language] && $(el, '[part="hours-chart"]') && $(el, '#payment-benefitLagMonths'), language, { timeout: 15000 });
  // The explanation of April (a reduction) is open too.
  $<HTMLButtonElement>(el, 'tr[data-month="2026-04"] .why').click();
  await el.updateComplete;
  // Runs of spaces and line breaks as one space (not the no-break spaces, which \s would match).
  return { el, text: () => el.shadowRoot!.textContent!.replace(/[ \t\n]+/g, ' ') };
}

const options = (el: IpsBenefitsCalculator) => $$(el, '#payment-benefitLagMonths option').map((o) => o.textContent!.trim());
const period = (el: IpsBenefitsCalculator) => $$(el, '.print-summary dd').map((d) => d.textContent!.replace(/\s+/g, ' ').trim());

afterEach(async () => {
  await setLocale('en');
});

describe('wording in French, Dutch and German', () => {
  it('French: "à rembourser", "Type de salaire", "arrondie à l’unité", "1er", "de … à …", "Plan A : …", a no-break space before every colon', async () => {
    const { el, text } = await shown('fr');
    expect(text()).to.contain('Type de salaire');
    expect(text()).to.contain('Indemnité à rembourser (travail non autorisé)');
    expect(text()).to.contain('Au-delà des heures autorisées');
    expect(text()).to.contain('à rembourser');
    expect(text()).not.to.match(/à risque|Salaire indiqué|pour cent entier|l'absence de travail/);
    expect(text()).to.contain('Gain grâce au travail');
    expect(text()).to.contain('arrondie à l\'unité');
    expect(text()).to.contain('1er juillet 2026');
    expect(text()).not.to.match(/\b1 (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)/);
    expect(period(el)).to.include('de janvier 2026 à décembre 2026');
    expect($(el, '.plan-tab').textContent!.trim()).to.equal('Plan A\u00a0: 8 → 24\u00a0h');
    const plain = text().match(/.{0,30} [:;?!].{0,10}/g);
    expect(plain, 'a plain space before a colon').to.equal(null);
    expect(options(el)).to.deep.equal(['le même mois', 'un mois plus tard', '2 mois plus tard', '3 mois plus tard']);
  });

  it('Dutch: "mogelijk terug te betalen", "Soort loon", "Meer dan zonder werk", plural forms', async () => {
    const { el, text } = await shown('nl');
    expect(text()).to.contain('Soort loon');
    expect(text()).to.contain('Mogelijk terug te betalen uitkering (niet-toegelaten arbeid)');
    expect(text()).to.contain('Meer dan zonder werk');
    expect(text()).not.to.match(/in gevaar|Opgegeven loon|Winst|ten opzichte van niet werken|\(en\)/);
    expect(period(el)).to.include('van januari 2026 tot december 2026');
    expect(options(el)).to.deep.equal(['in dezelfde maand', 'een maand later', '2 maanden later', '3 maanden later']);
  });

  it('German: plural forms and "von … bis …"', async () => {
    const { el, text } = await shown('de');
    expect(text()).to.contain('Art des Lohns');
    expect(text()).not.to.match(/\(e\)|\(n\)/);
    expect(period(el)).to.include('von Januar 2026 bis Dezember 2026');
    expect(options(el)).to.deep.equal(['im selben Monat', 'einen Monat später', '2 Monate später', '3 Monate später']);
  });

  it('English: plural forms', async () => {
    const { el } = await shown('en');
    expect(options(el)).to.deep.equal(['in the same month', 'one month later', '2 months later', '3 months later']);
    expect(el.shadowRoot!.textContent).not.to.contain('(s)');
  });
});
