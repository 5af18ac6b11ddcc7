import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ACK_PATH, ROUTES } from '../../web/src/routes';

const firstSegment = (path: string) => path.split('/')[1];

describe('the console route table', () => {
  it('shares no first path segment with the API, so a reload or a shared link opens the console page', () => {
    const document = JSON.parse(readFileSync(join(__dirname, '../../docs/openapi.json'), 'utf8')) as {
      paths: Record<string, unknown>;
    };
    const apiRoots = new Set(Object.keys(document.paths).map(firstSegment));
    expect(
      [...ROUTES.map((route) => route.path), ACK_PATH].filter((path) => apiRoots.has(firstSegment(path))),
    ).toEqual([]);
  });
});
