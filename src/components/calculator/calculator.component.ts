import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { formatters, type Formatters } from '../../format.js';
import { getLocale, languageOf, setLocale, type Language } from '../../localization.js';
import { Dec, isPositiveMoney, parseDecimal } from '../../rules/decimal.js';
import type { Forecast } from '../../rules/forecast.js';
import { hoursWithoutReduction, summarize } from '../../rules/summary.js';
import type { Scenario } from '../../scenario/types.js';
import type { ValidationIssue } from '../../scenario/validate.js';
import { renderChart } from './chart.js';
import {
  DEFAULT_PAYMENT,
  EMPTY_AUTHORISATION,
  EMPTY_ESTIMATE,
  MAX_PLANS,
  draftFromScenario,
  mixedWageKinds,
  step,
  type AuthorisationDraft,
  type Draft,
  type FieldId,
  type PaymentDraft,
  type WageKind,
} from './draft.js';
import { renderCashCalendar, renderHoursChart, authorisationMarks } from './authorisation-views.js';
import { renderExplanation } from './explanation.js';
import { issueMessage, noticeMessage } from './messages.js';
import { renderCounsellingNotes } from './notes.js';
import { computePlans, type PlanResult } from './plan-result.js';
import { styles } from './calculator.styles.js';
import { ipsEvent, type ExportDetail, type ForecastChangeDetail, type ImportDetail, type ShareDetail } from '../../events.js';
import { forecastCsv } from '../../export/csv.js';
import { decodeFragment, readScenarioList, shareUrl } from '../../export/share-link.js';
import { renderPrintSummary } from './print-summary.js';

export type { ForecastChangeDetail, ExportDetail, ShareDetail, ImportDetail } from '../../events.js';

/** First day of the month after `today`'s, as YYYY-MM. */
function nextMonth(today = new Date()): string {
  const d = new Date(Date.UTC(today.getFullYear(), today.getMonth() + 1, 1));
  return d.toISOString().slice(0, 7);
}

/** A realistic first situation: 62.45 € a day, a 38-hour job at 16.50 €, 8 h then 16 h a week. */
export function exampleDraft(start = nextMonth()): Draft {
  const [y, m] = start.split('-').map(Number);
  const later = new Date(Date.UTC(y, m - 1 + 3, 1)).toISOString().slice(0, 10);
  return {
    benefitSource: 'statement',
    estimate: { ...EMPTY_ESTIMATE },
    selfEmployed: { activityStart: '', income: {} },
    authorisation: { ...EMPTY_AUTHORISATION },
    payment: { ...DEFAULT_PAYMENT },
    scheme: 'employee',
    dailyBenefit: '62.45',
    start,
    months: '12',
    fullTimeHours: '38',
    wageKind: 'hourly',
    wage: '16.50',
    plans: [{ steps: [step(`${start}-01`, '8'), step(later, '16')] }],
  };
}

/**
 * Benefit and wage, month by month, for a person on a sickness-fund incapacity benefit who
 * resumes authorised part-time work (salaried and unemployed schemes, art. 230 AR 3 July 1996).
 *
 * @fires ips-forecast-change - The input or the forecast changed. `detail`: {@link ForecastChangeDetail}.
 * @fires ips-export - The user exported CSV or JSON, or printed. `detail`: {@link ExportDetail}.
 * @fires ips-share - The user made a share link. `detail`: {@link ShareDetail}.
 * @fires ips-import - A scenario was imported from a file or restored from a share link. `detail`: {@link ImportDetail}.
 *
 * @csspart base - The element's wrapper.
 * @csspart form - The form with the situation, the job and the plans.
 * @csspart authorisation - The block "What the medical advisor authorised".
 * @csspart payment - When the money arrives.
 * @csspart actions - Share, export, import and print buttons.
 * @csspart hours-chart - Planned hours and the authorised maximum.
 * @csspart cash - The cash calendar.
 * @csspart print-summary - The summary printed for the client (hidden on screen).
 * @csspart summary - Totals of the plan shown.
 * @csspart chart - The chart.
 * @csspart table - The month-by-month table.
 * @csspart explanation - The "Why this number?" panel.
 * @csspart comparison - The comparison of plans.
 * @csspart notes - Counselling notes and the calculator's assumptions.
 *
 * @cssprop --ips-font-family - Font (inherits the page's by default).
 * @cssprop --ips-font-size - Base font size.
 * @cssprop --ips-color-text - Text.
 * @cssprop --ips-color-muted - Hints and secondary text.
 * @cssprop --ips-color-surface - Background.
 * @cssprop --ips-color-subtle - Background of blocks and selected rows.
 * @cssprop --ips-color-border - Borders and grid lines.
 * @cssprop --ips-color-on-accent - Text on accent buttons.
 * @cssprop --ips-color-warning - Warnings.
 * @cssprop --ips-color-focus - Focus ring.
 * @cssprop --ips-color-accent - Buttons, links and focus.
 * @cssprop --ips-color-benefit - Benefit in the chart.
 * @cssprop --ips-color-earnings - Wage in the chart.
 * @cssprop --ips-color-error - Error messages and invalid fields.
 * @cssprop --ips-radius - Corner radius.
 * @cssprop --ips-space - Base spacing.
 */
export class IpsBenefitsCalculator extends LitElement {
  static override styles = styles;

  /** Language of the element (en, fr, nl); else the closest `lang` of the page; else English. */
  @property({ reflect: true }) override lang!: string;

  /** Preset of the scheme: `employee` or `unemployed`. */
  @property() scheme?: string;
  /** Preset of the gross daily benefit, e.g. `62.45`. */
  @property({ attribute: 'daily-benefit' }) dailyBenefit?: string;
  /** Preset of the full-time hours a week of the job (S). */
  @property({ attribute: 'full-time-hours' }) fullTimeHours?: string;
  /** Preset of the gross hourly wage. */
  @property({ attribute: 'hourly-wage' }) hourlyWage?: string;
  /** Preset of the gross monthly wage (for the planned hours). */
  @property({ attribute: 'monthly-wage' }) monthlyWage?: string;
  /** Preset of the number of months. */
  @property() months?: string;
  /** Preset of the first month, YYYY-MM. */
  @property() start?: string;
  /** Client view: everything is shown, nothing can be edited. */
  @property({ type: Boolean, reflect: true }) readonly = false;
  /**
   * Fields that cannot be edited, separated by spaces: `scheme daily-benefit start months
   * full-time-hours wage plan authorisation payment self-employed`.
   */
  @property() locked = '';
  /** Restore a scenario from the page's share link (`#ips=…`) when present. */
  @property({ type: Boolean, attribute: 'no-link-restore' }) noLinkRestore = false;

