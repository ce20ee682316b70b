import { defineConfig } from 'vite';
import { minifyTemplatesPlugin } from './scripts/minify-templates.js';
import { trimDecimalPlugin } from './scripts/trim-decimal.js';
import { stripDescriptionsPlugin } from './scripts/strip-descriptions.js';

/**
 * `npm start` serves the project root (the demo lives at /demo/).
 * `vite build --mode lib`: the ES module entry for bundlers (lit, @lit/localize, decimal.js external).
 * `vite build --mode standalone`: one module for a plain <script type="module"> on any page, with
 * everything inside except the French, Dutch and German locale chunks, loaded on demand beside it.
 */
/** Standalone files: `on-demand-*.js` (views the element asks for when it is put on a page), `locale-fr-*.js`… */
const chunkName = (chunk: { name: string }) => (chunk.name === 'on-demand' || chunk.name === 'handout' ? '[name]-[hash].js' : 'locale-[name]-[hash].js');

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
      plugins: [minifyTemplatesPlugin(), trimDecimalPlugin(), stripDescriptionsPlugin()],
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
  return { server: { open: '/demo/' }, preview: { open: '/demo/' } };
});
