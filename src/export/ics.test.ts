import { expect } from '@open-wc/testing';
import { forecastScenario } from '../scenario/forecast-scenario.js';
import { buildChecklist, calendarItems, type ChecklistItem } from '../rules/checklist.js';
import { calendarTexts } from '../components/calculator/counsel/checklist-view.js';
import { formatters } from '../format.js';
import { checklistIcs, escapeText, foldLine } from './ics.js';
import { physicalLines, readIcs } from './ics-test-reader.js';

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

  describe("the person's calendar of a year of salaried work", () => {
    const result = forecastScenario({
      version: 1,
      scheme: 'employee',
      start: '2026-01',
      months: 12,
      dailyBenefit: '58.20',
      work: [
        { from: '2026-01-05', hoursPerWeek: '8', fullTimeHoursPerWeek: '38', grossHourlyWage: '15.80' },
        { from: '2026-07-06', hoursPerWeek: '12', fullTimeHoursPerWeek: '38', grossHourlyWage: '15.80' },
      ],
      authorisation: { start: '2026-01-05', maxHoursPerWeek: '16' },
    });
    if (!result.ok) throw new Error('invalid');
    const all = buildChecklist(result);
    const items = calendarItems(all);
    const { events } = readIcs(checklistIcs(items, { ...calendarTexts(result.scenario, formatters('en')), now: NOW }));
    const eventOf = (kind: string) => events.filter((_, i) => items[i].kind === kind);

    it('has one note for the twelve monthly declarations of the employer, marked as information, with nothing to do', () => {
      expect(all.filter((i) => i.kind === 'employer-declaration')).to.have.length(12);
      expect(events).to.have.length(all.length - 11);
      const [note, ...more] = eventOf('employer-declaration');
      expect(more).to.have.length(0);
      expect(note.summary).to.equal('Information: each month, your employer declares your work to your mutuality');
      expect(note.description).to.include('You have nothing to do.');
      expect(note.categories).to.deep.equal(['Information']);
      expect(events.filter((e) => /employer/i.test(e.summary))).to.have.length(1);
    });

    it("names the person's actions with a verb first, on their dates, and not as information", () => {
      const actions = events.filter((e) => e.categories.length === 0);
      // Intl's no-break spaces read as spaces.
      expect(actions.map((e) => `${e.date} ${e.summary.replace(/\s/g, ' ')}`)).to.include.members([
        '2026-01-02 Send your request and the declaration of resumption of work to the medical advisor: last day (8 h a week from 5 January 2026)',
        '2026-01-05 Start work: 8 h a week',
        '2026-07-03 Ask the medical advisor to allow 12 h a week from 6 July 2026: last day',
        '2026-07-06 Start your new hours: 12 h a week',
        '2027-12-04 Ask the medical advisor to renew the authorisation',
        '2028-01-04 Last day of the authorisation',
      ]);
      expect(eventOf('review').map((e) => e.date)).to.deep.equal(['2026-07-05', '2027-01-05', '2027-07-05']);
      // Information: the payments and the one declaration note, nothing else.
      expect(events.filter((e) => e.categories.includes('Information'))).to.have.length(3);
    });

    it('dates no event before the fact: the first benefit at the end of the month it is paid in, after the month of work', () => {
      const [benefit] = eventOf('first-benefit-payment');
      const paidIn = result.cash.find((c) => c.items.some((i) => i.kind === 'benefit' && i.forMonth === '2026-01'))!.month;
      expect(paidIn).to.equal('2026-02');
      expect(benefit.date).to.equal('2026-02-28');
      expect(benefit.summary.replace(/\s/g, ' ')).to.equal('Information: Your benefit for January 2026, your first month of work, should arrive by the end of February 2026');
      expect(benefit.description).to.include('The exact day is not known.');
      const [wage] = eventOf('first-wage-payment');
      expect(wage.date).to.equal(result.cash.flatMap((c) => c.items).find((i) => i.kind === 'wage' && i.forMonth === '2026-01')!.paidOn);
      expect(eventOf('employer-declaration')[0].date).to.equal('2026-01-31');
      // And the file keeps the date order of the checklist.
      expect(events.map((e) => e.date)).to.deep.equal(events.map((e) => e.date).sort());
    });
  });
});