  @state() private draft: Draft = exampleDraft();
  @state() private activePlan = 0;
  @state() private explainedMonth: string | null = null;
  @state() private perStepTerms = false;
  /** Problems of the last scenario given by property, file or link. */
  @state() private importIssues: ValidationIssue[] = [];
  /** Where the problems come from, for their heading. */
  @state() private importSource: ImportDetail['source'] = 'property';
  /** The last scenario given was refused (else the issues are only remarks). */
  @state() private importRefused = false;
  @state() private sharedUrl = '';
  /** Whether the cash calendar and the month-by-month comparison are unfolded. */
  @state() private cashOpen = false;
  @state() private comparisonOpen = false;

  private plans: PlanResult[] = [];
  private pageLangObserver?: MutationObserver;

  /**
   * The plan shown, in the scenario format (`null` while it has errors). Setting it replaces the
   * situation and the plans; an invalid scenario is refused with a message and changes nothing.
   */
  @property({ attribute: false })
  get scenario(): Scenario | null {
    const plan = this.plans[this.activePlan] ?? computePlans(this.draft)[this.activePlan];
    return plan?.result.ok ? plan.result.scenario : null;
  }
  set scenario(value: unknown) {
    const old = this.scenario;
    this.load(value, 'property');
    this.requestUpdate('scenario', old);
  }

  /**
   * Replaces the situation and the plans with one scenario or a list of up to four; an invalid
   * input changes nothing and is reported next to the form.
   */
  private load(value: unknown, source: ImportDetail['source']): boolean {
    const decoded = readScenarioList(value);
    this.importSource = source;
    if (decoded.kind !== 'ok') {
      this.importIssues = decoded.kind === 'broken' ? decoded.errors : [];
      this.importRefused = decoded.kind === 'broken';
      return false;
    }
    this.importRefused = false;
    this.applyScenarios(decoded.scenarios, decoded.warnings);
    if (source !== 'property') this.dispatchEvent(ipsEvent<ImportDetail>('ips-import', { source, scenarios: decoded.scenarios }));
    return true;
  }

  private applyScenarios(scenarios: Scenario[], warnings: ValidationIssue[]): void {
    const drafts = scenarios.map(draftFromScenario);
    this.draft = { ...drafts[0], plans: drafts.map((d) => d.plans[0]) };
    this.activePlan = 0;
    this.explainedMonth = null;
    this.perStepTerms = this.draft.plans.some((p) => p.steps.some((s) => s.fullTime !== '' || s.wage !== ''));
    this.importIssues = scenarios.some(mixedWageKinds) ? [...warnings, { path: '', code: 'WAGE_TWICE', params: {} }] : warnings;
  }

  /** Every plan as a scenario (`null` where a plan has errors). */
  get scenarios(): (Scenario | null)[] {
    return this.plans.map((p) => (p.result.ok ? p.result.scenario : null));
  }

