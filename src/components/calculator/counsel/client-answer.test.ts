/**
 * The client's answer in four questions (issue #23), on the coach's case of the issue: 58,20 € a
 * day, 16 h a week authorised from 1 February 2027 until 31 January 2028, a 38 h job at 14,75 € an
 * hour from 1 March 2027, plans of 8, 16 and 19 h over 12 months (the last month, February 2028,
 * falls after the authorisation's end).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import type { IpsBenefitsCalculator } from '../../../ips-benefits-calculator.js';
import { formatters } from '../../../format.js';
import { setLocale, type Language } from '../../../localization.js';
import { Dec, ZERO, isPositiveMoney } from '../../../rules/decimal.js';
import { forecastScenario } from '../../../scenario/forecast-scenario.js';
import type { Scenario } from '../../../scenario/types.js';
import { $, $$, issueCase } from '../test-helpers.js';
import { safetyOf } from './client-answer.js';

const plan = issueCase;
const PLANS = [plan('8'), plan('16'), plan('19')];
const LANGS: Language[] = ['en', 'fr', 'nl', 'de'];
const AUTHORISED: Record<Language, RegExp> = {
  en: /19\u00a0h a week is more than the 16\u00a0h allowed/,
  fr: /19\u00a0h par semaine, c'est plus que les 16\u00a0h autorisées/,
  nl: /19\u00a0u per week is meer dan de toegelaten 16\u00a0u/,
  de: /19\u00a0Std\. pro Woche sind mehr als die erlaubten 16\u00a0Std\./,
};
const ALARM: Record<Language, RegExp> = { en: /ask for about .* back/, fr: /pourrait vous réclamer/, nl: /kan ongeveer .* terugvragen/, de: /zurückfordern/ };

function forecastOf(s: Scenario) {
  const r = forecastScenario(s);
  if (!r.ok) throw new Error('the case is valid');
  return r.forecast;
}

/** The sum of the months' `atRisk`, as the core computes it. */
const atRiskOf = (s: Scenario) => forecastOf(s).months.reduce((sum, m) => sum.plus(m.atRisk), ZERO).toFixed(2);
const text = (node: Element | null) => (node?.textContent ?? '').replace(/[ \t\n]+/g, ' ').trim();

async function shown(el: IpsBenefitsCalculator, lang: Language): Promise<void> {
  await waitUntil(() => el.shadowRoot?.querySelector('[part="answer"] [data-q="safe"]') && document.documentElement.lang !== 'x', 'the answer', { timeout: 15000 });
  if (lang !== 'en') await waitUntil(() => !text($(el, '[data-q="get"] h3, [data-q="get"] h4')).startsWith('What'), `${lang} texts`, { timeout: 15000 });
  await el.updateComplete;
}

afterEach(async () => {
  await setLocale('en');
  await emulateMedia({ media: 'screen' });
  await setViewport({ width: 800, height: 600 });
});

describe('the answer sorts the money at risk by cause (data)', () => {
  it('a plan above the authorised hours: all its months at risk, the cause "hours", the highest hours', () => {
    const s = safetyOf(PLANS[2], forecastOf(PLANS[2]), []);
    expect(s.cause).to.equal('hours');
    expect(s.hoursAbove).to.equal('19');
    expect(s.atRisk).to.equal(atRiskOf(PLANS[2]));
  });
  it('a plan within the hours whose last month falls after the end: nothing at risk, a renewal with the amount at stake', () => {
    const forecast = forecastOf(PLANS[0]);
    const s = safetyOf(PLANS[0], forecast, [{ date: '2027-12-31', kind: 'renewal-request' }]);
    expect(isPositiveMoney(atRiskOf(PLANS[0]))).to.be.true;
    expect(s.atRisk).to.equal('0.00');
    expect(s.cause).to.equal(null);
    expect(s.renewal).to.deep.equal({ end: '2028-01-31', askBy: '2027-12-31', atStake: atRiskOf(PLANS[0]) });
  });
});

