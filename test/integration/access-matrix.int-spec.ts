import { type Stack, newCase, round, startStack } from '../support/stack';

type Who = 'anonymous' | 'mediator.a' | 'mediator.b' | 'bureau' | 'leader' | 'admin';
const EVERYONE: Who[] = ['anonymous', 'mediator.a', 'mediator.b', 'bureau', 'leader', 'admin'];

/**
 * Role × route × jurisdiction for a case owned by township T01. Writes are probed on a withdrawn case, so a
 * caller who passes the access rules gets 409 (the state refuses) and nothing changes between cells.
 */
const WRITES: [string, object][] = [
  ['report', { tier: 'township', summary: 's' }],
  ['resolve-locally', { summary: 's' }],
  ['mediation/start', { mediators: ['m'] }],
  ['mediation/rounds', round('progress')],
  ['agreement', { terms: 't', signatories: ['a'], signedAt: '2026-11-25T00:00:00Z' }],
  ['close', { implemented: true, archiveRef: 'A-1' }],
  ['escalate', { reason: 'r' }],
  ['withdraw', { reason: 'r' }],
];

const WRITE_STATUS: Record<Who, number> = {
  anonymous: 401,
  'mediator.a': 409,
  'mediator.b': 404,
  bureau: 409,
  leader: 403,
  admin: 403,
};
const READ_STATUS: Record<Who, number> = {
  anonymous: 401,
  'mediator.a': 200,
  'mediator.b': 404,
  bureau: 200,
  leader: 200,
  admin: 200,
};
const READ_STATUS_ALL: Record<Who, number> = { ...READ_STATUS, 'mediator.b': 200 };
const CREATE_T01_STATUS: Record<Who, number> = {
  anonymous: 401,
  'mediator.a': 201,
  'mediator.b': 403,
  bureau: 201,
  leader: 403,
  admin: 403,
};

describe('access matrix for dispute cases', () => {
  let stack: Stack;
  let caseId: string;

  beforeAll(async () => {
    stack = await startStack();
    const mediator = await stack.as('mediator.a');
    caseId = (await mediator.post('/disputes', newCase('T01')).expect(201)).body.id;
    await mediator.post(`/disputes/${caseId}/withdraw`, { reason: '矩阵测试' }).expect(200);
  });
  afterAll(() => stack.stop());

  const call = async (who: Who, method: 'get' | 'post', path: string, body?: object) => {
    if (who === 'anonymous') {
      const test =
        method === 'get'
          ? stack.http().get(path)
          : stack
              .http()
              .post(path)
              .send(body ?? {});
      return test;
    }
    const caller = await stack.as(who);
    return method === 'get' ? caller.get(path) : caller.post(path, body);
  };

  describe.each(EVERYONE)('%s', (who) => {
    it.each(WRITES)(`POST /disputes/:id/%s answers ${WRITE_STATUS[who]}`, async (action, body) => {
      const response = await call(who, 'post', `/disputes/${caseId}/${action}`, body);
      expect(response.status).toBe(WRITE_STATUS[who]);
      expect(response.body.statusCode).toBe(WRITE_STATUS[who]);
    });

    it.each(['', '/timeline'])(`GET /disputes/:id%s answers ${READ_STATUS[who]}`, async (suffix) => {
      const response = await call(who, 'get', `/disputes/${caseId}${suffix}`);
      expect(response.status).toBe(READ_STATUS[who]);
    });

    it(`POST /disputes for township T01 answers ${CREATE_T01_STATUS[who]}`, async () => {
      const response = await call(who, 'post', '/disputes', newCase('T01'));
      expect(response.status).toBe(CREATE_T01_STATUS[who]);
    });

    it(`GET /disputes and GET /alerts answer ${who === 'anonymous' ? 401 : 200}`, async () => {
      for (const path of ['/disputes', '/alerts']) {
        const response = await call(who, 'get', path);
        expect(response.status).toBe(who === 'anonymous' ? 401 : 200);
      }
    });
  });

  it('lists only the callers own township to a mediator, the district to bureau and leader', async () => {
    await (await stack.as('mediator.b')).post('/disputes', newCase('T02')).expect(201);
    for (const [who, allowed] of [
      ['mediator.a', ['T01']],
      ['mediator.b', ['T02']],
      ['bureau', ['T01', 'T02']],
      ['leader', ['T01', 'T02']],
    ] as const) {
      const list = await (await stack.as(who)).get('/disputes?pageSize=100');
      const owners = new Set(list.body.items.map((c: { ownerJurisdiction: string }) => c.ownerJurisdiction));
      expect([...owners].sort()).toEqual([...allowed]);
    }
  });
});

