import { type OpenApiDocument, OpenApiResponseValidator } from './openapi-validator';

const json = (schema: object) => ({ content: { 'application/json': { schema } } });

const document: OpenApiDocument = {
  paths: {
    '/cases/{id}': {
      get: {
        responses: {
          200: json({ $ref: '#/components/schemas/Case' }),
          404: json({ type: 'object', properties: { error: { type: 'string' } } }),
        },
      },
    },
    '/cases/export': { get: { responses: { 200: json({ type: 'array', items: { type: 'string' } }) } } },
    '/cases/{id}/read': { post: { responses: { 200: {} } } },
    '/cases/map': {
      get: {
        responses: {
          200: {
            content: {
              'application/geo+json': {
                schema: { type: 'object', properties: { type: { enum: ['FeatureCollection'] } } },
              },
            },
          },
        },
      },
    },
  },
  components: {
    schemas: {
      Case: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          readAt: { type: 'string', format: 'date-time', nullable: true },
          status: { allOf: [{ $ref: '#/components/schemas/Status' }] },
        },
        required: ['id', 'readAt', 'status'],
      },
      Status: { type: 'string', enum: ['open', 'closed'] },
    },
  },
};

describe('OpenApiResponseValidator', () => {
  const validator = new OpenApiResponseValidator(document);
  const check = (method: string, url: string, status: number, body: unknown, type = 'application/json') =>
    validator.problems(method, url, status, type, body);

  it('accepts an answer the document describes, and records what was exercised', () => {
    expect(check('GET', '/cases/7?full=1', 200, { id: '7', readAt: null, status: 'open' })).toEqual([]);
    expect(check('GET', '/cases/export', 200, ['7'])).toEqual([]);
    expect([...validator.exercised]).toEqual(['GET /cases/{id} 200', 'GET /cases/export 200']);
  });

  it('refuses a route or method the document lacks', () => {
    expect(check('GET', '/incidents/7', 200, {})).toEqual(['GET /incidents/7 is not in the document']);
    expect(check('DELETE', '/cases/7', 200, {})).toEqual(['DELETE /cases/7 is not in the document']);
  });

  it('refuses a status the route does not declare', () => {
    expect(check('GET', '/cases/7', 409, {})).toEqual([
      'GET /cases/{id} answered 409, which the document does not declare (only 200, 404)',
    ]);
  });

  it('refuses a body that breaks the schema: a wrong value, a missing field, an undocumented field', () => {
    expect(
      check('GET', '/cases/7', 200, { id: '7', readAt: 'yesterday', status: 'lost', colour: 'red' }),
    ).toEqual([
      'GET /cases/{id} 200: body must NOT have additional properties (colour)',
      'GET /cases/{id} 200: body/readAt must match format "date-time"',
      'GET /cases/{id} 200: body/status must be equal to one of the allowed values',
    ]);
    expect(check('GET', '/cases/7', 404, {})).toEqual([]);
    expect(check('GET', '/cases/7', 200, { id: '7', status: 'open' })).toEqual([
      "GET /cases/{id} 200: body must have required property 'readAt'",
    ]);
  });

  it('refuses a declared status without a JSON schema, and a body that is not JSON', () => {
    expect(check('POST', '/cases/7/read', 200, {})).toEqual([
      'POST /cases/{id}/read 200 declares no JSON schema for its body',
    ]);
    expect(check('GET', '/cases/export', 200, 'x', 'text/html')).toEqual([
      'GET /cases/export 200 answered text/html, not application/json',
    ]);
  });

  it('checks a JSON answer of its own media type (GeoJSON) against the schema declared for that type', () => {
    const geoJson = 'application/geo+json; charset=utf-8';
    expect(check('GET', '/cases/map', 200, { type: 'FeatureCollection' }, geoJson)).toEqual([]);
    expect(check('GET', '/cases/map', 200, { type: 'FeatureCollection', crs: 'x' }, geoJson)).toEqual([
      'GET /cases/map 200: body must NOT have additional properties (crs)',
    ]);
    expect(check('GET', '/cases/map', 200, { type: 'FeatureCollection' })).toEqual([
      'GET /cases/map 200 answered application/json, not application/geo+json',
    ]);
  });
});
