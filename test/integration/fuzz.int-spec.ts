import fc from 'fast-check';
import { type Stack, newCase, startStack } from '../support/stack';

const INCIDENT_ROUTES = ['acknowledge', 'on-scene', 'sitreps', 'severity', 'resolve'];
const WRITE_ROUTES = [
  'report',
  'resolve-locally',
  'mediation/start',
  'mediation/rounds',
  'agreement',
  'close',
  'escalate',
  'withdraw',
];

/** No 5xx, and every refusal in the contract's error shape. */
const expectContractAnswer = (response: { status: number; body: unknown }) => {
  expect(response.status).toBeLessThan(500);
  if (response.status >= 400) expect(response.body).toHaveProperty('statusCode', response.status);
};

/** JSON-ish values, including the shapes validators trip over: nulls, nested arrays, huge numbers. */
const anyJson = fc.oneof(
  fc.jsonValue(),
  fc.dictionary(
    fc.constantFrom(
      'title',
      'parties',
      'tier',
      'summary',
      'outcome',
      'heldAt',
      'implemented',
      'reason',
      '__proto__',
      'constructor',
      'severity',
      'text',
      'note',
      'jurisdiction',
      'type',
      'members',
      'lineCode',
      'plannedFrom',
      'plannedTo',
      'teams',
      'archiveRef',
      'decision',
      'documentRef',
    ),
    fc.jsonValue(),
  ),
);

const validIntake = fc.record({
  title: fc.string({ minLength: 1, maxLength: 200 }).filter((s) => s.trim().length > 0),
  category: fc.constantFrom('land_acquisition', 'mining', 'water_works', 'forest_land', 'grassland', 'other'),
  parties: fc.array(
    fc.record({
      jurisdiction: fc.constantFrom('T01', 'T02', 'N01', 'D01'),
      name: fc.string({ minLength: 1, maxLength: 50 }).filter((s) => s.trim().length > 0),
    }),
    { minLength: 2, maxLength: 5 },
  ),
  ownerJurisdiction: fc.constant('T01'),
  description: fc.string({ minLength: 1, maxLength: 300 }).filter((s) => s.trim().length > 0),
  riskLevel: fc.constantFrom('low', 'medium', 'high'),
  tier: fc.constantFrom('village', 'township', 'district'),
  boundarySegment: fc.option(fc.string({ maxLength: 100 }), { nil: undefined }),
  markerIds: fc.option(fc.array(fc.string({ maxLength: 20 }), { maxLength: 5 }), { nil: undefined }),
  location: fc.option(
    fc.record({
      lat: fc.double({ min: -90, max: 90, noNaN: true }),
      lng: fc.double({ min: -180, max: 180, noNaN: true }),
    }),
    { nil: undefined },
  ),
  lineCode: fc.option(fc.constantFrom('L-D01-N01-1', 'L-D01-N01-2', 'L-T01-T02'), { nil: undefined }),
});

