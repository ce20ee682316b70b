/**
 * Net amounts in the element (issue 13): the gross/net switch, the amounts of the month table and
 * its totals in the mode shown, the cash calendar in net (what arrives in the account), the
 * year-end settlement per calendar year and the sentences about the estimate. Loaded with the
 * on-demand views: the net tables of the core (src/rules/net) never reach the main file.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Formatters } from '../../../format.js';
import { Dec, ZERO, money } from '../../../rules/decimal.js';
import type { CashMonth, Forecast, ForecastInput } from '../../../rules/forecast.js';
import { netForecast, netRulesDate, type NetForecast, type NetYearEnd, type PersonInput } from '../../../rules/net/index.js';
import { benefitWithholding, benefitWithholdingRate } from '../../../rules/net/benefit-net.js';
import { NET_COVERED_FROM } from '../../../rules/parameters/net.js';
import { netNoticeMessage, personSummary } from './net-messages.js';

/** The amounts of one month or of the totals, as in the table. */
export interface Amounts {
  month?: string;
  benefit: string;
  earnings: string;
  total: string;
  gainVsNoWork: string;
}

export type AmountsMode = 'net' | 'gross';

/** What the month table, its totals, the chart and the cash calendar take from the net view. */
export interface AmountsView {
  /** The plan's net estimate, shown or not; `null` when it is not estimated (self-employed, or no month from 2025 on). */
  net: NetForecast | null;
  /** Net amounts are shown (table, totals, chart, comparison). */
  shown: boolean;
  /** The totals in the mode shown. */
  totals: Amounts;
  labels: { caption: string; benefit: string; earnings: string };
  /** The cells Total, Benefit, Wage and Gain of month `i`, or of the total row (`null`). */
  cells(i: number | null): TemplateResult;
  /** The switch and what it says, above the totals. */
  head: TemplateResult;
  /** The year-end settlement and the notes of the estimate, after the table. */
  after: TemplateResult | typeof nothing;
  /** The cash calendar in net, when the net is estimated. */
  cash?: () => readonly CashMonth[];
}

/** One net estimate per forecast: a plan's forecast is kept while its scenario does not change. */
const cache = new WeakMap<Forecast, NetForecast>();

export function netOf(forecast: Forecast, input: ForecastInput): NetForecast {
  let net = cache.get(forecast);
  if (!net) cache.set(forecast, (net = netForecast(forecast, input, input.person ?? null)));
  return net;
}

/** The net estimate of a plan, `null` when it cannot be estimated (the event's `net`, the printed documents). */
export function netIfAvailable(forecast: Forecast, input: ForecastInput): NetForecast | null {
  const net = netOf(forecast, input);
  return netAvailable(net, input) ? net : null;
}

/** Whether the net can be estimated at all for this plan. */
export function netAvailable(net: NetForecast, input: ForecastInput): boolean {
  return input.scheme !== 'self-employed' && net.months.some((m) => m.covered);
}

/** The amounts of a plan in the mode shown (for the comparison). */
export function amountsOf(forecast: Forecast, input: ForecastInput, net: boolean): { months: Amounts[]; totals: Amounts } {
  if (!net) return { months: forecast.months, totals: forecast.totals };
  const n = netOf(forecast, input);
  if (!netAvailable(n, input)) return { months: forecast.months, totals: forecast.totals };
  let shown = netAmounts.get(n);
  if (!shown) netAmounts.set(n, (shown = { months: n.months.map((m) => ({ month: m.month, ...m.net })), totals: n.totals.net }));
  return shown;
}
/** The net amounts of each estimate, made once (the comparison asks for them on every render). */
const netAmounts = new WeakMap<NetForecast, { months: Amounts[]; totals: Amounts }>();

/**
 * The cash calendar in net: each payment is the net of the month it is for; a benefit of a month
 * before the forecast (paid in its first months) loses the withholding of its phase.
 */
