/**
 * Bounded reading for the command line: one scenario up to a size, or NDJSON line by line, so that
 * an endless pipe (`yes | ips-forecast -`) or /dev/zero ends with a message instead of eating the
 * machine's memory. Nothing here keeps more than the limit plus one chunk.
 */
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';

/** A problem with the input itself (not with a scenario in it): the command exits with 2. */
export class InputError extends Error {}

/** Standard input for `-`, else the file (its errors arrive while it is read). */
export function openInput(path: string): Readable {
  return path === '-' ? process.stdin : createReadStream(path, { highWaterMark: 64 * 1024 });
}

const BOM = '\ufeff';

/** The whole input as text, or `null` when it holds more than `maxBytes` (reading stops there). */
export async function readBounded(stream: Readable, maxBytes: number): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) {
      stream.destroy();
      return null;
    }
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks, size).toString('utf8');
  return text.startsWith(BOM) ? text.slice(1) : text;
}

export type InputLine = { line: number; text: string } | { line: number; tooLong: true };

/**
 * The lines of an NDJSON input, numbered from 1 (a final line without a line end counts; "\r\n"
 * ends a line too). A line longer than `maxLineBytes` is skipped up to its end and reported as
 * `tooLong`; one longer than `maxSkippedBytes` means the input is not NDJSON: {@link InputError}.
 */
export async function* readLines(stream: Readable, maxLineBytes: number, maxSkippedBytes: number): AsyncGenerator<InputLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let skipped = 0;
  let line = 0;
  const take = (): InputLine => {
    line += 1;
    if (skipped > 0) return { line, tooLong: true };
    let text = Buffer.concat(parts, size).toString('utf8');
    if (text.endsWith('\r')) text = text.slice(0, -1);
    if (line === 1 && text.startsWith(BOM)) text = text.slice(1);
    return { line, text };
  };
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let start = 0;
    while (start < chunk.length) {
      const newline = chunk.indexOf(10, start);
      const end = newline === -1 ? chunk.length : newline;
      if (skipped > 0) skipped += end - start;
      else if (size + end - start > maxLineBytes) {
        skipped = size + end - start;
        parts = [];
        size = 0;
      } else {
        parts.push(chunk.subarray(start, end));
        size += end - start;
      }
      if (skipped > maxSkippedBytes) {
        stream.destroy();
        throw new InputError(`line ${line + 1} is longer than ${maxSkippedBytes} bytes without a line end: this is not NDJSON`);
      }
      if (newline === -1) break;
      yield take();
      parts = [];
      size = 0;
      skipped = 0;
      start = newline + 1;
    }
  }
  if (size > 0 || skipped > 0) yield take();
}