describe('fuzzing the write routes', () => {
  let stack: Stack;
  let caseId: string;
  let incidentId: string;
  beforeAll(async () => {
    stack = await startStack();
    const mediator = await stack.as('mediator.a');
    caseId = (await mediator.post('/disputes', newCase('T01')).expect(201)).body.id;
    const incident = {
      title: '对峙',
      type: 'confrontation',
      severity: 'IV',
      jurisdiction: 'T01',
      description: 'd',
    };
    incidentId = (await mediator.post('/incidents', incident).expect(201)).body.id;
  });
  afterAll(() => stack.stop());

  it('never answers 5xx to arbitrary bodies and idempotency keys on any write route', async () => {
    const token = await stack.token('mediator.a');
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          '/disputes',
          ...WRITE_ROUTES.map((route) => `/disputes/${caseId}/${route}`),
          '/incidents',
          ...INCIDENT_ROUTES.map((route) => `/incidents/${incidentId}/${route}`),
        ),
        anyJson,
        fc.option(fc.string({ maxLength: 220 }), { nil: undefined }),
        async (path, body, idempotencyKey) => {
          // Sent as raw JSON text: top-level primitives and nulls are part of what clients may send.
          const request = stack
            .http()
            .post(path)
            .set('authorization', `Bearer ${token}`)
            .set('content-type', 'application/json');
          // Header values must be printable for the HTTP client; the API judges what is left.
          const key = idempotencyKey?.replace(/[^\x20-\x7e]/g, '');
          if (key) request.set('idempotency-key', key);
          const response = await request.send(JSON.stringify(body));
          expect(response.status).toBeLessThan(500);
          // Some random bodies are valid writes (200); every refusal is in the contract's error shape.
          if (response.status >= 400) expect(response.body).toHaveProperty('statusCode', response.status);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('never answers 5xx to arbitrary bodies on the neighbouring-county routes, as a side bureau', async () => {
    const bureau = await stack.as('bureau');
    const inspectionId = (
      await bureau
        .post('/joint-inspections', {
          lineCode: 'L-D01-N01-1',
          title: '模糊测试联检',
          plannedFrom: '2026-12-01',
          plannedTo: '2026-12-31',
        })
        .expect(201)
    ).body.id;
    const token = await stack.token('bureau');
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          ['post', `/disputes/${caseId}/agreement/confirm`],
          ['put', `/disputes/${caseId}/joint-group`],
          ['post', `/disputes/${caseId}/decision`],
          ['post', '/joint-inspections'],
          ['post', `/joint-inspections/${inspectionId}/advance`],
          ['post', `/joint-inspections/${inspectionId}/sign`],
          ['post', `/joint-inspections/${inspectionId}/archive`],
        ),
        anyJson,
        async ([method, path], body) => {
          const send = method === 'put' ? stack.http().put(path) : stack.http().post(path);
          const response = await send
            .set('authorization', `Bearer ${token}`)
            .set('content-type', 'application/json')
            .send(JSON.stringify(body));
          expect(response.status).toBeLessThan(500);
          if (response.status >= 400) expect(response.body).toHaveProperty('statusCode', response.status);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('never answers 5xx to arbitrary query strings, ids and headers', async () => {
    const token = await stack.token('bureau');
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(
          fc.constantFrom('status', 'tier', 'jurisdiction', 'overdue', 'q', 'page', 'pageSize', 'x'),
          fc.string(),
        ),
        fc.string({ maxLength: 80 }),
        fc.constantFrom('en', 'zh-CN', '', '*', 'xx;q=oops'),
        async (query, id, language) => {
          const list = await stack
            .http()
            .get('/disputes')
            .query(query)
            .set('authorization', `Bearer ${token}`)
            .set('accept-language', language);
          expect(list.status).toBeLessThan(500);
          const one = await stack
            .http()
            .get(`/disputes/${encodeURIComponent(id)}`)
            .set('authorization', `Bearer ${token}`);
          expect(one.status).toBeLessThan(500);
          const badToken = await stack.http().get('/disputes').set('authorization', `Bearer ${id}`);
          expect(badToken.status).toBe(401);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('accepts every contract-valid intake body (never 400)', async () => {
    const bureau = await stack.as('bureau');
    await fc.assert(
      fc.asyncProperty(validIntake, async (body) => {
        const response = await bureau.post('/disputes', JSON.parse(JSON.stringify(body)));
        if (response.status !== 201) throw new Error(`${response.status} ${JSON.stringify(response.body)}`);
        expect(response.body.status).toBe('screening');
      }),
      { numRuns: 25 },
    );
  });
});

describe('fuzzing incident intake', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  it('accepts every contract-valid incident body (never 400) and resolves it', async () => {
    const bureau = await stack.as('bureau');
    const text = (max: number) =>
      fc.string({ minLength: 1, maxLength: max }).filter((s) => s.trim().length > 0);
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          title: text(200),
          type: text(64),
          severity: fc.constantFrom('I', 'II', 'III', 'IV'),
          jurisdiction: fc.constantFrom('T01', 'T02', 'D01'),
          description: text(300),
        }),
        async (body) => {
          const response = await bureau.post('/incidents', body);
          if (response.status !== 201) throw new Error(`${response.status} ${JSON.stringify(response.body)}`);
          expect(response.body).toMatchObject({ status: 'triggered', escalationStep: 0 });
          await bureau.post(`/incidents/${response.body.id}/resolve`, { summary: 'fuzz' }).expect(200);
        },
      ),
      { numRuns: 15 },
    );
  });
});

describe('fuzzing organisation and accounts', () => {
  let stack: Stack;
  let adminToken: string;
  const target = `fuzz.${Date.now().toString(36)}`;
  beforeAll(async () => {
    stack = await startStack();
    adminToken = await stack.token('admin');
    await (
      await stack.as('admin')
    )
      .post('/users', {
        username: target,
        displayName: '模糊测试',
        role: 'mediator',
        jurisdiction: 'T01',
        password: 'Issued2026',
      })
      .expect(201);
  });
  afterAll(() => stack.stop());

  const accountFields = fc.dictionary(
    fc.constantFrom(
      'username',
      'displayName',
      'role',
      'jurisdiction',
      'password',
      'phone',
      'disabled',
      'code',
      'name',
      'level',
      'parentCode',
      'firstResponsible',
      'directResponsible',
      'url',
      'wecomRobot',
      'dingtalkRobot',
      'secret',
      'action',
      'currentPassword',
      'newPassword',
      '__proto__',
    ),
    fc.oneof(fc.jsonValue(), fc.constantFrom('T01', 'D01', 'C01', 'admin', 'mediator', 'village', null)),
  );

  it('never answers 5xx to arbitrary bodies on the admin routes and the own-account routes', async () => {
    const userToken = (
      await stack.http().post('/auth/login').send({ username: target, password: 'Issued2026' }).expect(200)
    ).body.accessToken as string;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          ['post', '/users', adminToken],
          ['patch', `/users/${target}`, adminToken],
          ['post', `/users/${target}/reset-password`, adminToken],
          ['put', `/users/${target}/webhook`, adminToken],
          ['post', '/jurisdictions', adminToken],
          ['patch', '/jurisdictions/T02', adminToken],
          ['put', '/jurisdictions/NOPE/channels', adminToken],
          ['post', '/ack/AAAAAAAAAAAAAAAAforgedforgedforgedfo', userToken],
          ['post', '/auth/password', userToken],
          ['put', '/auth/webhook', userToken],
        ) as fc.Arbitrary<['post' | 'patch' | 'put', string, string]>,
        fc.oneof(anyJson, accountFields),
        async ([method, path, token], body) => {
          const http = stack.http();
          const response = await http[method](path)
            .set('authorization', `Bearer ${token}`)
            .set('content-type', 'application/json')
            .send(JSON.stringify(body));
          expect(response.status).toBeLessThan(500);
          if (response.status >= 400) expect(response.body).toHaveProperty('statusCode', response.status);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('never answers 5xx to arbitrary audit queries and account paths', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom('actor', 'action', 'from', 'to', 'page', 'pageSize', 'x'), fc.string()),
        fc.string({ maxLength: 80 }),
        async (query, id) => {
          const audit = await stack
            .http()
            .get('/audit')
            .query(query)
            .set('authorization', `Bearer ${adminToken}`);
          expect(audit.status).toBeLessThan(500);
          for (const path of [`/alerts/${encodeURIComponent(id)}`, `/ack/${encodeURIComponent(id)}`]) {
            const read = await stack.http().get(path).set('authorization', `Bearer ${adminToken}`);
            expect(read.status).toBeLessThan(500);
          }
          for (const path of [
            `/users/${encodeURIComponent(id)}`,
            `/jurisdictions/${encodeURIComponent(id)}`,
          ]) {
            const response = await stack
              .http()
              .patch(path)
              .set('authorization', `Bearer ${adminToken}`)
              .send({ displayName: '模糊' });
            expect(response.status).toBeLessThan(500);
          }
        },
      ),
      { numRuns: 80 },
    );
  });
});

