// `ips-forecast --ndjson`: one scenario per line in, one record per line out, in order.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const dir = mkdtempSync(join(tmpdir(), 'ips-batch-'));
const cli = (args, input) => spawnSync(process.execPath, ['bin/ips-forecast.js', ...args], { encoding: 'utf8', input, maxBuffer: 1 << 28 });
const records = (stdout) => stdout.trimEnd().split('\n').map((l) => JSON.parse(l));

const scenario = (hours) => ({
  version: 1,
  scheme: 'employee',
  start: '2026-01',
  months: 12,
  dailyBenefit: '62.45',
  work: [{ from: '2026-02-01', hoursPerWeek: String(hours), fullTimeHoursPerWeek: '38', grossHourlyWage: '16.50' }],
});

test('each line gives its record in the same order; bad lines do not stop the batch (exit 1, count on stderr)', () => {
  // 300 lines: more than one group per worker, so the order is really restored.
  const lines = [];
  for (let i = 0; i < 300; i++) {
    if (i % 7 === 3) lines.push('{"version": 1,');
    else if (i % 11 === 5) lines.push(JSON.stringify({ ...scenario(12), dailyBenefit: '-3' }));
    else lines.push(JSON.stringify(scenario(i % 30)));
  }
  const bad = lines.filter((l) => l.startsWith('{"version": 1,') || l.includes('"-3"')).length;
  for (const jobs of ['1', '2', '3']) {
    const run = cli(['--ndjson', '-', '--jobs', jobs], lines.join('\n') + '\n');
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stderr, new RegExp(`^${bad} of 300 lines refused`));
    const out = records(run.stdout);
    assert.deepEqual(out.map((r) => r.line), lines.map((_, i) => i + 1), `--jobs ${jobs}`);
    out.forEach((r, i) => {
      if (i % 7 === 3) assert.equal(r.errors[0].code, 'INVALID_JSON');
      else if (i % 11 === 5) assert.deepEqual(r.errors[0], { path: 'dailyBenefit', code: 'NEGATIVE', params: {}, message: 'dailyBenefit cannot be negative' });
      else assert.equal(r.forecast.scenario.work[0].hoursPerWeek, String(i % 30), `line ${i + 1}`);
    });
  }
});

test('a forecast record holds the same object as the single-scenario output; exit 0 when every line is forecast', () => {
  const path = join(dir, 'one.json');
  writeFileSync(path, JSON.stringify(scenario(12)));
  const single = JSON.parse(cli([path]).stdout);
  const ndjson = join(dir, 'two.ndjson');
  writeFileSync(ndjson, `${JSON.stringify(scenario(12))}\r\n\n${JSON.stringify(scenario(16))}`);
  const run = cli(['--ndjson', ndjson]);
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stderr, '');
  const [first, second] = records(run.stdout);
  assert.deepEqual(first, { line: 1, forecast: single });
  // The blank line 2 gives no record; the last line needs no line end.
  assert.equal(second.line, 3);
  assert.equal(second.forecast.months[1].reductionPercent, 22);
});

test('a line over 256 KB gets an error record and the batch goes on', () => {
  const long = JSON.stringify({ ...scenario(8), padding: 'x'.repeat(300 * 1024) });
  const run = cli(['--ndjson', '--jobs', '2'], [JSON.stringify(scenario(8)), long, JSON.stringify(scenario(16))].join('\n'));
  assert.equal(run.status, 1);
  const out = records(run.stdout);
  assert.deepEqual(out.map((r) => r.line), [1, 2, 3]);
  assert.equal(out[1].errors[0].code, 'TOO_LONG');
  assert.match(out[1].errors[0].message, /longer than 262144 bytes/);
  assert.ok(out[2].forecast);
});

test('remarks and errors escape control characters in their messages', () => {
  const run = cli(['--ndjson', '--jobs', '1'], JSON.stringify({ ...scenario(8), '\u001b[31mred\u009b': 1 }) + '\n');
  assert.equal(run.status, 0, run.stderr);
  // eslint-disable-next-line no-control-regex
  assert.doesNotMatch(run.stdout, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  const [record] = records(run.stdout);
  assert.equal(record.remarks[0].path, '\u001b[31mred\u009b');
  assert.match(record.remarks[0].message, /^\\u001b\[31mred\\u009b is not a known field/);
});

test('unreadable input exits 2', () => {
  const run = cli(['--ndjson', join(dir, 'missing.ndjson')]);
  assert.equal(run.status, 2);
  assert.match(run.stderr, /Cannot read .*missing\.ndjson/);
  assert.equal(cli(['--ndjson', dir]).status, 2);
});