export function netCash(cash: readonly CashMonth[], forecast: Forecast, input: ForecastInput, net: NetForecast): CashMonth[] {
  const byMonth = new Map(net.months.map((m) => [m.month, m]));
  const first = forecast.months[0]?.segments[0]?.basis;
  const phase = first?.kind === 'estimate' ? first.phase : (input.person?.benefitPhase ?? 'primary');
  return cash.map((c) => {
    let benefit = ZERO;
    let wage = ZERO;
    const items = c.items.map((item) => {
      const m = byMonth.get(item.forMonth);
      // The date whose rules apply (the core decides: null before the encoded years).
      const rules = netRulesDate(`${item.forMonth}-01`);
      let amount = item.amount;
      if (m?.covered) amount = item.kind === 'wage' ? m.net.earnings : m.net.benefit;
      else if (item.beforeForecast && rules) amount = money(new Dec(item.amount).minus(benefitWithholding(new Dec(item.amount), benefitWithholdingRate(phase, rules))));
      if (item.kind === 'wage') wage = wage.plus(amount);
      else benefit = benefit.plus(amount);
      return { ...item, amount };
    });
    return { month: c.month, benefit: money(benefit), wage: money(wage), total: money(benefit.plus(wage)), items };
  });
}

/** Per net estimate: what the announced withholding would take off each month, and in total (computed once). */
const gaps = new WeakMap<NetForecast, { months: Dec[]; total: Dec }>();

/** What the announced (postponed) withholding on an invalidity benefit would take off month `i`, or in total. */
function unsettled(net: NetForecast, i: number | null): Dec {
  let found = gaps.get(net);
  if (!found) {
    const months = net.months.map((m) =>
      m.covered && m.benefitWithholdingIfAnnounced !== m.deductions.benefitWithholding
        ? new Dec(m.benefitWithholdingIfAnnounced).minus(m.deductions.benefitWithholding)
        : ZERO,
    );
    found = { months, total: months.reduce((acc, gap) => (gap.isZero() ? acc : acc.plus(gap)), ZERO) };
    gaps.set(net, found);
  }
  return i === null ? found.total : found.months[i];
}

/** A month whose wage includes work that is not salaried (self-employed, childminder): shown gross. */
function grossWork(forecast: Forecast, input: ForecastInput, i: number): boolean {
  return forecast.months[i].segments.some((s) => s.step !== null && s.earnings !== '0.00' && !['employee', 'sheltered'].includes(input.work[s.step]?.kind ?? 'employee'));
}

export interface AmountsViewOptions {
  forecast: Forecast;
  input: ForecastInput;
  f: Formatters;
  /** The mode asked for (the element's `amounts`); unset: net when it can be estimated. */
  mode: string | undefined;
  onMode: (mode: AmountsMode) => void;
  /** The situation for tax cannot be changed here (the client's read-only view, or locked by the page). */
  locked?: boolean;
  /** The plan's gross cash calendar. */
  cash: () => readonly CashMonth[];
}

