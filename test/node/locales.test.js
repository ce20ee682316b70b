// Every translation (locales/*.xlf) is complete and keeps the placeholders of its English source.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { checkXliff } from '../../scripts/check-xliff.js';

test('every target language of lit-localize.json has its XLIFF file, every unit translated, placeholders kept', () => {
  const { problems, counts } = checkXliff();
  const { targetLocales } = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
  assert.deepEqual(Object.keys(counts).sort(), targetLocales.map((l) => `${l}.xlf`).sort());
  assert.deepEqual(problems, []);
  for (const [file, c] of Object.entries(counts)) assert.equal(c.targets, c.units, file);
});
