#!/usr/bin/env node
// `npm run size`: gzip sizes of the standalone element (lit, decimal.js and English inside) and of
// each lazily loaded chunk, against their budgets. Exits with 1 when a budget is exceeded.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const DIR = 'dist/standalone';
const MAIN = 'ips-benefits-calculator.js';
const BUDGET_MAIN = 40 * 1024;
const BUDGET_CHUNK = 8 * 1024;

if (!existsSync(`${DIR}/${MAIN}`)) {
  console.error(`${DIR}/${MAIN} is missing: run npm run build first`);
  process.exit(2);
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
let over = false;
for (const file of [MAIN, ...readdirSync(DIR).filter((f) => f.endsWith('.js') && f !== MAIN).sort()]) {
  const raw = readFileSync(`${DIR}/${file}`);
  const gz = gzipSync(raw, { level: 9 }).length;
  const budget = file === MAIN ? BUDGET_MAIN : BUDGET_CHUNK;
  const ok = gz <= budget;
  over ||= !ok;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${file.padEnd(40)} ${kb(raw.length).padStart(9)} raw ${kb(gz).padStart(8)} gzip (budget ${kb(budget)})`);
}
process.exit(over ? 1 : 0);
