// Browser tests in real headless Chromium (Debian's `chromium` package; see README).
import { mkdirSync, writeFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { CHROMIUM, CHROMIUM_ARGS, requireChromium } from './scripts/chromium.js';

requireChromium();

/** Counts passed/failed/skipped tests for scripts/test.js (web-test-runner prints no counts). */
function countReporter(file) {
  const count = { passed: 0, failed: 0, skipped: 0 };
  const walk = (suite) => {
    for (const test of suite.tests ?? []) {
      if (test.skipped) count.skipped++;
      else if (test.passed) count.passed++;
      else count.failed++;
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  return {
    onTestRunFinished({ sessions }) {
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        // A file that failed to load or threw outside a test counts as one failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) count.failed++;
      }
      mkdirSync('.test-results', { recursive: true });
      writeFileSync(file, JSON.stringify(count));
    },
  };
}

/**
 * `executeServerCommand('forced-colors', { active: true })`: the page in forced colours (as under
 * Windows high contrast), through the DevTools protocol: `emulateMedia` of
 * @web/test-runner-commands offers no `forcedColors` for Chromium driven by puppeteer.
 */
function forcedColorsPlugin() {
  const sessions = new WeakMap();
  return {
    name: 'forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
      });
      return true;
    },
  };
}

export default {
  files: ['src/**/*.test.ts', 'test/browser/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: background tabs are throttled, and media emulation is per page.
  concurrency: 1,
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }), forcedColorsPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS },
    }),
  ],
  reporters: [defaultReporter(), countReporter('.test-results/browser.json')],
  // Lit's dev-mode banner is expected in tests; every other browser log is shown.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  // Generous limits: a loaded CI machine must not turn a slow test into a failure (speed is measured
  // by the bench scripts, never by the tests).
  testFramework: { config: { timeout: 30000 } },
  testsFinishTimeout: 900000,
};
