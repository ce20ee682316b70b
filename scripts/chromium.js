// The system Chromium used by every browser test and benchmark, and its flags: no sandbox as root,
// no GPU, and nothing that reaches the network in the background.
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Stops with an install hint when the browser is missing (instead of a cryptic launch error). */
export function requireChromium() {
  if (existsSync(CHROMIUM)) return;
  console.error(
    `\nChromium not found at ${CHROMIUM}.\n` +
      'Install it (Debian/Ubuntu: sudo apt-get install chromium) or point CHROME_PATH at a Chrome or Chromium binary.\n',
  );
  process.exit(1);
}
