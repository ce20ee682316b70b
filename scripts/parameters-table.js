#!/usr/bin/env node
// Writes the README's table of legal parameters from src/rules/parameters/ (compiled in
// dist/node), between the markers <!-- parameters:start --> and <!-- parameters:end -->.
// `--check` only says whether the README is up to date (exit 1 when not).
import { readFileSync, writeFileSync } from 'node:fs';

const MODULES = ['cumulation', 'authorisation', 'checklist', 'benefit-rates', 'indexation', 'special-cases', 'net', 'volunteer'];
const START = '<!-- parameters:start -->';
const END = '<!-- parameters:end -->';

function show(value) {
  if (value === null) return 'ends';
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'object' ? `${v.upTo ?? '…'} → ${band(v)}` : v)).join(', ');
  if (typeof value === 'object') {
    // Nested tables (minima by status and family situation) are shown in brackets.
    return Object.entries(value)
      .map(([k, v]) => `${k} ${v === null ? '—' : typeof v === 'object' ? `(${show(v)})` : v}`)
      .join(', ');
  }
  return String(value);
}

/** A bracket (percent) or a band of the special contribution (fixed + percent above a wage, bounded). */
function band(v) {
  if (!('fixed' in v)) return `${v.percent} %`;
  const bounds = `${v.min !== '0' ? `, min ${v.min}` : ''}${v.max ? `, max ${v.max}` : ''}`;
  return `${v.fixed} + ${v.percent} % above ${v.over}${bounds}`;
}

function cell(text) {
  return String(text).replace(/\|/g, '\\|');
}

export async function parametersTable() {
  const rows = ['| parameter | from → value | source (status) |', '|---|---|---|'];
  for (const name of MODULES) {
    const module = await import(`../dist/node/rules/parameters/${name}.js`);
    for (const p of Object.values(module)) {
      if (!p || typeof p !== 'object' || !('values' in p) || !('id' in p)) continue;
      const dates = Object.keys(p.values).sort();
      const values = dates.map((d) => `${d} → ${show(p.values[d]?.value ?? null)}`).join('<br>');
      const refs = [...new Map(dates.filter((d) => p.values[d]).map((d) => [p.values[d].reference.title, p.values[d].reference])).values()];
      const sources = refs.map((r) => `${r.href ? `[${cell(r.title)}](${r.href})` : cell(r.title)} (${r.status})`).join('<br>');
      rows.push(`| \`${p.id}\`: ${cell(p.description)} (${p.unit}) | ${cell(values)} | ${sources} |`);
    }
  }
  return rows.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const readme = readFileSync('README.md', 'utf8');
  const [before, rest] = readme.split(START);
  const after = rest?.split(END)[1];
  if (after === undefined) {
    console.error(`README.md has no ${START} … ${END} section`);
    process.exit(2);
  }
  const updated = `${before}${START}\n${await parametersTable()}\n${END}${after}`;
  if (process.argv.includes('--check')) {
    if (updated !== readme) {
      console.error('README.md parameter table is out of date: run npm run docs:parameters');
      process.exit(1);
    }
  } else {
    writeFileSync('README.md', updated);
  }
}
