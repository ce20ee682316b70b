/**
 * What the element can show a moment after its first render, or shows only when asked: the two
 * charts, the explanation of a month, the cash calendar, the comparison of plans, the notes and
 * assumptions, the printed summary, the "Prepare a handout" panel with the client's handout and
 * the note for the medical advisor, the toolbar (share, export, import, print), the CSV file, the
 * share link and the reading of a shared link, the sentences of the validation issues, and the
 * form's sections for an estimated benefit, a self-employed activity and the payment dates.
 *
 * The standalone build puts these in a second file beside the first one; the element asks for it
 * as soon as it is put on a page (see views.ts), so it is there before anyone clicks. The form,
 * the marking of fields to correct, the totals, the month-by-month table and its risk marks
 * never wait for it.
 */
export { renderChart } from './chart.js';
export { renderDatePicker } from './date-picker.js';
export { viewStyles } from './view.styles.js';
export { renderEstimateEditor, renderPaymentEditor, renderSelfEmployedEditor } from './form-optional.js';
export { renderCashCalendar, renderHoursChart } from './authorisation-views.js';
export { renderExplanation } from './explanation.js';
export { renderComparisonView } from './comparison-view.js';
export { renderAssumptions, renderCounsellingNotes } from './notes.js';
export { renderPrintSummary } from './print-summary.js';
export { csvLabels } from './export-files.js';
export { issueMessage } from './messages.js';
export { download, renderActions } from './keep-and-share.js';
export { forecastCsv } from '../../export/csv.js';
export { decodeFragment, shareUrl } from '../../export/share-link.js';
export { HandoutPanel } from './handout/handout.js';
