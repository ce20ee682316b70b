// The printed documents as a person gets them: the built element on a page, "Prepare a handout"
// opened, names typed, then Chromium's PDF of the page on A4. Twelve months of the client's
// handout (three plans compared, a change of hours, reviews and renewal in the key dates) fit on
// two pages in each language; the note for the medical advisor is one page. IPS_PDF_DIR=folder
// keeps the PDFs to look at.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_ARGS, ensureBuilt, serve } from './serve.js';

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Handout</title>
<script type="module" src="/dist/standalone/ips-benefits-calculator.js"></script></head>
<body><ips-benefits-calculator no-link-restore></ips-benefits-calculator></body></html>`;

const plan = (work) => ({
  version: 1,
  scheme: 'employee',
  start: '2026-01',
  months: 12,
  dailyBenefit: '62.45',
  projectIndexation: true,
  authorisation: {
    requestSent: '2025-12-15',
    start: '2026-01-05',
    maxHoursPerWeek: '16',
    nature: 'Kitchen help in a school canteen, no heavy loads',
    conditions: 'No more than 4 hours a day; review after three months',
  },
  work,
});
const job = { fullTimeHoursPerWeek: '38', grossHourlyWage: '16.5' };
const SCENARIOS = [
  plan([
    { from: '2026-01-05', hoursPerWeek: '8', ...job },
    { from: '2026-04-01', hoursPerWeek: '12', ...job },
    { from: '2026-07-01', hoursPerWeek: '16', ...job },
    { from: '2026-09-01', kind: 'volunteer', hoursPerWeek: '4' },
  ]),
  plan([{ from: '2026-01-05', hoursPerWeek: '12', ...job }]),
  plan([{ from: '2026-01-05', hoursPerWeek: '19', ...job }]),
];

let server;
let browser;
before(async () => {
  await ensureBuilt();
  server = await serve(process.cwd(), { pages: { '/handout.html': PAGE } });
  browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
});
after(async () => {
  await browser?.close();
  server?.close();
});

/** Pages of a PDF made by Chromium: its page objects. */
const pageCount = (pdf) => (Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

async function prepared(language) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.evaluateOnNewDocument(() => (window.print = () => (window.__printed = (window.__printed ?? 0) + 1)));
  await page.goto(`${server.origin}/handout.html`, { waitUntil: 'networkidle0' });
  await page.evaluate(
    async (scenarios, lang) => {
      await customElements.whenDefined('ips-benefits-calculator');
      const el = document.querySelector('ips-benefits-calculator');
      el.lang = lang;
      el.scenario = scenarios;
      await el.updateComplete;
    },
    SCENARIOS,
    language,
  );
  const root = (selector) => page.evaluateHandle((s) => document.querySelector('ips-benefits-calculator').shadowRoot.querySelector(s), selector);
  await page.waitForFunction(() => document.querySelector('ips-benefits-calculator').shadowRoot.querySelector('#print:not([disabled])'));
  if (language !== 'en') await page.waitForFunction(() => !/Benefit and wage/.test(document.querySelector('ips-benefits-calculator').shadowRoot.querySelector('h2').textContent));
  await (await root('#print')).asElement().click();
  await page.waitForFunction(() => document.querySelector('ips-benefits-calculator').shadowRoot.querySelector('.handout-panel'));
  await (await root('#handout-client')).asElement().type('Marie-Christine Vandenbroucke-Dupont');
  await (await root('#handout-coach')).asElement().type('Jan Peeters');
  await (await root('#handout-contact')).asElement().type('jan.peeters@example.org, 0470 12 34 56');
  return { page, root, errors };
}

async function pdf(page, language, name) {
  await page.emulateMediaType('print');
  const bytes = await page.pdf({ format: 'A4', margin: { top: '12mm', bottom: '12mm', left: '12mm', right: '12mm' }, printBackground: false });
  if (process.env.IPS_PDF_DIR) {
    mkdirSync(process.env.IPS_PDF_DIR, { recursive: true });
    writeFileSync(`${process.env.IPS_PDF_DIR}/${name}-${language}.pdf`, bytes);
  }
  await page.emulateMediaType('screen');
  return bytes;
}

for (const language of ['en', 'fr', 'nl', 'de']) {
  test(`the client's handout of 12 months fits on two A4 pages and the advisor's note on one (${language})`, async () => {
    const { page, root, errors } = await prepared(language);
    const printed = await page.evaluate(() => {
      const doc = document.querySelector('ips-benefits-calculator').shadowRoot.querySelector('[part="handout"]');
      return { rows: doc.querySelectorAll('table.months tbody tr').length, plans: doc.querySelectorAll('.plans-compared tbody tr').length, text: doc.textContent };
    });
    assert.equal(printed.rows, 12);
    assert.equal(printed.plans, 3);
    assert.match(printed.text, /Marie-Christine Vandenbroucke-Dupont/);
    const handout = await pdf(page, language, 'handout');
    const pages = pageCount(handout);
    assert.ok(pages >= 1 && pages <= 2, `handout: ${pages} pages`);

    await (await root('#handout-advisor')).asElement().click();
    await page.waitForFunction(() => document.querySelector('ips-benefits-calculator').shadowRoot.querySelector('[part="advisor-note"]'));
    assert.equal(pageCount(await pdf(page, language, 'advisor-note')), 1, 'advisor note: one page');

    // The names never went into the address.
    assert.doesNotMatch(decodeURIComponent(page.url()), /Vandenbroucke|Peeters/);
    assert.deepEqual(errors, []);
    await page.close();
  });
}