  get language(): Language {
    return (
      languageOf(this.lang) ??
      languageOf(this.closest('[lang]')?.getAttribute('lang')) ??
      languageOf(document.documentElement.lang) ??
      'en'
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Follow a language switch of the page (the host's own <html lang> or a wrapper's lang).
    this.pageLangObserver = new MutationObserver(() => this.requestUpdate());
    this.pageLangObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    window.addEventListener('hashchange', this.restoreFromLink);
    this.restoreFromLink();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.pageLangObserver?.disconnect();
    window.removeEventListener('hashchange', this.restoreFromLink);
  }

  /** A share link in the page's fragment replaces the scenario; a broken one is reported. */
  private readonly restoreFromLink = (): void => {
    if (this.noLinkRestore) return;
    const decoded = decodeFragment(window.location.hash);
    if (decoded.kind === 'ok') {
      this.applyScenarios(decoded.scenarios, decoded.warnings);
      this.importRefused = false;
      this.importSource = 'link';
      this.dispatchEvent(ipsEvent<ImportDetail>('ips-import', { source: 'link', scenarios: decoded.scenarios }));
    } else if (decoded.kind === 'broken') {
      this.importSource = 'link';
      this.importIssues = decoded.errors;
      this.importRefused = true;
    }
  };

  /** Applies the preset attributes that changed to the form. */
  private applyPresets(changed: PropertyValues<this>): void {
    const patch: Partial<Draft> = {};
    const has = (key: string) => changed.has(key as keyof IpsBenefitsCalculator);
    if (has('scheme') && this.scheme !== undefined) patch.scheme = this.scheme;
    if (has('dailyBenefit') && this.dailyBenefit !== undefined) patch.dailyBenefit = this.dailyBenefit;
    if (has('fullTimeHours') && this.fullTimeHours !== undefined) patch.fullTimeHours = this.fullTimeHours;
    if (has('months') && this.months !== undefined) patch.months = this.months;
    if (has('start') && this.start !== undefined) patch.start = this.start;
    if (has('hourlyWage') && this.hourlyWage !== undefined) Object.assign(patch, { wageKind: 'hourly', wage: this.hourlyWage });
    if (has('monthlyWage') && this.monthlyWage !== undefined) Object.assign(patch, { wageKind: 'monthly', wage: this.monthlyWage });
    if (Object.keys(patch).length > 0) this.draft = { ...this.draft, ...patch };
  }

  /** The lock group of a form field (the names of the `locked` attribute). */
  private static groupOf(field: FieldId): string {
    if (field.startsWith('step-') || field === 'plan') return 'plan';
    if (field.startsWith('authorisation-')) return 'authorisation';
    if (field.startsWith('payment-')) return 'payment';
    if (field.startsWith('estimate-')) return 'daily-benefit';
    if (field.startsWith('selfEmployed-')) return 'self-employed';
    return { dailyBenefit: 'daily-benefit', fullTimeHours: 'full-time-hours' }[field as string] ?? field;
  }

  /** A field the person may not change (client view, or locked by the host page). */
  private isLocked(group: string): boolean {
    return this.readonly || this.locked.split(/\s+/).includes(group);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const language = this.language;
    if (getLocale() !== language) void setLocale(language);
    this.applyPresets(changed);
    if (changed.has('draft' as keyof IpsBenefitsCalculator) || this.plans.length === 0) {
      this.plans = computePlans(this.draft);
      if (this.activePlan >= this.plans.length) this.activePlan = this.plans.length - 1;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('draft' as keyof IpsBenefitsCalculator)) {
      const plan = this.plans[this.activePlan];
      const detail: ForecastChangeDetail = {
        scenario: plan.result.ok ? plan.result.scenario : null,
        forecast: plan.result.ok ? plan.result.forecast : null,
        // Computed when a listener reads it.
        get cash() {
          return plan.cash();
        },
        scenarios: this.scenarios,
      };
      this.dispatchEvent(ipsEvent('ips-forecast-change', detail));
    }
  }

  // ——— editing ———

  private update_(patch: Partial<Draft>): void {
    this.draft = { ...this.draft, ...patch };
  }

  private updateStep(index: number, patch: Partial<Draft['plans'][number]['steps'][number]>): void {
    const plans = this.draft.plans.map((p, i) =>
      i === this.activePlan ? { steps: p.steps.map((s, j) => (j === index ? { ...s, ...patch } : s)) } : p,
    );
    this.update_({ plans });
  }

  private addStep(): void {
    const steps = this.draft.plans[this.activePlan].steps;
    const last = steps.at(-1);
    // The new step starts three months after the last one (or at the start), with 8 more hours.
    let from = `${this.draft.start}-01`;
    let hours = '8';
    if (last && /^\d{4}-\d{2}-\d{2}$/.test(last.from)) {
      const [y, m] = last.from.split('-').map(Number);
      from = new Date(Date.UTC(y, m - 1 + 3, 1)).toISOString().slice(0, 10);
      const lastHours = parseDecimal(last.hours);
      const full = parseDecimal(this.draft.fullTimeHours);
      if (lastHours) hours = Dec.min(lastHours.plus(8), full ?? lastHours.plus(8)).toString();
    }
    const plans = this.draft.plans.map((p, i) => (i === this.activePlan ? { steps: [...p.steps, step(from, hours, last?.kind)] } : p));
    this.update_({ plans });
    void this.updateComplete.then(() => this.focusField(`step-${steps.length}-from`));
  }

  private removeStep(index: number): void {
    const plans = this.draft.plans.map((p, i) => (i === this.activePlan ? { steps: p.steps.filter((_, j) => j !== index) } : p));
    this.update_({ plans });
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#add-step')?.focus());
  }

  private addPlan(): void {
    if (this.draft.plans.length >= MAX_PLANS) return;
    const copy = { steps: this.draft.plans[this.activePlan].steps.map((s) => ({ ...s })) };
    this.update_({ plans: [...this.draft.plans, copy] });
    this.activePlan = this.draft.plans.length - 1;
  }

  private removePlan(index: number): void {
    if (this.draft.plans.length <= 1) return;
    this.update_({ plans: this.draft.plans.filter((_, i) => i !== index) });
    this.activePlan = Math.max(0, Math.min(this.activePlan, this.draft.plans.length - 2));
  }

  /** Three plans at a constant 8, 16 and 24 hours a week from the first month. */
  private compareCommonPlans(): void {
    const from = `${this.draft.start}-01`;
    this.update_({ plans: ['8', '16', '24'].map((h) => ({ steps: [step(from, h)] })) });
    this.activePlan = 0;
  }

  private focusField(id: string): void {
    this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus();
  }

  private explain(month: string | null): void {
    this.explainedMonth = month;
    void this.updateComplete.then(() => {
      if (month) this.renderRoot.querySelector<HTMLElement>('#explanation-title')?.focus();
      else this.renderRoot.querySelector<HTMLElement>('.why[aria-expanded="true"], .why')?.focus();
    });
  }

  // ——— rendering helpers ———

  private get f(): Formatters {
    return formatters(this.language);
  }

  private errorsFor(field: FieldId, planIndex = this.activePlan): ValidationIssue[] {
    return this.plans[planIndex]?.errors.get(field) ?? [];
  }

  private fieldError(field: FieldId): TemplateResult | typeof nothing {
    const errors = this.errorsFor(field);
    if (errors.length === 0) return nothing;
    return html`<p class="error" id="${field}-error">${errors.map((e) => issueMessage(e, this.f)).join(' ')}</p>`;
  }

  private describedBy(field: FieldId, hint?: string): string | typeof nothing {
    const ids = [hint, this.errorsFor(field).length > 0 ? `${field}-error` : undefined].filter(Boolean);
    return ids.length > 0 ? ids.join(' ') : nothing;
  }

  private textField(
    field: FieldId,
    label: string,
    value: string,
    onInput: (value: string) => void,
    options: { hint?: string; type?: string; inputmode?: string; multiline?: boolean } = {},
  ): TemplateResult {
    const hintId = options.hint ? `${field}-hint` : undefined;
    const locked = this.isLocked(IpsBenefitsCalculator.groupOf(field));
    return html`
      <div class="field">
        <label for=${field}>${label}</label>
        ${options.hint ? html`<span class="hint" id=${hintId!}>${options.hint}</span>` : nothing}
        ${options.multiline
          ? html`<textarea
              id=${field}
              name=${field}
              rows="2"
              ?readonly=${locked}
              .value=${value}
              aria-invalid=${this.errorsFor(field).length > 0 ? 'true' : 'false'}
              aria-describedby=${this.describedBy(field, hintId)}
              @input=${(e: Event) => onInput((e.target as HTMLTextAreaElement).value)}
            ></textarea>`
          : html`<input
          id=${field}
          name=${field}
          type=${options.type ?? 'text'}
          inputmode=${(options.inputmode as 'decimal') ?? nothing}
          autocomplete="off"
          ?readonly=${locked}
          .value=${value}
          aria-invalid=${this.errorsFor(field).length > 0 ? 'true' : 'false'}
          aria-describedby=${this.describedBy(field, hintId)}
          @input=${(e: Event) => onInput((e.target as HTMLInputElement).value)}
        />`}
        ${this.fieldError(field)}
      </div>
    `;
  }

  private planLabel(index: number): string {
    const steps = this.draft.plans[index].steps;
    const hours = steps.map((s) => this.f.number(parseDecimal(s.hours)?.toString() ?? '0'));
    return hours.length === 0 ? msg('No work') : `${hours.join(' → ')} h`;
  }

  // ——— rendering ———

  protected override render(): TemplateResult {
    const plan = this.plans[this.activePlan];
    const result = plan?.result;
    return html`
      <div class="stack" part="base">
        <h2>${msg('Benefit and wage, month by month', { id: 'title' })}</h2>
        <p class="hint">
          ${msg(
            'For a person receiving incapacity benefits from the mutuality who resumes part-time work authorised by the medical advisor.',
            { id: 'intro' },
          )}
        </p>
        ${this.renderImportIssues()} ${this.renderForm()}
        <div role="status" aria-live="polite" class="visually-hidden" id="announce">
          ${result?.ok
            ? msg(str`Total over ${result.forecast.months.length} months: ${this.f.money(result.forecast.totals.total)}.`)
            : msg('The forecast waits for corrections in the form.')}
        </div>
        ${this.renderActions()}
        ${result?.ok ? this.renderForecast(result.forecast) : this.renderNoForecast()}
        ${this.plans.length > 1 ? this.renderComparison() : nothing} ${renderCounsellingNotes()}
        ${result?.ok ? this.renderAssumptions(result.forecast) : nothing}
        ${result?.ok ? renderPrintSummary(this.draft, this.activePlan, result.scenario, result.forecast, this.f) : nothing}
      </div>
    `;
  }

  // ——— keep and share ———

  private download(filename: string, content: string, type: string): void {
    const url = URL.createObjectURL(new Blob([content], { type }));
    const a = document.createElement('a');
    a.href = url;
    a.download = filename;
    a.hidden = true;
    this.renderRoot.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  private exportCsv(): void {
    const plan = this.plans[this.activePlan]?.result;
    if (!plan?.ok) return;
    const content = forecastCsv(
      plan.forecast,
      {
        month: msg('Month'),
        paidDays: msg('Paid days'),
        hoursPerWeek: msg('Hours a week'),
        fraction: msg('Occupation fraction (%)'),
        reduction: msg('Reduction (%)'),
        dailyBenefit: msg('Daily benefit'),
        benefit: msg('Benefit'),
        earnings: msg('Gross wage'),
        total: msg('Total'),
        gain: msg('Gain compared with not working'),
        atRisk: msg('Benefit at risk'),
        totalRow: msg('Total'),
      },
      this.language !== 'en',
    );
    const filename = `ips-forecast-${plan.scenario.start}.csv`;
    this.dispatchEvent(ipsEvent<ExportDetail>('ips-export', { format: 'csv', filename, content, scenario: plan.scenario }));
    // A byte order mark lets spreadsheets read the accents as UTF-8.
    this.download(filename, `\ufeff${content}`, 'text/csv;charset=utf-8');
  }

  private exportJson(): void {
    const valid = this.scenarios.filter((s): s is Scenario => s !== null);
    if (valid.length === 0) return;
    const content = `${JSON.stringify(valid.length === 1 ? valid[0] : valid, null, 2)}\n`;
    const filename = `ips-scenario-${valid[0].start}.json`;
    this.dispatchEvent(ipsEvent<ExportDetail>('ips-export', { format: 'json', filename, content, scenario: this.scenario }));
    this.download(filename, content, 'application/json');
  }

  /** Files larger than this are refused before they are read. */
  static readonly MAX_IMPORT_BYTES = 256 * 1024;

  private async importJson(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    this.importSource = 'file';
    if (file.size > IpsBenefitsCalculator.MAX_IMPORT_BYTES) {
      this.importIssues = [{ path: '', code: 'TOO_LONG', params: { max: IpsBenefitsCalculator.MAX_IMPORT_BYTES } }];
      this.importRefused = true;
      return;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(await file.text());
    } catch {
      this.importIssues = [{ path: '', code: 'INVALID_JSON', params: {} }];
      this.importRefused = true;
      return;
    }
    this.load(raw, 'file');
  }

  private share(): void {
    const valid = this.scenarios.filter((s): s is Scenario => s !== null);
    if (valid.length === 0) return;
    const url = shareUrl(window.location.href, valid);
    this.sharedUrl = url;
    this.dispatchEvent(ipsEvent<ShareDetail>('ips-share', { url, scenarios: valid }));
    void navigator.clipboard?.writeText(url).catch(() => undefined);
  }

  private print(): void {
    this.dispatchEvent(ipsEvent<ExportDetail>('ips-export', { format: 'print', filename: '', content: '', scenario: this.scenario }));
    window.print();
  }

  private renderActions(): TemplateResult {
    const ok = this.plans[this.activePlan]?.result.ok ?? false;
    return html`
      <div class="actions toolbar" part="actions" role="group" aria-label=${msg('Keep and share')}>
        <button type="button" id="share" ?disabled=${!ok} @click=${this.share}>${msg('Make a share link')}</button>
        <button type="button" id="export-csv" ?disabled=${!ok} @click=${this.exportCsv}>${msg('Download the table (CSV)')}</button>
        <button type="button" id="export-json" ?disabled=${!ok} @click=${this.exportJson}>${msg('Save the scenario (JSON)')}</button>
        ${this.readonly
          ? nothing
          : html`<label class="file-button">
              ${msg('Open a scenario (JSON)')}
              <input type="file" id="import-json" accept="application/json,.json" class="visually-hidden" @change=${this.importJson} />
            </label>`}
        <button type="button" id="print" ?disabled=${!ok} @click=${this.print}>${msg('Print or save as PDF')}</button>
      </div>
      ${this.sharedUrl
        ? html`<div class="field share-link">
            <label for="share-url">${msg('Share link (the scenario is inside the link; nothing is sent to a server)')}</label>
            <input id="share-url" readonly .value=${this.sharedUrl} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
          </div>`
        : nothing}
    `;
  }

  private renderImportIssues(): TemplateResult | typeof nothing {
    if (this.importIssues.length === 0) return nothing;
    if (!this.importRefused) {
      return html`
        <div class="hint" role="status">
          <p>${msg('The scenario was used, with these remarks:')}</p>
          <ul>
            ${this.importIssues.map((i) => html`<li>${i.path ? `${i.path}: ` : ''}${issueMessage(i, this.f)}</li>`)}
          </ul>
        </div>
      `;
    }
    return html`
      <div class="error" role="alert">
        <p>
          ${this.importSource === 'link'
            ? msg('This share link is broken or was changed; the example is shown instead:')
            : this.importSource === 'file'
              ? msg('This file could not be imported; nothing was changed:')
              : msg('The scenario given could not be used as it is:')}
        </p>
        <ul>
          ${this.importIssues.map((i) => html`<li>${i.path ? `${i.path}: ` : ''}${issueMessage(i, this.f)}</li>`)}
        </ul>
      </div>
    `;
  }

  private renderForm(): TemplateResult {
    const d = this.draft;
    return html`
      <form part="form" class="stack" novalidate @submit=${(e: Event) => e.preventDefault()}>
        <fieldset>
          <legend>${msg('Situation')}</legend>
          <div class="fields">
            <div class="field">
              <label for="scheme">${msg('Scheme')}</label>
              <select id="scheme" ?disabled=${this.isLocked('scheme')} @change=${(e: Event) => this.update_({ scheme: (e.target as HTMLSelectElement).value })}>
                <option value="employee" ?selected=${d.scheme === 'employee'}>${msg('Salaried worker', { id: 'scheme.employee' })}</option>
                <option value="unemployed" ?selected=${d.scheme === 'unemployed'}>${msg('Unemployed person', { id: 'scheme.unemployed' })}</option>
                <option value="self-employed" ?selected=${d.scheme === 'self-employed'}>
                  ${msg('Self-employed person', { id: 'scheme.selfEmployed' })}
                </option>
              </select>
              ${this.fieldError('scheme')}
            </div>
            ${d.scheme !== 'self-employed'
              ? html`<fieldset class="radios">
                  <legend class="label">${msg('Daily benefit')}</legend>
                  ${(['statement', 'estimate'] as const).map(
                    (source) => html`<label>
                      <input
                        type="radio"
                        name="benefitSource"
                        value=${source}
                        .checked=${d.benefitSource === source}
                        ?disabled=${this.isLocked('daily-benefit')}
                        @change=${() => this.update_({ benefitSource: source })}
                      />
                      ${source === 'statement' ? msg('from my statement') : msg('estimate it from my lost wage')}
                    </label>`,
                  )}
                </fieldset>`
              : nothing}
            ${d.benefitSource === 'statement' || d.scheme === 'self-employed'
              ? this.textField('dailyBenefit', msg('Gross daily benefit (€)', { id: 'field.dailyBenefit' }), d.dailyBenefit, (v) => this.update_({ dailyBenefit: v }), {
                  hint: msg('The daily amount on the payment statement of your mutuality.'),
                  inputmode: 'decimal',
                })
              : nothing}
            ${this.textField('start', msg('First month'), d.start, (v) => this.update_({ start: v }), { type: 'month', hint: msg('YYYY-MM') })}
            ${this.textField('months', msg('Number of months'), d.months, (v) => this.update_({ months: v }), { inputmode: 'numeric' })}
          </div>
        </fieldset>
        <fieldset>
          <legend>${msg('The job')}</legend>
          <div class="fields">
            ${this.textField('fullTimeHours', msg('Full-time hours a week in this job', { id: 'field.fullTime' }), d.fullTimeHours, (v) => this.update_({ fullTimeHours: v }), {
              hint: msg('Hours of a full-time colleague in the same job, often 38.'),
              inputmode: 'decimal',
            })}
            <fieldset class="radios">
              <legend class="label">${msg('Wage given')}</legend>
              ${(['hourly', 'monthly'] as WageKind[]).map(
                (kind) => html`
                  <label>
                    <input
                      type="radio"
                      name="wageKind"
                      value=${kind}
                      .checked=${d.wageKind === kind}
                      ?disabled=${this.isLocked('wage')}
                      @change=${() => this.update_({ wageKind: kind })}
                    />
                    ${kind === 'hourly' ? msg('per hour') : msg('per month')}
                  </label>
                `,
              )}
            </fieldset>
            ${this.textField(
              'wage',
              d.wageKind === 'hourly' ? msg('Gross hourly wage (€)') : msg('Gross monthly wage for the planned hours (€)'),
              d.wage,
              (v) => this.update_({ wage: v }),
              { inputmode: 'decimal' },
            )}
          </div>
        </fieldset>
        ${this.renderEstimateEditor()} ${this.renderSelfEmployedEditor()} ${this.renderAuthorisationEditor()} ${this.renderPlanEditor()}
        ${this.renderPaymentEditor()}
      </form>
    `;
  }

  private setAuthorisation(key: keyof AuthorisationDraft, value: string): void {
    this.update_({ authorisation: { ...this.draft.authorisation, [key]: value } });
  }

  private setPayment(patch: Partial<PaymentDraft>): void {
    this.update_({ payment: { ...this.draft.payment, ...patch } });
  }

  private setEstimate(patch: Partial<Draft['estimate']>): void {
    this.update_({ estimate: { ...this.draft.estimate, ...patch } });
  }

  /** The lost wage and the family situation, when the daily benefit is estimated. */
  private renderEstimateEditor(): TemplateResult | typeof nothing {
    const d = this.draft;
    if (d.benefitSource !== 'estimate' || d.scheme === 'self-employed') return nothing;
    const e = d.estimate;
    const locked = this.isLocked('daily-benefit');
    return html`
      <fieldset part="estimate">
        <legend>${msg('Estimate of the daily benefit')}</legend>
        <p class="hint">
          ${msg('An estimate only: the amount on the statement of your mutuality is the one that counts.')}
        </p>
        <div class="fields">
          ${this.textField('estimate-incapacityStart', msg('Incapacity started on'), e.incapacityStart, (v) => this.setEstimate({ incapacityStart: v }), {
            type: 'date',
            hint: msg('From the 13th month the invalidity rate applies.'),
          })}
          ${this.textField('estimate-lostMonthlyWage', msg('Gross monthly wage before the incapacity (€)'), e.lostMonthlyWage, (v) => this.setEstimate({ lostMonthlyWage: v }), {
            inputmode: 'decimal',
          })}
          <div class="field">
            <label for="estimate-familySituation">${msg('Family situation')}</label>
            <select
              id="estimate-familySituation"
              ?disabled=${locked}
              @change=${(ev: Event) => this.setEstimate({ familySituation: (ev.target as HTMLSelectElement).value })}
            >
              <option value="dependants" ?selected=${e.familySituation === 'dependants'}>${msg('with dependants', { id: 'family.dependants' })}</option>
              <option value="single" ?selected=${e.familySituation === 'single'}>${msg('living alone', { id: 'family.single' })}</option>
              <option value="cohabitant" ?selected=${e.familySituation === 'cohabitant'}>${msg('cohabiting', { id: 'family.cohabitant' })}</option>
            </select>
            ${this.fieldError('estimate-familySituation')}
          </div>
          ${d.scheme === 'unemployed'
            ? this.textField(
                'estimate-unemploymentAllowance',
                msg('Daily unemployment allowance when the incapacity started (€)'),
                e.unemploymentAllowance,
                (v) => this.setEstimate({ unemploymentAllowance: v }),
                { inputmode: 'decimal', hint: msg('Kept for the first 6 months when it is higher.') },
              )
            : nothing}
          <label class="hint">
            <input
              type="checkbox"
              id="estimate-regularWorker"
              ?disabled=${locked}
              .checked=${e.regularWorker}
              @change=${(ev: Event) => this.setEstimate({ regularWorker: (ev.target as HTMLInputElement).checked })}
            />
            ${msg('Regular worker (right to the minimum amounts)')}
          </label>
        </div>
      </fieldset>
    `;
  }

  /** The income years the income test of a self-employed activity may need for this forecast. */
  private incomeYears(): string[] {
    const startYear = Number(this.draft.start.slice(0, 4));
    const months = Number(this.draft.months);
    if (!Number.isInteger(startYear) || !Number.isInteger(months) || months < 1 || months > 120) return [];
    const endYear = startYear + Math.floor((Number(this.draft.start.slice(5, 7)) - 1 + months - 1) / 12);
    return Array.from({ length: endYear - startYear + 1 }, (_, i) => String(startYear + i - 3));
  }

  /** The self-employed activity: its start and the net taxable income by year. */
  private renderSelfEmployedEditor(): TemplateResult | typeof nothing {
    const d = this.draft;
    const needed = d.scheme === 'self-employed' || d.plans.some((p) => p.steps.some((s) => s.kind === 'self-employed'));
    if (!needed) return nothing;
    const se = d.selfEmployed;
    const setIncome = (year: string, value: string) =>
      this.update_({ selfEmployed: { ...se, income: { ...se.income, [year]: value } } });
    return html`
      <fieldset part="self-employed">
        <legend>${msg('Self-employed activity')}</legend>
        <div class="fields">
          ${this.textField('selfEmployed-activityStart', msg('Activity started on'), se.activityStart, (v) => this.update_({ selfEmployed: { ...se, activityStart: v } }), {
            type: 'date',
            hint: msg('Empty: the date of the first step.'),
          })}
          ${this.incomeYears().map((year) =>
            this.textField(`selfEmployed-income-${year}`, msg(str`Net taxable professional income of ${year} (€)`), se.income[year] ?? '', (v) => setIncome(year, v), {
              inputmode: 'decimal',
              hint: msg('Needed from 1 January of the fourth year after the year the activity started: the income of three years earlier is compared with the yearly ceiling.'),
            }),
          )}
        </div>
      </fieldset>
    `;
  }

  private renderAuthorisationEditor(): TemplateResult {
    const a = this.draft.authorisation;
    const field = (key: keyof AuthorisationDraft, label: string, options: Parameters<typeof this.textField>[4] = {}) =>
      this.textField(`authorisation-${key}`, label, a[key], (v) => this.setAuthorisation(key, v), options);
    return html`
      <fieldset part="authorisation">
        <legend>${msg('What the medical advisor authorised', { id: 'authorisation.legend' })}</legend>
        <p class="hint">
          ${msg(
            'Copy it from the decision of the medical advisor. Every field is optional; without them the forecast cannot check the hours and the period.',
          )}
        </p>
        <div class="fields">
          ${field('requestSent', msg('Request sent on'), {
            type: 'date',
            hint: msg('Date of the request for authorisation and declaration of resumption.'),
          })}
          ${field('start', msg('Authorised from'), { type: 'date' })}
          ${field('end', msg('Authorised until'), { type: 'date', hint: msg('At most two years. Empty: two years.') })}
          ${field('maxHoursPerWeek', msg('Authorised hours a week (at most)', { id: 'authorisation.maxHours' }), { inputmode: 'decimal' })}
          ${field('nature', msg('Nature of the work'), { multiline: true })}
          ${field('conditions', msg('Conditions'), { multiline: true })}
        </div>
      </fieldset>
    `;
  }

  private renderPaymentEditor(): TemplateResult {
    const p = this.draft.payment;
    return html`
      <fieldset part="payment">
        <legend>${msg('When the money arrives')}</legend>
        <div class="fields">
          <div class="field">
            <label for="payment-benefitLagMonths">${msg('Benefit paid')}</label>
            <select id="payment-benefitLagMonths" ?disabled=${this.isLocked('payment')} @change=${(e: Event) => this.setPayment({ benefitLagMonths: (e.target as HTMLSelectElement).value })}>
              ${['0', '1', '2', '3'].map(
                (lag) => html`<option value=${lag} ?selected=${p.benefitLagMonths === lag}>
                  ${lag === '0' ? msg('in the same month') : msg(str`${lag} month(s) later`)}
                </option>`,
              )}
            </select>
            <span class="hint">${msg("After your employer's monthly declaration: usually one month later.")}</span>
            ${this.fieldError('payment-benefitLagMonths')}
          </div>
          <div class="field">
            <label for="payment-wagePaidIn">${msg('Wage paid')}</label>
            <select
              id="payment-wagePaidIn"
              ?disabled=${this.isLocked('payment')}
              @change=${(e: Event) => this.setPayment({ wagePaidIn: (e.target as HTMLSelectElement).value as PaymentDraft['wagePaidIn'] })}
            >
              <option value="same-month" ?selected=${p.wagePaidIn === 'same-month'}>${msg('in the month worked')}</option>
              <option value="next-month" ?selected=${p.wagePaidIn === 'next-month'}>${msg('in the following month')}</option>
            </select>
          </div>
          ${this.textField('payment-wagePayDay', msg('Pay day of the wage'), p.wagePayDay, (v) => this.setPayment({ wagePayDay: v }), {
            inputmode: 'numeric',
          })}
        </div>
      </fieldset>
    `;
  }

  private renderPlanEditor(): TemplateResult {
    const d = this.draft;
    const steps = d.plans[this.activePlan].steps;
    const full = parseDecimal(d.fullTimeHours);
    const free = full && full.gt(0) && d.scheme !== 'self-employed' ? hoursWithoutReduction(full, `${d.start}-01`) : null;
    return html`
      <fieldset>
        <legend>${msg('Plan of the authorised work', { id: 'plan.legend' })}</legend>
        <div class="actions" role="group" aria-label=${msg('Plans to compare')}>
          ${d.plans.map(
            (_, i) => html`
              <button type="button" class="plan-tab" aria-pressed=${i === this.activePlan ? 'true' : 'false'} @click=${() => (this.activePlan = i)}>
                ${msg(str`Plan ${String.fromCharCode(65 + i)}`)}: ${this.planLabel(i)}
              </button>
            `,
          )}
          ${d.plans.length < MAX_PLANS && !this.isLocked('plan')
            ? html`<button type="button" id="add-plan" @click=${this.addPlan}>${msg('Add a plan to compare')}</button>`
            : nothing}
          ${d.plans.length > 1 && !this.isLocked('plan')
            ? html`<button type="button" id="remove-plan" @click=${() => this.removePlan(this.activePlan)}>
                ${msg(str`Remove plan ${String.fromCharCode(65 + this.activePlan)}`)}
              </button>`
            : nothing}
          ${this.isLocked('plan')
            ? nothing
            : html`<button type="button" id="compare-common" class="link" @click=${this.compareCommonPlans}>
                ${msg('Compare 8, 16 and 24 hours a week')}
              </button>`}
        </div>
        ${free
          ? html`<p class="sentence">
              ${msg(str`Up to ${this.f.number(free)} h a week of ${this.f.number(full!.toString())} h you keep your full benefit.`)}
            </p>`
          : nothing}
        <p class="hint">${msg('Each step holds from its date until the next one. 0 hours ends the work.')}</p>
        ${this.fieldError('plan')}
        <ol class="steps">
          ${steps.map((s, i) => this.renderStep(s, i))}
        </ol>
        <div class="actions" ?hidden=${this.isLocked('plan')}>
          <button type="button" id="add-step" @click=${this.addStep}>${msg('Add a step')}</button>
          <label class="hint">
            <input
              type="checkbox"
              id="per-step"
              ?disabled=${this.isLocked('plan')}
              .checked=${this.perStepTerms}
              @change=${(e: Event) => (this.perStepTerms = (e.target as HTMLInputElement).checked)}
            />
            ${msg('Different wage or full-time hours per step')}
          </label>
        </div>
      </fieldset>
    `;
  }

  private renderStep(s: Draft['plans'][number]['steps'][number], i: number): TemplateResult {
    const n = i + 1;
    return html`
      <li class="step" aria-label=${msg(str`Step ${n}`)}>
        ${this.textField(`step-${i}-from`, msg(str`Step ${n}: from`), s.from, (v) => this.updateStep(i, { from: v }), { type: 'date' })}
        ${this.textField(`step-${i}-hours`, msg(str`Step ${n}: hours a week`), s.hours, (v) => this.updateStep(i, { hours: v }), {
          inputmode: 'decimal',
        })}
        <div class="field">
          <label for="step-${i}-kind">${msg(str`Step ${n}: kind of work`)}</label>
          <select id="step-${i}-kind" ?disabled=${this.isLocked('plan')} @change=${(e: Event) => this.updateStep(i, { kind: (e.target as HTMLSelectElement).value })}>
            <option value="employee" ?selected=${s.kind === 'employee'}>${msg('salaried work')}</option>
            <option value="sheltered" ?selected=${s.kind === 'sheltered'}>${msg('sheltered workplace (joint committee 327)')}</option>
            <option value="childminder" ?selected=${s.kind === 'childminder'}>${msg('registered childminder')}</option>
            <option value="self-employed" ?selected=${s.kind === 'self-employed'}>${msg('self-employed activity')}</option>
          </select>
          ${this.fieldError(`step-${i}-kind`)}
        </div>
        ${this.perStepTerms
          ? html`
              ${this.textField(`step-${i}-fullTime`, msg(str`Step ${n}: full-time hours (if different)`), s.fullTime, (v) => this.updateStep(i, { fullTime: v }), {
                inputmode: 'decimal',
              })}
              ${this.textField(`step-${i}-wage`, msg(str`Step ${n}: wage (if different)`), s.wage, (v) => this.updateStep(i, { wage: v }), {
                inputmode: 'decimal',
              })}
            `
          : nothing}
        <button type="button" class="remove-step" ?hidden=${this.isLocked('plan')} @click=${() => this.removeStep(i)}>
          ${msg('Remove')}<span class="visually-hidden"> ${msg(str`step ${n}`)}</span>
        </button>
      </li>
    `;
  }

  private renderNoForecast(): TemplateResult {
    return html`<p class="error" part="summary">${msg('Correct the fields marked in the form to see the forecast.')}</p>`;
  }

  private renderForecast(forecast: Forecast): TemplateResult {
    const f = this.f;
    const t = forecast.totals;
    const n = forecast.months.length;
    const explained = forecast.months.find((m) => m.month === this.explainedMonth);
    return html`
      <section aria-labelledby="summary-title" class="stack">
        <h3 id="summary-title">${msg(str`Over ${n} months`)}</h3>
        <dl class="summary" part="summary">
          <div><dt>${msg('Benefit')}</dt><dd>${f.money(t.benefit)}</dd></div>
          <div><dt>${msg('Gross wage')}</dt><dd>${f.money(t.earnings)}</dd></div>
          <div><dt>${msg('Total')}</dt><dd class="total">${f.money(t.total)}</dd></div>
          <div>
            <dt>${msg('Gain compared with not working')}</dt>
            <dd class=${t.gainVsNoWork.startsWith('-') ? 'gain-negative' : 'gain-positive'}>${f.money(t.gainVsNoWork)}</dd>
          </div>
          ${isPositiveMoney(t.atRisk)
            ? html`<div class="risk">
                <dt>${msg('Benefit at risk (work not authorised)', { id: 'summary.atRisk' })}</dt>
                <dd class="at-risk">${f.money(t.atRisk)}</dd>
              </div>`
            : nothing}
          ${isPositiveMoney(t.latePenalty)
            ? html`<div class="risk">
                <dt>${msg('Reduction for the late request')}</dt>
                <dd class="late-penalty">${f.money(t.latePenalty)}</dd>
              </div>`
            : nothing}
        </dl>
        ${renderChart(forecast.months, f)} ${renderHoursChart(forecast.months, this.draft.authorisation.maxHoursPerWeek, f)}
        <div class="scroll" tabindex="0" role="region" aria-labelledby="table-caption">
          <table part="table">
            <caption id="table-caption">${msg('Month by month (gross amounts)')}</caption>
            <thead>
              <tr>
                <th scope="col">${msg('Month')}</th>
                <th scope="col">${msg('Paid days')}</th>
                <th scope="col">${msg('Hours a week')}</th>
                <th scope="col">${msg('Occupation fraction', { id: 'term.fraction' })}</th>
                <th scope="col">${msg('Reduction')}</th>
                <th scope="col">${msg('Daily benefit')}</th>
                <th scope="col">${msg('Benefit')}</th>
                <th scope="col">${msg('Gross wage')}</th>
                <th scope="col">${msg('Total')}</th>
                <th scope="col">${msg('Gain compared with not working')}</th>
                <th scope="col">${msg('Authorisation')}</th>
                <th scope="col" class="why-cell"><span class="visually-hidden">${msg('Explanation')}</span></th>
              </tr>
            </thead>
            <tbody>
              ${forecast.months.map(
                (m) => html`
                  <tr
                    class="${m.month === this.explainedMonth ? 'selected' : ''} ${isPositiveMoney(m.atRisk) ? 'at-risk' : ''}"
                    data-month=${m.month}
                  >
                    <th scope="row">${f.month(m.month)}</th>
                    <td>${m.indemnifiableDays}</td>
                    <td>${m.hoursPerWeek === null ? '–' : f.number(m.hoursPerWeek)}</td>
                    <td>${m.fraction === null ? '–' : f.percent(m.fraction)}</td>
                    <td>${f.percent(m.reductionPercent)}</td>
                    <td>${f.money(m.dailyBenefit)}</td>
                    <td class="benefit">${f.money(m.benefit)}</td>
                    <td class="earnings">${f.money(m.earnings)}</td>
                    <td class="total">${f.money(m.total)}</td>
                    <td class="gain">${f.money(m.gainVsNoWork)}</td>
                    <td class="marks">${authorisationMarks(m, f)}</td>
                    <td class="why-cell">
                      <button
                        type="button"
                        class="link why"
                        aria-expanded=${m.month === this.explainedMonth ? 'true' : 'false'}
                        aria-controls="explanation"
                        @click=${() => this.explain(m.month === this.explainedMonth ? null : m.month)}
                      >
                        ${msg('Why?')}<span class="visually-hidden"> ${f.month(m.month)}</span>
                      </button>
                    </td>
                  </tr>
                `,
              )}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">${msg('Total')}</th>
                <td>${t.indemnifiableDays}</td>
                <td></td>
                <td></td>
                <td></td>
                <td></td>
                <td class="benefit">${f.money(t.benefit)}</td>
                <td class="earnings">${f.money(t.earnings)}</td>
                <td class="total">${f.money(t.total)}</td>
                <td class="gain">${f.money(t.gainVsNoWork)}</td>
                <td class="marks">${isPositiveMoney(t.atRisk) ? msg(str`At risk: ${f.money(t.atRisk)}`) : ''}</td>
                <td class="why-cell"></td>
              </tr>
            </tfoot>
          </table>
        </div>
        <div id="explanation">${explained ? renderExplanation(explained, f, () => this.explain(null)) : nothing}</div>
        ${renderCashCalendar(() => this.plans[this.activePlan].cash() ?? [], f, this.cashOpen, (open) => (this.cashOpen = open))}
      </section>
    `;
  }

  private renderComparison(): TemplateResult {
    const f = this.f;
    const ok = this.plans.filter((p) => p.result.ok);
    const forecasts = this.plans.map((p) => (p.result.ok ? p.result.forecast : null));
    const months = ok.length > 0 && ok[0].result.ok ? ok[0].result.forecast.months.map((m) => m.month) : [];
    const name = (i: number) => msg(str`Plan ${String.fromCharCode(65 + i)}`);
    const full = parseDecimal(this.draft.fullTimeHours);
    return html`
      <section part="comparison" aria-labelledby="comparison-title" class="stack">
        <h3 id="comparison-title">${msg('Comparison of the plans')}</h3>
        ${this.plans
          .filter((p) => !p.result.ok)
          .map((p) => html`<p class="error">${msg(str`${name(p.index)} has errors: open it to correct them.`)}</p>`)}
        <ul class="notices">
          ${this.plans.map((p) => {
            if (!p.result.ok) return nothing;
            const s = summarize(p.result.forecast);
            const t = p.result.forecast.totals;
            return html`<li>
              <strong>${name(p.index)} (${this.planLabel(p.index)})</strong>:
              ${msg(str`total ${f.money(t.total)}, gain ${f.money(t.gainVsNoWork)} compared with not working.`)}
              ${s
                ? msg(
                    str`Best month: ${f.month(s.best.month)} (${f.money(s.best.total)}); lowest month: ${f.month(s.worst.month)} (${f.money(s.worst.total)}).`,
                  )
                : nothing}
            </li>`;
          })}
        </ul>
        ${full && full.gt(0)
          ? html`<p class="sentence">
              ${msg(
                str`Up to ${f.number(hoursWithoutReduction(full, `${this.draft.start}-01`) ?? '0')} h a week of ${f.number(full.toString())} h you keep your full benefit; above it, each extra hour reduces the benefit.`,
              )}
            </p>`
          : nothing}
        <details ?open=${this.comparisonOpen} @toggle=${(e: Event) => (this.comparisonOpen = (e.target as HTMLDetailsElement).open)}>
          <summary>${msg('Month by month for each plan')}</summary>
          ${this.comparisonOpen
            ? html`        <div class="scroll" tabindex="0" role="region" aria-labelledby="comparison-caption">
              <table>
                <caption id="comparison-caption">${msg('Total per month for each plan (benefit + gross wage)')}</caption>
                <thead>
                  <tr>
                    <th scope="col">${msg('Month')}</th>
                    ${this.plans.map((p) => html`<th scope="col">${name(p.index)}<br />${this.planLabel(p.index)}</th>`)}
                  </tr>
                </thead>
                <tbody>
                  ${months.map(
                    (month, row) => html`
                      <tr>
                        <th scope="row">${f.month(month)}</th>
                        ${forecasts.map((fc) => html`<td>${fc ? f.money(fc.months[row].total) : '–'}</td>`)}
                      </tr>
                    `,
                  )}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row">${msg('Total')}</th>
                    ${forecasts.map((fc) => html`<td>${fc ? f.money(fc.totals.total) : '–'}</td>`)}
                  </tr>
                  <tr>
                    <th scope="row">${msg('Gain compared with not working')}</th>
                    ${forecasts.map((fc) => html`<td>${fc ? f.money(fc.totals.gainVsNoWork) : '–'}</td>`)}
                  </tr>
                </tfoot>
              </table>
            </div>`
            : nothing}
        </details>
      </section>
    `;
  }

  private renderAssumptions(forecast: Forecast): TemplateResult {
    const f = this.f;
    const monthly = forecast.months.flatMap((m) => m.warnings.map((w) => ({ month: m.month, w })));
    const seen = new Set<string>();
    const distinct = monthly.filter(({ w }) => (seen.has(w.code) ? false : (seen.add(w.code), true)));
    return html`
      <section part="notes" aria-labelledby="assumptions-title">
        <h3 id="assumptions-title">${msg('How these figures were computed')}</h3>
        <ul class="notices">
          ${distinct.map(({ month, w }) => html`<li class="level-${w.level}">${f.month(month)}: ${noticeMessage(w, f)}</li>`)}
          ${forecast.warnings.map((w) => html`<li class="level-${w.level}">${noticeMessage(w, f)}</li>`)}
        </ul>
      </section>
    `;
  }
}
