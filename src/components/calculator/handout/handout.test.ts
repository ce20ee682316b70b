import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { IpsBenefitsCalculator } from '../../../ips-benefits-calculator.js';
import { formatters } from '../../../format.js';
import { setLocale, type Language } from '../../../localization.js';
import { netForecast } from '../../../rules/net/index.js';
import { Dec } from '../../../rules/decimal.js';
import { forecastScenario } from '../../../scenario/forecast-scenario.js';
import type { Scenario } from '../../../scenario/types.js';
import type { ShareDetail } from '../../../events.js';
import { $, $$, calculator, EXAMPLE, typeInto } from '../test-helpers.js';
import { namesFromFragment } from './handout.js';

const SCENARIO: Scenario = {
  ...EXAMPLE,
  authorisation: { start: '2026-01-01', maxHoursPerWeek: '12', nature: 'Kitchen help', requestSent: '2025-12-15' },
};

const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
let printed = 0;
const realPrint = window.print;

/** Opens "Prepare a handout" (loads its module) and waits for the panel. */
async function openPanel(el: IpsBenefitsCalculator): Promise<void> {
  $(el, '#print').click();
  await waitUntil(() => el.shadowRoot!.querySelector('.handout-panel'), 'the panel opens', { timeout: 15000 });
  await el.updateComplete;
}

const TITLES: Record<Language, { client: string; advisor: string; without: string }> = {
  en: { client: 'Your plan: benefit and wage, month by month', advisor: 'Note for the medical advisor: planned authorised work', without: 'Without work' },
  fr: { client: 'Votre plan : indemnités et salaire, mois par mois', advisor: 'Note pour le médecin-conseil : travail autorisé prévu', without: 'Sans travail' },
  nl: { client: 'Uw plan: uitkering en loon, maand per maand', advisor: 'Nota voor de adviserend arts: geplande toegelaten arbeid', without: 'Zonder werk' },
  de: { client: 'Ihr Plan: Krankengeld und Lohn, Monat für Monat', advisor: 'Notiz für den Vertrauensarzt: geplante genehmigte Arbeit', without: 'Ohne Arbeit' },
};

beforeEach(() => {
  printed = 0;
  window.print = () => {
    printed += 1;
  };
});
afterEach(async () => {
  window.print = realPrint;
  await emulateMedia({ media: 'screen' });
  await setLocale('en');
});

