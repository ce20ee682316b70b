#!/usr/bin/env node
// `node scripts/fill-xliff.js translations.json`: after `npm run localize:extract`, fills the
// missing <target> of locales/fr.xlf, nl.xlf and de.xlf from a file {"id": {"fr": …, "nl": …,
// "de": …}}, in which {0}, {1}… stand for the source's placeholders <x id="0" …/>. A unit that has
// a target keeps it; a translation that drops a placeholder is refused. Prints the units still
// without a target (`npm run localize:check` then checks every file).
import { readFileSync, writeFileSync } from 'node:fs';

const translations = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
let failed = false;
for (const lang of ['fr', 'nl', 'de']) {
  const path = `locales/${lang}.xlf`;
  const text = readFileSync(path, 'utf8').replace(/<trans-unit id="([^"]+)">[\s\S]*?<\/trans-unit>/g, (unit, id) => {
    const wanted = translations[id]?.[lang];
    if (unit.includes('<target>') || wanted === undefined) return unit;
    const source = /<source>([\s\S]*?)<\/source>/.exec(unit)[1];
    const placeholders = new Map([...source.matchAll(/<x id="(\d+)"[^>]*\/>/g)].map((m) => [m[1], m[0]]));
    const target = escape(wanted).replace(/\{(\d+)\}/g, (whole, n) => placeholders.get(n) ?? whole);
    const missing = [...placeholders.keys()].filter((n) => !target.includes(`<x id="${n}"`));
    if (missing.length > 0) {
      console.error(`${lang} ${id}: placeholders ${missing.join(', ')} missing`);
      failed = true;
      return unit;
    }
    return unit.replace('</source>', `</source>\n  <target>${target}</target>`);
  });
  writeFileSync(path, text);
  const left = [...text.matchAll(/<trans-unit id="([^"]+)">((?:(?!<\/trans-unit>)[\s\S])*)<\/trans-unit>/g)].filter((m) => !m[2].includes('<target>')).map((m) => m[1]);
  console.log(`${lang}: ${left.length === 0 ? 'every unit has a target' : `without a target: ${left.join(', ')}`}`);
}
process.exit(failed ? 1 : 0);