/** The same matrix for incidents; writes are probed on a resolved incident (409 for whoever may write). */
const INCIDENT_WRITES: [string, object][] = [
  ['acknowledge', { note: 'n' }],
  ['on-scene', { note: 'n' }],
  ['sitreps', { text: '现场平稳' }],
  ['severity', { severity: 'I', reason: 'r' }],
  ['resolve', { summary: 's' }],
];
const INCIDENT_WRITE_STATUS: Record<Who, number> = {
  anonymous: 401,
  'mediator.a': 409,
  'mediator.b': 404,
  bureau: 409,
  leader: 409,
  admin: 403,
};
const INCIDENT_CREATE_T01_STATUS: Record<Who, number> = {
  anonymous: 401,
  'mediator.a': 201,
  'mediator.b': 403,
  bureau: 201,
  leader: 201,
  admin: 403,
};

const newIncident = (jurisdiction = 'T01') => ({
  title: '界桩处村民聚集',
  type: 'mass_gathering',
  severity: 'IV',
  jurisdiction,
  description: '约二十名村民在13号界桩处聚集',
});

describe('access matrix for incidents', () => {
  let stack: Stack;
  let incidentId: string;

  beforeAll(async () => {
    stack = await startStack();
    const mediator = await stack.as('mediator.a');
    incidentId = (await mediator.post('/incidents', newIncident()).expect(201)).body.id;
    await mediator.post(`/incidents/${incidentId}/resolve`, { summary: '矩阵测试' }).expect(200);
  });
  afterAll(() => stack.stop());

  const call = async (who: Who, method: 'get' | 'post', path: string, body?: object) => {
    if (who === 'anonymous')
      return method === 'get'
        ? stack.http().get(path)
        : stack
            .http()
            .post(path)
            .send(body ?? {});
    const caller = await stack.as(who);
    return method === 'get' ? caller.get(path) : caller.post(path, body);
  };

  describe.each(EVERYONE)('%s', (who) => {
    it.each(INCIDENT_WRITES)(
      `POST /incidents/:id/%s answers ${INCIDENT_WRITE_STATUS[who]}`,
      async (action, body) => {
        const response = await call(who, 'post', `/incidents/${incidentId}/${action}`, body);
        expect(response.status).toBe(INCIDENT_WRITE_STATUS[who]);
      },
    );

    it.each(['', '/timeline'])(`GET /incidents/:id%s answers ${READ_STATUS[who]}`, async (suffix) => {
      const response = await call(who, 'get', `/incidents/${incidentId}${suffix}`);
      expect(response.status).toBe(READ_STATUS[who]);
    });

    it(`POST /incidents for township T01 answers ${INCIDENT_CREATE_T01_STATUS[who]}`, async () => {
      const response = await call(who, 'post', '/incidents', newIncident());
      expect(response.status).toBe(INCIDENT_CREATE_T01_STATUS[who]);
      if (response.status === 201) {
        await (
          await stack.as('bureau')
        )
          .post(`/incidents/${response.body.id}/resolve`, { summary: 'end' })
          .expect(200);
      }
    });
  });
});

/**
 * Organisation and accounts: administrators only, 403 for every other role, 401 without a token. The admin's
 * probes are refused by the data (404 for nobody, 409 for a taken code, 400 for an empty body), so no cell
 * changes anything; the routes every signed-in user has are probed with a wrong current password or bad URL.
 */
const ADMIN_ROUTES: [method: 'get' | 'post' | 'patch' | 'put', path: string, body: object, admin: number][] =
  [
    ['get', '/users', {}, 200],
    ['post', '/users', {}, 400],
    ['patch', '/users/nobody-here', { displayName: '无人' }, 404],
    ['post', '/users/nobody-here/reset-password', { password: 'Reset2026' }, 404],
    ['put', '/users/nobody-here/webhook', { url: null }, 404],
    ['post', '/jurisdictions', { code: 'T01', name: '东坪镇', level: 'township', parentCode: 'D01' }, 409],
    ['patch', '/jurisdictions/NOPE', { name: '无' }, 404],
    ['put', '/jurisdictions/NOPE/channels', {}, 404],
    ['get', '/audit', {}, 200],
  ];
