import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { buildOpenApiDocument } from './openapi';
import { OPENAPI_FILE, serialiseDocument } from './openapi-export';

// The console's types are generated in two committed steps (code → docs/openapi.json → web/src/api-types.gen.ts);
// each test names the command that brings its file up to date.
describe('committed OpenAPI files', () => {
  it('docs/openapi.json is the document the code describes (else: npm run openapi:export)', async () => {
    const fresh = serialiseDocument(await buildOpenApiDocument());
    expect(JSON.parse(readFileSync(OPENAPI_FILE, 'utf8'))).toEqual(JSON.parse(fresh));
    expect(readFileSync(OPENAPI_FILE, 'utf8')).toBe(fresh);
  });

  it('web/src/api-types.gen.ts is generated from docs/openapi.json (else: npm run openapi:types)', () => {
    expect(() =>
      execFileSync(process.execPath, ['scripts/openapi-types.mjs', '--check'], { stdio: 'pipe' }),
    ).not.toThrow();
  });
});
