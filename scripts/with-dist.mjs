#!/usr/bin/env node
// Runs a compiled file from dist/ with the tsconfig path aliases (@boundary/*) pointing into dist/.
// tsc does not rewrite aliases in its output, so without this `require('@boundary/workflows')` fails at runtime.
//
// Usage: node scripts/with-dist.mjs <file.js> [args...]
import { existsSync, readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function fail(message) {
  console.error(`✗ ${message}`);
  process.exit(1);
}

function readPaths() {
  const tsconfig = JSON.parse(readFileSync(join(repoRoot, 'tsconfig.json'), 'utf8'));
  return tsconfig.compilerOptions?.paths ?? {};
}

function registerDistPaths() {
  const requireFromRepo = createRequire(join(repoRoot, 'package.json'));
  let tsconfigPaths;
  try {
    tsconfigPaths = requireFromRepo('tsconfig-paths');
  } catch {
    fail('缺少 tsconfig-paths，请先运行 npm ci / tsconfig-paths is missing, run npm ci first');
  }
  // addMatchAll:false — otherwise every bare import (e.g. "pg") is first looked up under dist/.
  tsconfigPaths.register({ baseUrl: join(repoRoot, 'dist'), paths: readPaths(), addMatchAll: false });
}

function main() {
  const [target, ...args] = process.argv.slice(2);
  if (!target) fail('用法 / usage: node scripts/with-dist.mjs <file.js> [args...]');
  const file = resolve(target);
  if (!existsSync(file)) {
    fail(
      `找不到 ${relative(process.cwd(), file)}，请先运行 npm run build / not found, run npm run build first`,
    );
  }
  registerDistPaths();
  // Stack traces should point at the .ts sources (tsc emits source maps).
  process.setSourceMapsEnabled?.(true);
  // runMain loads the file as the process entry point, so `require.main === module` checks in CLIs still work.
  process.argv = [process.argv[0], file, ...args];
  if (typeof Module.runMain === 'function') Module.runMain();
  else createRequire(file)(file);
}

main();
