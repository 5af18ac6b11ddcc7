// The dev server's share of config/temporal-dynamic-config.yaml: each setting as a --dynamic-config-value flag.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from './services.mjs';

export function devServerSettingFlags() {
  const settings = parse(readFileSync(join(REPO_ROOT, 'config', 'temporal-dynamic-config.yaml'), 'utf8'));
  return Object.entries(settings).flatMap(([key, [{ value }]]) => [
    '--dynamic-config-value',
    `${key}=${JSON.stringify(value)}`,
  ]);
}
