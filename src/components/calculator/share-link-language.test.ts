/**
 * A share link opens in the language it was made in and on the plan shown (issue 23): a French
 * coach's link for the client, with plan C shown, opens in French on plan C on an English page,
 * unless the element has its own `lang`; the page's own language switch wins afterwards.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../ips-benefits-calculator.js';
import type { IpsBenefitsCalculator } from '../../ips-benefits-calculator.js';
import { getLocale, setLocale } from '../../localization.js';
import { encodeScenarios } from '../../export/share-link.js';
import { $, $$, calculator } from './test-helpers.js';
import type { Scenario } from '../../scenario/types.js';

const plan = (hours: string): Scenario => ({
  version: 1,
  scheme: 'employee',
  start: '2026-01',
  months: 12,
  dailyBenefit: '62.45',
  projectIndexation: false,
  work: [{ from: '2026-01-01', hoursPerWeek: hours, fullTimeHoursPerWeek: '38', grossHourlyWage: '16.5' }],
  authorisation: { start: '2026-01-01', maxHoursPerWeek: '16' },
});
const PLANS = [plan('8'), plan('16'), plan('19')];
/** The aria-label of the plan buttons, by language. */
const PLAN_SHOWN = { en: 'Plan shown', fr: 'Plan affiché', nl: 'Getoond plan' } as const;

const pageLang = document.documentElement.lang;
afterEach(async () => {
  history.replaceState(null, '', location.pathname + location.search);
  document.documentElement.lang = pageLang;
  await setLocale('en');
});

/** The link made by pressing `button` in `el`. */
async function linkOf(el: IpsBenefitsCalculator, button: string): Promise<string> {
  $(el, button).click();
  await waitUntil(() => $<HTMLInputElement>(el, '#share-url')?.value, 'the link', { timeout: 15000 });
  return $<HTMLInputElement>(el, '#share-url').value;
}

/** A French coach's link for the client, made with plan C shown. */
async function frenchClientLinkOnPlanC(): Promise<string> {
  const coach = await calculator(PLANS, 'fr');
  await waitUntil(() => getLocale() === 'fr' && $$(coach, '.plan-tab').length === 3, 'the French coach', { timeout: 15000 });
  $$(coach, '.plan-tab')[2].click();
  await coach.updateComplete;
  const url = await linkOf(coach, '#share-client');
  coach.remove();
  await setLocale('en');
  return url;
}

/** Opens `hash` on an English page in a fresh element (`lang` on it when given). */
async function open(hash: string, lang?: string): Promise<IpsBenefitsCalculator> {
  document.documentElement.lang = 'en';
  history.replaceState(null, '', hash);
  const el = await fixture<IpsBenefitsCalculator>(
    lang === undefined ? html`<ips-benefits-calculator></ips-benefits-calculator>` : html`<ips-benefits-calculator lang=${lang}></ips-benefits-calculator>`,
  );
  await waitUntil(() => el.scenarios.length === 3 && $(el, '[part="plan-choice"]'), 'the link read', { timeout: 15000 });
  return el;
}

const pressed = (el: IpsBenefitsCalculator) => $$(el, '[part="plan-choice"] button').map((b) => b.getAttribute('aria-pressed'));
const inLanguage = (el: IpsBenefitsCalculator, lang: keyof typeof PLAN_SHOWN) =>
  waitUntil(() => getLocale() === lang && $(el, '[part="plan-choice"]')?.getAttribute('aria-label') === PLAN_SHOWN[lang], `the element in ${lang}`, { timeout: 15000 });

describe('a share link opens in its language and on the plan shown', function () {
  // The first test loads the views and a language; axe runs on large trees.
  this.timeout(30000);

  it('a French client link on plan C opens in French on plan C on an English page; the client can switch plans and share the plan chosen', async () => {
    const url = await frenchClientLinkOnPlanC();
    const hash = new URL(url).hash;
    expect(hash).to.match(/&ips-lang=fr&ips-plan=2&ips-view=client$/);

    const el = await open(hash);
    await inLanguage(el, 'fr');
    expect(el.readonly).to.be.true;
    expect(el.scenarios).to.deep.equal(PLANS);
    expect(pressed(el)).to.deep.equal(['false', 'false', 'true']);
    expect($(el, '#answer-title').textContent).to.contain('En bref, pour le plan C (19');
    expect(el.scenario).to.deep.equal(PLANS[2]);
    // The link's language is not written into the element's own (reflected) `lang`.
    expect(el.hasAttribute('lang')).to.be.false;
    expect(el.language).to.equal('fr');
    await expect(el).to.be.accessible();

    // The plan buttons still work; a link made now keeps the plan chosen and the language.
    $$(el, '[part="plan-choice"] button')[0].click();
    await el.updateComplete;
    expect(pressed(el)).to.deep.equal(['true', 'false', 'false']);
    expect($(el, '#answer-title').textContent).to.contain('le plan A (8');
    $$(el, '[part="plan-choice"] button')[1].click();
    await el.updateComplete;
    expect($(el, '#answer-title').textContent).to.contain('le plan B (16');
    const again = await linkOf(el, '#share');
    expect(new URL(again).hash).to.match(/&ips-lang=fr&ips-plan=1&ips-view=client$/);
    expect($(el, '#share-kind').textContent).to.contain('lecture seule');
  });

  it('the page\'s own language switch wins afterwards: the link\'s language is dropped', async () => {
    const el = await open(new URL(await frenchClientLinkOnPlanC()).hash);
    await inLanguage(el, 'fr');
    document.documentElement.lang = 'nl-BE';
    await inLanguage(el, 'nl');
    document.documentElement.lang = 'en';
    await inLanguage(el, 'en');
    expect(pressed(el)).to.deep.equal(['false', 'false', 'true']);
    expect(el.hasAttribute('lang')).to.be.false;
  });

  it('an element with its own lang="nl" stays Dutch (on the link\'s plan)', async () => {
    const el = await open(new URL(await frenchClientLinkOnPlanC()).hash, 'nl');
    await inLanguage(el, 'nl');
    expect(pressed(el)).to.deep.equal(['false', 'false', 'true']);
    expect($(el, '#answer-title').textContent).to.contain('Kort gezegd, voor plan C');
    expect(el.getAttribute('lang')).to.equal('nl');
    // Still Dutch a moment later: the link's language never takes over.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(getLocale()).to.equal('nl');
    expect(el.language).to.equal('nl');
  });

  it('an old link (without language or plan) opens on plan A in the page\'s language', async () => {
    const el = await open(`#ips=${encodeScenarios(PLANS)}&ips-view=client`);
    await inLanguage(el, 'en');
    expect(pressed(el)).to.deep.equal(['true', 'false', 'false']);
    expect($(el, '#answer-title').textContent).to.contain('In short, for plan A (8');
  });

  for (const nonsense of ['ips-lang=xx', 'ips-plan=99', 'ips-plan=-1', 'ips-plan=1e9', 'ips-plan=abc', 'ips-lang=xx&ips-plan=3']) {
    it(`ignores nonsense in a link (${nonsense}): plan A, the page's language`, async () => {
      const el = await open(`#ips=${encodeScenarios(PLANS)}&${nonsense}&ips-view=client`);
      await inLanguage(el, 'en');
      expect(pressed(el)).to.deep.equal(['true', 'false', 'false']);
      expect(el.shadowRoot!.textContent).not.to.match(/NaN|undefined/);
    });
  }
});
