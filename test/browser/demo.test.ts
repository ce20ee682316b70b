/**
 * The demo pages in the four languages: their own texts (header, notes, title) follow the page's
 * language with the element, and the language menu shows the language of a "nl-BE" page.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { IpsBenefitsCalculator } from '../../src/ips-benefits-calculator.js';
import { shareUrl } from '../../src/export/share-link.js';
import type { Scenario } from '../../src/scenario/types.js';

/** A few words of each page's own texts, by language (the page's <title> and what it shows). */
const WORDS = {
  'index.html': {
    en: ['coach’s page', 'Client view', 'Insurer portal'],
    fr: ['page du job coach', 'Vue du client', 'Portail de la mutualité'],
    nl: ['pagina van de jobcoach', 'Weergave voor de cliënt', 'Portaal van het ziekenfonds'],
    de: ['Seite des Jobcoachs', 'Ansicht für den Klienten', 'Portal der Krankenkasse'],
  },
  'client.html': {
    en: ['Your forecast, prepared with your job coach', 'Nothing is sent to a server'],
    fr: ['Votre prévision, préparée avec votre job coach', 'Rien n’est envoyé à un serveur'],
    nl: ['Uw raming, opgemaakt met uw jobcoach', 'Er wordt niets naar een server gestuurd'],
    de: ['Ihre Berechnung, vorbereitet mit Ihrem Jobcoach', 'Es wird nichts an einen Server gesendet'],
  },
  'portal.html': {
    en: ['Example Mutual', 'My account', 'Event log'],
    fr: ['Mutualité Exemple', 'Mon espace', 'Journal des événements'],
    nl: ['Voorbeeldziekenfonds', 'Mijn ruimte', 'Logboek'],
    de: ['Beispiel-Krankenkasse', 'Mein Bereich', 'Ereignisprotokoll'],
  },
} as const;
/** Words of another language that must not stay on the page. */
const ENGLISH = ['Client view', 'Your forecast', 'Nothing is sent', 'My account', 'Event log', 'Insurer portal'];
const MONTH = { en: 'Month', fr: 'Mois', nl: 'Maand', de: 'Monat' };

async function demo(page: string): Promise<Document> {
  const frame = await fixture<HTMLIFrameElement>(html`<iframe title="demo" src="/demo/${page}" style="width:1000px;height:600px;border:0"></iframe>`);
  await waitUntil(() => frame.contentDocument?.querySelector('ips-benefits-calculator')?.shadowRoot?.querySelector('table'), `${page} loaded`, { timeout: 8000 });
  return frame.contentDocument!;
}

describe('the demo pages in every language', () => {
  for (const page of Object.keys(WORDS) as (keyof typeof WORDS)[]) {
    it(`${page}: its own texts and the element follow "fr-BE", "nl-BE", "de-BE" and "en"`, async () => {
      const doc = await demo(page);
      const el = doc.querySelector('ips-benefits-calculator') as IpsBenefitsCalculator;
      for (const lang of ['fr', 'nl', 'de', 'en'] as const) {
        doc.documentElement.lang = lang === 'en' ? 'en' : `${lang}-BE`;
        await waitUntil(() => el.shadowRoot!.querySelector('thead th')?.textContent?.trim() === MONTH[lang], `${page} in ${lang}`, { timeout: 15000 });
        const text = `${doc.title} ${doc.body.innerText}`;
        for (const word of WORDS[page][lang]) expect(text, `${page} in ${lang}`).to.contain(word);
        if (lang !== 'en') for (const word of ENGLISH) expect(doc.body.innerText, `${page} in ${lang}`).not.to.contain(word);
        // The language menu (or the portal's pressed button) shows the page's language.
        const menu = doc.querySelector<HTMLSelectElement>('#language');
        if (menu) expect(menu.value).to.equal(lang);
        else expect(doc.querySelector('[aria-pressed="true"]')!.getAttribute('data-lang')).to.equal(lang);
      }
    });
  }
});

describe('the client page opened from a share link', () => {
  it('takes the link\'s language (menu, page texts, element) and shows its plan; the menu still switches', async () => {
    const plan = (hours: string): Scenario => ({
      version: 1,
      scheme: 'employee',
      start: '2026-01',
      months: 12,
      dailyBenefit: '62.45',
      work: [{ from: '2026-01-01', hoursPerWeek: hours, fullTimeHoursPerWeek: '38', grossHourlyWage: '16.5' }],
    });
    const hash = new URL(shareUrl('http://x/', [plan('8'), plan('16'), plan('19')], true, { language: 'fr', plan: 2 })).hash;
    const doc = await demo(`client.html${hash}`);
    const el = doc.querySelector('ips-benefits-calculator') as IpsBenefitsCalculator;
    await waitUntil(() => el.shadowRoot!.querySelector('thead th')?.textContent?.trim() === MONTH.fr, 'the element in French', { timeout: 15000 });
    expect(doc.documentElement.lang).to.equal('fr');
    expect(doc.querySelector<HTMLSelectElement>('#language')!.value).to.equal('fr');
    for (const word of WORDS['client.html'].fr) expect(`${doc.title} ${doc.body.innerText}`).to.contain(word);
    expect(el.shadowRoot!.querySelector('#answer-title')!.textContent).to.contain('plan C');
    // The client's own choice in the menu wins.
    const menu = doc.querySelector<HTMLSelectElement>('#language')!;
    menu.value = 'nl';
    menu.dispatchEvent(new Event('change'));
    await waitUntil(() => el.shadowRoot!.querySelector('thead th')?.textContent?.trim() === MONTH.nl, 'the element in Dutch', { timeout: 15000 });
    expect(doc.body.innerText).to.contain(WORDS['client.html'].nl[0]);
  });
});
