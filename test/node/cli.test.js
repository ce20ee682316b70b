// The command line, run as a user runs it: `node bin/ips-forecast.js scenario.json`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const dir = mkdtempSync(join(tmpdir(), 'ips-cli-'));
function file(name, content) {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}
function cli(args, input) {
  return spawnSync(process.execPath, ['bin/ips-forecast.js', ...args], { encoding: 'utf8', input });
}

const EXAMPLE = {
  version: 1,
  scheme: 'employee',
  start: '2026-01',
  months: 12,
  dailyBenefit: '62.45',
  work: [{ from: '2026-02-01', hoursPerWeek: '12', fullTimeHoursPerWeek: '38', grossHourlyWage: '16.50' }],
};

test('prints the forecast of a valid scenario as JSON', () => {
  const run = cli([file('ok.json', EXAMPLE)]);
  assert.equal(run.status, 0, run.stderr);
  const out = JSON.parse(run.stdout);
  assert.equal(out.months.length, 12);
  assert.deepEqual(out.months[1].month, '2026-02');
  // 12/38 = 31.58 % → 12 % → 62.45 × 0.88 = 54.96 € × 24 days (February 2026)
  assert.equal(out.months[1].reductionPercent, 12);
  assert.equal(out.months[1].dailyBenefit, '54.96');
  assert.equal(out.months[1].benefit, '1319.04');
  assert.equal(out.months[1].earnings, '858.00');
  assert.equal(out.scenario.work[0].grossHourlyWage, '16.5');
  assert.match(out.totals.total, /^\d+\.\d{2}$/);
});

test('prints a volunteer step: the full benefit, no earnings, its allowances, and the notices about it', () => {
  const scenario = { ...EXAMPLE, months: 2, dailyBenefit: '60', work: [{ from: '2026-01-01', kind: 'volunteer', hoursPerWeek: '6', allowancePerDay: '50' }] };
  const run = cli([file('volunteer.json', scenario)]);
  assert.equal(run.status, 0, run.stderr);
  const out = JSON.parse(run.stdout);
  assert.deepEqual(out.scenario.work[0], { from: '2026-01-01', hoursPerWeek: '6', kind: 'volunteer', allowancePerDay: '50' });
  assert.equal(out.months[0].segments[0].rule, 'volunteer');
  assert.equal(out.months[0].earnings, '0.00');
  // 27 paid days in January 2026 × 60 €, all at risk: 50 € a day is above the 2026 limit of 44.02 €.
  assert.equal(out.months[0].benefit, '1620.00');
  assert.equal(out.months[0].atRisk, '1620.00');
  assert.equal(out.months[0].warnings.find((w) => w.code === 'VOLUNTEER_ALLOWANCE_ABOVE_LIMIT').params.dailyLimit, '44.02');
  assert.ok(out.warnings.some((w) => w.code === 'VOLUNTEER_NEEDS_ADVISOR'));
});

test('explains a wage on a volunteer step in English and exits 1', () => {
  const run = cli([file('volunteer-paid.json', { ...EXAMPLE, work: [{ ...EXAMPLE.work[0], kind: 'volunteer' }] })]);
  assert.equal(run.status, 1);
  assert.match(run.stderr, /work\[0\]\.grossHourlyWage does not go with a step of kind volunteer/);
});

test('reads the scenario from standard input with -', () => {
  const run = cli(['-'], JSON.stringify(EXAMPLE));
  assert.equal(run.status, 0, run.stderr);
  assert.equal(JSON.parse(run.stdout).months[0].benefit, '1686.15');
});

test('explains an invalid scenario in English on stderr and exits 1', () => {
  const run = cli([file('bad.json', { ...EXAMPLE, dailyBenefit: '-3', work: [{ ...EXAMPLE.work[0], hoursPerWeek: '40' }] })]);
  assert.equal(run.status, 1);
  assert.equal(run.stdout, '');
  assert.match(run.stderr, /dailyBenefit cannot be negative/);
  assert.match(run.stderr, /work\[0\]\.hoursPerWeek \(40 h\) is above the full-time hours \(38 h\)/);
});

test('says when the file is not JSON', () => {
  const run = cli([file('broken.json', '{"version": 1,')]);
  assert.equal(run.status, 1);
  assert.match(run.stderr, /The scenario is not valid JSON/);
});

test('shows its usage without arguments and says when the file is missing', () => {
  assert.equal(cli([]).status, 2);
  assert.match(cli([]).stderr, /Usage: ips-forecast/);
  const missing = cli([join(dir, 'nope.json')]);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /Cannot read/);
});

test('runs through npm run forecast as the README says', () => {
  const run = spawnSync('npm', ['run', '--silent', 'forecast', '--', file('npm.json', EXAMPLE)], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.equal(JSON.parse(run.stdout).months.length, 12);
});
