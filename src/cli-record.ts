/**
 * One line of an NDJSON batch → one JSON line: `{"line": n, "forecast": {…}}` or
 * `{"line": n, "errors": [{path, code, params, message}]}`. Shared by the main thread and the
 * worker threads. Never throws on user input.
 */
import { clipText, escapeControlCharacters, escapeJsonControlCharacters } from './scenario/echo.js';
import { describeIssue } from './scenario/messages-en.js';
import { forecastScenario } from './scenario/forecast-scenario.js';
import { netForecast } from './rules/net/index.js';
import type { ValidationIssue } from './scenario/validate.js';

/**
 * The forecast object printed for one scenario, alone or in a batch: the gross forecast, and per
 * month its `net` and `deductions`, `totals.net` and `totals.deductions`, `yearEnd` per calendar
 * year, `netWarnings` (the estimate's assumptions) and `netReferences` (where each deduction comes from).
 */
export function forecastOutput(result: Extract<ReturnType<typeof forecastScenario>, { ok: true }>): object {
  const f = result.forecast;
  const net = netForecast(f, result.input, result.input.person ?? null);
  return {
    scenario: result.scenario,
    months: f.months.map((m, i) => ({ ...m, net: net.months[i].net, deductions: net.months[i].deductions })),
    totals: { ...f.totals, net: net.totals.net, deductions: net.totals.deductions },
    warnings: f.warnings,
    yearEnd: net.yearEnd.map(({ year, rulesYear, months, taxDue, withheld, balance, taxDueLow, taxDueHigh, balanceLow, balanceHigh }) => ({
      year,
      rulesYear,
      months,
      taxDue,
      withheld,
      balance,
      range: { taxDueLow, taxDueHigh, balanceLow, balanceHigh },
    })),
    netWarnings: net.warnings,
    netReferences: net.references,
    cash: result.cash,
  };
}

/** An English sentence for the terminal: echoed names cut to 80 characters, control characters escaped. */
export function terminalMessage(issue: ValidationIssue): string {
  const params = Object.fromEntries(Object.entries(issue.params).map(([k, v]) => [k, typeof v === 'string' ? clipText(v) : v]));
  return escapeControlCharacters(describeIssue({ ...issue, path: clipText(issue.path), params } as ValidationIssue));
}

const withMessage = (issue: ValidationIssue) => ({ ...issue, message: terminalMessage(issue) });

export interface LineRecord {
  /** The JSON line, without its line end. */
  json: string;
  refused: boolean;
}

/** The record of one input line (`text` undefined: the line was too long to be read). */
export function lineRecord(line: number, text: string | undefined, maxLineBytes: number): LineRecord {
  const refuse = (errors: ValidationIssue[]): LineRecord => ({
    json: escapeJsonControlCharacters(JSON.stringify({ line, errors: errors.map(withMessage) })),
    refused: true,
  });
  if (text === undefined) {
    return {
      json: JSON.stringify({ line, errors: [{ path: '', code: 'TOO_LONG', params: { max: maxLineBytes }, message: `The line is longer than ${maxLineBytes} bytes and was not read` }] }),
      refused: true,
    };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return refuse([{ path: '', code: 'INVALID_JSON', params: { detail: (error as Error).message } }]);
  }
  let result: ReturnType<typeof forecastScenario>;
  try {
    result = forecastScenario(raw);
  } catch (error) {
    // Not expected (the core never throws on user input, tested over 10 000 random inputs), but
    // one line must not stop the batch: its record says what happened.
    const detail = escapeControlCharacters(clipText(String((error as Error)?.message ?? error), 200));
    return {
      json: escapeJsonControlCharacters(JSON.stringify({ line, errors: [{ path: '', code: 'INTERNAL_ERROR', params: { detail }, message: `The forecast failed: ${detail}` }] })),
      refused: true,
    };
  }
  if (!result.ok) return refuse(result.errors);
  const record: Record<string, unknown> = { line, forecast: forecastOutput(result) };
  if (result.warnings.length > 0) record.remarks = result.warnings.map(withMessage);
  return { json: escapeJsonControlCharacters(JSON.stringify(record)), refused: false };
}

/** A blank line (spaces only) gives no record; its number is still counted. */
export const isBlank = (text: string) => text.trim() === '';

/** What the main thread sends a worker, and gets back. */
export interface BatchRequest {
  seq: number;
  lines: [line: number, text: string | undefined][];
  maxLineBytes: number;
}
export interface BatchReply {
  seq: number;
  out: string;
  refused: number;
}

/** The output of several lines, each record followed by "\n". */
export function batchReply(request: BatchRequest): BatchReply {
  let out = '';
  let refused = 0;
  for (const [line, text] of request.lines) {
    const record = lineRecord(line, text, request.maxLineBytes);
    out += record.json + '\n';
    if (record.refused) refused += 1;
  }
  return { seq: request.seq, out, refused };
}