const SIGNED_IN_ROUTES: [method: 'post' | 'put', path: string, body: object][] = [
  ['post', '/auth/password', { currentPassword: 'not-the-password', newPassword: 'Another2026' }],
  ['put', '/auth/webhook', { url: 'ftp://example.invalid/' }],
];
/** Every demo user, the neighbouring county's and the city's included. */
type AccountCaller = Who | 'bureau.n01' | 'mediator.c' | 'city';
const ACCOUNT_USERS: AccountCaller[] = [...EVERYONE, 'bureau.n01', 'mediator.c', 'city'];

describe('access matrix for organisation and accounts', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  const call = async (
    who: AccountCaller,
    method: 'get' | 'post' | 'patch' | 'put',
    path: string,
    body: object,
  ) => {
    const test = stack.http()[method](path);
    if (who !== 'anonymous') test.set('authorization', `Bearer ${await stack.token(who)}`);
    return method === 'get' ? test : test.send(body);
  };

  describe.each(ACCOUNT_USERS)('%s', (who) => {
    it.each(ADMIN_ROUTES)('%s %s', async (method, path, body, adminStatus) => {
      const expected = who === 'anonymous' ? 401 : who === 'admin' ? adminStatus : 403;
      const response = await call(who, method, path, body);
      expect(response.status).toBe(expected);
      if (expected === 403) expect(response.body.error).toBe('FORBIDDEN');
    });

    it.each(SIGNED_IN_ROUTES)('%s %s', async (method, path, body) => {
      const response = await call(who, method, path, body);
      expect(response.status).toBe(who === 'anonymous' ? 401 : 400);
    });

    it(`GET /jurisdictions answers ${who === 'anonymous' ? 401 : 200}`, async () => {
      expect((await call(who, 'get', '/jurisdictions', {})).status).toBe(who === 'anonymous' ? 401 : 200);
    });

    it(`GET /alerts/:id of another's or no alert answers ${who === 'anonymous' ? 401 : 404}`, async () => {
      const response = await call(who, 'get', '/alerts/00000000-0000-4000-8000-000000000000', {});
      expect(response.status).toBe(who === 'anonymous' ? 401 : 404);
    });

    it('GET /events answers 401 without a token, and streams with one', async () => {
      if (who === 'anonymous') {
        expect((await call(who, 'get', '/events', {})).status).toBe(401);
        return;
      }
      const response = await stack
        .http()
        .get('/events')
        .query({ access_token: await stack.token(who) })
        .buffer(false)
        .parse((res, done) => {
          res.once('data', () => (res as unknown as { destroy(): void }).destroy());
          res.on('close', () => done(null, null));
        });
      expect(response.status).toBe(200);
    });

    it('GET and POST /ack/:token answer 404 to anyone for a forged link', async () => {
      expect((await call(who, 'get', '/ack/AAAAAAAAAAAAAAAAforgedforgedforgedfo', {})).status).toBe(404);
      expect(
        (await call(who, 'post', '/ack/AAAAAAAAAAAAAAAAforgedforgedforgedfo', { action: 'acknowledge' }))
          .status,
      ).toBe(404);
    });
  });
});

/**
 * The same matrix for the boundary register. Writes re-create what exists (409 for whoever may write) or
 * import nothing, so no cell changes the register; a status report only adds to a marker's history.
 */
const REGISTER_WRITE_STATUS = (allowed: number): Record<Who, number> => ({
  anonymous: 401,
  'mediator.a': 403,
  'mediator.b': 403,
  bureau: allowed,
  leader: 403,
  admin: allowed,
});
const REGISTER_WRITES: [string, object, Record<Who, number>][] = [
  [
    '/boundary/lines',
    {
      code: 'L-T01-T02',
      name: '东坪镇—西河乡界线',
      level: 'township',
      sides: ['T01', 'T02'],
      geometry: {
        type: 'LineString',
        coordinates: [
          [112.553, 27.9275],
          [112.5541, 27.935],
        ],
      },
    },
    REGISTER_WRITE_STATUS(409),
  ],
  [
    '/boundary/markers',
    {
      code: 'JZ-01',
      lineCode: 'L-D01-N01-1',
      type: 'single',
      location: { lat: 27.942, lng: 112.5 },
      responsibleSide: 'D01',
    },
    REGISTER_WRITE_STATUS(409),
  ],
  ['/boundary/import', { type: 'FeatureCollection', features: [] }, REGISTER_WRITE_STATUS(200)],
  [
    '/boundary/markers/JZ-01/status',
    { status: 'intact', source: 'patrol', ref: 'XC-MATRIX' },
    { ...REGISTER_WRITE_STATUS(200), 'mediator.a': 200, 'mediator.b': 404 },
  ],
];
/** JZ-01 stands on the county line along T01: mediator.b does not see it. */
const REGISTER_READS: [string, Record<Who, number>][] = [
  ...[
    '/boundary/lines',
    '/boundary/lines/L-T01-T02',
    '/boundary/markers',
    '/boundary/export',
    '/boundary/basemap',
  ].map((path): [string, Record<Who, number>] => [path, READ_STATUS_ALL]),
  ...['/boundary/lines/L-D01-N01-1', '/boundary/markers/JZ-01'].map((path): [string, Record<Who, number>] => [
    path,
    READ_STATUS,
  ]),
];

