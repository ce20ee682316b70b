#!/usr/bin/env node
// Runs the compiled command line (built by `npm run build:node`, also on `npm ci`/`npm install`).
import { runCli } from '../dist/node/cli.js';

// The reader of the output went away (`ips-forecast --ndjson big.ndjson | head`): stop quietly.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(2);
  throw error;
});

process.exitCode = await runCli(process.argv.slice(2), {
  out: (s) => process.stdout.write(s + '\n'),
  err: (s) => process.stderr.write(s + '\n'),
  write: (s) => process.stdout.write(s),
});
