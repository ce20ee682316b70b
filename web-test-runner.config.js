// Browser tests in real headless Chromium (Debian's `chromium` package; see README).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(
    `\nChromium not found at ${executablePath}.\n` +
      'Install it (Debian/Ubuntu: sudo apt-get install chromium) or point CHROME_PATH at a Chrome or Chromium binary.\n',
  );
  process.exit(1);
}

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

export default {
  files: ['src/**/*.test.ts', 'test/browser/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: background tabs are throttled, and media emulation is per page.
  concurrency: 1,
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
  reporters: [defaultReporter(), countReporter('.test-results/browser.json')],
  // Lit's dev-mode banner is expected in tests; every other browser log is shown.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
};
