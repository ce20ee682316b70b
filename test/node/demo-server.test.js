// `npm start` prints the server's root (http://localhost:5173/): it must lead to the demo, not to a 404.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'vite';

test('the dev server sends / to the demo at /demo/, which answers', async () => {
  const server = await createServer({ server: { port: 0, open: false, host: '127.0.0.1' }, logLevel: 'silent' });
  await server.listen();
  try {
    const origin = server.resolvedUrls.local[0].replace(/\/$/, '');
    const root = await fetch(`${origin}/`, { redirect: 'manual' });
    assert.equal(root.status, 302);
    assert.equal(root.headers.get('location'), '/demo/');
    const page = await fetch(`${origin}/`);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<ips-benefits-calculator/);
  } finally {
    await server.close();
  }
});
