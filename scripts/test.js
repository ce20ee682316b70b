#!/usr/bin/env node
// `npm test`: every check, in order, then one closing line "N passed, N failed".
//   1. locale modules (lit-localize build)   2. type checks (browser and Node parts)
//   3. browser tests in headless Chromium     4. package build
//   5. Node tests (CLI, compiled core, property tests, packed package, privacy and CSP)
// A step that fails without a failed test (a type error, a browser that does not start) counts as
// one failure, so the closing line never says "0 failed" for a broken run.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const counts = { passed: 0, failed: 0, skipped: 0 };
const brokenSteps = [];
const bin = (name) => `node_modules/.bin/${name}`;

function run(label, command, args, { capture = false } = {}) {
  console.log(`\n== ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: capture ? ['inherit', 'pipe', 'inherit'] : 'inherit',
    encoding: 'utf8',
  });
  if (capture) process.stdout.write(result.stdout ?? '');
  return result.status === 0;
}

function step(label, command, args) {
  if (!run(label, command, args)) brokenSteps.push(label);
}

step('locales', bin('lit-localize'), ['build']);
step('locales split', process.execPath, ['scripts/split-locales.js']);
step('types (browser)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
step('types and build (Node)', bin('tsc'), ['-p', 'tsconfig.node.json']);

// Browser tests: web-test-runner prints no counts; our reporter writes them (web-test-runner.config.js).
rmSync('.test-results/browser.json', { force: true });
const browserOk = run('browser tests', bin('wtr'), []);
let browser = { passed: 0, failed: 0, skipped: 0 };
try {
  browser = JSON.parse(readFileSync('.test-results/browser.json', 'utf8'));
} catch {
  /* no report: the runner did not start */
}
if (!browserOk && browser.failed === 0) brokenSteps.push('browser tests');

// The package build (library, standalone element, types, manifest), used by the Node tests.
step('package build', 'npm', ['run', '--silent', 'build']);

// Node tests: the spec reporter ends with lines such as "ℹ pass 12" / "ℹ fail 0".
console.log(`\n== Node tests: node --test test/node/`);
const node = spawnSync(process.execPath, ['--test', '--test-reporter=spec', 'test/node/'], {
  stdio: ['inherit', 'pipe', 'inherit'],
  encoding: 'utf8',
  env: { ...process.env, IPS_BUILT: brokenSteps.includes('package build') ? '0' : '1' },
});
process.stdout.write(node.stdout ?? '');
const plain = (node.stdout ?? '').replace(/\x1b\[[0-9;]*m/g, '');
const grab = (word) => Number(new RegExp(`^\\S*\\s*${word} (\\d+)\\s*$`, 'm').exec(plain)?.[1] ?? 0);
const nodeCounts = { passed: grab('pass'), failed: grab('fail'), skipped: grab('skipped') };
if (node.status !== 0 && nodeCounts.failed === 0) brokenSteps.push('Node tests');

for (const part of [browser, nodeCounts]) {
  for (const key of Object.keys(counts)) counts[key] += part[key];
}
console.log(`\nBrowser: ${browser.passed} passed, ${browser.failed} failed; Node: ${nodeCounts.passed} passed, ${nodeCounts.failed} failed`);
if (brokenSteps.length > 0) console.log(`Failed steps (one failure each): ${brokenSteps.join(', ')}`);
counts.failed += brokenSteps.length;
console.log(`${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`);
process.exit(counts.failed > 0 ? 1 : 0);
