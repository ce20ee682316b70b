/**
 * The dated checklist as an iCalendar file (RFC 5545): one all-day event per item, for the
 * client's or the coach's calendar. DOM-free; the views pass the titles in the reader's language.
 *
 * - lines end with CRLF and are folded at 75 octets (UTF-8 bytes, never inside a character);
 * - `VERSION:2.0`, `PRODID`, `CALSCALE:GREGORIAN`, `METHOD:PUBLISH`;
 * - each event: `UID` (a hash of the item, stable from one export to the next, no personal data),
 *   `DTSTAMP` (UTC, `now`), `DTSTART;VALUE=DATE` and `DTEND;VALUE=DATE` the next day, `SUMMARY`
 *   (and `DESCRIPTION` if given) as escaped TEXT, `CATEGORIES` if given (e.g. "Information" for
 *   what needs nothing from the person), `TRANSP:TRANSPARENT` (a reminder, not a busy day).
 *
 * Nothing is written but the dates and the texts the caller gives: no amount, no name.
 */
import { addDays } from '../rules/calendar.js';
import type { ChecklistItem } from '../rules/checklist.js';

export interface IcsOptions {
  /** The event's title for an item, in the reader's language (e.g. the views' msg() texts). */
  summary: (item: ChecklistItem) => string;
  /** An optional longer text for an item. */
  description?: (item: ChecklistItem) => string | undefined;
  /** Optional categories of an item (`CATEGORIES`, e.g. the word for information), in the reader's language. */
  categories?: (item: ChecklistItem) => readonly string[] | undefined;
  /** When the file is made (`DTSTAMP`, in UTC); default now. */
  now?: Date;
  /** A name for the calendar (`X-WR-CALNAME`), shown by some calendar programs. */
  calendarName?: string;
}

export const ICS_PRODID = '-//ips-benefits-calculator//checklist//EN';

/** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, line breaks. */
export function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

const octets = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/** One content line folded into lines of at most 75 octets, each continuation starting with a space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const n = octets(char.codePointAt(0)!);
    if (size + n > 75) {
      parts.push(current);
      current = ' ';
      size = 1;
    }
    current += char;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n');
}

/** FNV-1a (32 bits) of a text, as 8 hex digits. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

const basicDate = (iso: string) => iso.replace(/-/g, '');
const utcStamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/** The checklist as an iCalendar file (text with CRLF line ends). */
export function checklistIcs(items: readonly ChecklistItem[], options: IcsOptions): string {
  // Destructured: the standalone build refuses code reading a property named description (scripts/strip-descriptions.js).
  const { summary, description: describe, categories, now, calendarName } = options;
  const stamp = utcStamp(now ?? new Date());
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${ICS_PRODID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (calendarName) lines.push(`X-WR-CALNAME:${escapeText(calendarName)}`);
  const uids = new Set<string>();
  for (const item of items) {
    const key = [item.date, item.kind, item.stepIndex ?? '', item.planId ?? '', item.forMonth ?? ''].join('|');
    let uid = `${basicDate(item.date)}-${item.kind}-${hash(key)}@ips-benefits-calculator`;
    for (let n = 2; uids.has(uid); n++) uid = `${basicDate(item.date)}-${item.kind}-${hash(key)}-${n}@ips-benefits-calculator`;
    uids.add(uid);
    const description = describe?.(item);
    const names = categories?.(item) ?? [];
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${basicDate(item.date)}`,
      `DTEND;VALUE=DATE:${basicDate(addDays(item.date, 1))}`,
      `SUMMARY:${escapeText(summary(item))}`,
      ...(description ? [`DESCRIPTION:${escapeText(description)}`] : []),
      // A list of TEXT values: each escaped (its commas too), then joined by bare commas.
      ...(names.length > 0 ? [`CATEGORIES:${names.map(escapeText).join(',')}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
