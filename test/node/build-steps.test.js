// The two build steps that make the standalone file smaller change what runs in the browser, so
// they are tested here: the trimmed decimal.js must compute exactly what the whole library computes
// (operation by operation, and through the whole core), and the parameters keep everything but
// their descriptions.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { KEEP_METHODS, trimDecimal } from '../../scripts/trim-decimal.js';
import { DOCUMENTATION_ONLY_REFERENCES, stripDescriptions, stripReferenceTexts, stripReferenceTitles } from '../../scripts/strip-descriptions.js';
import { plausible, valid } from './generators.js';

const SOURCE = readFileSync(new URL('../../node_modules/decimal.js/decimal.mjs', import.meta.url), 'utf8');
const trimmed = trimDecimal(SOURCE);
const dir = mkdtempSync(join(tmpdir(), 'ips-trimmed-'));
const TRIMMED = join(dir, 'decimal-trimmed.mjs');
writeFileSync(TRIMMED, trimmed.text);
const { default: Trimmed } = await import(pathToFileURL(TRIMMED).href);

const SETTINGS = { precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -9e15, toExpPos: 9e15 };
const Full = Decimal.clone(SETTINGS);
const Small = Trimmed.clone(SETTINGS);

test('the trimmed decimal.js leaves out what the project never calls, and nothing it calls', () => {
  assert.ok(trimmed.text.length < SOURCE.length * 0.65, `${trimmed.text.length} of ${SOURCE.length} characters`);
  for (const gone of ['sqrt', 'ln', 'exp', 'sin', 'pow', 'toFraction', 'toHex', 'toFixed', 'negated', 'round', 'floor', 'ceil']) assert.equal(typeof Small.prototype[gone], 'undefined', gone);
  assert.deepEqual(trimmed.removedConstants, ['LN10', 'PI']);
  for (const name of KEEP_METHODS) assert.equal(typeof Small.prototype[name], typeof Full.prototype[name], name);
  for (const name of ['clone', 'set', 'isDecimal']) assert.equal(typeof Small[name], 'function', name);
  // Every method src/ calls on a decimal is kept (the build also refuses a kept method that calls a removed one).
  const used = new Set();
  const usedStatics = new Set();
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
        const text = readFileSync(path, 'utf8');
        for (const m of text.matchAll(/(?<!\b(?:Math|Number|Object|Array|String|JSON|Promise|Date))\.([a-zA-Z]+)\(/g)) used.add(m[1]);
        for (const m of text.matchAll(/\b(?:Dec|Decimal)\.([a-zA-Z]+)\(/g)) usedStatics.add(m[1]);
      }
    }
  };
  walk(resolve('src'));
  const decimalMethods = Object.getOwnPropertyNames(Decimal.prototype).filter((n) => typeof Decimal.prototype[n] === 'function');
  const missing = decimalMethods.filter((n) => used.has(n) && typeof Small.prototype[n] !== 'function');
  assert.deepEqual(missing, [], 'methods called in src/ but left out of the trimmed build');
  // And every static method src/ calls on the constructor (`Dec.max(…)` would fail in the standalone file).
  assert.deepEqual([...usedStatics].filter((n) => typeof Small[n] !== 'function'), [], 'static methods called in src/ but left out of the trimmed build');
});

test('the trimmed decimal.js computes exactly what decimal.js computes (5 000 random operations)', () => {
  const number = fc.oneof(
    fc.integer({ min: -10_000_000, max: 10_000_000 }).map((n) => (n / 100).toFixed(2)),
    fc.integer({ min: 0, max: 10_000 }).map(String),
    fc.constantFrom('0', '-0', '0.0001', '1e-7', '99999999999999999999.99', '62.45', '38', '19.19', '1e21'),
    fc.double({ min: -1e9, max: 1e9, noNaN: true }),
  );
  const op = fc.constantFrom('plus', 'minus', 'times', 'div', 'cmp', 'gt', 'gte', 'lt', 'lte', 'eq');
  fc.assert(
    fc.property(number, number, op, fc.integer({ min: 0, max: 6 }), (a, b, name, places) => {
      const run = (D) => {
        const x = new D(a);
        const y = new D(b);
        if (name === 'div' && y.isZero()) return x.div(y).toString();
        const r = x[name](y);
        if (typeof r !== 'object') return String(r);
        return [r.toString(), r.toDecimalPlaces(places, D.ROUND_HALF_UP).toString(), r.toDecimalPlaces(places, D.ROUND_DOWN).toString(), r.toDecimalPlaces(0, D.ROUND_HALF_UP).toString(), r.toDecimalPlaces(0, D.ROUND_FLOOR).toString(),
          r.toDecimalPlaces(0, D.ROUND_CEIL).toString(), r.decimalPlaces(), r.isInteger(), r.isNegative(), r.isZero(), r.toNumber(), JSON.stringify(r)].join('|');
      };
      assert.equal(run(Small), run(Full));
    }),
    { numRuns: 5000 },
  );
});

