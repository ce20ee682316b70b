import { LitElement, adoptStyles, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { formatters, type Formatters } from '../../format.js';
import { languageOf, setLocale, type Language } from '../../localization.js';
import { addMonths, addMonthsToDate, formatMonth } from '../../rules/calendar.js';
import { parseDecimal } from '../../rules/decimal.js';
import { hoursWithoutReduction } from '../../rules/summary.js';
import type { Scenario } from '../../scenario/types.js';
import { INPUT_LIMITS } from '../../scenario/limits.js';
import type { ValidationIssue } from '../../scenario/validate.js';
import {
  DEFAULT_PAYMENT,
  EMPTY_AUTHORISATION,
  EMPTY_ESTIMATE,
  MAX_PLANS,
  draftFromScenario,
  localizeDraft,
  mixedWageKinds,
  step,
  typedDate,
  type Draft,
  type FieldId,
} from './form/draft.js';
import { fieldError, textField, type FormContext } from './form/fields.js';
import { renderAuthorisationEditor, renderJob, renderSituation } from './form/form-sections.js';
import { renderForecastView } from './results/forecast-view.js';
import { loadViews, views, type Views } from './views.js';
import { computePlans, type PlanResult } from './results/plan-result.js';
import type { PlanAction, PlanNote } from './plan-actions.js';
import { styles } from './calculator.styles.js';
import { ipsEvent, type ExportDetail, type ForecastChangeDetail, type ImportDetail, type ShareDetail } from '../../events.js';
import { readScenarioList } from '../../scenario/scenario-list.js';
import type { HandoutPanel } from './handout/handout.js';

export type { ForecastChangeDetail, ExportDetail, ShareDetail, ImportDetail } from '../../events.js';

/** The month after `today`'s, as YYYY-MM. */
function nextMonth(today = new Date()): string {
  return formatMonth(addMonths({ year: today.getFullYear(), month: today.getMonth() + 1 }, 1));
}

/** A realistic first situation: 62.45 € a day, a 38-hour job at 16.50 €, 8 h then 16 h a week. */
export function exampleDraft(start = nextMonth()): Draft {
  const later = addMonthsToDate(`${start}-01`, 3);
  return {
    benefitSource: 'statement',
    estimate: { ...EMPTY_ESTIMATE },
    selfEmployed: { activityStart: '', income: {} },
    authorisation: { ...EMPTY_AUTHORISATION },
    payment: { ...DEFAULT_PAYMENT },
    scheme: 'employee',
    dailyBenefit: '62.45',
    dailyBenefitAsOf: '',
    projectIndexation: true,
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
 * @fires ips-export - The user exported CSV, JSON or the checklist's calendar (ics), or printed. `detail`: {@link ExportDetail}.
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
 * @csspart answer - In short: about how much more a month, the lowest and highest month, the next dates.
 * @csspart plan-choice - In the client's read-only view with several plans: a button for each plan, in the answer.
 * @csspart print-summary - The summary of the screen, printed when no handout is prepared (hidden on screen).
 * @csspart handout-panel - "Prepare a handout": the names and the document to print.
 * @csspart handout - The client's handout (printed only).
 * @csspart advisor-note - The note for the medical advisor (printed only).
 * @csspart summary - Totals of the plan shown.
 * @csspart chart - The chart.
 * @csspart table - The month-by-month table.
 * @csspart explanation - The "Why this number?" panel.
 * @csspart comparison - The comparison of plans.
 * @csspart notes - Counselling notes and the calculator's assumptions.
 * @csspart checklist - The dated checklist and its calendar button.
 * @csspart income-curve - The income curve over the hours a week.
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

  /** Language of the element (en, fr, nl, de; or fr-BE, de-BE…); else the closest `lang` of the page; else English. */
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
   * full-time-hours wage plan authorisation payment self-employed person`.
   */
  @property() locked = '';
  /**
   * `net` or `gross`: the amounts of the table, totals, chart and comparison (the switch above the
   * totals sets it). Unset: net when it can be estimated (months of 2025 and 2026, not self-employed).
   */
  @property() amounts?: 'net' | 'gross';
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
  @state() private shareStatus: '' | 'copied' | 'not-copied' = '';
  /** Whether the cash calendar and the month-by-month comparison are unfolded. */
  @state() private cashOpen = false;
  @state() private comparisonOpen = false;
  /** The on-demand views could not be loaded (the host serves only the main file, or is offline). */
  @state() private viewsMissing = false;
  /** What the last change to the plans said (and how to undo it). */
  @state() private planNote: PlanNote | null = null;
  /**
   * The language of the share link opened (`&ips-lang=`): spoken unless the element has its own
   * `lang`; dropped when the page changes its language. Never written to `lang` (which is
   * reflected): it is not the host's choice.
   */
  @state() private linkLanguage?: Language;

  private plans: PlanResult[] = [];
  /** The "Prepare a handout" panel, loaded when the print button is first pressed. */
  private handout?: HandoutPanel;
  /** The language the draft's numbers are written in; unset when they come from outside. */
  private draftLanguage?: Language;
  private pageLangObserver?: MutationObserver;
  private requestedLanguage: Language | null = null;

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
    this.draftLanguage = undefined;
    this.draft = { ...drafts[0], plans: drafts.map((d) => d.plans[0]) };
    this.activePlan = 0;
    this.explainedMonth = null;
    this.perStepTerms = this.draft.plans.some((p) => p.steps.some((s) => s.fullTime !== '' || s.wage !== ''));
    this.importIssues = scenarios.some(mixedWageKinds) ? [...warnings, { path: '', code: 'MIXED_WAGE_KINDS', params: {} }] : warnings;
  }

  /** Every plan as a scenario (`null` where a plan has errors). */
  get scenarios(): (Scenario | null)[] {
    return this.plans.map((p) => (p.result.ok ? p.result.scenario : null));
  }

  get language(): Language {
    // Only the first characters of a tag are read: a 10 MB `lang` costs nothing on each update.
    const read = (tag: string | null | undefined) => languageOf(tag?.slice(0, INPUT_LIMITS.maxLangAttributeLength));
    return (
      read(this.lang) ?? this.linkLanguage ?? read(this.closest('[lang]')?.getAttribute('lang')) ?? read(document.documentElement.lang) ?? 'en'
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Follow a language switch of the page (the host's own <html lang> or a wrapper's lang). The
    // page's choice then beats the language of a share link opened before.
    this.pageLangObserver = new MutationObserver((records) => {
      if (records.some((r) => r.target === document.documentElement || r.target.contains(this))) this.linkLanguage = undefined;
      this.requestUpdate();
    });
    this.pageLangObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    window.addEventListener('hashchange', this.restoreFromLink);
    this.restoreFromLink();
    // Charts, notes, explanation, comparison, print and export views: asked for now, shown when
    // they arrive (a few milliseconds later, from the same place as this file).
    if (!views()) void loadViews().then(() => this.requestUpdate(), () => (this.viewsMissing = true));
  }

  /** Also waits for the on-demand views, so that `await el.updateComplete` sees the whole element. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    // Not when the views could not be loaded: only the user's next export or print asks again.
    if (views() || !this.isConnected || this.viewsMissing) return done;
    try {
      await loadViews();
    } catch {
      // The element now shows which parts are missing.
    }
    return super.getUpdateComplete();
  }

  /** Runs `action` with the on-demand views, at once when they are there. */
  private withViews(action: (v: Views) => void): void {
    const v = views();
    if (v) action(v);
    else
      void loadViews().then(
        (loaded) => {
          this.viewsMissing = false;
          action(loaded);
        },
        () => (this.viewsMissing = true),
      );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.pageLangObserver?.disconnect();
    window.removeEventListener('hashchange', this.restoreFromLink);
  }

  /** A share link in the page's fragment replaces the scenario; a broken one is reported. */
  private readonly restoreFromLink = (): void => {
    // The link is read by the on-demand views (a few milliseconds later); only a fragment with
    // the calculator's key waits for them.
    if (this.noLinkRestore || !/[#&]ips=/.test(window.location.hash)) return;
    this.withViews((v) => this.applyLink(v.decodeFragment(window.location.hash)));
  };

  private applyLink(decoded: ReturnType<Views['decodeFragment']>): void {
    if (decoded.kind === 'ok') {
      this.applyScenarios(decoded.scenarios, decoded.warnings);
      // The client's link opens the client view, wherever the element is embedded.
      if (decoded.client) this.readonly = true;
      // The plan shown and the language used when the link was made (a link without them opens
      // on plan A, in the page's language).
      if (decoded.plan !== undefined) this.activePlan = decoded.plan;
      this.linkLanguage = decoded.lang;
      this.importRefused = false;
      this.importSource = 'link';
      this.dispatchEvent(ipsEvent<ImportDetail>('ips-import', { source: 'link', scenarios: decoded.scenarios }));
    } else if (decoded.kind === 'broken') {
      this.importSource = 'link';
      this.importIssues = decoded.errors;
      this.importRefused = true;
    }
  }

  /** Applies the preset attributes that changed to the form. */
  private applyPresets(changed: PropertyValues<this>): void {
    const patch: Partial<Draft> = {};
    const has = (key: string) => changed.has(key as keyof IpsBenefitsCalculator);
    // A preset longer than any valid value is cut (and then shown with its message in the form).
    const clip = (value: string) => String(value).slice(0, INPUT_LIMITS.maxPresetAttributeLength);
    if (has('scheme') && this.scheme !== undefined) patch.scheme = clip(this.scheme);
    if (has('dailyBenefit') && this.dailyBenefit !== undefined) patch.dailyBenefit = clip(this.dailyBenefit);
    if (has('fullTimeHours') && this.fullTimeHours !== undefined) patch.fullTimeHours = clip(this.fullTimeHours);
    if (has('months') && this.months !== undefined) patch.months = clip(this.months);
    if (has('start') && this.start !== undefined) patch.start = clip(this.start);
    if (has('hourlyWage') && this.hourlyWage !== undefined) Object.assign(patch, { wageKind: 'hourly', wage: clip(this.hourlyWage) });
    if (has('monthlyWage') && this.monthlyWage !== undefined) Object.assign(patch, { wageKind: 'monthly', wage: clip(this.monthlyWage) });
    if (Object.keys(patch).length > 0) {
      this.draft = { ...this.draft, ...patch };
      this.draftLanguage = undefined;
    }
  }

  /** A field the person may not change (client view, or locked by the host page). */
  private isLocked(group: string): boolean {
    return this.readonly || this.lockedGroups.has(group);
  }

  /** The names of `locked`, read once per change and only from its first 200 characters. */
  private lockedGroups = new Set<string>();

  protected override willUpdate(changed: PropertyValues<this>): void {
    const language = this.language;
    // Ask for a language only when this element's own language changes: the translations are
    // shared by the page (one language at a time), and two elements asking on every update for
    // different languages would re-render each other without end.
    // setLocale itself does nothing for the language already shown or being loaded; comparing with
    // getLocale() here would skip a switch back while another language is still loading, and that
    // language would win when it arrives.
    if (language !== this.requestedLanguage) {
      this.requestedLanguage = language;
      void setLocale(language);
    }
    this.applyPresets(changed);
    // Presets, scenarios and the example come as "62.45": shown "62,45" in French, Dutch and German.
    if (language !== this.draftLanguage) {
      this.draft = localizeDraft(this.draft, this.f.field);
      this.draftLanguage = language;
    }
    if (changed.has('locked')) this.lockedGroups = new Set(String(this.locked ?? '').slice(0, INPUT_LIMITS.maxLockedAttributeLength).split(/\s+/));
    if (changed.has('draft' as keyof IpsBenefitsCalculator) || this.plans.length === 0) {
      this.plans = computePlans(this.draft, this.plans);
      if (this.activePlan >= this.plans.length) this.activePlan = this.plans.length - 1;
    }
  }

  /** The views' styles join the element's own once the on-demand file is there. */
  private viewStylesAdopted = false;

  protected override updated(changed: PropertyValues<this>): void {
    const v = views();
    if (v && !this.viewStylesAdopted && this.shadowRoot) {
      adoptStyles(this.shadowRoot, [...(this.constructor as typeof LitElement).elementStyles, v.viewStyles]);
      this.viewStylesAdopted = true;
    }
    if (changed.has('draft' as keyof IpsBenefitsCalculator)) {
      const plan = this.plans[this.activePlan];
      // The status line says the total, or the fields to correct, once typing has paused.
      if (changed.get('draft' as keyof IpsBenefitsCalculator)) views()?.announce(this.renderRoot, plan, this.f, this.language);
      const detail: ForecastChangeDetail = {
        scenario: plan.result.ok ? plan.result.scenario : null,
        forecast: plan.result.ok ? plan.result.forecast : null,
        // Computed when a listener reads it.
        get cash() {
          return plan.cash();
        },
        get net() {
          const r = plan.result;
          return r.ok ? (views()?.netIfAvailable(r.forecast, r.input) ?? null) : null;
        },
        scenarios: this.scenarios,
      };
      this.dispatchEvent(ipsEvent('ips-forecast-change', detail));
    }
  }

  // ——— editing ———

  private update_(patch: Partial<Draft>): void {
    this.draft = { ...this.draft, ...patch };
    this.planNote = null;
  }

  private updateStep(index: number, patch: Partial<Draft['plans'][number]['steps'][number]>): void {
    const plans = this.draft.plans.map((p, i) =>
      i === this.activePlan ? { steps: p.steps.map((s, j) => (j === index ? { ...s, ...patch } : s)) } : p,
    );
    this.update_({ plans });
  }

  /** Adding and removing plans and steps: nothing is lost (plan-actions.ts, with the views). */
  private editPlans(action: PlanAction): void {
    this.withViews((v) => {
      const r = v.editPlans(this.draft, this.activePlan, action, this.f, this.planNote);
      this.update_({ plans: r.plans });
      this.activePlan = r.active;
      this.planNote = r.note;
      void this.updateComplete.then(() => r.focus && this.renderRoot.querySelector<HTMLElement>(r.focus)?.focus());
    });
  }

  private explain(month: string | null): void {
    const shown = this.explainedMonth;
    this.explainedMonth = month;
    void this.updateComplete.then(() => {
      // Closed: back to the "Why?" of the month that was explained.
      this.renderRoot.querySelector<HTMLElement>(month ? '#explanation-title' : `[data-month="${shown}"] .why`)?.focus();
    });
  }

  // ——— rendering helpers ———

  private get f(): Formatters {
    return formatters(this.language);
  }

  /** Labels by plan (a plan is replaced, never changed, when edited) and language. */
  private planLabels = new WeakMap<object, { language: Language; label: string }>();

  private planLabel(index: number): string {
    const plan = this.draft.plans[index];
    const language = this.language;
    const known = this.planLabels.get(plan);
    if (known?.language === language) return known.label;
    const hours = plan.steps.map((s) => this.f.number(parseDecimal(s.hours)?.toString() ?? '0'));
    const label = hours.length === 0 ? msg('No work', { id: 'md' }) : `${hours.join(' → ')}\u00a0${this.f.hourUnit}`;
    this.planLabels.set(plan, { language, label });
    return label;
  }

  // ——— rendering ———

  protected override render(): TemplateResult {
    const plan = this.plans[this.activePlan];
    const result = plan?.result;
    const v = views();
    const amounts =
      result?.ok && v
        ? v.amountsView({ ...result, f: this.f, mode: this.amounts, locked: this.isLocked('person'), onMode: (mode) => (this.amounts = mode), cash: () => plan.cash() ?? [] })
        : undefined;
    // The printed summary; in the client view, also the text of the situation (never the form).
    const summary = result?.ok && v ? v.renderPrintSummary(this.draft, this.activePlan, result.scenario, result.forecast, this.f, amounts?.net) : nothing;
    // The client view shows the figures first, the buttons after them.
    const actions = v?.renderActions({
      ok: result?.ok ?? false,
      canImport: !this.readonly,
      sharedUrl: this.sharedUrl,
      shareStatus: this.shareStatus,
      onShare: (client) => this.share(client),
      onCsv: () => this.exportFile('csv'),
      onJson: () => this.exportFile('json'),
      onImport: (e) => void this.importJson(e),
      onPrint: () => this.print(),
    });
    const answer = result?.ok && v ? v.renderMonthlyAnswer({ plan, labelOf: (i) => this.planLabel(i), plans: this.plans.length, choose: this.readonly ? (i) => (this.activePlan = i) : undefined, asTitle: this.readonly, f: this.f, ...v.answerAmounts(amounts) }) : nothing;
    const forecast = result?.ok
      ? renderForecastView({
          forecast: result.forecast,
          f: this.f,
          views: v,
          explainedMonth: this.explainedMonth,
          onExplain: (month) => this.explain(month),
          authorisedHours: this.draft.authorisation.maxHoursPerWeek,
          cash: () => plan.cash() ?? [],
          cashOpen: this.cashOpen,
          onCashToggle: (open) => (this.cashOpen = open),
          amounts,
        })
      : this.renderNoForecast();
    const comparison =
      this.plans.length > 1 && v
        ? v.renderComparisonView({
            plans: this.plans,
            labelOf: (i) => this.planLabel(i),
            f: this.f,
            scheme: this.draft.scheme,
            fullTimeHours: this.draft.fullTimeHours,
            start: typedDate(this.draft.start, true),
            open: this.comparisonOpen,
            onToggle: (open) => (this.comparisonOpen = open),
            net: amounts?.shown,
          })
        : nothing;
    const notes = html`${v?.renderCounsellingNotes()} ${result?.ok && v ? v.renderAssumptions(result.forecast, this.f, !!amounts?.shown) : nothing}`;
    const missing = this.viewsMissing && !v
      ? html`<p class="error" role="alert" id="views-missing">
          ${msg(
            'Part of the calculator could not be loaded: the charts, the explanations, the comparison and the buttons to share, save, open and print are missing. The figures in the table are complete. Reload the page to try again.', { id: 'm60' },
          )}
        </p>`
      : nothing;
    if (this.readonly) return this.renderClientView({ summary, actions, answer, forecast, comparison, notes, missing });
    return html`
      <div class="stack" part="base">
        <h2>${msg('Benefit and wage, month by month', { id: 'title' })}</h2>
        <p class="hint">
          ${msg(
            'For a person receiving incapacity benefits from the mutuality who resumes part-time work authorised by the medical advisor.',
            { id: 'intro' },
          )}
        </p>
        ${summary}
        ${v?.renderImportIssues(this.importIssues, this.importRefused, this.importSource, this.f)} ${this.renderForm()}
        <div role="status" aria-live="polite" class="visually-hidden" id="announce"></div>
        ${missing} ${actions} ${answer}
        ${this.handout?.render(this.plans, this.activePlan, this.f)}
        ${forecast}
        ${v?.renderCounsel(this, this.plans, this.activePlan, this.f)}
        ${comparison}
        ${notes}
      </div>
    `;
  }

  /**
   * The client's read-only view: the answer in four questions first; everything else folded
   * below it (each month, the comparison, the dates and the notes), then the buttons.
   */
  private renderClientView(p: { summary: unknown; actions: unknown; answer: unknown; forecast: unknown; comparison: unknown; notes: unknown; missing: unknown }): TemplateResult {
    const v = views();
    const fold = (id: string, title: string, content: unknown) =>
      html`<details class="client-more" id=${id}><summary>${title}</summary><div class="stack">${content}</div></details>`;
    return html`
      <div class="stack client-view" part="base">
        ${p.answer === nothing ? html`<h2>${msg('Your plan: benefit and wage', { id: 'client.title' })}</h2>` : nothing}
        ${p.summary}
        ${v?.renderImportIssues(this.importIssues, this.importRefused, this.importSource, this.f)}
        <div role="status" aria-live="polite" class="visually-hidden" id="announce"></div>
        ${p.answer} ${p.missing}
        ${this.handout?.render(this.plans, this.activePlan, this.f)}
        ${fold('client-months', msg('Each month, in detail', { id: 'client.more.months' }), p.forecast)}
        ${v?.renderCounsel(this, this.plans, this.activePlan, this.f)}
        ${this.plans.length > 1 ? fold('client-compare', msg('Compare the plans', { id: 'client.more.compare' }), p.comparison) : nothing}
        ${fold('client-notes', msg('Good to know, and how it was computed', { id: 'client.more.notes' }), p.notes)}
        ${p.actions}
        <details class="prepared">
          <summary>${msg('The situation and the plan prepared with your coach', { id: 'm1h' })}</summary>
          ${p.summary}
        </details>
      </div>
    `;
  }

  // ——— keep and share ———

  /** The month table (CSV) or the scenario file (JSON): made by the on-demand views, offered as a download. */
  private exportFile(format: 'csv' | 'json'): void {
    this.withViews((v) => {
      const file = v.exportFile(format, this.plans, this.activePlan, this.f.decimal === ',');
      if (!file) return;
      this.dispatchEvent(ipsEvent<ExportDetail>('ips-export', { format, ...file, scenario: this.scenario }));
      v.download(this.renderRoot, file.filename, file.content, format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json');
    });
  }

  private async importJson(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    this.importSource = 'file';
    // The import button is one of the on-demand views: they are there.
    const read = await views()!.readScenarioFile(file);
    if ('raw' in read) this.load(read.raw, 'file');
    else {
      this.importIssues = [read.issue];
      this.importRefused = true;
    }
  }

  /** A link for the coach, or for the client (read-only; also every link made in the client view). */
  private share(client: boolean): void {
    const all = this.scenarios;
    const valid = all.filter((s): s is Scenario => s !== null);
    if (valid.length === 0) return;
    // The plan shown, counted among the plans that go into the link (a plan with errors does not).
    const plan = all[this.activePlan] ? all.slice(0, this.activePlan).filter((s) => s !== null).length : undefined;
    this.withViews((v) => {
      const url = v.shareUrl(window.location.href, valid, client || this.readonly, { language: this.language, plan }) + (this.handout?.linkPart() ?? '');
      this.sharedUrl = url;
      this.shareStatus = '';
      this.dispatchEvent(ipsEvent<ShareDetail>('ips-share', { url, scenarios: valid }));
      // Said politely in the status line below the buttons, so the user knows where the link is.
      void v.copyText(url).then((ok) => (this.shareStatus = ok ? 'copied' : 'not-copied'));
    });
  }

  /** Opens "Prepare a handout": the panel prints the document chosen. */
  private print(): void {
    this.withViews((v) => (this.handout ??= new v.HandoutPanel(this)).show());
  }

  /** What the form's sections need from the element. */
  private get form(): FormContext {
    return {
      draft: this.draft,
      f: this.f,
      errorsFor: (field) => this.errorsFor(field),
      isLocked: (group) => this.isLocked(group),
      update: (patch) => this.update_(patch),
    };
  }

  private errorsFor(field: FieldId, planIndex = this.activePlan): ValidationIssue[] {
    return this.plans[planIndex]?.errors.get(field) ?? [];
  }

  private renderForm(): TemplateResult {
    const ctx = this.form;
    const v = views();
    return html`
      <form part="form" class="stack" novalidate @submit=${(e: Event) => e.preventDefault()}>
        ${renderSituation(ctx)} ${renderJob(ctx)} ${v?.renderEstimateEditor(ctx)} ${v?.renderSelfEmployedEditor(ctx)}
        ${renderAuthorisationEditor(ctx)} ${this.renderPlanEditor(ctx)} ${v?.renderPaymentEditor(ctx)} ${v?.renderPersonEditor(ctx)}
      </form>
    `;
  }

  private renderPlanEditor(ctx: FormContext): TemplateResult {
    const d = this.draft;
    const steps = d.plans[this.activePlan].steps;
    const full = parseDecimal(d.fullTimeHours);
    const free = full && full.gt(0) && d.scheme !== 'self-employed' ? hoursWithoutReduction(full, `${typedDate(d.start, true)}-01`) : null;
    return html`
      <fieldset>
        <legend>${msg('Plan of the authorised work', { id: 'plan.legend' })}</legend>
        <div class="actions" role="group" aria-label=${msg('Plans to compare', { id: 'm1m' })}>
          ${d.plans.map(
            (_, i) => html`
              <button type="button" class="plan-tab" aria-pressed=${i === this.activePlan ? 'true' : 'false'} @click=${() => (this.activePlan = i)}>
                ${msg(str`Plan ${String.fromCharCode(65 + i)}: ${this.planLabel(i)}`, { id: 'sc2' })}
              </button>
            `,
          )}
          ${d.plans.length < MAX_PLANS && !this.isLocked('plan')
            ? html`<button type="button" id="add-plan" @click=${() => this.editPlans({ kind: 'add-plan' })}>${msg('Add a plan to compare', { id: 'm1n' })}</button>`
            : nothing}
          ${d.plans.length > 1 && !this.isLocked('plan')
            ? html`<button type="button" id="remove-plan" @click=${() => this.editPlans({ kind: 'remove-plan', index: this.activePlan })}>
                ${msg(str`Remove plan ${String.fromCharCode(65 + this.activePlan)}`, { id: 'm1o' })}
              </button>`
            : nothing}
          ${this.isLocked('plan')
            ? nothing
            : html`<button type="button" id="compare-common" class="link" @click=${() => this.editPlans({ kind: 'compare' })}>
                ${msg('Compare 8, 16 and 24 hours a week', { id: 'm1p' })}
              </button>`}
        </div>
        ${views()?.renderPlanNote(this.planNote, this.f, MAX_PLANS - d.plans.length, (a) => this.editPlans(a))}
        ${free
          ? html`<p class="sentence">
              ${msg(str`Up to ${this.f.number(free)} h a week of ${this.f.number(full!.toString())} h you keep your full benefit.`, { id: 'm1q' })}
            </p>`
          : nothing}
        <p class="hint">${msg('Each step holds from its date until the next one. 0 hours ends the work.', { id: 'm1r' })}</p>
        ${fieldError(ctx, 'plan')}
        <ol class="steps">
          ${steps.map((s, i) => this.renderStep(ctx, s, i))}
        </ol>
        <div class="actions" ?hidden=${this.isLocked('plan')}>
          <button type="button" id="add-step" @click=${() => this.editPlans({ kind: 'add-step' })}>${msg('Add a step', { id: 'm1s' })}</button>
          <label class="hint">
            <input
              type="checkbox"
              id="per-step"
              ?disabled=${this.isLocked('plan')}
              .checked=${this.perStepTerms}
              @change=${(e: Event) => (this.perStepTerms = (e.target as HTMLInputElement).checked)}
            />
            ${msg('Different wage or full-time hours per step', { id: 'm1t' })}
          </label>
        </div>
      </fieldset>
    `;
  }

  private renderStep(ctx: FormContext, s: Draft['plans'][number]['steps'][number], i: number): TemplateResult {
    const n = i + 1;
    return html`
      <li class="step" aria-label=${msg(str`Step ${n}`, { id: 'm1u' })}>
        ${textField(ctx, `step-${i}-from`, msg(str`Step ${n}: from`, { id: 'm1v' }), s.from, (v) => this.updateStep(i, { from: v }), { type: 'date' })}
        ${textField(ctx, `step-${i}-hours`, msg(str`Step ${n}: hours a week`, { id: 'm1w' }), s.hours, (v) => this.updateStep(i, { hours: v }), {
          inputmode: 'decimal',
        })}
        <div class="field">
          <label for="step-${i}-kind">${msg(str`Step ${n}: kind of work`, { id: 'm1x' })}</label>
          <select id="step-${i}-kind" ?disabled=${this.isLocked('plan')} @change=${(e: Event) => this.updateStep(i, { kind: (e.target as HTMLSelectElement).value })}>
            <option value="employee" ?selected=${s.kind === 'employee'}>${msg('salaried work', { id: 'm1y' })}</option>
            <option value="sheltered" ?selected=${s.kind === 'sheltered'}>${msg('sheltered workplace (joint committee 327)', { id: 'm1z' })}</option>
            <option value="childminder" ?selected=${s.kind === 'childminder'}>${msg('registered childminder', { id: 'm20' })}</option>
            <option value="self-employed" ?selected=${s.kind === 'self-employed'}>${msg('self-employed activity', { id: 'm21' })}</option>
            <option value="volunteer" ?selected=${s.kind === 'volunteer'}>${msg('volunteer work', { id: 'cv0' })}</option>
          </select>
          ${fieldError(ctx, `step-${i}-kind`)}
        </div>
        ${views()?.renderVolunteerFields(ctx, s, i, (p) => this.updateStep(i, p))}
        ${this.perStepTerms && s.kind !== 'volunteer'
          ? html`
              ${textField(ctx, `step-${i}-fullTime`, msg(str`Step ${n}: full-time hours (if different)`, { id: 'm22' }), s.fullTime, (v) => this.updateStep(i, { fullTime: v }), {
                inputmode: 'decimal',
              })}
              ${textField(ctx, `step-${i}-wage`, msg(str`Step ${n}: wage (if different)`, { id: 'm23' }), s.wage, (v) => this.updateStep(i, { wage: v }), {
                inputmode: 'decimal',
              })}
            `
          : nothing}
        <button type="button" class="remove-step" ?hidden=${this.isLocked('plan')} @click=${() => this.editPlans({ kind: 'remove-step', index: i })}>
          ${msg('Remove', { id: 'm24' })}<span class="visually-hidden"> ${msg(str`step ${n}`, { id: 'm25' })}</span>
        </button>
      </li>
    `;
  }

  private renderNoForecast(): TemplateResult {
    return html`<p class="error" part="summary">${msg('Correct the fields marked in the form to see the forecast.', { id: 'm26' })}</p>`;
  }
}
