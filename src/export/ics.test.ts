import { expect } from '@open-wc/testing';
import { forecastScenario } from '../scenario/forecast-scenario.js';
import { buildChecklist, type ChecklistItem } from '../rules/checklist.js';
import { checklistIcs, escapeText, foldLine, ICS_PRODID } from './ics.js';

// ---- A small RFC 5545 reader, strict where the file could be wrong ----

interface Property {
  name: string;
  params: Record<string, string>;
  value: string;
}
interface Component {
  name: string;
  properties: Property[];
  components: Component[];
}

const utf8 = new TextEncoder();
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Physical lines: each ends with CRLF, holds at most 75 octets and whole UTF-8 characters. */
function physicalLines(text: string): string[] {
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
function parseCalendar(text: string): Component {
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
function unescapeText(value: string): string {
  return value.replace(/\\(.)/g, (_, c: string) => {
    if (c === 'n' || c === 'N') return '\n';
    expect('\\;,').to.include(c);
    return c;
  });
}

/** The calendar checked against the properties RFC 5545 requires, with its events. */
function readIcs(text: string) {
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
    return { uid, date: iso(start.value), summary: unescapeText(one(e, 'SUMMARY').value), stamp: one(e, 'DTSTAMP').value };
  });
  return { calendar, events };
}

// ---- The tests ----

const NOW = new Date(Date.UTC(2026, 0, 15, 9, 30, 5));

function coachItems(): ChecklistItem[] {
  const result = forecastScenario({
    version: 1,
    scheme: 'employee',
    start: '2026-01',
    months: 12,
    dailyBenefit: '58.20',
    work: [{ from: '2026-02-02', hoursPerWeek: '8', fullTimeHoursPerWeek: '38', grossHourlyWage: '15.80' }],
    authorisation: { start: '2026-02-02', maxHoursPerWeek: '16', nature: 'Kitchen help', conditions: 'Mornings only' },
  });
  if (!result.ok) throw new Error('invalid');
  return buildChecklist(result);
}

describe('the checklist as an iCalendar file (RFC 5545)', () => {
  it('holds the request deadline and the authorisation’s last day as all-day events, one per item', () => {
    const items = coachItems();
    const text = checklistIcs(items, { summary: (i) => `Do: ${i.kind}`, now: NOW });
    const { events } = readIcs(text);
    expect(events).to.have.length(items.length);
    expect(events.map((e) => `${e.date} ${e.summary}`)).to.include.members(['2026-01-30 Do: request-deadline', '2028-02-01 Do: authorisation-end']);
    expect(events.every((e) => e.stamp === '20260115T093005Z')).to.be.true;
    expect(text).to.include('\r\nDTSTART;VALUE=DATE:20260130\r\nDTEND;VALUE=DATE:20260131\r\n');
  });

  it('writes no personal data beyond the texts it is given: no amount, no nature or conditions of the work', () => {
    const text = checklistIcs(coachItems(), { summary: () => 'x', now: NOW });
    for (const typed of ['58.20', '15.80', 'Kitchen', 'Mornings']) expect(text).to.not.include(typed);
  });

  it('gives the same UIDs to the same checklist made twice (a calendar updates its events instead of doubling them)', () => {
    const a = readIcs(checklistIcs(coachItems(), { summary: () => 'a', now: NOW })).events.map((e) => e.uid);
    const b = readIcs(checklistIcs(coachItems(), { summary: () => 'b', now: new Date() })).events.map((e) => e.uid);
    expect(a).to.deep.equal(b);
    // Two identical items still get two UIDs.
    const twice: ChecklistItem[] = [{ date: '2026-03-01', kind: 'review' }, { date: '2026-03-01', kind: 'review' }];
    expect(new Set(readIcs(checklistIcs(twice, { summary: () => 'r', now: NOW })).events.map((e) => e.uid)).size).to.equal(2);
  });

  it('escapes backslashes, commas, semicolons and line breaks in TEXT values', () => {
    expect(escapeText('a\\b, c; d\ne\r\nf')).to.equal('a\\\\b\\, c\\; d\\ne\\nf');
    const summary = 'Envoyez la demande; le formulaire, signé\\daté\nau médecin-conseil';
    const { events } = readIcs(checklistIcs([{ date: '2026-01-30', kind: 'request-deadline' }], { summary: () => summary, now: NOW, calendarName: 'Plan, 8 h; 16 h' }));
    expect(events[0].summary).to.equal(summary);
  });

  it('folds long UTF-8 summaries at 75 octets, not 75 characters, and never inside a character', () => {
    const summary = `Überprüfung durch den Vertrauensarzt – ${'é€😀'.repeat(40)} Krankenkasse`;
    const text = checklistIcs([{ date: '2026-08-02', kind: 'review' }], { summary: () => summary, now: NOW });
    // physicalLines() checks every line: ≤ 75 octets, whole characters; 40 × 9 octets need several lines.
    const lines = physicalLines(text);
    const summaryLines = lines.slice(lines.findIndex((l) => l.startsWith('SUMMARY:')));
    expect(summaryLines.findIndex((l, i) => i > 0 && !l.startsWith(' '))).to.be.greaterThan(5);
    expect(Math.max(...summaryLines.map((l) => [...l].length))).to.be.lessThan(75);
    expect(readIcs(text).events[0].summary).to.equal(summary);
  });

  it('folds exactly at the limit: 75 octets stay on one line, 76 make two', () => {
    expect(foldLine('x'.repeat(75))).to.equal('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).to.equal(`${'x'.repeat(75)}\r\n x`);
    // A 2-octet character that would straddle octet 75 moves whole to the next line.
    expect(foldLine(`${'x'.repeat(74)}é`)).to.equal(`${'x'.repeat(74)}\r\n é`);
  });

  it('is an empty but valid calendar without items', () => {
    const { calendar } = readIcs(checklistIcs([], { summary: () => '', now: NOW }));
    expect(calendar.components).to.deep.equal([]);
  });
});
