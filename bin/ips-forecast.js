#!/usr/bin/env node
// Runs the compiled command line (built by `npm run build:node`, also on `npm ci`/`npm install`).
import { runCli } from '../dist/node/cli.js';

process.exitCode = runCli(process.argv.slice(2), {
  out: (s) => process.stdout.write(s + '\n'),
  err: (s) => process.stderr.write(s + '\n'),
});
