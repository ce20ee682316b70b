/**
 * A small RFC 5545 reader for the tests (not shipped), strict where the file could be wrong: the
 * calculator's calendar files are read back with it (src/export/ics.test.ts and the element's tests).
 */
import { expect } from '@open-wc/testing';
import { ICS_PRODID } from './ics.js';

export interface Property {
  name: string;
  params: Record<string, string>;
  value: string;
}
export interface Component {
  name: string;
  properties: Property[];
  components: Component[];
}

const utf8 = new TextEncoder();
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Physical lines: each ends with CRLF, holds at most 75 octets and whole UTF-8 characters. */
export function physicalLines(text: string): string[] {
  expect(text.endsWith('\r\n'), 'ends with CRLF').to.be.true;
  const lines = text.slice(0, -2).split('\r\n');
  for (const line of lines) {
    expect(line).to.not.match(/[\r\n]/, 'a bare CR or LF');
    const bytes = utf8.encode(line);
    expect(bytes.length, `octets of ${JSON.stringify(line)}`).to.be.at.most(75);
    expect(strictUtf8.decode(bytes)).to.equal(line);
  }
  return lines;
}

/** Unfolding (§3.1): a line starting with a space or a tab continues the previous one. */
function unfold(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    if (line.startsWith(' ') || line.startsWith('\t')) {
      expect(out.length, 'a continuation line needs a line before it').to.be.greaterThan(0);
      out[out.length - 1] += line.slice(1);
    } else out.push(line);
  }
  return out;
}

/** name *(";" param) ":" value, with quoted parameter values that may hold ":" ";" ",". */
function parseProperty(line: string): Property {
  const head = /^([A-Za-z0-9-]+)/.exec(line);
  expect(head, `a property name in ${line}`).to.not.equal(null);
  const name = head![1].toUpperCase();
  const params: Record<string, string> = {};
  let i = head![1].length;
  while (line[i] === ';') {
    const m = /^;([A-Za-z0-9-]+)=("[^"]*"|[^";:,]*)/.exec(line.slice(i));
    expect(m, `a parameter in ${line}`).to.not.equal(null);
    params[m![1].toUpperCase()] = m![2].replace(/^"|"$/g, '');
    i += m![0].length;
  }
  expect(line[i], `":" after the name and parameters of ${line}`).to.equal(':');
  return { name, params, value: line.slice(i + 1) };
}

/** BEGIN/END nesting into components. */
export function parseCalendar(text: string): Component {
  const stack: Component[] = [{ name: 'ROOT', properties: [], components: [] }];
  for (const line of unfold(physicalLines(text))) {
    const p = parseProperty(line);
    if (p.name === 'BEGIN') {
      const c: Component = { name: p.value.toUpperCase(), properties: [], components: [] };
      stack.at(-1)!.components.push(c);
      stack.push(c);
    } else if (p.name === 'END') {
      expect(stack.length, `END:${p.value} without BEGIN`).to.be.greaterThan(1);
      expect(stack.pop()!.name).to.equal(p.value.toUpperCase());
    } else {
      expect(stack.length, `${p.name} outside a component`).to.be.greaterThan(1);
      stack.at(-1)!.properties.push(p);
    }
  }
  expect(stack.length, 'every BEGIN is ended').to.equal(1);
  expect(stack[0].components.map((c) => c.name)).to.deep.equal(['VCALENDAR']);
  return stack[0].components[0];
}

const one = (c: Component, name: string): Property => {
  const found = c.properties.filter((p) => p.name === name);
  expect(found.length, `${c.name} has exactly one ${name}`).to.equal(1);
  return found[0];
};

/** TEXT unescaping (§3.3.11); a lone backslash before another character is an error. */
export function unescapeText(value: string): string {
  return value.replace(/\\(.)/g, (_, c: string) => {
    if (c === 'n' || c === 'N') return '\n';
    expect('\\;,').to.include(c);
    return c;
  });
}

/** A list of TEXT values (§3.1.1): split at the commas that are not escaped. */
function splitTextList(value: string): string[] {
  const parts = [''];
  for (let i = 0; i < value.length; i++) {
    if (value[i] === '\\') parts[parts.length - 1] += value[i] + (value[++i] ?? '');
    else if (value[i] === ',') parts.push('');
    else parts[parts.length - 1] += value[i];
  }
  return parts;
}

/** The calendar checked against the properties RFC 5545 requires, with its events. */
export function readIcs(text: string) {
  const calendar = parseCalendar(text);
  expect(one(calendar, 'VERSION').value).to.equal('2.0');
  expect(one(calendar, 'PRODID').value).to.equal(ICS_PRODID);
  expect(one(calendar, 'CALSCALE').value).to.equal('GREGORIAN');
  const uids = new Set<string>();
  const events = calendar.components.map((e) => {
    expect(e.name).to.equal('VEVENT');
    const uid = one(e, 'UID').value;
    expect(uids.has(uid), `UID ${uid} is unique`).to.be.false;
    uids.add(uid);
    expect(one(e, 'DTSTAMP').value).to.match(/^\d{8}T\d{6}Z$/);
    const start = one(e, 'DTSTART');
    const end = one(e, 'DTEND');
    expect(start.params.VALUE).to.equal('DATE');
    expect(end.params.VALUE).to.equal('DATE');
    expect(start.value).to.match(/^\d{8}$/);
    const iso = (d: string) => `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6)}`;
    // All-day: the end is the next day (exclusive).
    expect(Date.parse(iso(end.value)) - Date.parse(iso(start.value))).to.equal(86_400_000);
    const optional = (name: string) => e.properties.filter((p) => p.name === name);
    expect(optional('DESCRIPTION').length, 'at most one DESCRIPTION').to.be.at.most(1);
    const description = optional('DESCRIPTION')[0];
    // CATEGORIES: TEXT values separated by unescaped commas.
    const categories = optional('CATEGORIES').flatMap((p) => splitTextList(p.value).map(unescapeText));
    return {
      uid,
      date: iso(start.value),
      summary: unescapeText(one(e, 'SUMMARY').value),
      description: description ? unescapeText(description.value) : undefined,
      categories,
      stamp: one(e, 'DTSTAMP').value,
    };
  });
  return { calendar, events };
}
