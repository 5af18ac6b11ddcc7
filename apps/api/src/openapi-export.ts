import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildOpenApiDocument } from './openapi';

/** The committed document (from the repository root, where npm runs scripts); the console's types are generated from it. */
export const OPENAPI_FILE = resolve('docs/openapi.json');

export const serialiseDocument = (document: object): string => `${JSON.stringify(document, null, 2)}\n`;

async function main(): Promise<void> {
  writeFileSync(OPENAPI_FILE, serialiseDocument(await buildOpenApiDocument()));
  process.stdout.write(`wrote ${OPENAPI_FILE}\n`);
}

if (require.main === module) {
  main().catch((error: Error) => {
    process.stderr.write(`openapi export failed: ${error.stack ?? error.message}\n`);
    process.exit(1);
  });
}
