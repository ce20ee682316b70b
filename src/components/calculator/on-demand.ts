/**
 * What the element can show a moment after its first render, or shows only when asked: the two
 * charts, the explanation of a month, the cash calendar, the comparison of plans, the notes and
 * assumptions, the printed summary, the "Prepare a handout" panel with the client's handout and
 * the note for the medical advisor, the toolbar (share, export, import, print), the CSV file, the
 * share link and the reading of a shared link, the sentences of the validation issues and the
 * problems of an imported scenario, the form's sections for an estimated benefit, a self-employed
 * activity, the payment dates and the situation for tax, a volunteer step's allowances, the net
 * estimate (the gross/net switch, the net amounts, the year-end settlement: src/rules/net is only
 * reached from here), and the counselling views (dated checklist with its calendar file, income
 * curve over the hours).
 *
 * The standalone build puts these in a second file beside the first one; the element asks for it
 * as soon as it is put on a page (see views.ts), so it is there before anyone clicks. The form,
 * the marking of fields to correct, the totals, the month-by-month table and its risk marks
 * never wait for it.
 */
export { renderChart } from './results/chart.js';
export { announce } from './announcement.js';
export { renderDatePicker } from './form/date-picker.js';
export { viewStyles } from './view.styles.js';
export { renderEstimateEditor, renderPaymentEditor, renderSelfEmployedEditor } from './form/form-optional.js';
export { renderCashCalendar, renderHoursChart } from './results/authorisation-views.js';
export { renderExplanation } from './results/explanation.js';
export { renderComparisonView } from './results/comparison-view.js';
export { editPlans, renderPlanNote } from './plan-actions.js';
export { renderMonthlyAnswer } from './counsel/monthly-answer.js';
export { renderAssumptions, renderCounsellingNotes } from './counsel/notes.js';
export { renderPrintSummary } from './results/print-summary.js';
export { exportFile } from './export-files.js';
export { amountsView, answerAmounts, netIfAvailable } from './results/net-view.js';
export { renderPersonEditor } from './form/form-person.js';
export { issueMessage } from './form/messages.js';
export { copyText, download, readScenarioFile, renderActions } from './keep-and-share.js';
export { renderCounsel } from './counsel/counsel.js';
export { renderVolunteerFields } from './form/volunteer-fields.js';
export { renderImportIssues } from './form/import-issues.js';
export { decodeFragment, shareUrl } from '../../export/share-link.js';
export { HandoutPanel } from './handout/handout.js';
