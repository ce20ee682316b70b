/**
 * The net in the element (issue 13): the gross/net switch against the core's netForecast, the
 * situation for tax typed in French, the deductions of "Why?", the year-end settlement, the
 * self-employed sentence, in four languages, with axe, at 320 px.
 */
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { getLocale, setLocale } from '../../../localization.js';
import { netForecast, type NetForecast } from '../../../rules/net/index.js';
import type { Forecast } from '../../../rules/forecast.js';
import { forecastScenario } from '../../../scenario/forecast-scenario.js';
import { Dec } from '../../../rules/decimal.js';
import { formatters } from '../../../format.js';
import { yearEndSentence } from './net-view.js';
import type { IpsBenefitsCalculator } from '../../../ips-benefits-calculator.js';
import { $, $$, EXAMPLE, calculator, money, setValue, typeInto } from '../test-helpers.js';

type Lang = 'en' | 'fr' | 'nl' | 'de';

/** The core's gross and net forecasts of the element's scenario (computed here, not copied). */
function expected(el: IpsBenefitsCalculator): { forecast: Forecast; net: NetForecast } {
  const result = forecastScenario(el.scenario);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return { forecast: result.forecast, net: netForecast(result.forecast, result.input, result.input.person ?? null) };
}

/** The amount of a cell, without the small lines under it ("(gross)", "if taxed: …"). */
function amountOf(td: Element): string {
  let text = td.textContent!;
  for (const line of td.querySelectorAll('.range')) text = text.replace(line.textContent!, '');
  return text.trim();
}
const cell = (el: IpsBenefitsCalculator, month: string, column: string) => amountOf($(el, `table[part="table"] tr[data-month="${month}"] .${column}`));
const footer = (el: IpsBenefitsCalculator, column: string) => amountOf($(el, `table[part="table"] tfoot .${column}`));

/** Waits for the language's texts (the locale file loads after the element's first render). */
async function net(scenario: unknown, lang: Lang = 'en', amounts: 'net' | 'gross' | 'default' = 'default'): Promise<IpsBenefitsCalculator> {
  const el = await calculator(scenario, lang, amounts);
  await waitUntil(() => getLocale() === lang, `${lang} loaded`, { timeout: 15000 });
  await el.updateComplete;
  return el;
}

const CAPTIONS = { en: 'net amounts', fr: 'montants nets', nl: 'nettobedragen', de: 'Nettobeträge' };

afterEach(async () => {
  await setViewport({ width: 800, height: 600 });
  await setLocale('en');
});

describe('gross and net in the element', () => {
  it('shows net by default and the switch turns the table, totals and chart to gross and back', async () => {
    const el = await net(EXAMPLE, 'en', 'default');
    const { forecast, net: n } = expected(el);
    const april = n.months[3];
    expect(april.month).to.equal('2026-04');
    // The net is lower than the gross: the test compares two different figures.
    expect(april.net.total).not.to.equal(forecast.months[3].total);
    expect($(el, '#amounts-net').getAttribute('aria-pressed')).to.equal('true');
    expect(cell(el, '2026-04', 'total')).to.equal(money(april.net.total));
    expect(cell(el, '2026-04', 'benefit')).to.equal(money(april.net.benefit));
    expect(cell(el, '2026-04', 'earnings')).to.equal(money(april.net.earnings));
    expect(footer(el, 'total')).to.equal(money(n.totals.net.total));
    expect($(el, '.summary .total').textContent!.trim()).to.equal(money(n.totals.net.total));
    expect($(el, '#table-caption').textContent).to.contain('net amounts');
    expect($(el, '[part="chart"] .legend').textContent).to.contain('Net wage');

    $(el, '#amounts-gross').click();
    await el.updateComplete;
    expect(el.amounts).to.equal('gross');
    expect($(el, '#amounts-gross').getAttribute('aria-pressed')).to.equal('true');
    expect(cell(el, '2026-04', 'total')).to.equal(money(forecast.months[3].total));
    expect(footer(el, 'total')).to.equal(money(forecast.totals.total));
    expect($(el, '#table-caption').textContent).to.contain('gross amounts');
    expect($(el, '[part="chart"] .legend').textContent).to.contain('Gross wage');
    await expect(el).to.be.accessible();

    $(el, '#amounts-net').click();
    await el.updateComplete;
    expect(cell(el, '2026-04', 'total')).to.equal(money(april.net.total));
  });

  it('takes amounts="gross" from the host page', async () => {
    const el = await net(EXAMPLE, 'en', 'gross');
    const { forecast } = expected(el);
    expect(cell(el, '2026-01', 'total')).to.equal(money(forecast.months[0].total));
  });

  const DEFAULTS = { en: 'employee', fr: 'employé', nl: 'bediende', de: 'Angestellte' };
  for (const lang of ['en', 'fr', 'nl', 'de'] as const) {
    it(`writes the net amounts, the stated default and the year-end sentence in ${lang}`, async () => {
      const el = await net(EXAMPLE, lang, 'default');
      const { net: n } = expected(el);
      expect(footer(el, 'total')).to.equal(money(n.totals.net.total, lang));
      expect(cell(el, '2026-07', 'gain')).to.equal(money(n.months[6].net.gainVsNoWork, lang));
      expect($(el, '#table-caption').textContent).to.contain(CAPTIONS[lang]);
      expect($(el, '#net-person').textContent).to.contain(DEFAULTS[lang]);
      expect($(el, '[part="year-end"] li[data-year="2026"]').textContent).to.contain('2027');
      expect(el.shadowRoot!.textContent).not.to.match(/NaN|undefined|NET_|YEAR_END/);
      await expect(el).to.be.accessible();
    });
  }
});