test('the core gives the same forecasts with the trimmed decimal.js (600 random scenarios)', () => {
  const scenarios = fc.sample(fc.oneof(valid, plausible), { numRuns: 600, seed: 20261123 });
  const input = join(dir, 'scenarios.json');
  writeFileSync(input, JSON.stringify(scenarios));
  const hooks = join(dir, 'hooks.mjs');
  writeFileSync(hooks, `export async function resolve(specifier, context, next) {
  if (specifier === 'decimal.js') return { url: ${JSON.stringify(pathToFileURL(TRIMMED).href)}, shortCircuit: true };
  return next(specifier, context);
}\n`);
  const register = join(dir, 'register.mjs');
  writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);
  const script = join(dir, 'forecast-all.mjs');
  const core = pathToFileURL(resolve('dist/node/scenario/forecast-scenario.js')).href;
  writeFileSync(script, `import { readFileSync } from 'node:fs';
import { forecastScenario } from ${JSON.stringify(core)};
const all = JSON.parse(readFileSync(${JSON.stringify(input)}, 'utf8'));
process.stdout.write(JSON.stringify(all.map((s) => forecastScenario(s))));\n`);
  const child = spawnSync(process.execPath, ['--import', pathToFileURL(register).href, script], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  assert.equal(child.status, 0, child.stderr);
  const withTrimmed = JSON.parse(child.stdout);
  const withFull = JSON.parse(spawnSync(process.execPath, [script], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 }).stdout);
  assert.equal(withTrimmed.length, scenarios.length);
  assert.ok(withFull.filter((r) => r.ok).length > 200, 'enough valid scenarios');
  assert.deepEqual(withTrimmed, withFull);
});

