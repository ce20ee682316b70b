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
        await waitUntil(() => shows(el, lang) && el.shadowRoot!.querySelector('[part="chart"]'), `${lang} and the charts`, { timeout: 15000 });
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
          await waitUntil(() => shows(el, lang), `${page} in ${lang}`, { timeout: 15000 });
          await el.updateComplete;
          expect(doc.documentElement.clientWidth).to.equal(width);
          expect(sideways(doc), `${page} in ${lang}: ${doc.documentElement.scrollWidth} px wide in ${width} px`).to.equal(0);
        }
      });
    }
  }
});

describe('the month table on a phone and on a desktop', () => {
  it('keeps the month in view while the amounts scroll, in a named region reached by keyboard (320 px, French)', async () => {
    await setViewport({ width: 320, height: 800 });
    const el = await fixture<IpsBenefitsCalculator>(html`<ips-benefits-calculator lang="fr" no-link-restore .scenario=${AT_RISK}></ips-benefits-calculator>`);
    await waitUntil(() => shows(el, 'fr'), 'French', { timeout: 15000 });
    const box = el.shadowRoot!.querySelector<HTMLElement>('.scroll')!;
    expect(box.tabIndex).to.equal(0);
    expect(box.getAttribute('role')).to.equal('region');
    expect(el.shadowRoot!.getElementById(box.getAttribute('aria-labelledby')!)!.textContent!.trim()).to.equal('Mois par mois (montants nets, estimés)');
    // The amounts a client needs come first, after the month (net by default in 2026).
    const headers = [...box.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    expect(headers.slice(0, 4)).to.deep.equal(['Mois', 'Total', 'Indemnité nette', 'Salaire net']);
    // A cue that the table scrolls: a shadow at the right edge, covered once the end is reached.
    expect(getComputedStyle(box).backgroundImage).to.contain('radial-gradient');
    expect(getComputedStyle(box).backgroundAttachment).to.contain('local');
    const month = box.querySelector<HTMLElement>('tbody th')!;
    const before = month.getBoundingClientRect().left;
    box.scrollLeft = box.scrollWidth;
    expect(box.scrollLeft).to.be.greaterThan(200);
    expect(month.getBoundingClientRect().left).to.equal(before);
    // Opaque: the amounts scrolled under it do not show through.
    expect(getComputedStyle(month).backgroundColor).to.equal('rgb(255, 255, 255)');
    // The total stays readable next to it before any scroll.
    box.scrollLeft = 0;
    const total = box.querySelector<HTMLElement>('tbody td')!.getBoundingClientRect();
    expect(total.right).to.be.at.most(box.getBoundingClientRect().right);
    await expect(el).to.be.accessible();
  });

  for (const lang of ['fr', 'nl'] as const) {
    it(`shows the authorisation and "Why?" columns without scrolling on the coach's page at 1280 px (${lang})`, async () => {
      const frame = await demo('index.html', 1280);
      const doc = frame.contentDocument!;
      const el = doc.querySelector('ips-benefits-calculator') as IpsBenefitsCalculator;
      doc.documentElement.lang = lang;
      await waitUntil(() => shows(el, lang), lang, { timeout: 15000 });
      await el.updateComplete;
      const box = el.shadowRoot!.querySelector<HTMLElement>('.scroll')!.getBoundingClientRect();
      for (const why of el.shadowRoot!.querySelectorAll<HTMLElement>('.why')) expect(why.getBoundingClientRect().right).to.be.at.most(box.right);
      for (const marks of el.shadowRoot!.querySelectorAll<HTMLElement>('tbody .marks')) expect(marks.getBoundingClientRect().right).to.be.at.most(box.right);
    });
  }
});

describe('charts on a phone', () => {
  for (const lang of LANGUAGES) {
    it(`writes every chart text at 11 px or more at 320 px, month names apart (${lang})`, async () => {
      await setViewport({ width: 320, height: 800 });
      const el = await fixture<IpsBenefitsCalculator>(html`<ips-benefits-calculator lang=${lang} no-link-restore .scenario=${AT_RISK}></ips-benefits-calculator>`);
      await waitUntil(() => shows(el, lang) && el.shadowRoot!.querySelector('[part="hours-chart"]'), lang, { timeout: 15000 });
      for (const part of ['chart', 'hours-chart']) {
        const texts = [...el.shadowRoot!.querySelectorAll<SVGTextElement>(`[part="${part}"] svg text`)].filter((t) => t.getClientRects().length > 0);
        expect(texts.length, part).to.be.greaterThan(4);
        for (const t of texts) {
          const size = t.getScreenCTM()!.a * parseFloat(getComputedStyle(t).fontSize);
          expect(size, `${part}: "${t.textContent}"`).to.be.at.least(11);
        }
        const months = texts.filter((t) => t.classList.contains('month')).map((t) => t.getBoundingClientRect());
        expect(months.length, `${part}: month names shown`).to.be.at.least(3);
        months.slice(1).forEach((box, i) => expect(box.left, `${part}: month names overlap`).to.be.greaterThan(months[i].right));
        expect(Math.max(...months.map((b) => b.right))).to.be.at.most(el.getBoundingClientRect().right);
      }
    });
  }

  it('writes the hours on the bars where they change, and hatches the hours not authorised even when the theme paints all bars red', async () => {
    await setViewport({ width: 375, height: 800 });
    const el = await fixture<IpsBenefitsCalculator>(
      html`<ips-benefits-calculator lang="en" no-link-restore style="--ips-color-accent: #b3261e; --ips-color-error: #b3261e" .scenario=${AT_RISK}></ips-benefits-calculator>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[part="hours-chart"]'), 'hours chart', { timeout: 15000 });
    const values = [...el.shadowRoot!.querySelectorAll('[part="hours-chart"] text.value')].map((t) => t.textContent);
    expect(values).to.deep.equal(['8', '24']);
    const bars = [...el.shadowRoot!.querySelectorAll<SVGRectElement>('[part="hours-chart"] rect.hours')];
    const fill = (b: Element) => getComputedStyle(b).fill;
    const normal = bars.filter((b) => !b.classList.contains('over') && !b.classList.contains('outside'));
    const risky = bars.filter((b) => b.classList.contains('over') || b.classList.contains('outside'));
    expect(normal.length).to.be.greaterThan(0);
    expect(risky.length).to.be.greaterThan(0);
    for (const b of normal) expect(fill(b)).to.equal('rgb(179, 38, 30)');
    for (const b of risky) expect(fill(b)).to.match(/^url\(.*#hatch.*\)/);
    expect(el.shadowRoot!.querySelector('#hatch')).to.exist;
    const legend = el.shadowRoot!.querySelector('[part="hours-chart"] .legend')!.textContent!;
    expect(legend).to.contain('Hours not authorised (above the maximum or outside the authorised period)');
    expect(legend).not.to.match(/red/i);
    await expect(el).to.be.accessible();
  });
});
