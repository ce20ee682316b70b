import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { forecastScenario } from '../../../scenario/forecast-scenario.js';
import { curveScenario, incomeCurve } from '../../../scenario/income-curve.js';
import { buildChecklist, calendarItems } from '../../../rules/checklist.js';
import type { Scenario } from '../../../scenario/types.js';
import type { ExportDetail } from '../../../events.js';
import { readIcs } from '../../../export/ics-test-reader.js';
import type { IpsBenefitsCalculator } from '../../../ips-benefits-calculator.js';
import { $, $$, calculator, money, percent, setValue, typeInto } from '../test-helpers.js';

type Lang = 'en' | 'fr' | 'nl' | 'de';
const LANGS: Lang[] = ['en', 'fr', 'nl', 'de'];
const LOCALES = { en: 'en-GB', fr: 'fr-BE', nl: 'nl-BE', de: 'de-BE' } as const;
/** The checklist's heading in each language: the sign that the language has arrived. */
const HEADINGS: Record<Lang, string> = { en: 'Dates to remember', fr: 'Dates à retenir', nl: 'Data om te onthouden', de: 'Wichtige Termine' };
const CALENDAR_WORD: Record<Lang, string> = { en: 'calendar', fr: 'agenda', nl: 'kalender', de: 'Kalender' };
/** The calendar category of what needs nothing from the person. */
const INFORMATION: Record<Lang, string> = { en: 'Information', fr: 'Information', nl: 'Informatie', de: 'Information' };

/** A job of 38 h at 16.50 € from Monday 2 February 2026, authorised up to 16 h; 8 h then 20 h. */
const COACH: Scenario = {
  version: 1,
  scheme: 'employee',
  start: '2026-01',
  months: 12,
  dailyBenefit: '62.45',
  projectIndexation: false,
  work: [
    { from: '2026-02-02', hoursPerWeek: '8', fullTimeHoursPerWeek: '38', grossHourlyWage: '16.5' },
    { from: '2026-05-01', hoursPerWeek: '20', fullTimeHoursPerWeek: '38', grossHourlyWage: '16.5' },
  ],
  authorisation: { start: '2026-02-02', maxHoursPerWeek: '16' },
};

/** A date as Intl writes it in a language (the element writes "1er" for the first of a month in French). */
function longDate(iso: string, lang: Lang): string {
  const text = new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
  return lang === 'fr' ? text.replace(/^1 /, '1er ') : text;
}

async function shown(scenario: unknown, lang: Lang): Promise<IpsBenefitsCalculator> {
  const el = await calculator(scenario, lang);
  await waitUntil(() => $(el, '#checklist-title')?.textContent!.trim() === HEADINGS[lang], `${lang} checklist`, { timeout: 15000 });
  return el;
}

async function unfold(el: IpsBenefitsCalculator, selector: string): Promise<void> {
  const details = $<HTMLDetailsElement>(el, selector);
  setTimeout(() => details.querySelector('summary')!.click());
  await oneEvent(details, 'toggle');
  await el.updateComplete;
}
const openCurve = (el: IpsBenefitsCalculator) => unfold(el, '[part="income-curve"]');
const openChecklist = (el: IpsBenefitsCalculator) => unfold(el, '[part="checklist"] details');

