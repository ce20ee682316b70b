// The README shows the element in German: every German text it quotes is one the element shows
// (a target of locales/de.xlf, its placeholders filled with anything).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const unescape = (text) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const pattern = (target) =>
  new RegExp(`^${target.split(/<x [^>]*\/>/).map((part) => unescape(part).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+?')}$`);

test('the German texts quoted by the README are the element’s', () => {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.split('In German the element reads')[1]?.split('[German terms]')[0];
  assert.ok(section, 'README has the German example');
  const quoted = [...section.matchAll(/\*([^*]+)\*/g)].map((m) => m[1].replace(/\s+/g, ' '));
  assert.ok(quoted.length >= 10, quoted.join(' | '));
  const targets = [...readFileSync('locales/de.xlf', 'utf8').matchAll(/<target>([\s\S]*?)<\/target>/g)].map((m) => pattern(m[1]));
  for (const text of quoted) {
    // A quoted block heading may stand for a part of a longer text ("Bevor Sie beginnen").
    assert.ok(targets.some((t) => t.test(text)), `"${text}" is not a German text of the element`);
  }
  assert.match(section, /`1\.607,58 €`/);
  assert.match(section, /`TT\.MM\.JJJJ`/);
});
