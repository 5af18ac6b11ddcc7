// The dev server's share of config/temporal-dynamic-config.yaml: each setting as a --dynamic-config-value flag.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, requireFromRepo } from './services.mjs';

export function devServerSettingFlags() {
  // Loaded when used: `npm start` imports this file before it has installed the dependencies.
  const { parse } = requireFromRepo('yaml');
  const settings = parse(readFileSync(join(REPO_ROOT, 'config', 'temporal-dynamic-config.yaml'), 'utf8'));
  return Object.entries(settings).flatMap(([key, [{ value }]]) => [
    '--dynamic-config-value',
    `${key}=${JSON.stringify(value)}`,
  ]);
}