export function amountsView(o: AmountsViewOptions): AmountsView {
  const { forecast, input, f } = o;
  const computed = netOf(forecast, input);
  const available = netAvailable(computed, input);
  const net = available ? computed : null;
  const shown = !!net && o.mode !== 'gross';
  const grossLabel = msg('(gross)', { id: 'nt1' });
  const labels = shown
    ? { caption: msg('Month by month (net amounts, estimated)', { id: 'nt11' }), benefit: msg('Net benefit', { id: 'nt12' }), earnings: msg('Net wage', { id: 'nt13' }) }
    : { caption: msg('Month by month (gross amounts)', { id: 'mw' }), benefit: msg('Benefit', { id: 'mt' }), earnings: msg('Gross wage', { id: 'mu' }) };
  const cells = (i: number | null): TemplateResult => {
    const g: Amounts = i === null ? forecast.totals : forecast.months[i];
    const a: Amounts = shown ? (i === null ? net!.totals.net : net!.months[i].net) : g;
    const uncovered = shown && i !== null && !net!.months[i].covered;
    const gap = shown ? unsettled(net!, i) : ZERO;
    const ifTaxed = (amount: string) =>
      gap.gt(0) ? html`<span class="range">${msg(str`if taxed: ${f.money(money(new Dec(amount).minus(gap)))}`, { id: 'nt2' })}</span>` : nothing;
    const gross = uncovered ? html`<span class="range">${grossLabel}</span>` : nothing;
    // data-label: the column's header, written before the value when the table shows as cards (phones).
    return html`<td class="total" data-label=${msg('Total', { id: 'mp' })}>${f.money(a.total)}${gross}${ifTaxed(a.total)}</td>
      <td class="benefit" data-label=${labels.benefit}>${f.money(a.benefit)}${gross}${ifTaxed(a.benefit)}</td>
      <td class="earnings" data-label=${labels.earnings}>${f.money(a.earnings)}${uncovered || (shown && i !== null && grossWork(forecast, input, i)) ? html`<span class="range">${grossLabel}</span>` : nothing}</td>
      <td class="gain" data-label=${msg('Gain compared with not working', { id: 'mq' })}>${f.money(a.gainVsNoWork)}</td>`;
  };
  const reason =
    input.scheme === 'self-employed'
      ? msg('For a self-employed person the net is not estimated: these amounts are gross (before social contributions and tax).', { id: 'nt3' })
      : msg(str`The net can only be estimated from ${f.date(NET_COVERED_FROM)}: these amounts are gross.`, { id: 'ny1' });
  const lastKnown = net?.warnings.find((w) => w.code === 'NET_RULES_OF_LAST_KNOWN_YEAR');
  const selfEmployedStep = available && computed.warnings.some((w) => w.code === 'NET_NOT_FOR_SELF_EMPLOYED' || w.code === 'NET_NOT_FOR_CHILDMINDER');
  const head = html`
    <div class="amounts-switch">
      ${net
        ? html`<div class="actions" role="group" aria-label=${msg('Amounts shown', { id: 'nt5' })}>
            <button type="button" id="amounts-net" aria-pressed=${shown ? 'true' : 'false'} @click=${() => o.onMode('net')}>${msg('Net: what you receive', { id: 'nt6' })}</button>
            <button type="button" id="amounts-gross" aria-pressed=${shown ? 'false' : 'true'} @click=${() => o.onMode('gross')}>
              ${msg('Gross: before tax and contributions', { id: 'nt7' })}
            </button>
          </div>`
        : html`<p class="sentence" id="net-not-estimated">${reason}</p>`}
      ${shown
        ? html`<p class="hint" id="net-person">
            ${msg(str`Net estimated for: ${personSummary(input.person ?? null, f)}.`, { id: 'nt8' })}
            ${input.person || o.locked ? nothing : msg('Change it under "Your situation for tax".', { id: 'nt9' })}
          </p>`
        : nothing}
      ${shown && lastKnown ? html`<p class="sentence" id="net-rules-year">${netNoticeMessage(lastKnown, f)}</p>` : nothing}
      ${selfEmployedStep
        ? html`<p class="sentence" id="net-self-employed">
            ${msg('The income of a self-employed activity (or of a childminder) is not estimated in net: it stays gross, before social contributions and tax.', { id: 'nt10' })}
          </p>`
        : nothing}
    </div>
  `;
  return {
    net,
    shown,
    totals: shown ? net!.totals.net : forecast.totals,
    labels,
    cells,
    head,
    after: net ? renderNetNotes(net, f, o.locked) : nothing,
    ...(net ? { cash: () => netCash(o.cash(), forecast, input, net) } : {}),
  };
}

/** An estimate of the year-end settlement, rounded to 10 € (its sign kept). */
const ten = (value: string) => new Dec(value).div(10).toDecimalPlaces(0, Dec.ROUND_HALF_UP).times(10);

/** "About 1 310 €": a rounded amount without its sign. */
const about = (value: Dec, f: Formatters) => f.money(money(value).replace('-', ''));

