// A whole session with the built element on a page under a strict Content-Security-Policy:
// enter, compare, explain, share, export, import, switch language. Every request is recorded; none
// may leave the page's origin; the element's on-demand views load with the page, and after load
// only the locale chunks asked for may load. No cookie, no storage, no CSP violation (Trusted Types
// required).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_ARGS, ensureBuilt, serve } from './serve.js';

// Trusted Types: every DOM sink needs a trusted value, and only Lit's own policy may make them.
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; require-trusted-types-for 'script'; trusted-types lit-html";
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Strict host</title>
<script type="module" src="/dist/standalone/ips-benefits-calculator.js"></script></head>
<body><ips-benefits-calculator daily-benefit="62.45" start="2026-01" months="12" hourly-wage="16.5"></ips-benefits-calculator></body></html>`;

let server;
let browser;
before(async () => {
  await ensureBuilt();
  server = await serve(process.cwd(), { pages: { '/strict.html': PAGE }, headers: { 'content-security-policy': CSP } });
  browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
});
after(async () => {
  await browser?.close();
  server?.close();
});

test('a whole session sends nothing outside the page, stores nothing, and breaks no CSP rule', async () => {
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'deny' });
  const requests = [];
  let loaded = false;
  page.on('request', (r) => requests.push({ url: r.url(), loaded }));
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.evaluateOnNewDocument(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${server.origin}/strict.html`, { waitUntil: 'networkidle0' });
  loaded = true;

  const shadow = (selector) => page.evaluateHandle((s) => document.querySelector('ips-benefits-calculator').shadowRoot.querySelector(s), selector);
  const click = async (selector) => (await shadow(selector)).asElement().click();
  const typeInto = async (selector, text) => {
    const input = (await shadow(selector)).asElement();
    await input.click({ clickCount: 3 });
    await input.type(text);
  };
  await page.waitForFunction(() => document.querySelector('ips-benefits-calculator')?.shadowRoot?.querySelector('table[part="table"]'));
  await typeInto('#dailyBenefit', '58,90');
  await typeInto('#authorisation-maxHoursPerWeek', '12');
  await typeInto('#authorisation-nature', '<img src=x onerror="window.__pwned=1">');
  await click('#compare-common');
  await click('.why');
  await click('#share');
  await click('#export-csv');
  await click('#export-json');
  await page.evaluate(() => (document.documentElement.lang = 'fr'));
  await page.waitForFunction(() => document.querySelector('ips-benefits-calculator').shadowRoot.querySelector('table[part="table"] tbody th')?.textContent.includes('janvier'));
  await page.evaluate(() => (document.documentElement.lang = 'nl'));
  await page.waitForFunction(() => document.querySelector('ips-benefits-calculator').shadowRoot.querySelector('table[part="table"] tbody th')?.textContent.includes('januari'));
  await page.evaluate(() => (document.documentElement.lang = 'de-BE'));
  await page.waitForFunction(() => document.querySelector('ips-benefits-calculator').shadowRoot.querySelector('table[part="table"] tbody th')?.textContent.includes('Januar'));
  await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));

  const state = await page.evaluate(async () => {
    const el = document.querySelector('ips-benefits-calculator');
    return {
      violations: window.__violations,
      pwned: window.__pwned ?? null,
      images: el.shadowRoot.querySelectorAll('img').length,
      cookie: document.cookie,
      local: localStorage.length,
      session: sessionStorage.length,
      databases: (await indexedDB.databases()).length,
      dailyBenefit: el.shadowRoot.querySelector('#dailyBenefit').value,
      plans: el.scenarios.length,
    };
  });
  assert.deepEqual(errors, []);
  assert.deepEqual(state.violations, []);
  assert.equal(state.pwned, null);
  assert.equal(state.images, 0);
  assert.equal(state.cookie, '');
  assert.equal(state.local, 0);
  assert.equal(state.session, 0);
  assert.equal(state.databases, 0);
  assert.equal(state.dailyBenefit, '58,90', 'input kept through the language switches');
  // The example's plan and the three common plans added beside it.
  assert.equal(state.plans, 4);
  assert.deepEqual(await page.cookies(), []);

  const outside = requests.filter((r) => !r.url.startsWith(server.origin) && !r.url.startsWith('blob:') && !r.url.startsWith('data:'));
  assert.deepEqual(outside, [], 'no request leaves the origin');
  const afterLoad = requests.filter((r) => r.loaded && !r.url.startsWith('blob:') && !/\/dist\/standalone\/locale-[\w-]+\.js$/.test(r.url));
  assert.deepEqual(afterLoad, [], 'after load, only the locale chunks asked for');
  for (const [locale, language] of [['fr', 'French'], ['nl', 'Dutch'], ['de', 'German']]) {
    const chunk = new RegExp(`/dist/standalone/locale-${locale}-[\\w-]+\\.js$`);
    assert.ok(requests.some((r) => r.loaded && chunk.test(r.url)), `${language} loaded on demand`);
    assert.ok(!requests.some((r) => !r.loaded && chunk.test(r.url)), `${language} not loaded with the page`);
  }
  assert.ok(requests.some((r) => !r.loaded && /\/dist\/standalone\/on-demand-[\w-]+\.js$/.test(r.url)), 'views loaded with the page');
  await page.close();
});

test('when the views file cannot be loaded, the figures stay and a message says what is missing', async () => {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (r) => (/\/on-demand-[\w-]+\.js$/.test(r.url()) ? r.respond({ status: 404, body: '' }) : r.continue()));
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.origin}/strict.html`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => document.querySelector('ips-benefits-calculator')?.shadowRoot?.querySelector('#views-missing'));
  const read = () =>
    page.evaluate(() => {
      const root = document.querySelector('ips-benefits-calculator').shadowRoot;
      return {
        message: root.querySelector('#views-missing')?.textContent.trim() ?? null,
        rows: root.querySelectorAll('table[part="table"] tbody tr').length,
        total: root.querySelector('[part="summary"] .total')?.textContent.trim(),
        chart: root.querySelector('[part="chart"]') !== null,
      };
    });
  const state = await read();
  assert.match(state.message, /could not be loaded/);
  assert.equal(state.rows, 12, 'the month-by-month table is there');
  assert.match(state.total, /\d/);
  assert.equal(state.chart, false);
  // The toolbar comes with the views: no button that could not work, and the message says so.
  const buttons = await page.evaluate(() => document.querySelector('ips-benefits-calculator').shadowRoot.querySelectorAll('[part="actions"] button').length);
  assert.equal(buttons, 0);
  assert.match(state.message, /buttons to share, save, open and print/);
  await page.evaluate(() => (document.documentElement.lang = 'fr'));
  await page.waitForFunction(() => /n'a pas pu être chargée/.test(document.querySelector('ips-benefits-calculator').shadowRoot.querySelector('#views-missing')?.textContent ?? ''));
  assert.deepEqual(errors, []);
  await page.close();
});
