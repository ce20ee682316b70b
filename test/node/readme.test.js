// The README's table of legal parameters is generated from src/rules/parameters/: it must match.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parametersTable } from '../../scripts/parameters-table.js';

test('the README lists every legal parameter with its dates and sources, as in the code', async () => {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.split('<!-- parameters:start -->')[1]?.split('<!-- parameters:end -->')[0];
  assert.ok(section, 'README has the parameters section');
  assert.equal(section.trim(), (await parametersTable()).trim(), 'run npm run docs:parameters');
});

test('the table shows every parameter file of the rules, and every value as text', async () => {
  const { readdirSync } = await import('node:fs');
  const table = await parametersTable();
  assert.doesNotMatch(table, /\[object Object\]/);
  for (const file of readdirSync('src/rules/parameters').filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !['parameter.ts', 'sources.ts'].includes(f))) {
    const module = await import(`../../dist/node/rules/parameters/${file.replace(/\.ts$/, '.js')}`);
    for (const p of Object.values(module)) {
      if (p && typeof p === 'object' && 'values' in p && 'id' in p) assert.ok(table.includes(`\`${p.id}\``), `${file}: ${p.id}`);
    }
  }
});
