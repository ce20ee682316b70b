#!/usr/bin/env node
// `npm run bench`: the NDJSON batch of the command line (`ips-forecast --ndjson`) on 100 000
// scenarios × 24 months, with one thread and with a worker per core. Prints throughput
// (scenario-months a second) and the peak memory (resident set) of the CLI's process; asserts
// nothing. `BENCH_BATCH_SCENARIOS=10000 npm run bench` runs a smaller batch.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, openSync, closeSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';

const SCENARIOS = Number(process.env.BENCH_BATCH_SCENARIOS ?? 100_000);
const MONTHS = 24;

// A fixed pseudo-random sequence, so every run measures the same work.
let seed = 7;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = (min, max) => min + Math.floor(random() * (max - min + 1));

const dir = mkdtempSync(join(tmpdir(), 'ips-bench-batch-'));
const input = join(dir, 'scenarios.ndjson');
const file = createWriteStream(input);
for (let i = 0; i < SCENARIOS; i++) {
  const year = pick(2019, 2027);
  const work = [];
  for (let s = 0, steps = pick(0, 3); s < steps; s++) {
    work.push({
      from: `${year}-${String(1 + s * 3 + pick(0, 2)).padStart(2, '0')}-${String(pick(1, 28)).padStart(2, '0')}`,
      hoursPerWeek: String(pick(0, 38)),
      fullTimeHoursPerWeek: '38',
      grossHourlyWage: `${pick(12, 30)}.${pick(10, 99)}`,
    });
  }
  const line = JSON.stringify({ version: 1, scheme: 'employee', start: `${year}-01`, months: MONTHS, dailyBenefit: `${pick(40, 110)}.${pick(10, 99)}`, work });
  if (!file.write(line + '\n')) await once(file, 'drain');
}
file.end();
await once(file, 'finish');

/** Runs the batch with `jobs` threads, output to /dev/null; time and peak memory. */
async function run(jobs) {
  const out = openSync('/dev/null', 'w');
  const t0 = performance.now();
  const child = spawn(
    process.execPath,
    ['--import', './test/node/report-max-rss.js', 'bin/ips-forecast.js', '--ndjson', input, '--jobs', String(jobs)],
    { stdio: ['ignore', out, 'pipe'] },
  );
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
  const [status] = await once(child, 'close');
  const seconds = (performance.now() - t0) / 1000;
  closeSync(out);
  if (status !== 0) throw new Error(`batch exited with ${status}: ${stderr}`);
  const mb = Number(/maxRSS=(\d+)/.exec(stderr)[1]) / 1024;
  return { seconds, mb };
}

try {
  const size = (statSync(input).size / 1024 / 1024).toFixed(1);
  const months = SCENARIOS * MONTHS;
  for (const jobs of [1, availableParallelism()]) {
    const { seconds, mb } = await run(jobs);
    console.log(
      `batch: ${SCENARIOS} scenarios × ${MONTHS} months (${size} MB NDJSON), --jobs ${jobs}: ${seconds.toFixed(1)} s, ${Math.round(months / seconds).toLocaleString('en')} scenario-months/s, peak memory ${mb.toFixed(0)} MB`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
