// The web console's build: `npm start` and the browser tests build it only when its sources changed.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, run } from './services.mjs';

const BUILT_INDEX = 'web/dist/index.html';
// The console bundles the pure status tables of the workflows and the register's vocabulary, so a change there
// needs a new build too.
const SOURCES = [
  'web/src',
  'web/public',
  'web/sw.js',
  'web/index.html',
  'web/vite.config.ts',
  'libs/workflows/src/disputes/rules.ts',
  'libs/workflows/src/incidents/rules.ts',
  'libs/persistence/src/boundary/model.ts',
];

function newestMtimeMs(path) {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtimeMs(join(path, name))));
}

/** Runs `npm run build:web` when web/dist is missing or older than the console's sources. */
export async function ensureWebBuilt({ log = () => {} } = {}) {
  const built = newestMtimeMs(join(REPO_ROOT, BUILT_INDEX));
  const sources = Math.max(...SOURCES.map((path) => newestMtimeMs(join(REPO_ROOT, path))));
  if (built > 0 && built >= sources) return;
  log('构建网页控制台 / building the web console (npm run build:web)');
  // Vite builds for whatever NODE_ENV says, and the browser tests run under NODE_ENV=test: the console is
  // always built as it ships (a development build would, for one, never register its service worker).
  await run('npm', ['run', '--silent', 'build:web'], {
    env: { ...process.env, NODE_ENV: 'production' },
    label: 'npm run build:web',
  });
}