describe('prepare a handout', function () {
  // The first opening loads the panel's module (and the net estimate) on a busy machine.
  this.timeout(30000);
  it('opens a panel from the print button, and prints only the document chosen', async () => {
    const el = await calculator(SCENARIO);
    await openPanel(el);
    expect(el.shadowRoot!.activeElement?.id).to.equal('handout-panel-title');
    await expect(el).to.be.accessible();
    expect(getComputedStyle($(el, '[part="handout"]')).display).to.equal('none', 'not on screen');
    const exported = oneEvent(el, 'ips-export');
    $(el, '#handout-print').click();
    expect((await exported).detail.format).to.equal('print');
    await waitUntil(() => printed === 1, 'window.print() called', { timeout: 15000 });

    await emulateMedia({ media: 'print' });
    const doc = $(el, '[part="handout"]');
    expect(getComputedStyle(doc).display).to.equal('block');
    for (const selector of ['.handout-panel', 'table[part="table"]', '[part="print-summary"]', '[part="notes"]', '[part="chart"]', '[part="actions"]', 'h2']) {
      const node = el.shadowRoot!.querySelector(selector);
      if (node) expect(node.checkVisibility(), selector).to.equal(false);
    }
    await expect(el).to.be.accessible();
  });

  it('holds each month without work, with the work and the difference, net and gross, as the core computes them', async () => {
    const el = await calculator(SCENARIO);
    await openPanel(el);
    await emulateMedia({ media: 'print' });
    const core = forecastScenario(SCENARIO);
    if (!core.ok) throw new Error('the example is valid');
    const net = netForecast(core.forecast, core.input, null);
    const f = formatters('en');
    const rows = $$(el, '.client-handout table.months tbody tr');
    expect(rows.length).to.equal(12);
    core.forecast.months.forEach((m, i) => {
      const n = net.months[i];
      const cells = [...rows[i].querySelectorAll('td')].map((c) => c.textContent!.trim());
      const netWithout = f.money(new Dec(n.net.total).minus(n.net.gainVsNoWork).toString());
      expect(cells, m.month).to.deep.equal([netWithout, f.money(m.fullBenefit), f.money(n.net.total), f.money(m.total), f.money(n.net.gainVsNoWork), f.money(m.gainVsNoWork)]);
      // A month at risk says why, in words, beside the month.
      const risk = new Dec(m.atRisk).gt(0) ? (m.segments.some((g) => g.aboveAuthorisedHours) ? ' more hours than allowed' : ' outside the permission') : '';
      expect(text(rows[i].querySelector('th')!)).to.equal(f.month(m.month) + risk);
      expect(rows[i].classList.contains('at-risk')).to.equal(risk !== '');
    });
    const total = [...$(el, '.client-handout tfoot tr').querySelectorAll('td')].map((c) => c.textContent!.trim());
    expect(total[3]).to.equal(f.money(core.forecast.totals.total));
    expect(total[2]).to.equal(f.money(net.totals.net.total));
    const doc = text($(el, '.client-handout'));
    expect(doc).to.contain(`about ${f.money(net.totals.net.gainVsNoWork)} more than without work`);
    expect(doc).to.contain('The plan: from 1 January 2026, 8 h a week; from 1 April 2026, 16 h a week.');
    // Key dates and next steps come from the core's checklist.
    expect(text($(el, '.key-dates'))).to.contain('Review of your authorisation by the medical advisor, around this date');
    expect(text($(el, '.key-dates'))).to.contain('Start your new hours: 16 h a week');
    expect(text($(el, '.appendix'))).to.contain('62.45 a day');
    // No folded section, no button on paper.
    expect($$(el, 'summary, details, button').filter((n) => n.checkVisibility()).length).to.equal(0);
  });

  it('says what to do next from the coming dates, net and gross after 2026 (on the last known rules)', async () => {
    const year = new Date().getFullYear() + 2;
    const later: Scenario = {
      ...EXAMPLE,
      start: `${year}-01`,
      work: EXAMPLE.work.map((s) => ({ ...s, from: s.from.replace('2026', String(year)) })),
    };
    const el = await calculator(later);
    await openPanel(el);
    await emulateMedia({ media: 'print' });
    const f = formatters('en');
    const steps = $$(el, '.next-steps li').map(text);
    // The request's deadline is the working day before the first day of work (the core's checklist).
    expect(steps[0]).to.match(new RegExp(`^By (${f.date(`${year - 1}-12-31`)}|${f.date(`${year - 1}-12-30`)}|${f.date(`${year - 1}-12-29`)}) at the latest: send the request`));
    expect(steps[1]).to.contain(`By ${f.date(`${year}-03-31`)} at the latest: ask the medical advisor to authorise the new hours (16 h a week)`);
    const core = forecastScenario(later);
    if (!core.ok) throw new Error('valid');
    // Months after 2026 are estimated with the 2026 rules: net and gross side by side.
    const head = $$(el, '.client-handout table.months thead th').map(text);
    expect(head).to.deep.equal(['Month', 'Without work', 'With the work', 'Difference', 'net', 'gross', 'net', 'gross', 'net', 'gross']);
    const cells = [...$(el, '.client-handout table.months tbody tr').querySelectorAll('td')].map(text);
    const m = core.forecast.months[0];
    expect([cells[1], cells[3], cells[5]]).to.deep.equal([f.money(m.fullBenefit), f.money(m.total), f.money(m.gainVsNoWork)]);
    await expect(el).to.be.accessible();
  });

  it('shows gross amounts only where the net is not known (before 2025)', async () => {
    const earlier: Scenario = {
      ...EXAMPLE,
      start: '2024-01',
      work: EXAMPLE.work.map((s) => ({ ...s, from: s.from.replace('2026', '2024') })),
    };
    const el = await calculator(earlier);
    await openPanel(el);
    await emulateMedia({ media: 'print' });
    const f = formatters('en');
    const core = forecastScenario(earlier);
    if (!core.ok) throw new Error(JSON.stringify(core));
    const head = $$(el, '.client-handout table.months thead th').map(text);
    expect(head).to.deep.equal(['Month', 'Without work', 'With the work', 'Difference']);
    const cells = [...$(el, '.client-handout table.months tbody tr').querySelectorAll('td')].map(text);
    const m = core.forecast.months[0];
    expect(cells).to.deep.equal([f.money(m.fullBenefit), f.money(m.total), f.money(m.gainVsNoWork)]);
    expect(text($(el, '.months caption'))).to.contain('Gross amounts');
    await expect(el).to.be.accessible();
  });

  it('shows gross amounts for a self-employed plan, as the screen does (its net is not estimated)', async () => {
    const selfEmployed: Scenario = {
      version: 1,
      scheme: 'self-employed',
      start: '2026-01',
      months: 12,
      dailyBenefit: '60.56',
      selfEmployed: { activityStart: '2025-02-01' },
      work: [{ from: '2025-02-01', hoursPerWeek: '12', grossMonthlyWage: '1200' }],
    };
    const el = await calculator(selfEmployed);
    expect($$(el, '#amounts-net'), 'the screen offers no net').to.have.length(0);
    await openPanel(el);
    await emulateMedia({ media: 'print' });
    const head = $$(el, '.client-handout table.months thead th').map(text);
    expect(head).to.deep.equal(['Month', 'Without work', 'With the work', 'Difference']);
    expect(text($(el, '.months caption'))).to.contain('Gross amounts');
  });

  it('compares the totals of every plan', async () => {
    const el = await calculator([SCENARIO, { ...SCENARIO, work: [{ ...SCENARIO.work[0], hoursPerWeek: '24' }] }]);
    await openPanel(el);
    await emulateMedia({ media: 'print' });
    const rows = $$(el, '.plans-compared tbody tr');
    expect(rows.length).to.equal(2);
    const second = forecastScenario({ ...SCENARIO, work: [{ ...SCENARIO.work[0], hoursPerWeek: '24' }] });
    if (!second.ok) throw new Error('valid');
    expect(text(rows[1])).to.contain('Plan B: 24 h');
    expect(text(rows[1])).to.contain(formatters('en').money(second.forecast.totals.gainVsNoWork));
  });

  it('prints the names typed, and keeps them out of the share link unless the box is ticked', async () => {
    const el = await calculator(SCENARIO);
    await openPanel(el);
    await typeInto(el, 'handout-client', 'Amélie Dupont');
    await typeInto(el, 'handout-coach', 'Jan Peeters');
    await typeInto(el, 'handout-contact', '0470 12 34 56');
    await emulateMedia({ media: 'print' });
    const head = text($(el, '.doc-head'));
    expect(head).to.contain('For Amélie Dupont');
    expect(head).to.contain('by Jan Peeters, 0470 12 34 56');
    await emulateMedia({ media: 'screen' });

    let shared = oneEvent(el, 'ips-share');
    $(el, '#share').click();
    let url = ((await shared) as CustomEvent<ShareDetail>).detail.url;
    await el.updateComplete;
    for (const link of [url, $<HTMLInputElement>(el, '#share-url').value, window.location.href]) {
      expect(decodeURIComponent(link)).not.to.contain('Amélie');
      expect(decodeURIComponent(link)).not.to.contain('Peeters');
    }
    expect(namesFromFragment(new URL(url).hash)).to.equal(null);

    $(el, '#handout-names-in-link').click();
    shared = oneEvent(el, 'ips-share');
    $(el, '#share').click();
    url = ((await shared) as CustomEvent<ShareDetail>).detail.url;
    expect(namesFromFragment(new URL(url).hash)).to.deep.equal({ client: 'Amélie Dupont', coach: 'Jan Peeters', contact: '0470 12 34 56' });
    expect(window.location.href).not.to.contain('ipsh');
  });

  it('prints the note for the medical advisor: the steps, the requested hours next to the authorised ones, room for the conditions', async () => {
    const withVolunteer: Scenario = {
      ...SCENARIO,
      work: [...SCENARIO.work, { from: '2026-07-01', kind: 'volunteer', hoursPerWeek: '4' }],
    };
    const el = await calculator(withVolunteer);
    await openPanel(el);
    $(el, '#handout-advisor').click();
    await el.updateComplete;
    await emulateMedia({ media: 'print' });
    expect($(el, '.client-handout')).to.equal(null);
    const note = $(el, '[part="advisor-note"]');
    expect(getComputedStyle(note).display).to.equal('block');
    const rows = $$(el, '.steps-table tbody tr').map((r) => [...r.children].map((c) => text(c)));
    expect(rows).to.deep.equal([
      ['1 January 2026', 'salaried work', '8 h', '38 h', formatters('en').percent('21.05').replace(/\s+/g, ' '), '12 h'],
      ['1 April 2026', 'salaried work', '16 h (more than authorised)', '38 h', formatters('en').percent('42.11').replace(/\s+/g, ' '), '12 h'],
      ['1 July 2026', 'volunteering', '4 h', '–', '–', '–'],
    ]);
    const body = text(note);
    expect(body).to.contain('Requested: at most 16 h a week of paid work.');
    expect(body).to.contain('Authorised so far: at most 12 h a week.');
    expect(body).to.contain('Kitchen help');
    // The dated items carry the screen's titles (one wording for screen, calendar file and paper).
    // Written to the advisor, about the person: never "your request".
    expect(body).to.contain('Volunteering form expected before 1 July 2026');
    expect(body).not.to.match(/\byour\b/i);
    expect(body).to.contain("The medical advisor's decision");
    expect(getComputedStyle($(el, '.room')).height).not.to.equal('0px');
    await expect(el).to.be.accessible();
  });

  for (const language of ['fr', 'nl', 'de'] as const) {
    it(`prints both documents in the element's language (${language})`, async () => {
      const el = await calculator(SCENARIO, language);
      await waitUntil(() => !$(el, 'h2').textContent!.includes('Benefit and wage'), 'translated', { timeout: 15000 });
      await openPanel(el);
      await emulateMedia({ media: 'print' });
      const f = formatters(language);
      expect(text($(el, '#doc-title'))).to.equal(TITLES[language].client);
      expect(text($(el, '.months thead'))).to.contain(TITLES[language].without);
      expect(text($(el, '.months tbody th'))).to.equal(f.month('2026-01'));
      await expect(el).to.be.accessible();
      await emulateMedia({ media: 'screen' });
      $(el, '#handout-advisor').click();
      await el.updateComplete;
      await emulateMedia({ media: 'print' });
      expect(text($(el, '#doc-title'))).to.equal(TITLES[language].advisor);
      expect(text($(el, '.steps-table'))).to.contain(f.percent('21.05').replace(/\s+/g, ' '));
      expect(text($(el, '.advisor-note'))).not.to.match(/\b(the|hours|work|advisor)\b/i);
      await expect(el).to.be.accessible();
    });
  }

  it('fills the names from a share link the coach made with the box ticked', async () => {
    const names = { client: 'Amélie Dupont', coach: 'Jan Peeters', contact: '0470 12 34 56' };
    const before = window.location.hash;
    window.history.replaceState(null, '', `#ipsh=${encodeURIComponent(JSON.stringify(names))}`);
    try {
      const el = await fixture<IpsBenefitsCalculator>(html`<ips-benefits-calculator lang="en" .scenario=${SCENARIO}></ips-benefits-calculator>`);
      await el.updateComplete;
      await openPanel(el);
      expect($<HTMLInputElement>(el, '#handout-client').value).to.equal('Amélie Dupont');
      expect($<HTMLInputElement>(el, '#handout-contact').value).to.equal('0470 12 34 56');
      expect($<HTMLInputElement>(el, '#handout-names-in-link').checked).to.equal(false, 'not passed on without the coach ticking again');
    } finally {
      window.history.replaceState(null, '', before || window.location.pathname + window.location.search);
    }
  });

  it('closes, and the print button gets the focus back; the screen copy prints again', async () => {
    const el = await calculator(SCENARIO);
    await openPanel(el);
    $(el, '#handout-close').click();
    await el.updateComplete;
    await el.updateComplete;
    expect($(el, '.handout-panel')).to.equal(null);
    expect(el.shadowRoot!.activeElement?.id).to.equal('print');
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle($(el, '[part="print-summary"]')).display).to.equal('block');
    // Without a handout, the screen copy prints without its folded sections.
    expect($$(el, 'details:not([open])').length).to.be.greaterThan(0);
    for (const folded of $$(el, 'details:not([open])')) expect(getComputedStyle(folded).display).to.equal('none');
  });
});
