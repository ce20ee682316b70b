import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { getLocale, setLocale } from '../../localization.js';
import { forecastScenario } from '../../scenario/forecast-scenario.js';
import type { Scenario } from '../../scenario/types.js';
import { $, $$, calculator, money, setValue } from './test-helpers.js';

/** A statement of January 2026 (64.20 € a day) and 8 h of work: the March 2026 indexation applies. */
const STATEMENT: Scenario = {
  version: 1,
  scheme: 'employee',
  start: '2026-01',
  months: 4,
  dailyBenefit: '64.20',
  work: [{ from: '2026-01-01', hoursPerWeek: '8', fullTimeHoursPerWeek: '38', grossHourlyWage: '16' }],
};

async function explain(el: Awaited<ReturnType<typeof calculator>>, row: number): Promise<string> {
  $$(el, '.why')[row].click();
  await el.updateComplete;
  await aTimeout(0);
  return $(el, '[part="explanation"]').textContent!.replace(/\s+/g, ' ');
}

afterEach(async () => {
  await setLocale('en');
});

describe('amounts that follow indexation, on the screen', () => {
  const sentences = {
    en: { statement: 'Daily benefit of your statement of January 2026', full: 'Full daily benefit' },
    fr: { statement: 'Indemnité journalière de votre relevé pour janvier 2026', full: 'Indemnité journalière complète' },
    nl: { statement: 'Daguitkering op uw betalingsoverzicht van januari 2026', full: 'Volledige daguitkering' },
    de: { statement: 'Tagessatz auf Ihrer Zahlungsübersicht von Januar 2026', full: 'Voller Tagessatz' },
  } as const;

  for (const lang of ['en', 'fr', 'nl', 'de'] as const) {
    it(`carries a typed benefit from its statement's month through the 1 March 2026 indexation, and explains it (${lang})`, async () => {
      const el = await calculator({ ...STATEMENT, dailyBenefitAsOf: '2026-01', projectIndexation: false }, lang);
      await waitUntil(() => getLocale() === lang, `${lang} loaded`, { timeout: 15000 });
      await el.updateComplete;
      const expected = forecastScenario(el.scenario);
      if (!expected.ok) throw new Error('valid');
      expect(expected.forecast.months.map((m) => m.segments[0].fullDailyBenefit)).to.deep.equal(['64.20', '64.20', '65.48', '65.48']);
      const rows = $$(el, 'table[part="table"] tbody tr');
      expect(rows[2].querySelector('.benefit')!.textContent!.trim()).to.equal(money(expected.forecast.months[2].benefit, lang));
      const text = await explain(el, 2);
      expect(text).to.contain(sentences[lang].statement);
      const plain = (amount: string) => money(amount, lang).replace(/\s+/g, ' ');
      expect(text).to.contain(`${plain('64.20')}. `);
      expect(text).to.contain(`${sentences[lang].full}`);
      expect(text).to.contain(plain('65.48'));
      await expect(el).to.be.accessible();
    });
  }

  it('asks for the statement\'s month next to the amount and puts it in the scenario', async () => {
    const el = await calculator({ ...STATEMENT, projectIndexation: false });
    await setValue(el, '#dailyBenefitAsOf', '2026-03');
    expect(el.scenario).to.deep.include({ dailyBenefitAsOf: '2026-03' });
    // A March statement already includes the March step: January and February were lower.
    const expected = forecastScenario(el.scenario);
    if (!expected.ok) throw new Error('valid');
    expect(expected.forecast.months.map((m) => m.segments[0].fullDailyBenefit)).to.deep.equal(['62.94', '62.94', '64.20', '64.20']);
  });

  it('projects the forecast indexation by default, marks it ≈ in the table, the chart and the explanation, and drops it when unticked', async () => {
    const el = await calculator({ ...STATEMENT, start: '2026-09', months: 3 });
    expect($<HTMLInputElement>(el, '#projectIndexation').checked).to.be.true;
    expect(el.scenario).to.deep.include({ projectIndexation: true });
    const rows = $$(el, 'table[part="table"] tbody tr');
    // September: no projection; October 2026: +2 % forecast by the Planning Bureau.
    expect(rows[0].querySelector('.projection')).to.equal(null);
    expect(rows[1].querySelector('.projection')).not.to.equal(null);
    expect($$(el, 'svg .projection-mark')).to.have.length(2);
    expect($(el, '[part="chart"] .legend').textContent).to.contain('Projection');
    expect(await explain(el, 1)).to.contain('(projection)');
    $<HTMLInputElement>(el, '#projectIndexation').click();
    await el.updateComplete;
    expect(el.scenario).to.deep.include({ projectIndexation: false });
    expect($$(el, 'table[part="table"] tbody .projection')).to.have.length(0);
  });

  it('keeps "no projection" through the scenario (and so through a share link)', async () => {
    const el = await calculator({ ...STATEMENT, start: '2026-09', months: 3, projectIndexation: false });
    expect($<HTMLInputElement>(el, '#projectIndexation').checked).to.be.false;
    expect($$(el, 'table[part="table"] tbody .projection')).to.have.length(0);
  });

  it('warns about full-time work in the month table\'s notes', async () => {
    const el = await calculator({
      ...STATEMENT,
      projectIndexation: false,
      work: [{ from: '2026-01-01', hoursPerWeek: '38', fullTimeHoursPerWeek: '38', grossHourlyWage: '16' }],
    });
    expect(el.shadowRoot!.textContent).to.contain('Full-time work normally ends the recognised incapacity');
  });
});
