/**
 * Every screen, every language (issue 15): forced colours (Windows high contrast), one focus ring
 * for every control, focus back where it was, and a status line that names what to correct and
 * speaks only once typing has paused.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { LANGUAGES, setLocale, type Language } from '../../localization.js';
import type { IpsBenefitsCalculator } from '../../ips-benefits-calculator.js';
import { $, $$, calculator, typeInto, EXAMPLE } from './test-helpers.js';

const MONTH: Record<Language, string> = { en: 'Month', fr: 'Mois', nl: 'Maand', de: 'Monat' };

/** Months above the authorised hours and outside the authorisation: every mark and legend shows. */
const AT_RISK = {
  ...EXAMPLE,
  work: [EXAMPLE.work[0], { ...EXAMPLE.work[1], hoursPerWeek: '24' }],
  authorisation: { start: '2026-01-01', end: '2026-09-30', maxHoursPerWeek: '19', requestSent: '2025-12-20' },
};

async function shown(scenario: unknown, language: Language): Promise<IpsBenefitsCalculator> {
  const el = await calculator(scenario, language);
  await waitUntil(() => $(el, 'table[part="table"] thead th')?.textContent!.trim() === MONTH[language] && $(el, '[part="hours-chart"]'), `${language} and the charts`, { timeout: 15000 });
  return el;
}

afterEach(async () => {
  await setLocale('en');
});

describe('forced colours (high contrast)', function () {
  // Slow on a busy machine: a fixture, its views and axe in each test.
  this.timeout(30000);
  /** A system colour as the browser paints it (probe outside the forced palette's adjustments). */
  const system = (name: string) => {
    const probe = document.createElement('div');
    probe.style.cssText = `forced-color-adjust: none; color: ${name}`;
    document.body.append(probe);
    const color = getComputedStyle(probe).color;
    probe.remove();
    return color;
  };

  before(async () => {
    await executeServerCommand('forced-colors', { active: true });
  });
  after(async () => {
    await executeServerCommand('forced-colors', { active: false });
  });

  it('is emulated', () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
  });

  for (const language of LANGUAGES) {
    it(`${language}: legends, the pressed plan, the explained month and the months at risk stay visible; axe is clean`, async () => {
      const el = await shown(AT_RISK, language);
      $<HTMLButtonElement>(el, '#add-plan').click();
      await el.updateComplete;
      $<HTMLButtonElement>(el, 'tr[data-month="2026-03"] .why').click();
      await el.updateComplete;
      const canvas = system('Canvas');

      // Every swatch of every legend is painted in a colour other than the background (fill or outline).
      const swatches = $$(el, '.legend .swatch');
      expect(swatches.length).to.be.at.least(5);
      for (const swatch of swatches) {
        const s = getComputedStyle(swatch);
        const filled = s.backgroundColor !== canvas && s.backgroundColor !== 'rgba(0, 0, 0, 0)';
        const patterned = s.backgroundImage !== 'none';
        const outlined = ['Top', 'Left'].some((side) => parseFloat(s.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0 && s.getPropertyValue(`border-${side.toLowerCase()}-color`) !== canvas);
        expect(filled || patterned || outlined, `${swatch.className}: ${s.backgroundColor} ${s.borderTopColor}`).to.equal(true);
      }
      // Benefit and wage told apart in the legend and the bars (not only by hue: one filled, one outlined).
      const benefit = getComputedStyle($(el, '.swatch.benefit'));
      const earnings = getComputedStyle($(el, '.swatch.earnings'));
      expect(benefit.backgroundColor).not.to.equal(earnings.backgroundColor);
      expect(getComputedStyle($(el, 'rect.benefit')).fill).not.to.equal(getComputedStyle($(el, 'rect.earnings')).fill);
      for (const bar of $$(el, '.hours.over, .hours.outside')) expect(getComputedStyle(bar).fill).to.match(/url\(.*#hatch/);

      // The pressed plan button differs from the others.
      const [a, b] = $$<HTMLButtonElement>(el, '.plan-tab');
      expect(b.getAttribute('aria-pressed')).to.equal('true');
      expect(getComputedStyle(b).backgroundColor).not.to.equal(getComputedStyle(a).backgroundColor);
      expect(getComputedStyle(b).backgroundColor).not.to.equal(canvas);

      // The explained month is framed; a month at risk keeps its bar.
      const selected = getComputedStyle($(el, 'tr.selected th'));
      expect(parseFloat(selected.borderTopWidth)).to.be.at.least(2);
      expect(selected.borderTopColor).not.to.equal(canvas);
      const risky = getComputedStyle($(el, 'tr.at-risk th'));
      expect(parseFloat(risky.borderLeftWidth)).to.be.at.least(3);
      expect(risky.borderLeftColor).not.to.equal(canvas);
      await expect(el).to.be.accessible();
    });
  }
});

describe('focus', function () {
  this.timeout(30000);
  it('comes back to March\'s "Why?" when the explanation of March is closed', async () => {
    const el = await shown(EXAMPLE, 'en');
    const why = () => $<HTMLButtonElement>(el, 'tr[data-month="2026-03"] .why');
    why().click();
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'explanation-title', 'the explanation has the focus', { timeout: 15000 });
    $<HTMLButtonElement>(el, '.explanation button').click();
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.activeElement === why(), `focus on ${el.shadowRoot!.activeElement?.outerHTML.slice(0, 80)}`, { timeout: 15000 });
    expect(why().closest('tr')!.dataset.month).to.equal('2026-03');
  });

  it('rings every control the same way: text fields, lists, buttons, boxes, the table and the cash calendar', async () => {
    const el = await shown({ ...AT_RISK, authorisation: { ...AT_RISK.authorisation, nature: 'Kitchen help' } }, 'fr');
    // From the first control to the last, by keyboard (a ring shows for the keyboard, not the mouse).
    $<HTMLSelectElement>(el, 'select').focus();
    await sendKeys({ press: 'Tab' });
    const seen = new Map<string, string>();
    for (let i = 0; i < 120; i++) {
      const active = el.shadowRoot!.activeElement as HTMLElement | null;
      if (!active) break;
      const kind = `${active.localName}${active instanceof HTMLInputElement ? `[${active.type}]` : ''}${active.getAttribute('role') ? `[${active.getAttribute('role')}]` : ''}`;
      const s = getComputedStyle(active);
      const ring = `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`;
      if (!active.matches('input[type="file"]')) {
        expect(ring, `${kind} #${active.id} "${active.textContent?.trim().slice(0, 30)}"`).to.equal('solid 3px rgb(10, 88, 168)');
      }
      seen.set(kind, ring);
      await sendKeys({ press: 'Tab' });
    }
    expect([...seen.keys()]).to.include.members(['input[text]', 'textarea', 'select', 'button', 'input[checkbox]', 'input[radio]', 'div[region]', 'summary']);
  });
});