describe('access matrix for the boundary register', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  const call = async (who: Who, method: 'get' | 'post', path: string, body?: object) => {
    if (who === 'anonymous')
      return method === 'get'
        ? stack.http().get(path)
        : stack
            .http()
            .post(path)
            .send(body ?? {});
    const caller = await stack.as(who);
    return method === 'get' ? caller.get(path) : caller.post(path, body);
  };

  describe.each(EVERYONE)('%s', (who) => {
    it.each(REGISTER_WRITES)(`POST %s`, async (path, body, statuses) => {
      const response = await call(who, 'post', path, body);
      expect(response.status).toBe(statuses[who]);
    });

    it.each(REGISTER_READS)(`GET %s`, async (path, statuses) => {
      const response = await call(who, 'get', path);
      expect(response.status).toBe(statuses[who]);
    });
  });
});

/**
 * The problem ledger, for a finding of township T01 and a plan over T01: writes are probed on a closed
 * finding, so whoever passes the access rules gets 409 and nothing changes between cells.
 */
const ONLY_BUREAU: Record<Who, number> = {
  anonymous: 401,
  'mediator.a': 403,
  'mediator.b': 403,
  bureau: 409,
  leader: 403,
  admin: 403,
};
const LEDGER_WRITES: [string, object, Record<Who, number>][] = [
  ['assign', { assignee: 'mediator.a' }, ONLY_BUREAU],
  ['start', {}, WRITE_STATUS],
  ['submit', { summary: 's' }, WRITE_STATUS],
  ['verify', { accepted: true, note: 'n' }, ONLY_BUREAU],
  ['dispute', {}, WRITE_STATUS],
  ['incident', { severity: 'IV', title: 't' }, WRITE_STATUS],
];
const LEDGER_LISTS = ['/findings', '/patrols', '/patrol-plans', '/findings/export?format=xlsx'];
const LEDGER_CREATES: [string, () => object, Record<Who, number>][] = [
  [
    '/patrols',
    () => ({
      lineCode: 'L-D01-N01-1',
      startedAt: '2026-11-20T01:00:00Z',
      endedAt: '2026-11-20T02:00:00Z',
      team: ['张三'],
      markers: [{ code: 'JZ-01', condition: 'intact' }],
    }),
    { anonymous: 401, 'mediator.a': 201, 'mediator.b': 400, bureau: 201, leader: 403, admin: 403 },
  ],
  [
    '/patrol-plans',
    () => ({
      title: '矩阵测试计划',
      dueAt: new Date(Date.now() + 86_400_000).toISOString(),
      targets: [{ jurisdiction: 'T01', lineCodes: [], markerCodes: ['JZ-01'] }],
    }),
    { anonymous: 401, 'mediator.a': 403, 'mediator.b': 403, bureau: 201, leader: 403, admin: 403 },
  ],
  [
    '/findings',
    () => ({ kind: 'other', description: '矩阵测试：群众反映界线附近堆放杂物', jurisdiction: 'T01' }),
    { anonymous: 401, 'mediator.a': 201, 'mediator.b': 403, bureau: 201, leader: 403, admin: 403 },
  ],
];

