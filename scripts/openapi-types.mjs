#!/usr/bin/env node
// The console's API types, generated from the committed OpenAPI document (npm run openapi:export writes it) and
// formatted with the repository's prettier settings, so lint takes the file as it is. A property with a default
// stays optional (`defaultNonNullable: false`): request bodies may leave it out.
//
// Usage: node scripts/openapi-types.mjs            write web/src/api-types.gen.ts
//        node scripts/openapi-types.mjs --check    exit 1 when the committed file differs from a fresh one
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import prettier from 'prettier';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const DOCUMENT = 'docs/openapi.json';
const TYPES = 'web/src/api-types.gen.ts';

const HEADER = `// 由 npm run openapi:types 自 ${DOCUMENT} 生成，请勿手改 / generated from ${DOCUMENT}: do not edit.
// Change the API's DTOs, then run npm run openapi:export && npm run openapi:types.

`;

async function generate() {
  const document = JSON.parse(readFileSync(join(repoRoot, DOCUMENT), 'utf8'));
  const source = HEADER + astToString(await openapiTS(document, { silent: true, defaultNonNullable: false }));
  const target = join(repoRoot, TYPES);
  return prettier.format(source, { ...(await prettier.resolveConfig(target)), filepath: target });
}

async function main() {
  const fresh = await generate();
  const target = join(repoRoot, TYPES);
  if (!process.argv.includes('--check')) {
    writeFileSync(target, fresh);
    console.log(`wrote ${TYPES}`);
    return;
  }
  let committed = '';
  try {
    committed = readFileSync(target, 'utf8');
  } catch {
    // A missing file is stale too.
  }
  if (committed !== fresh) {
    console.error(`✗ ${TYPES} 与 ${DOCUMENT} 不一致 / is stale: run npm run openapi:types`);
    process.exit(1);
  }
}

main().catch((error) => {
  console.error(`openapi types failed: ${error.stack ?? error.message}`);
  process.exit(1);
});