describe('the status line', function () {
  this.timeout(30000);
  const status = (el: IpsBenefitsCalculator) => $(el, '#announce').textContent!.trim();
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('says the new total once typing has paused, not after every key', async () => {
    const el = await shown(EXAMPLE, 'nl');
    const before = status(el);
    $<HTMLInputElement>(el, '#wage').focus();
    $<HTMLInputElement>(el, '#wage').select();
    for (const key of ['1', '7', ',', '2', '5']) {
      await sendKeys({ type: key });
      await el.updateComplete;
      expect(status(el), `after "${key}"`).to.equal(before);
    }
    await waitUntil(() => status(el) !== before, 'the announcement', { timeout: 2500 });
    const total = $(el, '.summary dd.total').textContent!.trim();
    expect(status(el)).to.equal(`Totaal over 12 maanden: ${total}.`);
  });

  for (const [language, words] of [
    ['fr', 'Pour voir la prévision, corrigez'],
    ['nl', 'Verbeter'],
    ['de', 'Korrigieren Sie'],
  ] as const) {
    it(`${language}: names the fields to correct, with their labels`, async () => {
      const el = await shown(EXAMPLE, language);
      await typeInto(el, 'wage', 'abc');
      await typeInto(el, 'step-1-hours', '99');
      const labels = ['wage', 'step-1-hours'].map((id) => $(el, `label[for="${id}"]`).textContent!.trim());
      await pause(300);
      expect(status(el)).not.to.contain(labels[0]);
      await waitUntil(() => status(el).includes(labels[0]), 'the announcement', { timeout: 2500 });
      expect(status(el)).to.contain(words);
      expect(status(el)).to.contain(labels[1]);
      await expect(el).to.be.accessible();
    });
  }
});
