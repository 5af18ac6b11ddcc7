import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webDir = decodeURIComponent(new URL('.', import.meta.url).pathname);

export default defineConfig({
  root: webDir,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Libraries change rarely: in chunks of their own they stay cached across console releases.
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      output: {
        manualChunks: (id) => {
          if (/node_modules\/(echarts|zrender)\//.test(id)) return 'echarts';
          if (/node_modules\/(react|react-dom|scheduler)\//.test(id)) return 'react';
          if (id.includes('node_modules/leaflet/')) return 'leaflet';
          if (id.includes('node_modules/')) return 'antd';
          return undefined;
        },
      },
    },
  },
  // The dev server proxies the API, so `npx vite --config web/vite.config.ts` works against `npm start`.
  server: {
    proxy: Object.fromEntries(
      ['/auth', '/disputes', '/incidents', '/alerts', '/stats', '/boundary', '/jurisdictions'].map((path) => [
        path,
        'http://127.0.0.1:3000',
      ]),
    ),
  },
});
