import { defineConfig } from 'vite';
import { minifyTemplatesPlugin } from './scripts/minify-templates.js';

/**
 * `npm start` serves the project root (the demo lives at /demo/).
 * `vite build --mode lib`: the ES module entry for bundlers (lit, @lit/localize, decimal.js external).
 * `vite build --mode standalone`: one module for a plain <script type="module"> on any page, with
 * everything inside except the French and Dutch locale chunks, loaded on demand beside it.
 */
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
      plugins: [minifyTemplatesPlugin()],
      define: { 'process.env.NODE_ENV': '"production"' },
      build: {
        outDir: 'dist/standalone',
        emptyOutDir: true,
        lib: { entry: { 'ips-benefits-calculator': 'src/ips-benefits-calculator.ts' }, formats: ['es'] },
        rolldownOptions: { output: { chunkFileNames: 'locale-[name]-[hash].js', minify: true } },
        minify: true,
      },
    };
  }
  return { server: { open: '/demo/' }, preview: { open: '/demo/' } };
});
