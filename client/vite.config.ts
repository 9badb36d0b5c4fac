import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API server (server/) listens on PORT, 8787 by default; the dev server proxies to it so
// the app is same-origin in development just as it is when the server serves client/dist.
// PLANROOM_SERVER points it elsewhere (e.g. http://localhost:8790).
const target = process.env.PLANROOM_SERVER ?? 'http://localhost:8787';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/api': target,
      '/health': target,
      '/ws': { target, ws: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1000,
  },
});
