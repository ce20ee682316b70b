#!/usr/bin/env node
// Runs after `lit-localize build`: splits each generated language module in two, so that a
// language's texts come with the part of the element that shows them.
//   src/generated/locales/fr.ts        the texts of the main file (form, table, totals, messages)
//   src/generated/locales/fr-views.ts  the texts of the views loaded on demand (charts, explanation,
//                                      comparison, counselling views, print, exports…)
// src/localization.ts loads both when a language is chosen and merges them, so `msg()` sees one
// table. Which texts belong to the views is read from the code: the ids of the `msg()` calls in the
// modules that only the views reach (through `import()`), never a hand-kept list; an id used by
// both stays in the main part.
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');
const OUT = join(ROOT, 'src/generated/locales');
const MAIN_ENTRY = join(ROOT, 'src/ips-benefits-calculator.ts');

/** The static and dynamic imports of a module, resolved to files of src/. */
function importsOf(file) {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found = { static: [], dynamic: [] };
  const add = (list, spec) => {
    if (!spec.startsWith('.')) return;
    const target = resolve(dirname(file), spec.replace(/\.js$/, '.ts'));
    if (existsSync(target)) list.push(target);
  };
  const visit = (node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      // Type-only imports bring no code.
      const typeOnly = ts.isImportDeclaration(node) ? node.importClause?.isTypeOnly : node.isTypeOnly;
      if (!typeOnly) add(found.static, node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteral(arg)) add(found.dynamic, arg.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Every module reached from `entries` by static imports; the dynamic ones are returned apart. */
function reach(entries) {
  const seen = new Set();
  const dynamic = new Set();
  const stack = [...entries];
  while (stack.length) {
    const file = stack.pop();
    if (seen.has(file) || file.includes(`${join('src', 'generated')}`)) continue;
    seen.add(file);
    const { static: s, dynamic: d } = importsOf(file);
    stack.push(...s);
    for (const f of d) dynamic.add(f);
  }
  return { seen, dynamic };
}

/** The ids of the msg() calls of a module. */
function messageIds(file) {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/\bid:\s*'([^']+)'/g)].map((m) => m[1]);
}

export function viewOnlyIds() {
  const main = reach([MAIN_ENTRY]);
  const views = reach([...main.dynamic].filter((f) => !main.seen.has(f)));
  // Views may load further views: follow them too.
  let more = [...views.dynamic].filter((f) => !main.seen.has(f) && !views.seen.has(f));
  while (more.length) {
    const next = reach(more);
    for (const f of next.seen) views.seen.add(f);
    more = [...next.dynamic].filter((f) => !main.seen.has(f) && !views.seen.has(f));
  }
  const mainIds = new Set([...main.seen].flatMap(messageIds));
  return new Set([...views.seen].filter((f) => !main.seen.has(f)).flatMap(messageIds).filter((id) => !mainIds.has(id)));
}

const MARK = '// Split by scripts/split-locales.js (the texts of the views are in the -views module).';

/** Splits one generated module's `templates` object by id. */
export function splitModule(text, isView) {
  const source = ts.createSourceFile('locale.ts', text, ts.ScriptTarget.Latest, true);
  let literal;
  const visit = (node) => {
    if (ts.isVariableDeclaration(node) && node.name.getText(source) === 'templates' && node.initializer && ts.isObjectLiteralExpression(node.initializer)) literal = node.initializer;
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (!literal) throw new Error('split-locales: no `templates` object in a generated locale module');
  const parts = { main: [], views: [] };
  for (const property of literal.properties) {
    if (!ts.isPropertyAssignment(property)) throw new Error('split-locales: unexpected member in `templates`');
    const name = property.name;
    const id = ts.isStringLiteral(name) || ts.isIdentifier(name) ? name.text : name.getText(source);
    parts[isView(id) ? 'views' : 'main'].push(property.getText(source));
  }
  const head = text.slice(0, literal.getStart(source));
  const tail = text.slice(literal.getEnd());
  // A part with no str`…` template must not import str (unused imports fail the type check).
  const headFor = (entries) => (entries.some((e) => /\bstr`/.test(e)) ? head : head.replace(/^\s*import \{str\} from '@lit\/localize';\s*$/m, ''));
  const write = (entries) => `${MARK}\n${headFor(entries)}{\n${entries.map((e) => `${e},`).join('\n')}\n}${tail}`;
  return { main: write(parts.main), views: write(parts.views), counts: { main: parts.main.length, views: parts.views.length } };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const ids = viewOnlyIds();
  for (const file of readdirSync(OUT).filter((f) => /^[a-z]{2}\.ts$/.test(f))) {
    const path = join(OUT, file);
    // Already split (lit-localize build was not run since): nothing to do.
    if (readFileSync(path, 'utf8').startsWith(MARK)) continue;
    const { main, views, counts } = splitModule(readFileSync(path, 'utf8'), (id) => ids.has(id));
    writeFileSync(path, main);
    writeFileSync(join(OUT, file.replace(/\.ts$/, '-views.ts')), views);
    if (process.env.IPS_VERBOSE) console.log(`${file}: ${counts.main} texts with the main file, ${counts.views} with the views`);
  }
}