describe('the four answers for a 19 h plan with 16 h authorised', function () {
  this.timeout(40000);
  for (const lang of LANGS) {
    it(`${lang}: "In short" names the 16 h authorised and the money at risk (the sum of the months' atRisk)`, async () => {
      const el = await fixture<IpsBenefitsCalculator>(html`<ips-benefits-calculator lang=${lang} no-link-restore amounts="gross" .scenario=${PLANS}></ips-benefits-calculator>`);
      await shown(el, lang);
      $$(el, '.plan-tab')[2].click();
      await el.updateComplete;
      const safe = text($(el, '[part="answer"] [data-q="safe"]'));
      expect(safe).to.match(AUTHORISED[lang]);
      expect(safe).to.contain(formatters(lang).euros(atRiskOf(PLANS[2])));
      expect($$(el, '[part="answer"] .answer-q').map((q) => q.dataset.q)).to.deep.equal(['get', 'safe', 'wrong', 'next']);
      await expect(el).to.be.accessible();
    });

    it(`${lang}: the client view's first screen at 375 × 812 answers the four questions, on plan C`, async () => {
      await setViewport({ width: 375, height: 812 });
      const el = await fixture<IpsBenefitsCalculator>(html`<ips-benefits-calculator lang=${lang} no-link-restore readonly .scenario=${PLANS}></ips-benefits-calculator>`);
      await shown(el, lang);
      $$<HTMLButtonElement>(el, '[part="plan-choice"] button')[2].click();
      await el.updateComplete;
      const safe = text($(el, '[data-q="safe"]'));
      expect(safe).to.match(AUTHORISED[lang]);
      expect(safe).to.contain(formatters(lang).euros(atRiskOf(PLANS[2])));
      // Each question and the start of its answer are on the first screen.
      for (const q of $$(el, '.answer-q')) {
        const first = q.querySelector('p, li')!;
        expect(first.getBoundingClientRect().top, q.dataset.q).to.be.lessThan(812);
      }
      // Nothing else is unfolded: the table, the comparison and the notes wait in their summaries.
      for (const id of ['client-months', 'client-compare', 'client-notes']) expect($<HTMLDetailsElement>(el, `#${id}`).open).to.be.false;
      await expect(el).to.be.accessible();
    });

    it(`${lang}: the printed handout opens with the same answers, and the plans compared show every plan's money at risk`, async () => {
      const el = await fixture<IpsBenefitsCalculator>(html`<ips-benefits-calculator lang=${lang} no-link-restore .scenario=${PLANS}></ips-benefits-calculator>`);
      await shown(el, lang);
      $$(el, '.plan-tab')[2].click();
      await el.updateComplete;
      $(el, '#print').click();
      await waitUntil(() => el.shadowRoot!.querySelector('.client-handout'), 'the handout', { timeout: 15000 });
      await emulateMedia({ media: 'print' });
      const doc = $(el, '.client-handout');
      const answer = doc.querySelector('.doc-answer')!;
      // The answer comes first, before the month table.
      expect(answer.compareDocumentPosition(doc.querySelector('table.months')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
      expect(text(answer.querySelector('[data-q="safe"]'))).to.match(AUTHORISED[lang]);
      expect(text(answer)).to.contain(formatters(lang).euros(atRiskOf(PLANS[2])));
      // The plans compared: the authorised maximum, and the money at risk of each plan above it.
      const compared = text(doc.querySelector('.plans-compared'));
      expect(compared).to.contain(formatters(lang).hours('16'));
      expect(compared).to.contain(formatters(lang).euros(atRiskOf(PLANS[2])));
      // Months above the hours are marked in words.
      expect(doc.querySelectorAll('table.months tr.at-risk .month-risk').length).to.equal(12);
    });
  }
});

describe('an 8 h plan whose only month at risk falls after the authorisation ends', function () {
  this.timeout(30000);
  for (const lang of LANGS) {
    it(`${lang}: no repayment alarm; a renewal to ask for before 31 December 2027, with the amount at stake`, async () => {
      const el = await fixture<IpsBenefitsCalculator>(html`<ips-benefits-calculator lang=${lang} no-link-restore readonly .scenario=${PLANS}></ips-benefits-calculator>`);
      await shown(el, lang);
      const safe = $(el, '[data-q="safe"]');
      expect(safe.querySelector('.answer-risk')).to.equal(null);
      expect(text(safe)).not.to.match(ALARM[lang]);
      const f = formatters(lang);
      const action = text(safe.querySelector('.answer-action'));
      expect(action).to.contain(f.date('2027-12-31'));
      expect(action).to.contain(f.euros(atRiskOf(PLANS[0])));
      // The yes names the authorised hours and the end.
      expect(text(safe)).to.contain(f.hours('16')).and.to.contain(f.date('2028-01-31'));
    });
  }
});

describe('what the answer says of money', () => {
  it('a loss is said as a loss, never as a negative gain', async () => {
    // A high benefit and a low wage: working pays less than not working (art. 230 reduction).
    const s: Scenario = { ...plan('30'), dailyBenefit: '150', work: [{ ...plan('30').work[0], grossHourlyWage: '11' }], authorisation: { maxHoursPerWeek: '30', start: '2027-02-01', end: '2028-12-31' } };
    expect(new Dec(forecastOf(s).totals.gainVsNoWork).isNegative()).to.be.true;
    const el = await fixture<IpsBenefitsCalculator>(html`<ips-benefits-calculator lang="fr" no-link-restore amounts="gross" .scenario=${s}></ips-benefits-calculator>`);
    await shown(el, 'fr');
    const get = text($(el, '[data-q="get"]'));
    expect(get).to.contain('de moins que sans travail');
    expect(get).not.to.match(/−|-\d/);
  });
});
