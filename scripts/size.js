#!/usr/bin/env node
// `npm run size`: gzip sizes of the standalone files against their budgets. Exits with 1 when a
// budget is exceeded.
//   ips-benefits-calculator.js  the element with lit, decimal.js and English: form, validation
//                               messages, totals, month table and its risk marks (≤ 40 KB: issues 7, 13
//                               and 14; the toolbar and the reading of share links come with the views)
//   locale-fr-*.js, locale-nl-*.js, locale-de-*.js  one language each, loaded when asked for
//                               (≤ 8 KB each, issues 7 and 15)
//   on-demand-*.js              charts, explanation, comparison, cash calendar, notes, print,
//                               exports, the optional form sections; asked for by the element as
//                               soon as it is on a page (≤ 16 KB: the project's own budget, raised
//                               from 12 KB when the counselling views of issues 13 and 14 came)
//   any other *.js              a view loaded only when the user asks for it (≤ 12 KB each)
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const DIR = 'dist/standalone';
const MAIN = 'ips-benefits-calculator.js';
const KB = 1024;
const budgetOf = (file) => (file === MAIN ? 40 * KB : file.startsWith('on-demand-') ? 16 * KB : file.startsWith('locale-') ? 8 * KB : 12 * KB);

if (!existsSync(`${DIR}/${MAIN}`)) {
  console.error(`${DIR}/${MAIN} is missing: run npm run build first`);
  process.exit(2);
}
const kb = (n) => `${(n / KB).toFixed(1)} KB`;
let over = false;
// Every target language of lit-localize.json has its chunk (a language left out of the build fails).
const { targetLocales } = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
for (const locale of targetLocales) {
  if (!readdirSync(DIR).some((f) => f.startsWith(`locale-${locale}-`) && f.endsWith('.js'))) {
    console.error(`MISSING locale-${locale}-*.js in ${DIR}`);
    over = true;
  }
}
let firstVisit = 0;
for (const file of [MAIN, ...readdirSync(DIR).filter((f) => f.endsWith('.js') && f !== MAIN).sort()]) {
  const raw = readFileSync(`${DIR}/${file}`);
  const gz = gzipSync(raw, { level: 9 }).length;
  const budget = budgetOf(file);
  const ok = gz <= budget;
  over ||= !ok;
  if (!file.startsWith('locale-')) firstVisit += gz;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${file.padEnd(40)} ${kb(raw.length).padStart(9)} raw ${kb(gz).padStart(8)} gzip (budget ${kb(budget)})`);
}
console.log(`     first visit in English (main file and views)  ${kb(firstVisit).padStart(20)} gzip`);
process.exit(over ? 1 : 0);
