#!/usr/bin/env node
// `npm run localize:check`: every translation in locales/*.xlf is complete and keeps the
// placeholders of its English source. For each target language: every unit has a non-empty
// <target>; the target holds the same placeholders <x id="…"/> as the source, each exactly once, in
// any order (lit-localize places the values by the id; equiv-text only shows the translator the
// expression, and an older one left in a target does no harm); and the file has the same units as
// the others. Exits with 1 and lists the problems otherwise.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const UNIT = /<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>(?:\s*<target>([\s\S]*?)<\/target>)?/g;
const PLACEHOLDER = /<x id="([^"]*)"(?: equiv-text="[^"]*")?\/>/g;
const placeholders = (text) => [...text.matchAll(PLACEHOLDER)].map((m) => m[1]).sort();

/** The problems of every `locales/*.xlf` file (an empty list when all is well), and the unit counts. */
export function checkXliff(dir = 'locales') {
  const problems = [];
  const units = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.xlf')).sort()) {
    const text = readFileSync(`${dir}/${file}`, 'utf8');
    const ids = new Set();
    let targets = 0;
    for (const [, id, source, target] of text.matchAll(UNIT)) {
      ids.add(id);
      if (target === undefined || target.trim() === '') {
        problems.push(`${file} ${id}: no translation`);
        continue;
      }
      targets++;
      const [want, got] = [placeholders(source), placeholders(target)];
      if (want.join('\n') !== got.join('\n')) problems.push(`${file} ${id}: placeholders ${JSON.stringify(got)} instead of ${JSON.stringify(want)}`);
      if (target.replace(PLACEHOLDER, '').includes('<')) problems.push(`${file} ${id}: markup in the translation`);
    }
    const unitCount = (text.match(/<trans-unit /g) ?? []).length;
    if (unitCount !== ids.size) problems.push(`${file}: ${unitCount - ids.size} units could not be read`);
    units[file] = { ids, units: unitCount, targets };
  }
  const files = Object.keys(units);
  for (const file of files.slice(1)) {
    const [a, b] = [units[files[0]].ids, units[file].ids];
    for (const id of a) if (!b.has(id)) problems.push(`${file}: unit ${id} missing (it is in ${files[0]})`);
    for (const id of b) if (!a.has(id)) problems.push(`${file}: unit ${id} not in ${files[0]}`);
  }
  return { problems, counts: Object.fromEntries(files.map((f) => [f, { units: units[f].units, targets: units[f].targets }])) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { problems, counts } = checkXliff();
  for (const [file, c] of Object.entries(counts)) console.log(`${file}: ${c.targets} of ${c.units} units translated`);
  for (const p of problems) console.error(p);
  process.exit(problems.length > 0 ? 1 : 0);
}