describe('the income curve over the hours', () => {
  it('is computed only when unfolded, then shows for 0 h, the 20 % threshold, the authorised maximum and full time the forecast of that volume', async () => {
    const el = await shown(COACH, 'fr');
    expect($$(el, '[part="income-curve"] tbody tr')).to.have.length(0);
    await openCurve(el);
    const curve = incomeCurve(COACH)!;
    // The threshold from the core's parameter (20 % of S), not written here.
    const threshold = curve.marks.thresholdHours!;
    expect(Number(threshold)).to.be.greaterThan(0).and.lessThan(16);
    const rows = $$(el, '[part="income-curve"] tbody tr');
    expect(rows.length).to.equal(curve.points.length);
    expect(rows.length).to.be.at.least(77);
    for (const hours of ['0', threshold, '16', '38']) {
      const expected = forecastScenario(curveScenario(COACH, hours));
      if (!expected.ok) throw new Error('invalid');
      const m = expected.forecast.months[0];
      const row = $(el, `[part="income-curve"] tr[data-hours="${hours}"]`);
      expect(row, `row of ${hours} h`).to.exist;
      expect(row.querySelector('.total')!.textContent!.trim()).to.equal(money(m.total, 'fr'));
      expect(row.querySelector('.benefit')!.textContent!.trim()).to.equal(money(m.benefit, 'fr'));
      expect(row.querySelector('.earnings')!.textContent!.trim()).to.equal(money(m.earnings, 'fr'));
      expect(row.querySelectorAll('td')[3].textContent!.trim()).to.equal(percent(String(m.reductionPercent), 'fr'));
    }
    // The marks are said in words, not only drawn.
    expect($(el, `tr[data-hours="${threshold}"] .marks`).textContent).to.include('seuil sans réduction');
    expect($(el, 'tr[data-hours="16"] .marks').textContent).to.include('maximum autorisé');
    expect($(el, 'tr[data-hours="8"] .marks').textContent).to.include('plan A');
    expect($(el, 'tr[data-hours="20"]').classList.contains('at-risk')).to.be.true;
    expect($(el, 'tr[data-hours="20"] .marks').textContent).to.include('non autorisé');
    expect($(el, 'tr[data-hours="12"] .marks').textContent!.trim()).to.equal('');
    // Above the maximum, hatched in the chart and named in the legend.
    expect($(el, '[part="income-curve"] rect.not-authorised')).to.exist;
    expect($(el, '[part="income-curve"] .legend').textContent).to.include('Heures non autorisées');
    // What one more hour a week brings, below and above the threshold.
    const sentence = $(el, '#curve-sentence').textContent!;
    expect(sentence).to.include(money(curve.slopes.belowThreshold!, 'fr'));
    expect(sentence).to.include(money(curve.slopes.aboveThreshold!, 'fr'));
    // Keyboard: the summary and the table's scrolling region take the focus.
    expect($(el, '[part="income-curve"] .scroll').tabIndex).to.equal(0);
  });

  it('marks every plan compared on the curve of the plan shown', async () => {
    const other = { ...COACH, work: [{ ...COACH.work[0], hoursPerWeek: '12' }] };
    const el = await shown([COACH, other], 'nl');
    await openCurve(el);
    expect($(el, 'tr[data-hours="12"] .marks').textContent).to.include('plan B');
    expect($$(el, '[part="income-curve"] circle.plan-mark')).to.have.length(3);
  });

  it('says why there is no curve without salaried work', async () => {
    const el = await shown({ ...COACH, work: [{ from: '2026-02-02', hoursPerWeek: '6', kind: 'volunteer' }], authorisation: undefined }, 'en');
    await openCurve(el);
    expect($(el, '[part="income-curve"]').textContent).to.include('needs a step of salaried work');
    expect($$(el, '[part="income-curve"] table')).to.have.length(0);
  });
});

describe('the dated checklist', () => {
  for (const lang of ['fr', 'nl'] as const) {
    it(`shows the request deadline and the authorisation's last day with ${lang} dates`, async () => {
      const el = await shown(COACH, lang);
      const expected = forecastScenario(COACH);
      if (!expected.ok) throw new Error('invalid');
      const items = buildChecklist(expected);
      // Folded, and not computed, until asked for.
      expect($$(el, '[part="checklist"] li')).to.have.length(0);
      await openChecklist(el);
      const deadline = items.find((i) => i.kind === 'request-deadline')!;
      const end = items.find((i) => i.kind === 'authorisation-end')!;
      expect($$(el, '[part="checklist"] li')).to.have.length(items.length);
      const li = (kind: string) => $(el, `[part="checklist"] li[data-kind="${kind}"]`);
      expect(li('request-deadline').querySelector('time')!.textContent!.trim()).to.equal(longDate(deadline.date, lang));
      expect(li('request-deadline').querySelector('time')!.getAttribute('datetime')).to.equal(deadline.date);
      expect(li('authorisation-end').querySelector('time')!.textContent!.trim()).to.equal(longDate(end.date, lang));
      expect(li('request-deadline').textContent).to.include(lang === 'fr' ? 'médecin-conseil' : 'adviserend arts');
      expect(el.shadowRoot!.textContent).not.to.match(/NaN|undefined/);
    });
  }

  for (const lang of LANGS) {
    it(`exports the checklist as an iCalendar file from a button named with the ${lang} word for calendar`, async () => {
      const el = await shown(COACH, lang);
      const button = $(el, '#export-ics');
      expect(button.textContent).to.include(CALENDAR_WORD[lang]);
      setTimeout(() => button.click());
      const { detail } = (await oneEvent(el, 'ips-export')) as CustomEvent<ExportDetail>;
      expect(detail.format).to.equal('ics');
      expect(detail.filename).to.match(/\.ics$/);
      expect(detail.scenario).to.deep.equal(el.scenario);
      const { events } = readIcs(detail.content);
      const expected = forecastScenario(COACH);
      if (!expected.ok) throw new Error('invalid');
      const items = buildChecklist(expected);
      // One note for the employer's monthly declarations (eleven months of work here), not one event a month.
      expect(items.filter((i) => i.kind === 'employer-declaration')).to.have.length(11);
      const calendar = calendarItems(items);
      expect(events).to.have.length(calendar.length);
      const declarations = events.filter((_, i) => calendar[i].kind === 'employer-declaration');
      expect(declarations).to.have.length(1);
      expect(declarations[0].categories).to.deep.equal([INFORMATION[lang]]);
      expect(declarations[0].description).to.be.a('string');
      // The first benefit on the last day of the month it is paid in (March), never before it.
      expect(events.find((_, i) => calendar[i].kind === 'first-benefit-payment')!.date).to.equal('2026-03-31');
      // The file was made from the folded list; unfolded, the list says the same.
      await openChecklist(el);
      const text = (kind: string) => $(el, `[part="checklist"] li[data-kind="${kind}"] span`).textContent!.trim();
      // readIcs checks that each event is all-day (VALUE=DATE, ending the next day).
      for (const kind of ['request-deadline', 'authorisation-end']) {
        const item = items.find((i) => i.kind === kind)!;
        expect(events.some((e) => e.date === item.date && e.summary === text(kind)), kind).to.be.true;
      }
    });
  }
});

