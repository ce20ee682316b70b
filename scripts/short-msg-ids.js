#!/usr/bin/env node
// `npm run localize:ids`: gives every msg() call that has no id a short explicit id (m0, m1, …,
// continuing after the highest one in use) and renames its unit in locales/*.xlf, keeping the
// translations. Hash ids are 17 random characters each, which the gzip of a locale chunk cannot
// shrink; short ids keep each lazy locale chunk within its size budget. Run it after adding
// messages, then `npm run localize:extract`.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import ts from 'typescript';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';

const files = execFileSync('git', ['ls-files', 'src/*.ts', 'src/**/*.ts'], { encoding: 'utf8' })
  .split('\n')
  .filter((f) => f && !f.endsWith('.test.ts') && !f.startsWith('src/generated/'));
const sources = files.map((file) => ({ file, text: readFileSync(file, 'utf8') }));
const used = sources.flatMap(({ text }) => [...text.matchAll(/id: 'm([0-9a-z]+)'/g)].map((m) => parseInt(m[1], 36)));
let counter = used.length > 0 ? Math.max(...used) + 1 : 0;
const renamed = new Map(); // hash id → short id

for (const { file, text } of sources) {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const edits = [];
  const visit = (node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'msg' && node.arguments.length === 1) {
      const arg = node.arguments[0];
      let strings;
      if (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) strings = [arg.text];
      else if (ts.isTaggedTemplateExpression(arg) && arg.tag.getText() === 'str') {
        const t = arg.template;
        strings = ts.isNoSubstitutionTemplateLiteral(t) ? [t.text] : [t.head.text, ...t.templateSpans.map((s) => s.literal.text)];
      } else throw new Error(`${file}: msg() with an argument this script does not know: ${arg.getText().slice(0, 60)}`);
      const hash = generateMsgId(strings, false);
      if (!renamed.has(hash)) renamed.set(hash, `m${(counter++).toString(36)}`);
      edits.push({ at: arg.getEnd(), insert: `, { id: '${renamed.get(hash)}' }` });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (edits.length === 0) continue;
  let out = text;
  for (const e of edits.sort((a, b) => b.at - a.at)) out = out.slice(0, e.at) + e.insert + out.slice(e.at);
  writeFileSync(file, out);
}

for (const lang of JSON.parse(readFileSync('lit-localize.json', 'utf8')).targetLocales) {
  const path = `locales/${lang}.xlf`;
  const xliff = readFileSync(path, 'utf8').replace(/<trans-unit id="([^"]+)">/g, (m, id) => (renamed.has(id) ? `<trans-unit id="${renamed.get(id)}">` : m));
  writeFileSync(path, xliff);
}
console.log(`${renamed.size} messages got a short id`);
