/**
 * Phones first: no sideways scroll of the page from 320 px up, in every language, for the element
 * alone and on the demo pages (loaded in a frame as wide as a phone).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
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

/**
 * Every element of `root` and of the shadow roots within that is wider than the window or reaches
 * past its right edge, and every scrolling box whose content is wider than the box (hidden sideways).
 */
function tooWide(root: ParentNode, width: number): string[] {
  const found: string[] = [];
  for (const e of root.querySelectorAll<HTMLElement>('*')) {
    const box = e.getBoundingClientRect();
    const name = `${e.localName}${e.id ? `#${e.id}` : ''}${e.classList.length ? `.${[...e.classList].join('.')}` : ''} "${(e.textContent ?? '').trim().slice(0, 30)}"`;
    if (box.width > 0 && (box.right > width + 0.5 || box.left < -0.5)) found.push(`${name}: ${Math.round(box.left)} to ${Math.round(box.right)} px`);
    if (/auto|scroll/.test(getComputedStyle(e).overflowX) && e.scrollWidth > e.clientWidth + 1) found.push(`${name} hides ${e.scrollWidth - e.clientWidth} px sideways`);
    if (e.shadowRoot) found.push(...tooWide(e.shadowRoot, width));
  }
  return found;
}

/** Asserts that nothing in `root` is too wide for the window, naming the first elements that are. */
function fitsWindow(root: ParentNode): void {
  const found = tooWide(root, document.documentElement.clientWidth);
  expect(found.length, found.slice(0, 5).join('\n')).to.equal(0);
}

/** Unfolds every folded section (cash calendar, month by month of the comparison, curve, checklist) until none is left. */
async function unfoldAll(el: IpsBenefitsCalculator): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const folded = [...el.shadowRoot!.querySelectorAll('details')].filter((d) => !d.open);
    if (folded.length === 0) return;
    for (const d of folded) d.open = true;
    // The element renders a section's content on its toggle event.
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
  }
}

/** The coach's view (form and results) or the client's (`readonly`), in `lang`, with the marks of AT_RISK. */
async function shown(view: 'coach' | 'client', lang: (typeof LANGUAGES)[number]): Promise<IpsBenefitsCalculator> {
  const el = await fixture<IpsBenefitsCalculator>(
    view === 'client'
      ? html`<ips-benefits-calculator lang=${lang} no-link-restore readonly .scenario=${AT_RISK}></ips-benefits-calculator>`
      : html`<ips-benefits-calculator lang=${lang} no-link-restore .scenario=${AT_RISK}></ips-benefits-calculator>`,
  );
  await waitUntil(() => shows(el, lang) && el.shadowRoot!.querySelector('[part="chart"]'), `${lang} and the charts`, { timeout: 15000 });
  // The client view folds each month, the comparison and the notes below its answer: open them.
  for (const details of el.shadowRoot!.querySelectorAll<HTMLDetailsElement>('details.client-more')) details.open = true;
  await el.updateComplete;
  return el;
}

describe('no sideways scroll of the page (element alone)', () => {
  for (const width of WIDTHS) {
    for (const lang of LANGUAGES) {
      it(`${width} px, ${lang}`, async () => {
        await setViewport({ width, height: 800 });
        const el = await shown('coach', lang);
        // The explanation and the comparison open too: their tables and hidden texts stay in their boxes.
        el.shadowRoot!.querySelector<HTMLButtonElement>('.why')!.click();
        el.shadowRoot!.querySelector<HTMLButtonElement>('#compare-common')!.click();
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('.explanation')).to.exist;
        expect(sideways(document), `page ${document.documentElement.scrollWidth} px wide in a ${width} px window`).to.equal(0);
      });
    }
  }
});