describe('access matrix for patrols and the problem ledger', () => {
  let stack: Stack;
  let findingId: string;
  let patrolId: string;
  let planId: string;
  beforeAll(async () => {
    stack = await startStack();
    const mediator = await stack.as('mediator.a');
    const bureau = await stack.as('bureau');
    planId = (await bureau.post('/patrol-plans', LEDGER_CREATES[1][1]()).expect(201)).body.id;
    const patrol = await mediator
      .post('/patrols', { ...LEDGER_CREATES[0][1](), markers: [{ code: 'JZ-08', condition: 'damaged' }] })
      .expect(201);
    patrolId = patrol.body.id;
    findingId = patrol.body.findingIds[0];
    await bureau.post(`/findings/${findingId}/assign`, { assignee: 'mediator.a' }).expect(200);
    await mediator.post(`/findings/${findingId}/start`, {}).expect(200);
    await mediator.post(`/findings/${findingId}/submit`, { summary: '已清理' }).expect(200);
    await bureau.post(`/findings/${findingId}/verify`, { accepted: true, note: '矩阵测试' }).expect(200);
  });
  afterAll(() => stack.stop());

  const call = async (who: Who, method: 'get' | 'post', path: string, body?: object) => {
    if (who === 'anonymous') {
      return method === 'get'
        ? stack.http().get(path)
        : stack
            .http()
            .post(path)
            .send(body ?? {});
    }
    const caller = await stack.as(who);
    return method === 'get' ? caller.get(path) : caller.post(path, body);
  };

  describe.each(EVERYONE)('%s', (who) => {
    it.each(LEDGER_WRITES)('POST /findings/:id/%s', async (action, body, statuses) => {
      const response = await call(who, 'post', `/findings/${findingId}/${action}`, body);
      expect(response.status).toBe(statuses[who]);
    });

    it('reads the finding, its timeline, the patrol and the plan within scope', async () => {
      for (const path of [
        `/findings/${findingId}`,
        `/findings/${findingId}/timeline`,
        `/patrols/${patrolId}`,
        `/patrol-plans/${planId}`,
        `/patrol-plans/${planId}/timeline`,
      ]) {
        expect([path, (await call(who, 'get', path)).status]).toEqual([path, READ_STATUS[who]]);
      }
    });

    it('lists the ledger, patrols and plans when signed in', async () => {
      for (const path of LEDGER_LISTS) {
        expect([path, (await call(who, 'get', path)).status]).toEqual([
          path,
          who === 'anonymous' ? 401 : 200,
        ]);
      }
    });

    it.each(LEDGER_CREATES)('POST %s', async (path, body, statuses) => {
      expect((await call(who, 'post', path, body())).status).toBe(statuses[who]);
    });
  });

  it('lists a mediator only its township’s findings', async () => {
    const list = await (await stack.as('mediator.b')).get(`/findings?pageSize=100`).expect(200);
    expect(list.body.items.map((item: { id: string }) => item.id)).not.toContain(findingId);
  });
});

/**
 * Across the two counties and the city (API.md "Working with the neighbouring county"): a withdrawn
 * cross-county case between T01 and N0101, and an archived joint inspection of the D01–N01 line, so a caller
 * who passes the access rules gets 409 and no cell changes anything.
 */
type CountyCaller = Who | 'bureau.n01' | 'mediator.c' | 'city';
const COUNTY_CALLERS: CountyCaller[] = [...EVERYONE, 'bureau.n01', 'mediator.c', 'city'];
const statuses = (
  base: number,
  overrides: Partial<Record<CountyCaller, number>>,
): Record<CountyCaller, number> => ({
  ...(Object.fromEntries(COUNTY_CALLERS.map((who) => [who, base])) as Record<CountyCaller, number>),
  anonymous: 401,
  ...overrides,
});
const CROSS_CASE_READ = statuses(404, {
  'mediator.a': 200,
  bureau: 200,
  leader: 200,
  admin: 200,
  'bureau.n01': 200,
});
/** A step of the case: the writers who see it are refused by its status; leader and admin never write. */
const CROSS_CASE_STEP = statuses(404, {
  'mediator.a': 409,
  bureau: 409,
  'bureau.n01': 409,
  leader: 403,
  admin: 403,
});
/** A side's bureau only: other roles are refused before the case is looked up. */
const CROSS_CASE_BUREAU_STEP = statuses(403, { bureau: 409, 'bureau.n01': 409, city: 404 });
const INSPECTION_READ = statuses(200, { city: 404 });
const INSPECTION_STEP = statuses(403, { bureau: 409, 'bureau.n01': 409, city: 404 });
const INSPECTION_OPEN = statuses(403, { bureau: 201, 'bureau.n01': 201 });

