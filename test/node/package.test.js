// The packed package, as a user gets it: `npm pack`, install the tarball in a scratch project,
// then use it three ways — the core from Node, the command line, and the standalone element in a
// plain page in headless Chromium (loopback server only).
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { after, before, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_ARGS, ensureBuilt } from './serve.js';

const scratch = mkdtempSync(join(tmpdir(), 'ips-pack-'));
const installed = join(scratch, 'node_modules', 'ips-benefits-calculator');
let server;
let origin;

before(async () => {
  // `prepack` builds; build on its own (once per test run) so its output stays out of `npm pack --json`.
  await ensureBuilt();
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }));
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(scratch, packed[0].filename)], { cwd: scratch, stdio: ['ignore', 'ignore', 'inherit'] });
  writeFileSync(
    join(scratch, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>scratch</title>
     <script type="module" src="/node_modules/ips-benefits-calculator/dist/standalone/ips-benefits-calculator.js"></script></head>
     <body><ips-benefits-calculator daily-benefit="50" full-time-hours="38" start="2026-01" months="3" hourly-wage="15"></ips-benefits-calculator></body></html>`,
  );
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };
  server = createServer((req, res) => {
    const path = normalize(join(scratch, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
    if (!path.startsWith(scratch) || !existsSync(path) || path.endsWith('/')) {
      res.writeHead(path.endsWith('/') ? 200 : 404, { 'content-type': 'text/html' });
      res.end(path.endsWith('/') ? readFileSync(join(scratch, 'index.html')) : '');
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
    res.end(readFileSync(path));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    origin = `http://127.0.0.1:${server.address().port}`;
    resolve();
  }));
});

after(() => server?.close());

test('ships types with the tag in HTMLElementTagNameMap and a custom-elements manifest', () => {
  const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  assert.ok(pkg.sideEffects.length > 0);
  const types = readFileSync(join(installed, 'dist/types/ips-benefits-calculator.d.ts'), 'utf8');
  assert.match(types, /'ips-benefits-calculator': IpsBenefitsCalculator/);
  const manifest = JSON.parse(readFileSync(join(installed, 'custom-elements.json'), 'utf8'));
  const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'ips-benefits-calculator');
  assert.ok(element, 'element declared in custom-elements.json');
  assert.ok(element.events.some((e) => e.name === 'ips-forecast-change'));
  assert.ok(element.cssParts.some((p) => p.name === 'table'));
  assert.ok(element.attributes.some((a) => a.name === 'daily-benefit'));
});

