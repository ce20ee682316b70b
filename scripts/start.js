#!/usr/bin/env node
// `npm start`: installs the dependencies when they are missing, builds the locale modules, then
// serves the demo with Vite and prints its address (the root, which leads to /demo/: see vite.config.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (command, args) => {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

const installed = 'node_modules/.package-lock.json';
if (!existsSync(installed) || statSync('package-lock.json').mtimeMs > statSync(installed).mtimeMs) {
  console.log('Installing dependencies (npm ci)…');
  run(npm, ['ci', '--no-audit', '--no-fund']);
}
run('node_modules/.bin/lit-localize', ['build']);
run(process.execPath, ['scripts/split-locales.js']);
run('node_modules/.bin/vite', ['--open', '/demo/', ...process.argv.slice(2)]);
