import { defineConfig } from 'vite';

// `npm start` serves the project root; the demo lives at /demo/.
export default defineConfig({
  server: { open: '/demo/' },
  preview: { open: '/demo/' },
});
