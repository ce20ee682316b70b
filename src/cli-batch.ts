/**
 * `ips-forecast --ndjson [file|-] [--jobs N]`: one scenario per line in, one JSON line per line out,
 * in the same order. It streams: the lines are read as they come, forecast in groups (in this
 * thread for `--jobs 1`, else by N worker threads), and written in order; at most two groups per
 * worker are in flight, so memory is bounded by a few groups of lines, not by the input.
 */
import { Worker } from 'node:worker_threads';
import type { Readable } from 'node:stream';
import { INPUT_LIMITS } from './scenario/limits.js';
import { readLines } from './cli-input.js';
import { batchReply, isBlank, type BatchReply, type BatchRequest } from './cli-record.js';

export interface BatchIo {
  /** Writes text to standard output (records end with "\n"). */
  write: (s: string) => void;
  err: (s: string) => void;
}

/** Lines (and input bytes) in one group sent to a worker. */
const GROUP_LINES = 64;
const GROUP_BYTES = 1024 * 1024;

/** Forecasts every line of `input`; the exit code: 0 all forecast, 1 some refused. Throws InputError. */
export async function runBatch(input: Readable, jobs: number, io: BatchIo): Promise<number> {
  const maxLineBytes = INPUT_LIMITS.maxBatchLineBytes;
  const pool = jobs > 1 ? new WorkerPool(jobs, io.write) : null;
  let lines = 0;
  let refused = 0;
  let group: BatchRequest['lines'] = [];
  let groupBytes = 0;
  let seq = 0;
  const send = async () => {
    const request: BatchRequest = { seq: seq++, lines: group, maxLineBytes };
    group = [];
    groupBytes = 0;
    if (pool) await pool.submit(request);
    else {
      const reply = batchReply(request);
      refused += reply.refused;
      io.write(reply.out);
    }
  };
  try {
    for await (const item of readLines(input, maxLineBytes, INPUT_LIMITS.maxSkippedLineBytes)) {
      const text = 'text' in item ? item.text : undefined;
      if (text !== undefined && isBlank(text)) continue;
      lines += 1;
      group.push([item.line, text]);
      groupBytes += text?.length ?? 0;
      if (group.length >= GROUP_LINES || groupBytes >= GROUP_BYTES) await send();
    }
    if (group.length > 0) await send();
    if (pool) refused += await pool.finish();
  } finally {
    await pool?.terminate();
  }
  if (refused > 0) {
    io.err(`${refused} of ${lines} lines refused (their records hold the errors)`);
    return 1;
  }
  return 0;
}

/** Worker threads forecasting groups of lines; replies are written in the order of the groups. */
class WorkerPool {
  private readonly all: Worker[] = [];
  /** Groups sent to each worker and not answered yet. */
  private readonly outstanding = new Map<Worker, number>();
  private readonly waiting: (() => void)[] = [];
  private readonly replies = new Map<number, BatchReply>();
  private nextToWrite = 0;
  private sent = 0;
  private refused = 0;
  private failure: Error | null = null;
  private onDone: (() => void) | null = null;

  constructor(
    size: number,
    private readonly write: (s: string) => void,
  ) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(new URL('./cli-worker.js', import.meta.url));
      worker.on('message', (reply: BatchReply) => this.received(worker, reply));
      worker.on('error', (error) => this.fail(error));
      this.all.push(worker);
      this.outstanding.set(worker, 0);
    }
  }

  /**
   * Sends a group to the least busy worker. At most two groups per worker are between the reader
   * and the output (one computed, one waiting, so no worker waits for the reader), counting the
   * replies held back for the order: memory stays bounded even when one group is slow.
   */
  async submit(request: BatchRequest): Promise<void> {
    while (this.sent - this.nextToWrite >= 2 * this.all.length && !this.failure) await new Promise<void>((resolve) => this.waiting.push(resolve));
    if (this.failure) throw this.failure;
    const worker = this.all.reduce((a, b) => (this.outstanding.get(b)! < this.outstanding.get(a)! ? b : a));
    this.outstanding.set(worker, this.outstanding.get(worker)! + 1);
    worker.postMessage(request);
    this.sent += 1;
  }

  /** Waits for every reply; the number of refused lines. */
  async finish(): Promise<number> {
    if (this.nextToWrite < this.sent && !this.failure) await new Promise<void>((resolve) => (this.onDone = resolve));
    if (this.failure) throw this.failure;
    return this.refused;
  }

  async terminate(): Promise<void> {
    await Promise.all(this.all.map((w) => w.terminate()));
  }

  private received(worker: Worker, reply: BatchReply): void {
    this.replies.set(reply.seq, reply);
    for (let next = this.replies.get(this.nextToWrite); next; next = this.replies.get(this.nextToWrite)) {
      this.replies.delete(this.nextToWrite);
      this.nextToWrite += 1;
      this.refused += next.refused;
      this.write(next.out);
    }
    this.outstanding.set(worker, this.outstanding.get(worker)! - 1);
    for (const resolve of this.waiting.splice(0)) resolve();
    if (this.nextToWrite === this.sent) this.onDone?.();
  }

  private fail(error: Error): void {
    this.failure = error;
    for (const resolve of this.waiting.splice(0)) resolve();
    this.onDone?.();
  }
}