/** The sentence of one calendar year's settlement (rounded to 10 €: a few euros either way is "nothing"). */
export function yearEndSentence(y: NetYearEnd, f: Formatters): string {
  const next = y.year + 1;
  const low = ten(y.balanceLow);
  const high = ten(y.balanceHigh);
  const mid = ten(y.balance);
  const year = String(y.year);
  // A range whose ends round to the same amount is that amount.
  if (low.eq(high) && high.gt(0)) return msg(str`${year}: with the tax assessment of ${next}, you may have to pay about ${about(high, f)}.`, { id: 'net.yearEnd.pay.one' });
  if (low.eq(high) && high.lt(0)) return msg(str`${year}: with the tax assessment of ${next}, you may get back about ${about(high, f)}.`, { id: 'net.yearEnd.back.one' });
  if (low.gte(0) && high.gt(0))
    return msg(str`${year}: with the tax assessment of ${next}, you may have to pay about ${about(mid, f)} (between ${about(low, f)} and ${about(high, f)}).`, { id: 'nt14' });
  if (high.lte(0) && low.lt(0))
    return msg(str`${year}: with the tax assessment of ${next}, you may get back about ${about(mid, f)} (between ${about(high, f)} and ${about(low, f)}).`, { id: 'nt15' });
  if (high.isZero() && low.isZero()) return msg(str`${year}: with the tax assessment of ${next}, you should have nothing to pay and nothing to get back.`, { id: 'nt16' });
  return msg(
    str`${year}: the tax assessment of ${next} is uncertain: you may get back up to about ${about(low, f)} or have to pay up to about ${about(high, f)}. Keep some money aside.`,
    { id: 'nt17' },
  );
}

/** The year-end settlement per calendar year and the notes of the estimate. */
export function renderNetNotes(net: NetForecast, f: Formatters, locked = false): TemplateResult {
  return html`
    <section part="year-end" class="stack year-end" aria-labelledby="year-end-title">
      <h3 id="year-end-title">${msg('Tax assessment: what may remain to pay or come back', { id: 'nt18' })}</h3>
      <ul class="notices">
        ${net.yearEnd.map(
          (y) => html`<li data-year=${y.year}>
            <strong>${yearEndSentence(y, f)}</strong>
            ${msg(str`Tax estimated on the income of these months: ${f.money(y.taxDueLow)} to ${f.money(y.taxDueHigh)}; already withheld: ${f.money(y.withheld)}.`, { id: 'nt19' })}
            ${y.months < 12 ? msg(str`Only the ${y.months} months of ${y.year} in this forecast are counted; other income of that year changes the result.`, { id: 'nt20' }) : nothing}
            ${y.rulesYear !== y.year ? msg(str`The tax scale of ${y.year} is not published yet: the one of ${y.rulesYear} is used.`, { id: 'ny5' }) : nothing}
          </li>`,
        )}
      </ul>
      <h4>${msg('How the net was estimated', { id: 'nt21' })}</h4>
      <ul class="notices net-notes">
        ${net.warnings.filter((w) => w.code !== 'YEAR_END_PART_OF_YEAR' && w.code !== 'NET_RULES_OF_LAST_KNOWN_YEAR').map((w) => html`<li class="level-${w.level}">${netNoticeMessage(w, f, locked)}</li>`)}
      </ul>
    </section>
  `;
}

export type { PersonInput };

/**
 * The month amounts of the monthly answer: net when the net is shown and estimated for every month
 * (a net average mixed with gross months would say neither), else gross.
 */
export function answerAmounts(view: AmountsView | undefined): { months?: { month: string; total: string; gainVsNoWork: string }[]; basis: 'net' | 'gross' } {
  const net = view?.shown ? view.net : null;
  if (!net || !net.months.every((m) => m.covered)) return { basis: 'gross' };
  return { months: net.months.map((m) => ({ month: m.month, total: m.net.total, gainVsNoWork: m.net.gainVsNoWork })), basis: 'net' };
}
