// The command line against runaway and hostile input: endless pipes, /dev/zero, control characters.
// Peak memory is measured in the CLI's own process (test/node/report-max-rss.js).
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { test } from 'node:test';

const MB = 1024;
const maxRss = (stderr) => Number(/maxRSS=(\d+)/.exec(stderr)?.[1]) / MB;

/** Runs `shell` (the CLI is `$CLI`) and gives its exit code, stderr and peak memory in MB. */
function runShell(shell, timeoutMs = 20_000) {
  return new Promise((resolve, reject) => {
    const cli = `"${process.execPath}" --import ./test/node/report-max-rss.js bin/ips-forecast.js`;
    const child = spawn('sh', ['-c', shell.replaceAll('$CLI', cli)], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`did not end within ${timeoutMs} ms: ${stderr.slice(0, 500)}`));
    }, timeoutMs);
    child.on('close', (status) => {
      clearTimeout(timer);
      const mb = maxRss(stderr);
      console.log(`peak memory of \`${shell}\`: ${mb.toFixed(1)} MB`);
      resolve({ status, stderr, mb });
    });
  });
}

test('an endless standard input (yes | ips-forecast -) ends with exit 2 and a message, under 100 MB', async () => {
  const run = await runShell('yes | $CLI -; exit $?');
  assert.equal(run.status, 2, run.stderr);
  assert.match(run.stderr, /larger than 262144 bytes: it was not read further/);
  assert.ok(run.mb > 0 && run.mb < 100, `peak memory ${run.mb} MB`);
});

test('ips-forecast /dev/zero ends with exit 2 and a message, under 100 MB', async () => {
  const run = await runShell('$CLI /dev/zero');
  assert.equal(run.status, 2, run.stderr);
  assert.match(run.stderr, /The scenario in \/dev\/zero is larger than/);
  assert.ok(run.mb > 0 && run.mb < 100, `peak memory ${run.mb} MB`);
});

test('a batch of /dev/zero (one endless line) ends with exit 2 and a message, under 100 MB', async () => {
  const run = await runShell('$CLI --ndjson /dev/zero --jobs 2');
  assert.equal(run.status, 2, run.stderr);
  assert.match(run.stderr, /line 1 is longer than 16777216 bytes without a line end: this is not NDJSON/);
  assert.ok(run.mb > 0 && run.mb < 100, `peak memory ${run.mb} MB`);
});

test('control characters in echoed names are escaped on stderr', () => {
  const run = spawnSync(process.execPath, ['bin/ips-forecast.js', '-'], {
    encoding: 'utf8',
    input: '{"version":1,"\\u001b[31mred":1,"bidi\\u202eevil":2,"c1\\u009bx":3}',
  });
  assert.equal(run.status, 1);
  assert.match(run.stderr, /Warning: \\u001b\[31mred is not a known field "\\u001b\[31mred" and was ignored/);
  assert.match(run.stderr, /bidi\\u202eevil/);
  assert.match(run.stderr, /c1\\u009bx/);
  // eslint-disable-next-line no-control-regex
  assert.doesNotMatch(run.stderr, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
});

test('an echoed unknown name is cut to 80 characters', () => {
  const name = 'n'.repeat(10_000);
  const run = spawnSync(process.execPath, ['bin/ips-forecast.js', '-'], { encoding: 'utf8', input: JSON.stringify({ version: 1, [name]: 1 }) });
  const warning = run.stderr.split('\n').find((l) => l.startsWith('Warning:'));
  assert.ok(warning.length < 300, warning.slice(0, 300));
  assert.ok(warning.includes(`${'n'.repeat(80)}…`));
});

test('bad usage exits 2 with the usage', () => {
  for (const args of [['--jobs', '2', 'x.json'], ['--ndjson', '--jobs', '0'], ['--frobnicate'], ['a.json', 'b.json']]) {
    const run = spawnSync(process.execPath, ['bin/ips-forecast.js', ...args], { encoding: 'utf8' });
    assert.equal(run.status, 2, args.join(' '));
    assert.match(run.stderr, /Usage: ips-forecast/);
  }
});
