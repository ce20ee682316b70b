/**
 * Command line: `ips-forecast scenario.json` (or `-` for standard input) prints the forecast as
 * JSON; an invalid scenario prints its problems in English on stderr and exits with 1.
 * `ips-forecast --ndjson [file|-] [--jobs N]` forecasts one scenario per line (see cli-batch.ts).
 * Input is bounded (src/scenario/limits.ts): more than the limit is refused with exit 2.
 */
import { availableParallelism } from 'node:os';
import { INPUT_LIMITS } from './scenario/limits.js';
import { escapeControlCharacters, escapeJsonControlCharacters } from './scenario/echo.js';
import { forecastScenario } from './scenario/forecast-scenario.js';
import { InputError, openInput, readBounded } from './cli-input.js';
import { forecastOutput, terminalMessage } from './cli-record.js';
import { runBatch } from './cli-batch.js';

const USAGE = `Usage: ips-forecast <scenario.json | ->
       ips-forecast --ndjson [file.ndjson | -] [--jobs N]   (one scenario per line; N worker threads, default ${availableParallelism()})`;

export interface CliIo {
  out: (s: string) => void;
  err: (s: string) => void;
  /** Writes to standard output as is (batch records); defaults to `out` without its line end. */
  write?: (s: string) => void;
}

interface Options {
  path: string;
  ndjson: boolean;
  jobs: number;
}

/** The options, or a message for a bad usage. */
function parseArgs(args: readonly string[]): Options | string {
  let path: string | undefined;
  let ndjson = false;
  let jobs: number | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--ndjson') ndjson = true;
    else if (arg === '--jobs' || arg.startsWith('--jobs=')) {
      const value = arg === '--jobs' ? args[++i] : arg.slice('--jobs='.length);
      if (!/^[1-9]\d{0,2}$/.test(value ?? '')) return `--jobs needs a whole number from 1 to 999, not ${escapeControlCharacters(String(value))}`;
      jobs = Number(value);
    } else if (arg.startsWith('--') || path !== undefined) return `Unexpected argument: ${escapeControlCharacters(arg.slice(0, 80))}`;
    else path = arg;
  }
  if (jobs !== undefined && !ndjson) return '--jobs goes with --ndjson';
  if (path === undefined && !ndjson) return '';
  return { path: path ?? '-', ndjson, jobs: jobs ?? availableParallelism() };
}

const cannotRead = (path: string, error: unknown) => `Cannot read ${escapeControlCharacters(path)}: ${escapeControlCharacters((error as Error).message)}`;

export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  if (args.length === 1 && (args[0] === '--help' || args[0] === '-h')) {
    io.err(USAGE);
    return 0;
  }
  const options = parseArgs(args);
  if (typeof options === 'string') {
    io.err(options ? `${options}\n${USAGE}` : USAGE);
    return 2;
  }
  const input = openInput(options.path);
  if (options.ndjson) {
    try {
      return await runBatch(input, options.jobs, { write: io.write ?? ((s) => io.out(s.replace(/\n$/, ''))), err: io.err });
    } catch (error) {
      io.err(error instanceof InputError ? `Cannot read ${escapeControlCharacters(options.path)}: ${error.message}` : cannotRead(options.path, error));
      return 2;
    }
  }
  let text: string | null;
  try {
    text = await readBounded(input, INPUT_LIMITS.maxScenarioBytes);
  } catch (error) {
    io.err(cannotRead(options.path, error));
    return 2;
  }
  if (text === null) {
    io.err(`The scenario in ${escapeControlCharacters(options.path)} is larger than ${INPUT_LIMITS.maxScenarioBytes} bytes: it was not read further (a scenario takes a few kilobytes)`);
    return 2;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    io.err(terminalMessage({ path: '', code: 'INVALID_JSON', params: { detail: (error as Error).message } }));
    return 1;
  }
  const result = forecastScenario(raw);
  for (const warning of result.warnings) io.err(`Warning: ${terminalMessage(warning)}`);
  if (!result.ok) {
    for (const issue of result.errors) io.err(terminalMessage(issue));
    return 1;
  }
  io.out(escapeJsonControlCharacters(JSON.stringify(forecastOutput(result), null, 2)));
  return 0;
}