describe('the situation for tax', () => {
  it('is typed in French, states its default, goes into the scenario and changes the net', async () => {
    const el = await net(EXAMPLE, 'fr', 'default');
    const before = expected(el).net.totals.net.total;
    expect($(el, '#person-default').textContent).to.contain('employé');
    expect($(el, 'fieldset[part="person"] legend').textContent).to.contain('(facultatif)');
    await setValue(el, '#person-workerKind', 'blue-collar', 'change');
    await setValue(el, '#person-taxSituation', 'couple-one-income', 'change');
    await typeInto(el, 'person-dependentChildren', '2');
    expect(el.scenario?.person).to.deep.equal({ workerKind: 'blue-collar', taxSituation: 'couple-one-income', dependentChildren: 2 });
    const { net: n } = expected(el);
    expect(n.totals.net.total).not.to.equal(before);
    expect(footer(el, 'total')).to.equal(money(n.totals.net.total, 'fr'));
    expect($(el, '#net-person').textContent).to.contain('ouvrier');
    await expect(el).to.be.accessible();

    // A half child is refused next to the field, in French; the forecast waits.
    await typeInto(el, 'person-dependentChildren', '1,5');
    expect($(el, '#person-dependentChildren-error').textContent).to.match(/nombre entier/i);
    expect($(el, '#person-dependentChildren').getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
    // Emptied: the default (no children) applies again.
    await typeInto(el, 'person-dependentChildren', '');
    expect(el.scenario?.person).to.deep.equal({ workerKind: 'blue-collar', taxSituation: 'couple-one-income' });
  });

  it('comes back from a scenario (and so from a share link) into the form', async () => {
    const el = await net({ ...EXAMPLE, person: { workerKind: 'blue-collar', dependentChildren: 3, otherDependants: 2 } }, 'nl', 'default');
    expect($<HTMLSelectElement>(el, '#person-workerKind').value).to.equal('blue-collar');
    expect($<HTMLInputElement>(el, '#person-dependentChildren').value).to.equal('3');
    expect($<HTMLInputElement>(el, '#person-otherDependants').value).to.equal('2');
    expect($(el, '#net-person').textContent).to.contain('arbeider');
    expect($(el, '#net-person').textContent).to.contain('2 andere perso(o)n(en) ten laste');
  });

  it('takes other dependants, typed in Dutch with a leading zero, and lowers the tax withheld from the wage', async () => {
    // 24 hours at 22 € from April: a wage with tax withheld (the example's low wage has none).
    const work = [EXAMPLE.work![0], { from: '2026-04-01', hoursPerWeek: '24', fullTimeHoursPerWeek: '38', grossHourlyWage: '22' }];
    const el = await net({ ...EXAMPLE, work }, 'nl', 'default');
    const before = expected(el).net;
    expect(new Dec(before.totals.deductions.wageWithholding).gt(0)).to.equal(true);
    expect($(el, '#net-person').textContent).not.to.contain('andere');
    await typeInto(el, 'person-otherDependants', '01');
    expect(el.scenario?.person).to.deep.equal({ otherDependants: 1 });
    const { net: n } = expected(el);
    expect(new Dec(n.totals.deductions.wageWithholding).lt(before.totals.deductions.wageWithholding)).to.equal(true);
    expect(new Dec(n.totals.net.total).gt(before.totals.net.total)).to.equal(true);
    expect(footer(el, 'total')).to.equal(money(n.totals.net.total, 'nl'));
    expect($(el, '#net-person').textContent).to.contain('1 andere perso(o)n(en) ten laste');
    await expect(el).to.be.accessible();

    // A negative number is refused next to the field, in Dutch; what was typed stays.
    await typeInto(el, 'person-otherDependants', '-1');
    expect($(el, '#person-otherDependants-error').textContent!.trim()).not.to.equal('');
    expect($(el, '#person-otherDependants').getAttribute('aria-invalid')).to.equal('true');
    expect($<HTMLInputElement>(el, '#person-otherDependants').value).to.equal('-1');
    expect(el.shadowRoot!.textContent).not.to.match(/NaN|undefined/);
    await expect(el).to.be.accessible();
  });
});

describe('Why? lists the deductions with their legal basis', () => {
  for (const lang of ['en', 'de'] as const) {
    it(`for a month with a wage (${lang})`, async () => {
      const el = await net(EXAMPLE, lang, 'default');
      const { net: n } = expected(el);
      ($(el, 'tr[data-month="2026-04"] .why') as HTMLButtonElement).click();
      await el.updateComplete;
      await aTimeout(0);
      const items = $$(el, '[part="explanation"] [data-deduction]');
      expect(items.map((li) => li.dataset.deduction)).to.deep.equal([
        'socialContribution',
        'socialWorkBonus',
        'specialContribution',
        'wageWithholding',
        'fiscalWorkBonus',
        'benefitWithholding',
      ]);
      for (const li of items) {
        const code = li.dataset.deduction as keyof NetForecast['references'];
        expect(li.textContent!.replace(/\s+/g, ' ')).to.contain(money(n.months[3].deductions[code], lang).replace(/\s+/g, ' '));
        expect(li.querySelector('a')!.getAttribute('href')).to.equal(n.references[code].href);
      }
      expect($(el, '[part="explanation"]').textContent!.replace(/\s+/g, ' ')).to.contain(money(n.months[3].net.total, lang).replace(/\s+/g, ' '));
      await expect(el).to.be.accessible();
    });
  }
});

describe('the year-end settlement and the limits of the estimate', () => {
  it('says pay, get back, nothing or either way, rounded to 10 €', () => {
    const f = formatters('en');
    const year = (balanceLow: string, balance: string, balanceHigh: string) =>
      yearEndSentence({ year: 2026, months: 12, taxDue: '0', withheld: '0', balance, taxDueLow: '0', taxDueHigh: '0', balanceLow, balanceHigh, rulesYear: 2026 }, f);
    expect(year('100.00', '1313.96', '2527.00')).to.equal('2026: with the tax assessment of 2027, you may have to pay about €1,310.00 (between €100.00 and €2,530.00).');
    expect(year('-804.99', '-500.00', '-195.01')).to.equal('2026: with the tax assessment of 2027, you may get back about €500.00 (between €200.00 and €800.00).');
    expect(year('0.25', '0.51', '0.77')).to.contain('nothing to pay and nothing to get back');
    expect(year('-300.05', '1313.96', '2927.97')).to.contain('get back up to about €300.00 or have to pay up to about €2,930.00');
  });

  it('gives one sentence per calendar year, with the part of the year counted', async () => {
    const el = await net({ ...EXAMPLE, start: '2025-07', work: [{ ...EXAMPLE.work[0], from: '2025-07-01' }] }, 'en', 'default');
    const { net: n } = expected(el);
    expect(n.yearEnd.map((y) => y.year)).to.deep.equal([2025, 2026]);
    const items = $$(el, '[part="year-end"] li[data-year]');
    expect(items).to.have.length(2);
    expect(items[0].textContent).to.contain('tax assessment of 2026');
    expect(items[0].textContent).to.contain('Only the 6 months of 2025');
    expect(items[1].textContent).to.contain('tax assessment of 2027');
    for (const [i, y] of n.yearEnd.entries()) {
      expect(items[i].textContent!.replace(/\s+/g, ' ')).to.contain(money(y.withheld).replace(/\s+/g, ' '));
    }
    expect($(el, '[part="year-end"]').textContent).to.contain('municipal tax of 7');
  });

  it('shows what an invalidity benefit would be if the announced withholding applied', async () => {
    const el = await net({ ...EXAMPLE, person: { benefitPhase: 'invalidity' } }, 'en', 'default');
    const { net: n } = expected(el);
    const m = n.months[0];
    const announced = new Dec(m.benefitWithholdingIfAnnounced);
    expect(announced.gt(0)).to.be.true;
    const low = new Dec(m.net.benefit).minus(announced.minus(m.deductions.benefitWithholding)).toFixed(2);
    expect($(el, 'tr[data-month="2026-01"] .benefit .range').textContent).to.contain(money(low));
    expect(el.shadowRoot!.textContent).to.contain('postponed without a new date');
  });

  it('says the net is not estimated for a self-employed person, and shows gross', async () => {
    const el = await net(
      {
        version: 1,
        scheme: 'self-employed',
        start: '2026-01',
        months: 6,
        dailyBenefit: '60.56',
        selfEmployed: { activityStart: '2025-02-01' },
        work: [{ from: '2025-02-01', hoursPerWeek: '12', grossMonthlyWage: '1200' }],
      },
      'fr',
      'default',
    );
    const { forecast } = expected(el);
    expect($(el, '#net-not-estimated').textContent).to.contain('indépendant');
    expect($(el, '#amounts-net')).to.equal(null);
    expect($(el, 'fieldset[part="person"]')).to.equal(null);
    expect(footer(el, 'total')).to.equal(money(forecast.totals.total, 'fr'));
    await expect(el).to.be.accessible();
  });

  it('says the net of a self-employed step is not estimated, and keeps its income gross', async () => {
    const el = await net({ ...EXAMPLE, work: [{ ...EXAMPLE.work[0], kind: 'self-employed' }] }, 'en', 'default');
    const { forecast } = expected(el);
    expect($(el, '#net-self-employed').textContent).to.contain('self-employed');
    expect(cell(el, '2026-01', 'earnings')).to.equal(money(forecast.months[0].earnings));
    expect($(el, 'tr[data-month="2026-01"] .earnings .range').textContent).to.contain('gross');
  });

  it('says why the amounts stay gross before 2025', async () => {
    const el = await net({ ...EXAMPLE, start: '2024-01', work: [{ ...EXAMPLE.work[0], from: '2024-01-01' }] }, 'nl', 'default');
    const { forecast, net: n } = expected(el);
    expect(n.months.some((m) => m.covered)).to.be.false;
    expect($(el, '#net-not-estimated').textContent).to.contain('2025');
    expect($(el, '#amounts-net')).to.equal(null);
    expect(footer(el, 'total')).to.equal(money(forecast.totals.total, 'nl'));
  });
});

describe('after the last year whose rules are encoded', () => {
  /** The example one year later: January to December 2027. */
  const LATER = { ...EXAMPLE, start: '2027-01', work: EXAMPLE.work.map((s) => ({ ...s, from: s.from.replace('2026', '2027') })) };
  const SENTENCE = {
    fr: 'Les règles fiscales de 2027 ne sont pas encore publiées : le net est estimé avec les règles de 2026.',
    nl: 'De belastingregels voor 2027 zijn nog niet bekendgemaakt: het netto wordt geschat met de regels van 2026.',
  };
  const SCALE = { fr: 'celui de 2026 est utilisé', nl: 'die van 2026 wordt gebruikt' };
  const GROSS = { fr: '(brut)', nl: '(bruto)' };
  for (const lang of ['fr', 'nl'] as const) {
    it(`shows a plan of 2027 in net, estimated with the 2026 rules, and says so (${lang})`, async () => {
      const el = await net(LATER, lang, 'default');
      const { forecast, net: n } = expected(el);
      expect(n.months.map((m) => m.rulesYear)).to.deep.equal(Array(12).fill(2026));
      // Net and gross differ: the footer shows the net of the core, not the gross.
      expect(n.totals.net.total).not.to.equal(forecast.totals.total);
      expect($(el, '#amounts-net').getAttribute('aria-pressed')).to.equal('true');
      expect(footer(el, 'total')).to.equal(money(n.totals.net.total, lang));
      expect(cell(el, '2027-04', 'earnings')).to.equal(money(n.months[3].net.earnings, lang));
      expect($(el, '#table-caption').textContent).to.contain(CAPTIONS[lang]);
      // No month is marked gross.
      expect($$(el, 'table[part="table"] .range').map((r) => r.textContent!.trim())).not.to.include(GROSS[lang]);
      const sentence = $(el, '#net-rules-year').textContent!.replace(/\s+/g, ' ');
      expect(sentence).to.contain(SENTENCE[lang]);
      // Said once, next to the switch, not again in the notes.
      expect($(el, '.net-notes').textContent!.replace(/\s+/g, ' ')).not.to.contain(SENTENCE[lang]);
      expect($(el, '[part="year-end"] li[data-year="2027"]').textContent).to.contain(SCALE[lang]);
      expect(el.shadowRoot!.textContent).not.to.match(/NaN|undefined|NET_|YEAR_END/);
      await expect(el).to.be.accessible();
      // The printed summary says it too.
      expect($(el, '[part="print-summary"]').textContent!.replace(/\s+/g, ' ')).to.contain(SENTENCE[lang]);

      // In gross, the sentence goes (the amounts are not estimated).
      $(el, '#amounts-gross').click();
      await el.updateComplete;
      expect($(el, '#net-rules-year')).to.equal(null);
      expect(footer(el, 'total')).to.equal(money(forecast.totals.total, lang));
    });
  }

  it('explains a month of 2027 with the 2026 rules and their sources (en)', async () => {
    const el = await net(LATER, 'en', 'default');
    const { net: n } = expected(el);
    ($(el, 'tr[data-month="2027-04"] .why') as HTMLButtonElement).click();
    await el.updateComplete;
    await aTimeout(0);
    const text = $(el, '[part="explanation"]').textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('With the rules of 2026: those of 2027 are not published yet.');
    expect(text).to.contain(money(n.months[3].net.total).replace(/\s+/g, ' '));
    expect(n.references.wageWithholding.title).to.contain('2026');
    expect($(el, '[part="explanation"] [data-deduction="wageWithholding"] a').getAttribute('href')).to.equal(n.references.wageWithholding.href);
    await expect(el).to.be.accessible();
  });
});

describe('the cash calendar, the comparison and the exports in net', () => {
  it('puts the net wage in the cash calendar and net totals in the comparison', async () => {
    const el = await net(EXAMPLE, 'en', 'default');
    const { net: n } = expected(el);
    ($(el, '[part="cash"]') as HTMLDetailsElement).open = true;
    await waitUntil(() => $(el, '#cash-caption'), 'the cash calendar', { timeout: 15000 });
    expect($(el, '#cash-caption').textContent).to.contain('net');
    // The January wage is paid in January (the default), the benefit one month later.
    expect($(el, '[part="cash"] tr[data-month="2026-01"] .wage').textContent!.trim()).to.equal(money(n.months[0].net.earnings));
    expect($(el, '[part="cash"] tr[data-month="2026-02"] .wage').textContent!.trim()).to.equal(money(n.months[1].net.earnings));

    $(el, '#compare-common').click();
    await el.updateComplete;
    const plans = el.scenarios.map((s) => {
      const r = forecastScenario(s);
      if (!r.ok) throw new Error('valid');
      return netForecast(r.forecast, r.input, null);
    });
    const text = $(el, '[part="comparison"]').textContent!.replace(/\s+/g, ' ');
    for (const p of plans) expect(text).to.contain(money(p.totals.net.total).replace(/\s+/g, ' '));
    await expect(el).to.be.accessible();
  });

  it('prints net and gross totals', async () => {
    const el = await net(EXAMPLE, 'fr', 'default');
    const { forecast, net: n } = expected(el);
    const text = $(el, '[part="print-summary"]').textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain(money(forecast.totals.total, 'fr').replace(/\s+/g, ' '));
    expect(text).to.contain(money(n.totals.net.total, 'fr').replace(/\s+/g, ' '));
    expect(text).to.contain('2027');
    // A plan of 2026 has its own rules: no sentence about the rules of another year.
    expect($(el, '[part="print-summary"] .print-net-rules')).to.equal(null);
  });
});

describe('on a phone', () => {
  for (const lang of ['fr', 'nl'] as const) {
    it(`has no sideways scroll at 320 px with the net, the explanation and the year-end (${lang})`, async () => {
      await setViewport({ width: 320, height: 800 });
      const el = await net({ ...EXAMPLE, person: { benefitPhase: 'invalidity', dependentChildren: 2 } }, lang, 'default');
      ($(el, 'tr[data-month="2026-04"] .why') as HTMLButtonElement).click();
      await el.updateComplete;
      expect($(el, '[part="year-end"]')).to.exist;
      expect(document.documentElement.scrollWidth - document.documentElement.clientWidth).to.equal(0);
      expect(el.shadowRoot!.textContent).not.to.contain('NaN');
    });
  }
});

