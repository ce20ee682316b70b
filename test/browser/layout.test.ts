/**
 * Phones first: no sideways scroll of the page from 320 px up, in every language, for the element
 * alone and on the demo pages (loaded in a frame as wide as a phone).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { IpsBenefitsCalculator } from '../../src/ips-benefits-calculator.js';
import { EXAMPLE } from '../../src/components/calculator/test-helpers.js';
import { setLocale } from '../../src/localization.js';

const WIDTHS = [320, 375, 1280];
const LANGUAGES = ['en', 'fr', 'nl', 'de'] as const;
const MONTH = { en: 'Month', fr: 'Mois', nl: 'Maand', de: 'Monat' };

/** The column header "Month" in the language: the element has switched. */
const shows = (el: IpsBenefitsCalculator, lang: keyof typeof MONTH) =>
  el.shadowRoot?.querySelector('table[part="table"] thead th')?.textContent?.trim() === MONTH[lang];

/** How far the page scrolls sideways (0: not at all). */
const sideways = (doc: Document) => doc.documentElement.scrollWidth - doc.documentElement.clientWidth;

/** A scenario with months above the authorised hours and outside the authorisation (marks in the table). */
const AT_RISK = {
  ...EXAMPLE,
  work: [EXAMPLE.work[0], { ...EXAMPLE.work[1], hoursPerWeek: '24' }],
  authorisation: { start: '2026-01-01', end: '2026-09-30', maxHoursPerWeek: '19', requestSent: '2025-12-20' },
};

afterEach(async () => {
  await setViewport({ width: 800, height: 600 });
  await setLocale('en');
});

describe('no sideways scroll of the page (element alone)', () => {
  for (const width of WIDTHS) {
    for (const lang of LANGUAGES) {
      it(`${width} px, ${lang}`, async () => {
        await setViewport({ width, height: 800 });
        const el = await fixture<IpsBenefitsCalculator>(html`<ips-benefits-calculator lang=${lang} no-link-restore .scenario=${AT_RISK}></ips-benefits-calculator>`);
        await waitUntil(() => shows(el, lang) && el.shadowRoot!.querySelector('[part="chart"]'), `${lang} and the charts`);
        // The explanation and the comparison open too: their tables and hidden texts stay in their boxes.
        el.shadowRoot!.querySelector<HTMLButtonElement>('.why')!.click();
        el.shadowRoot!.querySelector<HTMLButtonElement>('#compare-common')!.click();
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('.explanation')).to.exist;
        expect(el.shadowRoot!.querySelector('.scroll')!.scrollWidth, 'the table is wider than the box and scrolls in it').to.be.greaterThan(
          width === 1280 ? 0 : el.clientWidth,
        );
        expect(sideways(document), `page ${document.documentElement.scrollWidth} px wide in a ${width} px window`).to.equal(0);
      });
    }
  }
});

/** A demo page in a frame `width` px wide, in `lang`. */
async function demo(page: string, width: number): Promise<HTMLIFrameElement> {
  const frame = await fixture<HTMLIFrameElement>(html`<iframe title="demo" src="/demo/${page}" style="width:${width}px;height:700px;border:0"></iframe>`);
  await waitUntil(() => frame.contentDocument?.querySelector('ips-benefits-calculator')?.shadowRoot?.querySelector('[part="chart"]'), `${page} loaded`, {
    timeout: 8000,
  });
  return frame;
}

describe('no sideways scroll of the demo pages', () => {
  for (const page of ['index.html', 'client.html', 'portal.html']) {
    for (const width of WIDTHS) {
      it(`${page} at ${width} px in the four languages`, async () => {
        const frame = await demo(page, width);
        const doc = frame.contentDocument!;
        const el = doc.querySelector('ips-benefits-calculator') as IpsBenefitsCalculator;
        for (const lang of LANGUAGES) {
          doc.documentElement.lang = lang;
          await waitUntil(() => shows(el, lang), `${page} in ${lang}`);
          await el.updateComplete;
          expect(doc.documentElement.clientWidth).to.equal(width);
          expect(sideways(doc), `${page} in ${lang}: ${doc.documentElement.scrollWidth} px wide in ${width} px`).to.equal(0);
        }
      });
    }
  }
});
