import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** The web console: built into dist/web, which the server serves at `/`. */
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    // The first load is measured gzipped; the per-chunk warning is about raw size.
    chunkSizeWarningLimit: 1500,
  },
  server: {
    // `vite --config web/vite.config.ts` during development talks to a running server.
    proxy: { '/api': 'http://localhost:3000', '/health': 'http://localhost:3000' },
  },
});
