/**
 * Command line: `ips-forecast scenario.json` (or `-` for standard input) prints the forecast as
 * JSON; an invalid scenario prints its problems in English on stderr and exits with 1.
 */
import { readFileSync } from 'node:fs';
import { describeIssue, forecastScenario } from './scenario/index.js';

const USAGE = 'Usage: ips-forecast <scenario.json | ->';

export function runCli(args: readonly string[], io: { out: (s: string) => void; err: (s: string) => void }): number {
  const path = args[0];
  if (!path || args.length > 1 || path === '--help' || path === '-h') {
    io.err(USAGE);
    return path === '--help' || path === '-h' ? 0 : 2;
  }
  let text: string;
  try {
    text = readFileSync(path === '-' ? 0 : path, 'utf8');
  } catch (error) {
    io.err(`Cannot read ${path}: ${(error as Error).message}`);
    return 2;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    io.err(describeIssue({ path: '', code: 'INVALID_JSON', params: { detail: (error as Error).message } }));
    return 1;
  }
  const result = forecastScenario(raw);
  for (const warning of result.warnings) io.err(`Warning: ${describeIssue(warning)}`);
  if (!result.ok) {
    for (const issue of result.errors) io.err(describeIssue(issue));
    return 1;
  }
  io.out(JSON.stringify({ scenario: result.scenario, ...result.forecast, cash: result.cash }, null, 2));
  return 0;
}