describe('nothing wider than a phone, nothing hidden sideways', () => {
  for (const width of [320, 375]) {
    for (const view of ['coach', 'client'] as const) {
      for (const lang of LANGUAGES) {
        it(`${view}'s view at ${width} px in ${lang}, every section unfolded`, async function () {
          this.timeout(30_000);
          await setViewport({ width, height: 800 });
          const el = await shown(view, lang);
          el.shadowRoot!.querySelector<HTMLButtonElement>('tr.at-risk .why')!.click();
          el.shadowRoot!.querySelector<HTMLButtonElement>('#compare-common')?.click();
          // The coach's "Prepare a handout" panel too.
          el.shadowRoot!.querySelector<HTMLButtonElement>('#print')?.click();
          if (view === 'coach') await waitUntil(() => el.shadowRoot!.querySelector('[part="handout-panel"]'), 'the handout panel');
          await el.updateComplete;
          await unfoldAll(el);
          expect(el.shadowRoot!.querySelector('.explanation')).to.exist;
          if (view === 'coach') expect(el.shadowRoot!.querySelector('[part="comparison"] table')).to.exist;
          expect(el.shadowRoot!.querySelector('[part="cash"] table')).to.exist;
          fitsWindow(el.shadowRoot!);
          expect(sideways(document)).to.equal(0);
        });
      }
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

describe('the month table: cards on a phone, a table on a desktop', () => {
  /** The risk words of a month above the authorised hours, in each language. */
  const ABOVE = { en: 'Above the authorised hours', fr: 'Au-delà des heures autorisées', nl: 'Boven de toegelaten uren', de: 'Über den genehmigten Stunden' };

  for (const lang of LANGUAGES) {
    it(`shows one card per month at 375 px: the month, the total, the benefit, the wage, the risk in words and "Why?" (${lang})`, async () => {
      await setViewport({ width: 375, height: 800 });
      const el = await shown('client', lang);
      const table = el.shadowRoot!.querySelector<HTMLTableElement>('table[part="table"]')!;
      // One table still, its headers kept for screen readers but not drawn.
      expect(getComputedStyle(table).display).to.equal('block');
      expect(table.querySelector('thead')!.getBoundingClientRect().height).to.be.at.most(1);
      const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
      const card = table.querySelector<HTMLElement>('tbody tr.at-risk')!;
      const month = card.querySelector<HTMLElement>('th[scope="row"]')!;
      const [total, benefit, wage] = ['.total', '.benefit', '.earnings'].map((c) => card.querySelector<HTMLElement>(c)!);
      // Each value labelled with its column's header, one under the other, the month first.
      expect([total, benefit, wage].map((td) => td.dataset.label)).to.deep.equal(headers.slice(1, 4));
      expect(month.getBoundingClientRect().bottom).to.be.at.most(total.getBoundingClientRect().top + 1);
      expect(total.getBoundingClientRect().bottom).to.be.at.most(benefit.getBoundingClientRect().top + 1);
      expect(benefit.getBoundingClientRect().bottom).to.be.at.most(wage.getBoundingClientRect().top + 1);
      expect(parseFloat(getComputedStyle(total).fontSize), 'the total stands out').to.be.greaterThan(parseFloat(getComputedStyle(benefit).fontSize));
      // The risk in words, and a bar before the card (a shape, not only a colour).
      const risk = card.querySelector<HTMLElement>('.mark.risk')!;
      expect(risk.getClientRects().length).to.be.greaterThan(0);
      expect(risk.textContent).to.contain(ABOVE[lang]);
      expect(parseFloat(getComputedStyle(card).borderLeftWidth)).to.be.at.least(4);
      expect(parseFloat(getComputedStyle(table.querySelector('tbody tr:not(.at-risk)')!).borderLeftWidth)).to.be.at.most(1);
      // The details are left to "Why?"; the button is in the card.
      for (const td of card.querySelectorAll('.detail')) expect(td.getClientRects().length).to.equal(0);
      const why = card.querySelector<HTMLButtonElement>('.why')!;
      expect(why.getBoundingClientRect().bottom).to.be.at.most(card.getBoundingClientRect().bottom);
      for (const cell of [month, total, benefit, wage, risk, why]) expect(cell.getBoundingClientRect().right).to.be.at.most(card.getBoundingClientRect().right);
      // "Why?" opened from a card: the explanation, its title focused, fits the phone.
      why.click();
      await el.updateComplete;
      const explanation = el.shadowRoot!.querySelector<HTMLElement>('.explanation')!;
      expect(el.shadowRoot!.activeElement?.id).to.equal('explanation-title');
      fitsWindow(explanation);
      await expect(el).to.be.accessible();
    });
  }

  it("shows the cards of the net and the gross amounts, the coach's view accessible at 375 px", async function () {
    this.timeout(30_000);
    await setViewport({ width: 375, height: 800 });
    const el = await shown('coach', 'fr');
    for (const mode of ['#amounts-gross', '#amounts-net']) {
      el.shadowRoot!.querySelector<HTMLButtonElement>(mode)!.click();
      await el.updateComplete;
      const labels = [...el.shadowRoot!.querySelectorAll<HTMLElement>('table[part="table"] tbody tr:first-child td[data-label]')].map((td) => td.dataset.label);
      expect(labels).to.deep.equal(mode === '#amounts-net' ? ['Total', 'Indemnité nette', 'Salaire net', 'Gain grâce au travail'] : ['Total', 'Indemnité', 'Salaire brut', 'Gain grâce au travail']);
      fitsWindow(el.shadowRoot!);
    }
    el.shadowRoot!.querySelector<HTMLButtonElement>('tr.at-risk .why')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('keeps the risk of a card in words and in its bar in forced colours (375 px)', async () => {
    await setViewport({ width: 375, height: 800 });
    await executeServerCommand('forced-colors', { active: true });
    try {
      const el = await shown('client', 'nl');
      const card = el.shadowRoot!.querySelector<HTMLElement>('table[part="table"] tbody tr.at-risk')!;
      const style = getComputedStyle(card);
      expect(style.borderLeftStyle).to.equal('solid');
      expect(parseFloat(style.borderLeftWidth)).to.be.at.least(4);
      const risk = card.querySelector<HTMLElement>('.mark.risk')!;
      expect(risk.getClientRects().length).to.be.greaterThan(0);
      expect(risk.textContent).to.contain(ABOVE.nl);
      // The card of the month explained is outlined (its background would be lost).
      card.querySelector<HTMLButtonElement>('.why')!.click();
      await el.updateComplete;
      expect(getComputedStyle(card).outlineStyle).to.equal('solid');
    } finally {
      await executeServerCommand('forced-colors', { active: false });
    }
  });

  it('between a phone and a desktop (800 px), keeps the month in view while the amounts scroll, in a named region reached by keyboard (French)', async () => {
    await setViewport({ width: 800, height: 800 });
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

  it("shows cards in a narrow column of a wide page (the element's own width decides)", async () => {
    await setViewport({ width: 1280, height: 800 });
    const column = await fixture<HTMLDivElement>(
      html`<div style="width: 360px"><ips-benefits-calculator lang="en" no-link-restore .scenario=${AT_RISK}></ips-benefits-calculator></div>`,
    );
    const el = column.querySelector<IpsBenefitsCalculator>('ips-benefits-calculator')!;
    await waitUntil(() => el.shadowRoot!.querySelector('[part="chart"]'), 'the charts', { timeout: 15000 });
    expect(getComputedStyle(el.shadowRoot!.querySelector('table[part="table"]')!).display).to.equal('block');
    expect(tooWide(el.shadowRoot!, column.getBoundingClientRect().right)).to.deep.equal([]);
  });

  it('stays a table at 1280 px', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await shown('coach', 'en');
    const table = el.shadowRoot!.querySelector<HTMLTableElement>('table[part="table"]')!;
    expect(getComputedStyle(table).display).to.equal('table');
    expect(getComputedStyle(table.querySelector('tbody tr')!).display).to.equal('table-row');
    expect(table.querySelector('thead')!.getBoundingClientRect().height).to.be.greaterThan(20);
    for (const td of table.querySelectorAll('tbody tr:first-child .detail')) expect(td.getClientRects().length).to.equal(1);
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