/** Coordinates as clients send them: mostly plausible, sometimes out of range, huge, or not numbers at all. */
const coordinate = fc.oneof(
  fc.double({ min: -180, max: 180, noNaN: true }),
  fc.double({ noNaN: true }),
  fc.jsonValue(),
);
const position = fc.oneof(fc.array(coordinate, { minLength: 2, maxLength: 3 }), fc.jsonValue());
/** Fuzz features never reuse the demo codes, so the register other suites read stays as seeded. */
const fuzzCode = fc.oneof(
  fc.constantFrom('FZ-1', 'FZ-2', 'FZ-3'),
  fc.string({ maxLength: 40 }),
  fc.jsonValue(),
);
const feature = fc.record(
  {
    type: fc.oneof(fc.constant('Feature'), fc.jsonValue()),
    geometry: fc.oneof(
      fc.record({ type: fc.constant('LineString'), coordinates: fc.array(position, { maxLength: 6 }) }),
      fc.record({ type: fc.constant('Point'), coordinates: position }),
      fc.jsonValue(),
    ),
    properties: fc.record(
      {
        code: fuzzCode,
        name: fc.oneof(fc.string({ maxLength: 30 }), fc.jsonValue()),
        level: fc.oneof(fc.constantFrom('county', 'township', 'provincial'), fc.jsonValue()),
        sides: fc.oneof(
          fc.array(fc.constantFrom('D01', 'N01', 'T01', 'T02', 'X'), { maxLength: 3 }),
          fc.jsonValue(),
        ),
        townships: fc.oneof(fc.array(fc.constantFrom('T01', 'T02', 'D01'), { maxLength: 2 }), fc.jsonValue()),
        lineCode: fuzzCode,
        type: fc.oneof(fc.constantFrom('single', 'double', 'triple'), fc.jsonValue()),
        responsibleSide: fc.constantFrom('D01', 'N01', 'T01', 'Z'),
        status: fc.oneof(fc.constantFrom('intact', 'tilted', 'lost'), fc.jsonValue()),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
);

describe('fuzzing the boundary register', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  it('never answers 5xx to arbitrary bodies on the register write routes', async () => {
    const token = await stack.token('bureau');
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          '/boundary/lines',
          '/boundary/markers',
          '/boundary/import',
          '/boundary/markers/JZ-01/status',
        ),
        fc.oneof(
          anyJson,
          feature,
          fc.record({ type: fc.constant('FeatureCollection'), features: fc.jsonValue() }),
        ),
        async (path, body) => {
          const response = await stack
            .http()
            .post(path)
            .set('authorization', `Bearer ${token}`)
            .set('content-type', 'application/json')
            .send(JSON.stringify(body));
          expectContractAnswer(response);
        },
      ),
      { numRuns: 120 },
    );
  });

  it('imports arbitrary feature collections all or nothing: 200 with counts, or a 400 naming a feature', async () => {
    const bureau = await stack.as('bureau');
    await fc.assert(
      fc.asyncProperty(fc.array(feature, { maxLength: 6 }), async (features) => {
        const response = await bureau.post(
          '/boundary/import',
          JSON.parse(JSON.stringify({ type: 'FeatureCollection', features })),
        );
        expectContractAnswer(response);
        if (response.status === 200)
          expect(response.body).toEqual({ lines: expect.any(Number), markers: expect.any(Number) });
        if (response.status === 400 && features.length > 0) {
          expect(response.body.details[0]).toHaveProperty('feature');
        }
      }),
      { numRuns: 150 },
    );
  });

  it('never answers 5xx to arbitrary register and near= queries', async () => {
    const token = await stack.token('mediator.a');
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('/boundary/markers', '/boundary/lines', '/disputes', '/incidents'),
        fc.dictionary(
          fc.constantFrom('near', 'line', 'status', 'jurisdiction', 'page', 'pageSize'),
          fc.string(),
        ),
        fc.string({ maxLength: 60 }),
        async (path, query, code) => {
          expectContractAnswer(
            await stack.http().get(path).query(query).set('authorization', `Bearer ${token}`),
          );
          for (const one of ['/boundary/markers/', '/boundary/lines/']) {
            const response = await stack
              .http()
              .get(`${one}${encodeURIComponent(code)}`)
              .set('authorization', `Bearer ${token}`);
            expectContractAnswer(response);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('fuzzing patrols and the problem ledger', () => {
  let stack: Stack;
  let findingId: string;
  let planId: string;
  beforeAll(async () => {
    stack = await startStack();
    const patrol = await (
      await stack.as('mediator.a')
    )
      .post('/patrols', {
        lineCode: 'L-D01-N01-1',
        startedAt: '2026-11-20T01:00:00Z',
        endedAt: '2026-11-20T02:00:00Z',
        team: ['张三'],
        markers: [{ code: 'JZ-06', condition: 'tilted' }],
      })
      .expect(201);
    findingId = patrol.body.findingIds[0];
    planId = (
      await (
        await stack.as('bureau')
      )
        .post('/patrol-plans', {
          title: '模糊测试计划',
          dueAt: new Date(Date.now() + 86_400_000).toISOString(),
          targets: [{ jurisdiction: 'T01', lineCodes: ['L-T01-T02'], markerCodes: [] }],
        })
        .expect(201)
    ).body.id;
  });
  afterAll(() => stack.stop());

  const ledgerJson = fc.oneof(
    anyJson,
    fc.dictionary(
      fc.constantFrom(
        'planId',
        'lineCode',
        'startedAt',
        'endedAt',
        'team',
        'track',
        'markers',
        'findings',
        'assignee',
        'dueAt',
        'summary',
        'repair',
        'accepted',
        'note',
        'severity',
        'title',
        'targets',
        'kind',
        'description',
        'jurisdiction',
        'markerCode',
        'location',
        'foundAt',
      ),
      fc.oneof(
        fc.jsonValue(),
        fc.constantFrom('L-D01-N01-1', 'JZ-01', 'mediator.a', '2026-11-20T01:00:00Z', 'III', 'T01', 'marker'),
        fc.array(fc.record({ code: fc.constantFrom('JZ-01', 'JZ-99'), condition: fc.string() })),
        fc.record({ work: fc.string(), cost: fc.double(), days: fc.integer() }),
      ),
    ),
  );

  it('never answers 5xx to arbitrary bodies on the ledger write routes', async () => {
    const tokens = { mediator: await stack.token('mediator.a'), bureau: await stack.token('bureau') };
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          '/patrols',
          '/patrol-plans',
          '/findings',
          ...['assign', 'start', 'submit', 'verify', 'dispute', 'incident'].map(
            (a) => `/findings/${findingId}/${a}`,
          ),
        ),
        fc.constantFrom<keyof typeof tokens>('mediator', 'bureau'),
        ledgerJson,
        async (path, who, body) => {
          const response = await stack
            .http()
            .post(path)
            .set('authorization', `Bearer ${tokens[who]}`)
            .set('content-type', 'application/json')
            .send(JSON.stringify(body));
          expectContractAnswer(response);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('never answers 5xx to arbitrary ledger queries and ids', async () => {
    const token = await stack.token('bureau');
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('/findings', '/patrols', '/patrol-plans', '/findings/export'),
        fc.dictionary(
          fc.constantFrom(
            'status',
            'kind',
            'jurisdiction',
            'markerCode',
            'overdue',
            'planId',
            'format',
            'page',
            'pageSize',
          ),
          fc.string(),
        ),
        fc.string({ maxLength: 80 }),
        async (path, query, id) => {
          expectContractAnswer(
            await stack.http().get(path).query(query).set('authorization', `Bearer ${token}`),
          );
          for (const one of ['/findings/', '/patrols/', '/patrol-plans/']) {
            expectContractAnswer(
              await stack
                .http()
                .get(`${one}${encodeURIComponent(id)}`)
                .set('authorization', `Bearer ${token}`),
            );
          }
        },
      ),
      { numRuns: 100 },
    );
    expect(planId).toBeDefined();
  });
});