describe('volunteering in the form', () => {
  it('typed in Dutch: the allowances only for that kind, no reduction, the volunteering in the checklist', async () => {
    const start: Scenario = { ...COACH, work: [{ ...COACH.work[0], from: '2026-01-05' }], authorisation: undefined };
    const el = await shown(start, 'nl');
    expect($(el, '#step-0-allowancePerDay')).to.equal(null);
    await setValue(el, '#step-0-kind', 'volunteer', 'change');
    await waitUntil(() => $(el, '#step-0-allowancePerDay'), 'the allowance fields', { timeout: 15000 });
    await typeInto(el, 'step-0-allowancePerDay', '25,5');
    await typeInto(el, 'step-0-allowancePerYear', '1000');
    const typed: Scenario = {
      ...start,
      work: [{ from: '2026-01-05', hoursPerWeek: '8', kind: 'volunteer', allowancePerDay: '25.5', allowancePerYear: '1000' }],
    };
    delete (typed as { authorisation?: unknown }).authorisation;
    const expected = forecastScenario(typed);
    if (!expected.ok) throw new Error('invalid');
    expect(expected.scenario.work).to.deep.equal(el.scenario!.work);
    for (const m of expected.forecast.months) {
      expect(m.reductionPercent).to.equal(0);
      expect(m.benefit).to.equal(m.fullBenefit);
      const row = $(el, `table[part="table"] tr[data-month="${m.month}"]`);
      expect(row.querySelector('.benefit')!.textContent!.trim()).to.equal(money(m.fullBenefit, 'nl'));
    }
    expect(expected.forecast.months[1].segments.some((s) => s.rule === 'volunteer')).to.be.true;
    await openChecklist(el);
    expect($(el, '[part="checklist"] li[data-kind="volunteer-advisor"]').textContent).to.include('formulier voor vrijwilligerswerk');
    expect($(el, '[part="checklist"] li[data-kind="volunteer-start"]')).to.exist;
    expect($$(el, '[part="checklist"] li[data-kind="request-deadline"]')).to.have.length(0);
    // Why? in the table names the rule.
    $(el, 'tr[data-month="2026-02"] .why').click();
    await el.updateComplete;
    expect($(el, '#explanation').textContent).to.include('Vrijwilligerswerk (wet van 3 juli 2005)');
    await expect(el).to.be.accessible();
  });

  it('shows an allowance that cannot be read next to its field, and the notice above the limits', async () => {
    const el = await shown({ ...COACH, work: [{ from: '2026-01-05', hoursPerWeek: '8', kind: 'volunteer' }], authorisation: undefined }, 'fr');
    await typeInto(el, 'step-0-allowancePerDay', 'abc');
    expect($(el, '#step-0-allowancePerDay').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#step-0-allowancePerDay-error')).to.exist;
    await typeInto(el, 'step-0-allowancePerDay', '500');
    expect($(el, '#step-0-allowancePerDay').getAttribute('aria-invalid')).to.equal('false');
    expect(el.shadowRoot!.textContent).to.include('dépassent les plafonds légaux');
  });
});

describe('the counselling views in four languages', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  for (const lang of LANGS) {
    // axe reads the whole element with the curve's table unfolded: a few seconds.
    it(`are accessible in ${lang}, and fit 320 px without sideways scrolling`, async function () {
      this.timeout(30_000);
      await setViewport({ width: 320, height: 640 });
      const el = await shown(COACH, lang);
      await openChecklist(el);
      await openCurve(el);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      for (const part of $$(el, '[part="checklist"], [part="income-curve"], [part="income-curve"] figure, [part="income-curve"] .scroll')) {
        expect(part.getBoundingClientRect().right, part.getAttribute('part') ?? part.className).to.be.at.most(320);
      }
      // Text of the chart at least 11 px.
      for (const text of $$(el, '[part="income-curve"] svg text')) expect(parseFloat(getComputedStyle(text).fontSize)).to.be.at.least(11);
      expect(el.shadowRoot!.textContent).not.to.match(/NaN|undefined/);
      await expect(el).to.be.accessible();
    });
  }
});