describe('access matrix across the two counties and the city', () => {
  let stack: Stack;
  let caseId: string;
  let inspectionId: string;

  beforeAll(async () => {
    stack = await startStack();
    const mediator = await stack.as('mediator.a');
    const parties = [
      { jurisdiction: 'T01', name: '石门村' },
      { jurisdiction: 'N0101', name: '石桥镇王家村' },
    ];
    caseId = (await mediator.post('/disputes', newCase('T01', { parties })).expect(201)).body.id;
    await mediator.post(`/disputes/${caseId}/withdraw`, { reason: '矩阵测试' }).expect(200);

    const bureau = await stack.as('bureau');
    const n01 = await stack.as('bureau.n01');
    inspectionId = (
      await bureau
        .post('/joint-inspections', {
          lineCode: 'L-D01-N01-2',
          title: '矩阵测试联检',
          plannedFrom: '2026-12-01',
          plannedTo: '2026-12-31',
        })
        .expect(201)
    ).body.id;
    for (const [caller, step] of [
      [bureau, 'advance'],
      [n01, 'advance'],
      [bureau, 'sign'],
      [n01, 'sign'],
    ] as const) {
      await caller.post(`/joint-inspections/${inspectionId}/${step}`).expect(200);
    }
    await bureau.post(`/joint-inspections/${inspectionId}/archive`, { archiveRef: 'LJ-M' }).expect(200);
  });
  afterAll(() => stack.stop());

  const call = async (who: CountyCaller, method: 'get' | 'post' | 'put', path: string, body: object = {}) => {
    const test = stack.http()[method](path);
    if (who !== 'anonymous') test.set('authorization', `Bearer ${await stack.token(who)}`);
    return method === 'get' ? test : test.send(body);
  };

  const cells = (): [
    method: 'get' | 'post' | 'put',
    path: string,
    body: object,
    Record<CountyCaller, number>,
  ][] => [
    ['get', `/disputes/${caseId}`, {}, CROSS_CASE_READ],
    ['get', `/disputes/${caseId}/timeline`, {}, CROSS_CASE_READ],
    ['post', `/disputes/${caseId}/mediation/rounds`, round('progress'), CROSS_CASE_STEP],
    ['post', `/disputes/${caseId}/escalate`, { reason: 'r' }, CROSS_CASE_STEP],
    ['post', `/disputes/${caseId}/agreement/confirm`, {}, CROSS_CASE_BUREAU_STEP],
    ['post', `/disputes/${caseId}/decision`, { decision: 'd', documentRef: 'r' }, CROSS_CASE_BUREAU_STEP],
    [
      'put',
      `/disputes/${caseId}/joint-group`,
      {
        members: [
          { name: '甲', side: 'D01', role: 'lead' },
          { name: '乙', side: 'N01', role: 'member' },
        ],
      },
      CROSS_CASE_BUREAU_STEP,
    ],
    ['get', `/joint-inspections/${inspectionId}`, {}, INSPECTION_READ],
    ['get', `/joint-inspections/${inspectionId}/timeline`, {}, INSPECTION_READ],
    ['get', `/joint-inspections/${inspectionId}/report`, {}, INSPECTION_READ],
    ['post', `/joint-inspections/${inspectionId}/advance`, {}, INSPECTION_STEP],
    ['post', `/joint-inspections/${inspectionId}/sign`, {}, INSPECTION_STEP],
    ['post', `/joint-inspections/${inspectionId}/archive`, { archiveRef: 'LJ-X' }, INSPECTION_STEP],
  ];

  it.each(COUNTY_CALLERS)('%s gets exactly what API.md allows on every route', async (who) => {
    for (const [method, path, body, expected] of cells()) {
      const response = await call(who, method, path, body);
      expect({ who, method, path, status: response.status }).toEqual({
        who,
        method,
        path,
        status: expected[who],
      });
    }
    const open = await call(who, 'post', '/joint-inspections', {
      lineCode: 'L-D01-N01-1',
      title: '矩阵',
      plannedFrom: '2026-12-01',
      plannedTo: '2026-12-02',
    });
    expect({ who, open: open.status }).toEqual({ who, open: INSPECTION_OPEN[who] });
  });

  it('lists the cross-county case to both sides only, and the inspection to both sides', async () => {
    for (const who of COUNTY_CALLERS.filter((w) => w !== 'anonymous')) {
      const cases = (await call(who, 'get', '/disputes?pageSize=100')).body.items as { id: string }[];
      expect({ who, listed: cases.some((c) => c.id === caseId) }).toEqual({
        who,
        listed: CROSS_CASE_READ[who] === 200,
      });
      const inspections = (await call(who, 'get', '/joint-inspections?pageSize=100')).body.items as {
        id: string;
      }[];
      expect({ who, listed: inspections.some((i) => i.id === inspectionId) }).toEqual({
        who,
        listed: INSPECTION_READ[who] === 200,
      });
    }
  });
});
