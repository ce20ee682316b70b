import type { ServerResponse } from 'node:http';
import { defineConfig, type Plugin } from 'vite';
import { minifyTemplatesPlugin } from './scripts/minify-templates.js';
import { trimDecimalPlugin } from './scripts/trim-decimal.js';
import { stripDescriptionsPlugin } from './scripts/strip-descriptions.js';
import { explicitMsgIdsPlugin } from './scripts/explicit-msg-ids.js';

/**
 * `npm start` serves the project root (the demo lives at /demo/).
 * `vite build --mode lib`: the ES module entry for bundlers (lit, @lit/localize, decimal.js external).
 * `vite build --mode standalone`: one module for a plain <script type="module"> on any page, with
 * everything inside except the French, Dutch and German locale chunks, loaded on demand beside it.
 */
/**
 * Standalone files: `locale-fr-*.js`… (a language, from src/generated/locales/), and for every other
 * module loaded on demand its own name: `on-demand-*.js` (views the element asks for when it is put
 * on a page) and the views loaded only when the user asks for them.
 */
const chunkName = (chunk: { name: string; facadeModuleId?: string | null }) =>
  /[\\/]generated[\\/]locales[\\/]/.test(chunk.facadeModuleId ?? '') ? 'locale-[name]-[hash].js' : '[name]-[hash].js';

/** `npm start` prints the server's root: it leads to the demo (the project has no page at /). */
function demoAtRoot(): Plugin {
  const redirect = (req: { url?: string }, res: ServerResponse, next: () => void) => {
    if (req.url !== '/' && req.url !== '/index.html') return next();
    res.writeHead(302, { location: '/demo/' }).end();
  };
  return {
    name: 'demo-at-root',
    configureServer: (server) => void server.middlewares.use(redirect),
    configurePreviewServer: (server) => void server.middlewares.use(redirect),
  };
}

export default defineConfig(({ mode }) => {
  if (mode === 'lib') {
    return {
      plugins: [minifyTemplatesPlugin()],
      build: {
        outDir: 'dist/lib',
        emptyOutDir: true,
        lib: { entry: { index: 'src/index.ts', core: 'src/core.ts' }, formats: ['es'] },
        rolldownOptions: {
          external: [/^lit($|\/)/, /^@lit\//, 'decimal.js'],
          output: { chunkFileNames: 'chunks/[name]-[hash].js' },
        },
        sourcemap: true,
        minify: false,
      },
    };
  }
  if (mode === 'standalone') {
    return {
      plugins: [minifyTemplatesPlugin(), trimDecimalPlugin(), stripDescriptionsPlugin(), explicitMsgIdsPlugin()],
      define: { 'process.env.NODE_ENV': '"production"' },
      build: {
        outDir: 'dist/standalone',
        emptyOutDir: true,
        lib: { entry: { 'ips-benefits-calculator': 'src/ips-benefits-calculator.ts' }, formats: ['es'] },
        // allow-extension: what the main file and the on-demand views share stays in the main file
        // (the views import it from there) instead of going to a third file.
        rolldownOptions: { preserveEntrySignatures: 'allow-extension', output: { chunkFileNames: chunkName, minify: true } },
        // Terser (three passes) makes the files about 2.5 % smaller than the built-in minifier.
        minify: 'terser',
        terserOptions: { module: true, ecma: 2020, compress: { passes: 3 } },
      },
    };
  }
  return { plugins: [demoAtRoot()], server: { open: '/demo/' }, preview: { open: '/demo/' } };
});
