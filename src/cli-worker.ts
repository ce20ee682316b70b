/** A worker thread of `ips-forecast --ndjson --jobs N`: forecasts the groups of lines it is sent. */
import { parentPort } from 'node:worker_threads';
import { batchReply, type BatchRequest } from './cli-record.js';

parentPort?.on('message', (request: BatchRequest) => parentPort!.postMessage(batchReply(request)));
