#!/usr/bin/env node
// `npm run bench`: how long the rules core takes to forecast 10 000 scenario-months (Node, compiled
// core from dist/node). Prints figures; asserts nothing. Budget: under 50 ms.
import { performance } from 'node:perf_hooks';
import { computeForecast } from '../dist/node/rules/forecast.js';
import { validateScenario } from '../dist/node/scenario/validate.js';
import { netForecast } from '../dist/node/rules/net/index.js';

// A fixed pseudo-random sequence, so every run measures the same work.
let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (min, max) => min + Math.floor(random() * (max - min + 1));

const MONTHS_EACH = 12;
const SCENARIOS = 10_000 / MONTHS_EACH;
const inputs = [];
for (let i = 0; i < SCENARIOS; i++) {
  const year = pick(2019, 2028);
  const steps = pick(0, 3);
  const work = [];
  for (let s = 0; s < steps; s++) {
    work.push({
      from: `${year}-${String(1 + s * 3 + pick(0, 2)).padStart(2, '0')}-${String(pick(1, 28)).padStart(2, '0')}`,
      hoursPerWeek: String(pick(0, 38)),
      fullTimeHoursPerWeek: '38',
      grossHourlyWage: `${pick(12, 30)}.${pick(10, 99)}`,
    });
  }
  const checked = validateScenario({ version: 1, scheme: 'employee', start: `${year}-01`, months: MONTHS_EACH, dailyBenefit: `${pick(40, 110)}.${pick(10, 99)}`, work });
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  inputs.push(checked.input);
}
const months = inputs.length * MONTHS_EACH;

const run = (withNet) => () => {
  const t0 = performance.now();
  for (const input of inputs) {
    const forecast = computeForecast(input);
    if (withNet) netForecast(forecast, input, input.person ?? null);
  }
  return performance.now() - t0;
};
// Gross only (the element's first render), then with the net estimate (issue 13: the command line,
// the exports and the net views): the budget is for the second.
for (const [label, once] of [['core', run(false)], ['core + net', run(true)]]) {
  for (let i = 0; i < 3; i++) once(); // warm-up
  const times = Array.from({ length: 15 }, once).sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(`${label}: ${months} scenario-months (${inputs.length} scenarios × ${MONTHS_EACH}) in ${median.toFixed(1)} ms median, ${times[0].toFixed(1)} ms best, ${times.at(-1).toFixed(1)} ms worst of ${times.length} runs (budget < 50 ms)`);
}