test('runs the core from Node through the package exports', () => {
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', `
    import { forecastScenario } from 'ips-benefits-calculator/core';
    const r = forecastScenario({ version: 1, scheme: 'employee', start: '2026-03', months: 1, dailyBenefit: '60',
      work: [{ from: '2026-03-01', hoursPerWeek: '19', fullTimeHoursPerWeek: '38', grossHourlyWage: '15' }] });
    console.log(r.forecast.months[0].benefit);`], { cwd: scratch, encoding: 'utf8' });
  assert.equal(run.stderr, '');
  assert.equal(run.stdout.trim(), '1092.00');
});

test('gives the checklist, its calendar file and the income curve from Node through the package exports', () => {
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', `
    import { forecastScenario, buildChecklist, checklistIcs, incomeCurve } from 'ips-benefits-calculator/core';
    const s = { version: 1, scheme: 'employee', start: '2026-01', months: 12, dailyBenefit: '58.20',
      work: [{ from: '2026-02-02', hoursPerWeek: '8', fullTimeHoursPerWeek: '38', grossHourlyWage: '15.80' }],
      authorisation: { start: '2026-02-02', maxHoursPerWeek: '16' } };
    const items = buildChecklist(forecastScenario(s));
    const ics = checklistIcs(items, { summary: (i) => i.kind, now: new Date(0) });
    const curve = incomeCurve(s);
    console.log(JSON.stringify({ first: items[0], events: ics.split('BEGIN:VEVENT').length - 1, crlf: !/[^\\r]\\n/.test(ics), points: curve.points.length, slope: curve.slopes.belowThreshold }));`], { cwd: scratch, encoding: 'utf8' });
  assert.equal(run.stderr, '');
  const out = JSON.parse(run.stdout);
  assert.deepEqual(out.first, { date: '2026-01-30', kind: 'request-deadline', stepIndex: 0 });
  assert.ok(out.events > 10);
  assert.equal(out.crlf, true);
  assert.equal(out.points, 78);
  assert.equal(out.slope, '68.47');
});

test('runs the command line from the installed package', () => {
  writeFileSync(join(scratch, 's.json'), JSON.stringify({ version: 1, scheme: 'employee', start: '2026-01', months: 2, dailyBenefit: '50', work: [] }));
  const run = spawnSync(join(scratch, 'node_modules/.bin/ips-forecast'), ['s.json'], { cwd: scratch, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.equal(JSON.parse(run.stdout).months.length, 2);
});

test('ships one locale chunk per target language in dist/standalone and dist/lib', () => {
  const { targetLocales } = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
  const standalone = readdirSync(join(installed, 'dist/standalone'));
  const lib = readdirSync(join(installed, 'dist/lib'), { recursive: true }).map(String);
  assert.ok(targetLocales.includes('de'), 'German is a target language');
  for (const locale of targetLocales) {
    assert.ok(standalone.some((f) => new RegExp(`^locale-${locale}-[\\w-]+\\.js$`).test(f)), `standalone locale-${locale}`);
    assert.ok(lib.some((f) => new RegExp(`(^|/)${locale}-[\\w-]+\\.js$`).test(f)), `lib ${locale} chunk`);
  }
});

test('runs a batch with worker threads from the installed package', () => {
  const line = JSON.stringify({ version: 1, scheme: 'employee', start: '2026-01', months: 2, dailyBenefit: '50', work: [] });
  writeFileSync(join(scratch, 's.ndjson'), `${line}\n{}\n${line}\n`);
  const run = spawnSync(join(scratch, 'node_modules/.bin/ips-forecast'), ['--ndjson', 's.ndjson', '--jobs', '2'], { cwd: scratch, encoding: 'utf8' });
  assert.equal(run.status, 1, run.stderr);
  const records = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(records.map((r) => [r.line, 'forecast' in r]), [[1, true], [2, false], [3, true]]);
});

test('works as a plain <script type="module"> in a scratch page, French and German chunks loaded on demand', async () => {
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${origin}/index.html`);
    await page.waitForFunction(() => document.querySelector('ips-benefits-calculator')?.shadowRoot?.querySelectorAll('table[part="table"] tbody tr').length === 3);
    const first = await page.evaluate(() => document.querySelector('ips-benefits-calculator').shadowRoot.querySelector('table[part="table"] tbody th').textContent.trim());
    assert.equal(first, 'January 2026');
    await page.evaluate(() => document.documentElement.setAttribute('lang', 'fr'));
    await page.waitForFunction(() => document.querySelector('ips-benefits-calculator').shadowRoot.querySelector('table[part="table"] tbody th').textContent.includes('janvier'));
    await page.evaluate(() => document.documentElement.setAttribute('lang', 'de-BE'));
    await page.waitForFunction(() => document.querySelector('ips-benefits-calculator').shadowRoot.querySelector('table[part="table"] tbody th').textContent.includes('Januar'));
    // Month names follow the language at once (Intl); the texts when the German files have arrived.
    await page.waitForFunction(() => document.querySelector('ips-benefits-calculator').shadowRoot.querySelector('h2').textContent.includes('Krankengeld'), { timeout: 15000 });
    const title = await page.evaluate(() => document.querySelector('ips-benefits-calculator').shadowRoot.querySelector('h2').textContent.trim());
    assert.equal(title, 'Krankengeld und Lohn, Monat für Monat');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});
