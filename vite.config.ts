// The web app: a small React SPA built into dist/web, which the server serves.
// No external requests of any kind (no CDN, web fonts or analytics): everything ships from here.
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  // Absolute, so `kindred serve` can build from any working directory.
  root: fileURLToPath(new URL('./src/web', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    sourcemap: false,
    reportCompressedSize: true,
  },
  server: {
    // For `vite` on its own: forward the API and the server-rendered help page.
    proxy: {
      '/api': 'http://localhost:3000',
      '/help': 'http://localhost:3000',
    },
  },
});