test('the parameters lose their descriptions and nothing else', () => {
  const folder = resolve('src/rules/parameters');
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
    const code = readFileSync(join(folder, file), 'utf8');
    const stripped = stripDescriptions(code, file);
    assert.doesNotMatch(stripped, /^\s*(description|unit):\s*['"`]/m, file);
    const withoutDescriptions = code.split('\n').filter((line) => !/^\s*(description|unit): ['"]/.test(line)).join('\n');
    assert.equal(stripped, withoutDescriptions, file);
  }
  assert.throws(() => stripDescriptions("export const p = {\n  description:\n    'two lines',\n};\n"), /one-line/);
});

test('the amount parameters lose the titles, addresses and statuses of their sources, nothing else; the rules keep their addresses', () => {
  const folder = resolve('src/rules/parameters');
  let stripped = 0;
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
    const path = join(folder, file);
    if (!DOCUMENTATION_ONLY_REFERENCES.test(path)) continue;
    const code = readFileSync(path, 'utf8');
    const text = stripReferenceTexts(code);
    assert.doesNotMatch(text, /\b(title|href|status):\s*['"]/, file);
    // Only those keys and their string values went: the values and dates of the amounts stay.
    const keys = /\b(title|href|status):\s*(['"])(?:\\.|(?!\2)[^\\])*\2[ \t]*,?/g;
    assert.equal(text, code.replace(keys, ''), file);
    for (const value of code.match(/value: '[^']*'/g) ?? []) assert.ok(text.includes(value), `${file}: ${value}`);
    stripped++;
  }
  assert.equal(stripped, 4);
  for (const kept of ['sources.ts', 'cumulation.ts', 'special-cases.ts']) assert.ok(!DOCUMENTATION_ONLY_REFERENCES.test(join(folder, kept)), kept);
});

test('the rules\' references keep their addresses and lose their titles and statuses (the element never shows either)', () => {
  const code = readFileSync(resolve('src/rules/parameters/sources.ts'), 'utf8');
  const text = stripReferenceTitles(code);
  assert.doesNotMatch(text, /\b(title|status):\s*['"]/);
  assert.equal((text.match(/\bhref: 'https:/g) ?? []).length, (code.match(/\bhref: 'https:/g) ?? []).length);
  assert.ok((code.match(/\bhref: 'https:/g) ?? []).length >= 3);
  // The element names a source by its address, never by its title.
  for (const dir of ['src/components/calculator', 'src/export']) {
    for (const file of readdirSync(resolve(dir), { recursive: true }).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
      assert.doesNotMatch(readFileSync(resolve(dir, file), 'utf8'), /(reference|source)\??\.(title|status)\b/, file);
    }
  }
});

test('each language is split in two without losing or doubling a text: the main file\'s texts and the views\' texts', async () => {
  const { splitModule, viewOnlyIds } = await import('../../scripts/split-locales.js');
  const ids = viewOnlyIds();
  // The views' texts are found from the code: the explanation's and the notes' are among them,
  // the form's title is not (the main file shows it).
  assert.ok(ids.has('explain.fraction') && ids.has('notes.title'), 'texts of the on-demand views');
  assert.ok(!ids.has('title') && !ids.has('authorisation.legend'), 'texts of the main file');
  const generated = [
    "// Do not modify this file by hand!",
    "import {str} from '@lit/localize';",
    'export const templates = {',
    "  'title': `Titre`,",
    "'explain.fraction': str`Fraction : ${0} h ÷ ${1} h = ${2}.`,",
    "'notes.title': `Avant de commencer, avec des « guillemets », une virgule, et }`,",
    '};',
  ].join('\n');
  const { main, views, counts } = splitModule(generated, (id) => ids.has(id));
  assert.deepEqual(counts, { main: 1, views: 2 });
  const load = async (text) => {
    const js = text.replace(/^.*import \{str\}.*$/m, 'const str = (s, ...v) => ({ s, v });').replace('export const templates', 'globalThis.__t');
    new Function(js)();
    return globalThis.__t;
  };
  const mainTable = await load(main);
  const viewsTable = await load(views);
  assert.deepEqual(Object.keys(mainTable), ['title']);
  assert.deepEqual(Object.keys(viewsTable), ['explain.fraction', 'notes.title']);
  assert.equal(viewsTable['notes.title'], 'Avant de commencer, avec des « guillemets », une virgule, et }');
  // A part without str`…` does not import it (an unused import fails the type check).
  assert.doesNotMatch(main, /import \{str\}/);
  assert.match(views, /import \{str\}/);
  // The generated files of the build: every unit of an XLIFF file is in exactly one of its two parts.
  for (const locale of ['fr', 'nl', 'de']) {
    const units = new Set([...readFileSync(`locales/${locale}.xlf`, 'utf8').matchAll(/<trans-unit id="([^"]+)"/g)].map((m) => m[1]));
    const keys = (file) => [...readFileSync(`src/generated/locales/${file}.ts`, 'utf8').matchAll(/^'([^']+)':/gm)].map((m) => m[1]);
    const both = [...keys(locale), ...keys(`${locale}-views`)];
    assert.equal(both.length, new Set(both).size, `${locale}: a text in both parts`);
    assert.deepEqual(new Set(both), units, `${locale}: the two parts hold every unit`);
  }
});

test('every msg() has an explicit id, so the standalone runtime needs no id hashing', async () => {
  const { withoutIdGeneration } = await import('../../scripts/explicit-msg-ids.js');
  const ts = (await import('typescript')).default;
  const without = [];
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !path.includes('generated')) {
        const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
        const visit = (node) => {
          if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'msg') {
            const options = node.arguments[1];
            const hasId = options && ts.isObjectLiteralExpression(options) && options.properties.some((p) => p.name?.getText() === 'id');
            if (!hasId) without.push(`${path}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
          }
          ts.forEachChild(node, visit);
        };
        visit(source);
      }
    }
  };
  walk(resolve('src'));
  assert.deepEqual(without, [], 'msg() calls without an id (run npm run localize:ids)');
  // The runtime without the fallback still finds a translation by its id.
  const runtime = withoutIdGeneration(readFileSync(new URL('../../node_modules/@lit/localize/internal/runtime-msg.js', import.meta.url), 'utf8'));
  assert.doesNotMatch(runtime, /generateMsgId|hashCache/);
  assert.match(runtime, /const id = options\?\.id;/);
});
