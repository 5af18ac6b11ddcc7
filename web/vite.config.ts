import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import react from '@vitejs/plugin-react';
import { type Plugin, defineConfig } from 'vite';

const webDir = decodeURIComponent(new URL('.', import.meta.url).pathname);
const publicDir = join(webDir, 'public');

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );

/**
 * Emits web/sw.js as sw.js with the app shell filled in: every built file and every public file (offline page,
 * manifest, icons), but not index.html, which the worker always fetches. The cache is named after a hash of
 * all their contents, so each release installs afresh.
 */
function serviceWorker(): Plugin {
  return {
    name: 'boundary-service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      const hash = createHash('sha256');
      const built = Object.values(bundle)
        .filter((file) => file.fileName !== 'index.html')
        .map((file) => {
          hash.update(file.type === 'chunk' ? file.code : file.source);
          return `/${file.fileName}`;
        });
      const published = filesUnder(publicDir).map((path) => {
        hash.update(readFileSync(path));
        return `/${relative(publicDir, path).split(sep).join('/')}`;
      });
      const source = readFileSync(join(webDir, 'sw.js'), 'utf8');
      hash.update(source);
      this.emitFile({
        type: 'asset',
        fileName: 'sw.js',
        source: source
          .replace('__SHELL_FILES__', JSON.stringify([...built, ...published].sort()))
          .replace('__SHELL_VERSION__', JSON.stringify(hash.digest('hex').slice(0, 16))),
      });
    },
  };
}

export default defineConfig({
  root: webDir,
  plugins: [react(), serviceWorker()],
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
