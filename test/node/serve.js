// A static file server on the loopback interface for the Node browser tests, with the headers a
// strict host page would send.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };

/** Serves `root`; `pages` maps a path to HTML served with `headers`. Resolves to the origin. */
export function serve(root, { pages = {}, headers = {} } = {}) {
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    if (pages[pathname]) {
      res.writeHead(200, { 'content-type': TYPES['.html'], ...headers });
      res.end(pages[pathname]);
      return;
    }
    const path = normalize(join(root, pathname));
    if (!path.startsWith(root) || !existsSync(path) || !statSync(path).isFile()) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', ...headers });
    res.end(readFileSync(path));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() })),
  );
}

export { CHROMIUM, CHROMIUM_ARGS } from '../../scripts/chromium.js';

/** Builds the package once per test run (scripts/test.js builds first and sets IPS_BUILT). */
export async function ensureBuilt() {
  if (process.env.IPS_BUILT === '1' && existsSync('dist/standalone/ips-benefits-calculator.js')) return;
  const { execFileSync } = await import('node:child_process');
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
}
