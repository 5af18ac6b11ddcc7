import { randomBytes, randomUUID } from 'node:crypto';
import request from 'supertest';
import { createApp } from '../../apps/api/src/bootstrap';
import { type OpenApiDocument, OpenApiResponseValidator } from '../support/openapi-validator';
import { DEMO_PASSWORD, type Stack, newCase, round, secondsPolicy, startStack } from '../support/stack';
import { eventually } from '../support/waits';

/**
 * The main flows over real services, every answer checked against the document the API serves at /docs-json:
 * the route must be there, the status declared for it, and the body must match its schema with no field the
 * schema does not name. At the end every documented operation must have been exercised.
 */
describe('the OpenAPI document tells the truth about every answer', () => {
  let stack: Stack;
  let validator: OpenApiResponseValidator;

  /** Awaits the request and fails unless the answer is `status` and what the document says it is. */
  const answer = async (pending: request.Test, status: number) => {
    const { method, url } = pending;
    const response = await pending;
    const problems = validator.problems(
      method,
      url,
      response.status,
      response.headers['content-type'],
      response.body,
    );
    if (response.status !== status) problems.push(`expected ${status}`);
    if (problems.length > 0) {
      throw new Error(
        `${method} ${url} → ${response.status} is not what the document says:\n  ${problems.join('\n  ')}\n` +
          `body: ${JSON.stringify(response.body).slice(0, 1500)}`,
      );
    }
    return response.body;
  };
  const key = () => randomBytes(8).toString('hex');

  beforeAll(async () => {
    // Only the report deadline is short, so an idle case soon has deadline alerts; the other steps never race one.
    stack = await startStack({
      policy: secondsPolicy({
        disputes: {
          reportWithin: 'PT4S',
          remindBefore: 'PT2S',
          acceptWithin: 'P2D',
          roundInterval: 'P14D',
          maxRounds: 5,
          mediationWithin: 'P60D',
          followUpWithin: 'P30D',
        },
      }),
    });
    const served = await stack.http().get('/docs-json').expect(200);
    validator = new OpenApiResponseValidator(served.body as OpenApiDocument);
  });
  afterAll(() => stack.stop());

  it('signs in, refuses bad sign-ins, reports health and lists jurisdictions', async () => {
    const http = stack.http;
    const login = await answer(
      http().post('/auth/login').send({ username: 'mediator.a', password: DEMO_PASSWORD }),
      200,
    );
    expect(login.user).toEqual({
      username: 'mediator.a',
      displayName: expect.any(String),
      role: 'mediator',
      jurisdiction: 'T01',
      mustChangePassword: false,
    });
    await answer(http().post('/auth/login').send({ username: 'mediator.a', password: 'wrong-one' }), 401);
    await answer(http().post('/auth/login').send({ username: 'mediator.a' }), 400);
    // A name that does not exist fails like a wrong password: it locks after loginMaxFailures (429
    // TOO_MANY_ATTEMPTS), and past loginRateLimit attempts from this address the throttle answers first.
    const guessed = `nobody-${key()}`;
    const guess = () => http().post('/auth/login').send({ username: guessed, password: 'guess' });
    const { loginMaxFailures, loginRateLimit } = stack.config;
    for (let attempt = 0; attempt < loginMaxFailures; attempt += 1) await answer(guess(), 401);
    expect(await answer(guess(), 429)).toMatchObject({ error: 'TOO_MANY_ATTEMPTS' });
    for (let attempt = loginMaxFailures + 1; attempt < loginRateLimit; attempt += 1)
      await answer(guess(), 429);
    expect(await answer(guess(), 429)).toMatchObject({ error: 'TOO_MANY_REQUESTS' });

    expect(await answer(http().get('/health'), 200)).toMatchObject({ status: 'ok' });
    await answer(http().get('/jurisdictions'), 401);
    await answer(http().get('/jurisdictions').set('authorization', 'Bearer not-a-token'), 401);
    const jurisdictions = await answer((await stack.as('mediator.a')).get('/jurisdictions'), 200);
    expect(jurisdictions).toContainEqual({
      code: 'T01',
      name: '东坪镇',
      level: 'township',
      parentCode: 'D01',
    });
  });

  it('takes cases through their lifecycle, with 201 then 200 for a repeated intake key and each refusal', async () => {
    const mediator = await stack.as('mediator.a');
    const bureau = await stack.as('bureau');
    const leader = await stack.as('leader');
    const intake = newCase('T01', {
      boundarySegment: '12号至15号界桩',
      markerIds: ['T01-12', 'T01-15'],
      location: { lat: 27.91, lng: 112.53 },
    });
    const intakeKey = key();
    const opened = await answer(mediator.post('/disputes', intake).set('idempotency-key', intakeKey), 201);
    const again = await answer(mediator.post('/disputes', intake).set('idempotency-key', intakeKey), 200);
    expect(again.id).toBe(opened.id);
    const id: string = opened.id;

    await answer(leader.post('/disputes', newCase('T01')), 403);
    await answer(mediator.post('/disputes', newCase('T02')), 403);
    const refused = await answer(mediator.post('/disputes', { ...newCase('T01'), colour: 'red' }), 400);
    expect(refused.details).toContainEqual(expect.objectContaining({ field: 'colour' }));
    await answer(mediator.post('/disputes', newCase('T01')).set('idempotency-key', 'has spaces'), 400);
    await answer(mediator.post('/disputes', newCase('T01', { description: 'x'.repeat(300_000) })), 413);
    const malformed = stack
      .http()
      .post('/disputes')
      .set('authorization', `Bearer ${await stack.token('mediator.a')}`)
      .set('content-type', 'application/json')
      .send('{"title":');
    await answer(malformed, 400);

    expect(await answer(mediator.get('/disputes?pageSize=5&status=screening'), 200)).toMatchObject({
      page: 1,
      pageSize: 5,
    });
    await answer(mediator.get('/disputes?page=0'), 400);
    await answer(mediator.get(`/disputes/${id}`), 200);
    await answer((await stack.as('mediator.b')).get(`/disputes/${id}`), 404);
    await answer(mediator.get(`/disputes/${randomUUID()}/timeline`), 404);

    await answer(mediator.post(`/disputes/${id}/report`, { tier: 'township', summary: '需乡镇调处' }), 200);
    const twice = await answer(
      mediator.post(`/disputes/${id}/report`, { tier: 'township', summary: '再报' }),
      409,
    );
    expect(twice.details).toEqual({
      status: 'reported',
      allowed: expect.arrayContaining(['start_mediation']),
    });
    await answer(leader.post(`/disputes/${id}/mediation/start`, { mediators: ['leader'] }), 403);
    await answer(
      bureau.post(`/disputes/${id}/mediation/start`, { mediators: ['mediator.a', '邻县李调解员'] }),
      200,
    );
    await answer(mediator.post(`/disputes/${id}/mediation/rounds`, round('progress')), 200);
    await answer(bureau.post(`/disputes/${id}/mediation/rounds`, round('agreement_reached')), 200);
    await answer(
      mediator.post(`/disputes/${id}/agreement`, {
        terms: '以1998年勘界协议为准，重新埋设13号界桩',
        signatories: ['石门村委会', '王家村委会'],
        signedAt: new Date().toISOString(),
      }),
      200,
    );
    await answer(bureau.post(`/disputes/${id}/close`, { implemented: true, archiveRef: 'DA-2026-017' }), 200);
    expect(await answer(mediator.get(`/disputes/${id}`), 200)).toMatchObject({ status: 'closed' });
    const timeline = await answer(mediator.get(`/disputes/${id}/timeline`), 200);
    expect(timeline.map((entry: { action: string }) => entry.action)).toContain('agreement_signed');

    const local = await answer(mediator.post('/disputes', newCase('T01')), 201);
    await answer(mediator.post(`/disputes/${local.id}/resolve-locally`, { summary: '村间协商解决' }), 200);

    const raised = await answer(mediator.post('/disputes', newCase('T01')), 201);
    await answer(mediator.post(`/disputes/${raised.id}/escalate`, { reason: '村级无法化解' }), 200);
    const emergency = await answer(
      bureau.post(`/disputes/${raised.id}/escalate`, { reason: '双方聚集', emergency: true }),
      200,
    );
    expect(emergency.incidentIds).toHaveLength(1);
    expect(await answer(bureau.get(`/incidents/${emergency.incidentIds[0]}`), 200)).toMatchObject({
      disputeId: raised.id,
    });
    await answer(bureau.post(`/disputes/${raised.id}/withdraw`, { reason: '当事方撤回' }), 200);
  });

  it('runs an incident through the emergency plan, with each refusal', async () => {
    const mediator = await stack.as('mediator.a');
    const bureau = await stack.as('bureau');
    const admin = await stack.as('admin');
    const linked = await answer(mediator.post('/disputes', newCase('T01')), 201);
    const intake = {
      title: '12号界桩处村民聚集对峙',
      type: 'mass_gathering',
      severity: 'IV',
      jurisdiction: 'T01',
      description: '两村村民约三十人聚集',
      disputeId: linked.id,
      location: { lat: 27.91, lng: 112.53 },
    };
    const incident = await answer(bureau.post('/incidents', intake).set('idempotency-key', key()), 201);
    const id: string = incident.id;
    await answer(admin.post('/incidents', intake), 403);
    await answer(bureau.post('/incidents', { ...intake, severity: 'V' }), 400);

    await answer(bureau.get('/incidents?jurisdiction=T01&pageSize=10'), 200);
    await answer(bureau.get('/incidents?status=lost'), 400);
    await answer(mediator.get(`/incidents/${id}`), 200);
    await answer((await stack.as('mediator.b')).get(`/incidents/${id}`), 404);
    await answer(mediator.get(`/incidents/${randomUUID()}/timeline`), 404);

    await answer(admin.post(`/incidents/${id}/acknowledge`, {}), 403);
    await answer(mediator.post(`/incidents/${id}/acknowledge`, { note: '已收到' }), 200);
    await answer(mediator.post(`/incidents/${id}/on-scene`, {}), 200);
    await answer(mediator.post(`/incidents/${id}/sitreps`, { text: '现场已隔离双方人员' }), 200);
    await answer(bureau.post(`/incidents/${id}/severity`, { severity: 'III', reason: '人数增加' }), 200);
    await answer(bureau.post(`/incidents/${id}/sitreps`, { words: '未知字段' }), 400);
    const resolved = await answer(bureau.post(`/incidents/${id}/resolve`, { summary: '双方撤离' }), 200);
    expect(resolved.resolution).toMatchObject({ resolvedBy: 'bureau' });
    const closed = await answer(bureau.post(`/incidents/${id}/resolve`, { summary: '再次' }), 409);
    expect(closed.details).toEqual({ status: 'resolved', allowed: [] });
    const timeline = await answer(bureau.get(`/incidents/${id}/timeline`), 200);
    expect(timeline.map((entry: { action: string }) => entry.action)).toContain('sitrep');
  });

  it('lists and reads alerts, deadline alerts included', async () => {
    const mediator = await stack.as('mediator.a');
    // Any case left in screening reminds its township of the report deadline within seconds.
    await answer(mediator.post('/disputes', newCase('T01')), 201);
    const reminder = await eventually(async () => {
      const inbox = await answer(mediator.get('/alerts'), 200);
      return inbox.find((alert: { deadlineKind?: string }) => alert.deadlineKind === 'report');
    });
    expect(reminder).toMatchObject({ kind: 'deadline_approaching', subjectType: 'dispute', readAt: null });
    const read = await answer(mediator.post(`/alerts/${reminder.id}/read`), 200);
    expect(read.readAt).toEqual(expect.any(String));
    await answer(mediator.post(`/alerts/${randomUUID()}/read`), 404);
    await answer(mediator.get('/alerts?unread=true').set('accept-language', 'en'), 200);
    await answer(mediator.get('/alerts?unread=maybe'), 400);
  });

  it('sets robots, reads an alert with its deliveries, refuses forged links and unsigned event streams', async () => {
    const admin = await stack.as('admin');
    expect(await answer(admin.put('/jurisdictions/T02/channels', {}), 200)).toEqual({ code: 'T02' });
    await answer(admin.put('/jurisdictions/T02/channels', { wecomRobot: { url: 'http://10.0.0.7/x' } }), 400);
    await answer(admin.put('/jurisdictions/NOPE/channels', {}), 404);
    await answer((await stack.as('bureau')).put('/jurisdictions/T02/channels', {}), 403);
    const mediator = await stack.as('mediator.a');
    const [alert] = await answer(mediator.get('/alerts'), 200);
    const detail = await answer(mediator.get(`/alerts/${alert.id}`), 200);
    expect(detail.deliveries).toContainEqual({ channel: 'inbox', status: 'sent', attempts: 1 });
    await answer(mediator.get(`/alerts/${randomUUID()}`), 404);
    await answer(stack.http().get('/ack/AAAAAAAAAAAAAAAAforgedforgedforgedfo'), 404);
    await answer(
      stack.http().post('/ack/AAAAAAAAAAAAAAAAforgedforgedforgedfo').send({ action: 'acknowledge' }),
      404,
    );
    await answer(
      stack.http().post('/ack/AAAAAAAAAAAAAAAAforgedforgedforgedfo').send({ action: 'dance' }),
      400,
    );
    await answer(stack.http().get('/events'), 401);
  });

  it('administers users, jurisdictions and webhooks, changes a password and reads the audit log, with each refusal', async () => {
    const admin = await stack.as('admin');
    const mediator = await stack.as('mediator.a');
    const nobody = `nobody-${key()}`;
    // A district of its own under the city, where the new user works too: no other spec's district changes.
    const code = `Z${key().slice(0, 8).toUpperCase()}`;
    const district = { code, name: '南山区', level: 'district', parentCode: 'C01' };
    expect(await answer(admin.post('/jurisdictions', district), 201)).toEqual(district);
    await answer(admin.post('/jurisdictions', district), 409);
    await answer(admin.post('/jurisdictions', { ...district, code: 'has space', parentCode: 7 }), 400);
    await answer(mediator.post('/jurisdictions', { ...district, code: `Y${code}` }), 403);
    const named = await answer(
      admin.patch(`/jurisdictions/${code}`, { firstResponsible: 'leader', directResponsible: 'bureau' }),
      200,
    );
    expect(named).toEqual({ ...district, firstResponsible: 'leader', directResponsible: 'bureau' });
    await answer(admin.patch(`/jurisdictions/${code}`, { firstResponsible: nobody }), 400);
    await answer(admin.patch('/jurisdictions/NOPE404', { name: '无此区' }), 404);
    await answer(mediator.patch(`/jurisdictions/${code}`, { name: '越权' }), 403);

    const username = `conf-${key()}`;
    const account = {
      username,
      displayName: '南山区分管领导',
      role: 'leader',
      jurisdiction: code,
      password: 'Initial2026',
    };
    expect(await answer(admin.post('/users', account), 201)).toMatchObject({
      username,
      mustChangePassword: true,
      disabled: false,
    });
    await answer(admin.post('/users', account), 409);
    await answer(admin.post('/users', { ...account, username: `weak-${key()}`, password: 'short' }), 400);
    await answer(mediator.post('/users', account), 403);
    await answer(admin.get('/users'), 200);
    await answer(mediator.get('/users'), 403);

    // The issued password: every route but the password change refuses the user until it is changed.
    const first = await answer(
      stack.http().post('/auth/login').send({ username, password: 'Initial2026' }),
      200,
    );
    expect(first.user.mustChangePassword).toBe(true);
    const as = (token: string) => ({
      get: (path: string) => stack.http().get(path).set('authorization', `Bearer ${token}`),
      post: (path: string, body: object) =>
        stack.http().post(path).set('authorization', `Bearer ${token}`).send(body),
      put: (path: string, body: object) =>
        stack.http().put(path).set('authorization', `Bearer ${token}`).send(body),
    });
    const issued = as(first.accessToken);
    expect(await answer(issued.get('/disputes'), 403)).toMatchObject({ error: 'PASSWORD_CHANGE_REQUIRED' });
    await answer(issued.put('/auth/webhook', { url: null }), 403);
    await answer(stack.http().post('/auth/password').send({ currentPassword: 'x', newPassword: 'y' }), 401);
    const wrong = await answer(
      issued.post('/auth/password', { currentPassword: 'wrong-one', newPassword: 'Chosen2026' }),
      400,
    );
    expect(wrong.details).toEqual([expect.objectContaining({ field: 'currentPassword' })]);
    const changed = await answer(
      issued.post('/auth/password', { currentPassword: 'Initial2026', newPassword: 'Chosen2026' }),
      200,
    );
    expect(changed.user.mustChangePassword).toBe(false);
    const user = as(changed.accessToken);
    await answer(user.get('/disputes'), 200);
    // A public address (TEST-NET-3) needs no name lookup; a private one is refused.
    const hook = await answer(user.put('/auth/webhook', { url: 'https://203.0.113.10/hook' }), 200);
    expect(hook).toEqual({ url: 'https://203.0.113.10/hook', secret: expect.any(String) });
    await answer(user.put('/auth/webhook', { url: 'http://10.0.0.7/hook' }), 400);
    expect(await answer(user.put('/auth/webhook', { url: null }), 200)).toEqual({ url: null });

    await answer(
      admin.patch(`/users/${username}`, { displayName: '南山区分管领导（兼）', phone: '0731 1234567' }),
      200,
    );
    await answer(admin.patch(`/users/${username}`, { role: 'chief' }), 400);
    await answer(admin.patch(`/users/${nobody}`, { displayName: '无此人' }), 404);
    await answer(mediator.patch(`/users/${username}`, { displayName: '越权' }), 403);
    expect(
      await answer(admin.post(`/users/${username}/reset-password`, { password: 'Reset2026x' }), 200),
    ).toEqual({ username });
    await answer(admin.post(`/users/${username}/reset-password`, { password: 'weak' }), 400);
    await answer(admin.post(`/users/${nobody}/reset-password`, { password: 'Reset2026x' }), 404);
    await answer(mediator.post(`/users/${username}/reset-password`, { password: 'Reset2026x' }), 403);
    await answer(admin.put(`/users/${username}/webhook`, { url: 'https://203.0.113.10/hook' }), 200);
    await answer(admin.put(`/users/${username}/webhook`, { url: 'http://127.0.0.1/hook' }), 400);
    await answer(admin.put(`/users/${nobody}/webhook`, { url: null }), 404);
    await answer(mediator.put(`/users/${username}/webhook`, { url: null }), 403);
    expect(await answer(admin.patch(`/users/${username}`, { disabled: true }), 200)).toMatchObject({
      disabled: true,
    });

    const log = await answer(admin.get(`/audit?actor=${username}&pageSize=50`), 200);
    expect(log.items.map((item: { action: string }) => item.action)).toEqual(
      expect.arrayContaining(['login', 'password_change', 'webhook_set']),
    );
    await answer(admin.get('/audit?from=yesterday'), 400);
    await answer(mediator.get('/audit'), 403);
  });

  it('counts cases and incidents', async () => {
    const leader = await stack.as('leader');
    expect(await answer(leader.get('/stats?from=2020-01-01'), 200)).toMatchObject({ jurisdiction: 'D01' });
    await answer(leader.get('/stats?from=2026-02-01&to=2026-01-01'), 400);
  });

  it('keeps the boundary register: lines, markers, status reports, export and import, with each refusal', async () => {
    const bureau = await stack.as('bureau');
    const mediator = await stack.as('mediator.a');
    const leader = await stack.as('leader');
    const suffix = key().slice(0, 8);
    const lineCode = `L-OA-${suffix}`;
    // A township line between T01 and T02, south of the demo register, so nothing of it stands near.
    const line = {
      code: lineCode,
      name: '文档测试界线',
      level: 'township',
      sides: ['T01', 'T02'],
      geometry: {
        type: 'LineString',
        coordinates: [
          [112.56, 27.85],
          [112.57, 27.851, 120],
        ],
      },
    };
    // The altitude of the second position is dropped, never refused: the register is a map.
    const created = await answer(bureau.post('/boundary/lines', line), 201);
    expect(created.geometry.coordinates[1]).toEqual([112.57, 27.851]);
    expect((await answer(bureau.post('/boundary/lines', line), 409)).error).toBe('CONFLICT');
    const selfCrossing = {
      ...line,
      code: `L-OB-${suffix}`,
      geometry: {
        type: 'LineString',
        coordinates: [
          [112.56, 27.85],
          [112.57, 27.86],
          [112.57, 27.85],
          [112.56, 27.86],
        ],
      },
    };
    await answer(bureau.post('/boundary/lines', selfCrossing), 400);
    await answer(mediator.post('/boundary/lines', { ...line, code: `L-OC-${suffix}` }), 403);
    await answer(bureau.post('/boundary/lines', { ...line, name: 'x'.repeat(300_000) }), 413);
    expect(await answer(bureau.get('/boundary/lines?jurisdiction=T01'), 200)).toContainEqual(
      expect.objectContaining({ code: lineCode }),
    );
    await answer(bureau.get(`/boundary/lines?jurisdiction=${'T'.repeat(17)}`), 400);
    await answer(mediator.get(`/boundary/lines/${lineCode}`), 200);
    await answer((await stack.as('mediator.b')).get('/boundary/lines/L-D01-N01-1'), 404);

    const markerCode = `JZ-OA-${suffix}`;
    const marker = {
      code: markerCode,
      lineCode,
      type: 'single',
      location: { lat: 27.8505, lng: 112.565 },
      responsibleSide: 'T01',
    };
    await answer(bureau.post('/boundary/markers', marker), 201);
    await answer(bureau.post('/boundary/markers', marker), 409);
    await answer(bureau.post('/boundary/markers', { ...marker, code: `JZ-OB-${suffix}`, type: 'quad' }), 400);
    await answer(leader.post('/boundary/markers', { ...marker, code: `JZ-OC-${suffix}` }), 403);
    await answer(bureau.post('/boundary/markers', { ...marker, responsibleSide: 'x'.repeat(300_000) }), 413);
    const near = await answer(bureau.get('/boundary/markers?near=27.8505,112.565,500&pageSize=5'), 200);
    expect(near.items[0]).toMatchObject({ code: markerCode, distanceMeters: 0 });
    await answer(bureau.get('/boundary/markers?line=L-D01-N01-2&status=tilted'), 200);
    await answer(bureau.get('/boundary/markers?near=27.85,112.56'), 400);
    await answer(mediator.get(`/boundary/markers/${markerCode}`), 200);
    await answer(mediator.get('/boundary/markers/JZ-00'), 404);

    const report = { status: 'tilted', source: 'patrol', ref: 'XC-OA-1', note: '暴雨后倾斜' };
    const reported = await answer(mediator.post(`/boundary/markers/${markerCode}/status`, report), 200);
    expect(reported.history).toHaveLength(2);
    await answer(
      mediator.post(`/boundary/markers/${markerCode}/status`, { ...report, source: 'import' }),
      400,
    );
    await answer(leader.post(`/boundary/markers/${markerCode}/status`, report), 403);
    await answer(mediator.post('/boundary/markers/JZ-00/status', report), 404);
    await answer(
      mediator.post(`/boundary/markers/${markerCode}/status`, { ...report, note: 'x'.repeat(300_000) }),
      413,
    );

    const exported = await answer(bureau.get('/boundary/export'), 200);
    expect(exported.features).toContainEqual(expect.objectContaining({ id: markerCode }));
    expect(await answer(bureau.post('/boundary/import', exported), 200)).toEqual({ lines: 0, markers: 0 });
    const badFeature = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', geometry: { type: 'Polygon', coordinates: [] }, properties: {} }],
    };
    expect((await answer(bureau.post('/boundary/import', badFeature), 400)).details).toEqual([
      expect.objectContaining({ feature: '#1', field: 'geometry.type' }),
    ]);
    await answer(leader.post('/boundary/import', exported), 403);
    // Only the import takes a district's register in one body: its limit is 32 MB, not 256 KB.
    const huge = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', padding: 'x'.repeat(33 << 20) }],
    };
    await answer(bureau.post('/boundary/import', huge), 413);

    // Without MAP_TILE_URL there is no base map: the console draws the register alone.
    expect(await answer(mediator.get('/boundary/basemap'), 200)).toEqual({});
  });

  it('lets cases and incidents name a boundary line and lists them around a point', async () => {
    const mediator = await stack.as('mediator.a');
    // Kilometres from the demo markers, where the register's own spec lists cases around a point.
    const onLine = { lineCode: 'L-D01-N01-1', location: { lat: 27.8, lng: 112.45 } };
    const opened = await answer(mediator.post('/disputes', newCase('T01', onLine)), 201);
    expect(opened).toMatchObject(onLine);
    const unknownLine = await answer(mediator.post('/disputes', newCase('T01', { lineCode: 'L-NONE' })), 400);
    expect(unknownLine.details).toEqual([expect.objectContaining({ field: 'lineCode' })]);
    const around = await answer(mediator.get('/disputes?near=27.8,112.45,50'), 200);
    expect(around.items.map((item: { id: string }) => item.id)).toContain(opened.id);
    await answer(mediator.get('/disputes?near=north'), 400);

    const incident = {
      title: '界线附近村民聚集',
      type: 'mass_gathering',
      severity: 'IV',
      jurisdiction: 'T01',
      description: '约十人聚集',
      ...onLine,
    };
    expect(await answer(mediator.post('/incidents', incident), 201)).toMatchObject(onLine);
    await answer(mediator.post('/incidents', { ...incident, lineCode: 'L-NONE' }), 400);
    expect((await answer(mediator.get('/incidents?near=27.8,112.45,50'), 200)).total).toBeGreaterThan(0);
    await answer(mediator.get('/incidents?near=27.8,112.45,200000'), 400);
  });

  it('keeps patrols, plans and the problem ledger, with each refusal', async () => {
    const mediator = await stack.as('mediator.a');
    const bureau = await stack.as('bureau');
    const plan = await answer(
      bureau.post('/patrol-plans', {
        title: '东坪镇界桩巡查',
        dueAt: new Date(Date.now() + 86_400_000).toISOString(),
        targets: [{ jurisdiction: 'T01', lineCodes: [], markerCodes: ['JZ-23', 'JZ-26'] }],
      }),
      201,
    );
    await answer(bureau.post('/patrol-plans', { title: 't', dueAt: 'soon', targets: [] }), 400);
    await answer(mediator.post('/patrol-plans', { title: 't', dueAt: 'soon', targets: [] }), 403);
    await answer(bureau.get('/patrol-plans'), 200);
    await answer(bureau.get(`/patrol-plans/${plan.id}`), 200);
    await answer(bureau.get(`/patrol-plans/${randomUUID()}`), 404);

    const patrol = await answer(
      mediator
        .post('/patrols', {
          planId: plan.id,
          lineCode: 'L-T01-T02',
          startedAt: '2026-11-20T01:00:00Z',
          endedAt: '2026-11-20T03:00:00Z',
          team: ['张三', '李四'],
          track: {
            type: 'LineString',
            coordinates: [
              [112.5541, 27.935],
              [112.5587, 27.9668],
            ],
          },
          markers: [
            { code: 'JZ-23', condition: 'obscured', note: '杂草覆盖' },
            { code: 'JZ-26', condition: 'intact' },
          ],
          findings: [
            { kind: 'construction', description: '界线旁修建水渠', location: { lat: 27.95, lng: 112.556 } },
          ],
        })
        .set('idempotency-key', key()),
      201,
    );
    await answer(mediator.post('/patrols', { lineCode: 'L-T01-T02', markers: 'JZ-23' }), 400);
    await answer((await stack.as('leader')).post('/patrols', {}), 403);
    await answer(bureau.get('/patrols'), 200);
    await answer(bureau.get(`/patrols/${patrol.id}`), 200);
    await answer(bureau.get(`/patrols/${randomUUID()}`), 404);
    await answer(bureau.get(`/patrol-plans/${plan.id}/timeline`), 200);

    const [markerFinding, freeFinding] = patrol.findingIds as string[];
    await answer(
      mediator.post('/findings', { kind: 'encroachment', description: '群众反映界线旁堆放建筑垃圾' }),
      201,
    );
    await answer(bureau.post('/findings', { kind: 'other', description: '无乡镇' }), 400);
    await answer(
      mediator.post('/findings', { kind: 'other', description: '他乡', jurisdiction: 'T02' }),
      403,
    );
    await answer(bureau.get('/findings?overdue=true&status=open'), 200);
    await answer(bureau.get('/findings?status=lost'), 400);
    await answer(mediator.get(`/findings/${markerFinding}`), 200);
    await answer(mediator.get(`/findings/${randomUUID()}`), 404);
    await answer(bureau.post(`/findings/${markerFinding}/assign`, { assignee: 'nobody' }), 400);
    await answer(mediator.post(`/findings/${markerFinding}/assign`, { assignee: 'mediator.a' }), 403);
    await answer(mediator.post(`/findings/${markerFinding}/submit`, { summary: '已清理' }), 409);
    await answer(bureau.post(`/findings/${markerFinding}/assign`, { assignee: 'mediator.a' }), 200);
    await answer(mediator.post(`/findings/${markerFinding}/start`, {}), 200);
    await answer(
      mediator.post(`/findings/${markerFinding}/submit`, {
        summary: '已清理',
        repair: { work: 'clear', cost: 200, days: 1 },
      }),
      200,
    );
    await answer(bureau.post(`/findings/${markerFinding}/verify`, { accepted: true, note: '到位' }), 200);
    await answer(mediator.get(`/findings/${markerFinding}/timeline`), 200);
    await answer(mediator.post(`/findings/${freeFinding}/dispute`, {}), 201);
    await answer(
      mediator.post(`/findings/${freeFinding}/incident`, { severity: 'IV', title: '水渠施工引发争执' }),
      201,
    );
    await answer(mediator.post(`/findings/${markerFinding}/dispute`, {}), 409);
    await answer(mediator.get(`/findings/${freeFinding}`), 200);
    await answer(
      bureau
        .get('/findings/export?format=xlsx')
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        }),
      200,
    );
    await answer(bureau.get('/findings/export?format=csv'), 400);
  });

  it('answers 503 when Temporal is down, for health and for a write', async () => {
    const app = await createApp({
      ...process.env,
      TEMPORAL_ADDRESS: '127.0.0.1:1',
      TEMPORAL_CALL_TIMEOUT_MS: '3000',
    });
    await app.init();
    try {
      const http = () => request(app.getHttpServer());
      const health = await answer(http().get('/health'), 503);
      expect(health.details.checks).toMatchObject({ temporal: 'down', database: 'ok' });
      const login = await answer(
        http().post('/auth/login').send({ username: 'mediator.a', password: DEMO_PASSWORD }),
        200,
      );
      await answer(
        http().post('/disputes').set('authorization', `Bearer ${login.accessToken}`).send(newCase('T01')),
        503,
      );
    } finally {
      await app.close();
    }
  });

  it('works with the neighbouring county: joint group, confirmations and a joint inspection with its report', async () => {
    const bureau = await stack.as('bureau');
    const n01 = await stack.as('bureau.n01');
    const parties = [
      { jurisdiction: 'T01', name: '石门村' },
      { jurisdiction: 'N0101', name: '石桥镇王家村' },
    ];
    const opened = await answer(
      bureau.post('/disputes', newCase('T01', { parties, tier: 'cross_county' })),
      201,
    );
    const id = opened.id as string;
    const group = {
      members: [
        { username: 'bureau', name: '张科长', side: 'D01', role: 'lead' },
        { username: 'mediator.c', name: '石桥镇调解员', side: 'N01', role: 'member' },
      ],
    };
    expect(
      (await answer(n01.put(`/disputes/${id}/joint-group`, group), 200)).jointGroup.members,
    ).toHaveLength(2);
    await answer(n01.put(`/disputes/${id}/joint-group`, { members: [] }), 400);
    await answer((await stack.as('mediator.a')).put(`/disputes/${id}/joint-group`, group), 403);
    await answer((await stack.as('city')).put(`/disputes/${id}/joint-group`, group), 404);
    await answer(bureau.post(`/disputes/${id}/agreement/confirm`), 409);
    await answer(bureau.post(`/disputes/${id}/report`, { tier: 'cross_county', summary: '跨县' }), 200);
    await answer(bureau.post(`/disputes/${id}/mediation/start`, { mediators: ['bureau'] }), 200);
    await answer(
      (await stack.as('mediator.c')).post(`/disputes/${id}/mediation/rounds`, round('agreement_reached')),
      200,
    );
    const agreement = {
      terms: '恢复12号界桩',
      signatories: ['甲', '乙'],
      signedAt: new Date().toISOString(),
    };
    expect((await answer(bureau.post(`/disputes/${id}/agreement`, agreement), 200)).status).toBe('mediating');
    await answer((await stack.as('leader')).post(`/disputes/${id}/agreement/confirm`), 403);
    await answer(bureau.post(`/disputes/${id}/agreement/confirm`, { extra: 1 }), 400);
    await answer(bureau.post(`/disputes/${id}/agreement/confirm`), 200);
    expect((await answer(n01.post(`/disputes/${id}/agreement/confirm`), 200)).status).toBe('agreed');
    await answer((await stack.as('city')).post(`/disputes/${id}/agreement/confirm`), 404);
    const decision = { decision: '以勘界协议为准', documentRef: '示政函〔2026〕2号' };
    await answer(bureau.post(`/disputes/${id}/decision`, decision), 409);
    const referred = await answer(
      bureau.post('/disputes', newCase('T01', { parties, tier: 'cross_county' })),
      201,
    );
    await answer(bureau.post(`/disputes/${referred.id}/escalate`, { reason: '协商不成' }), 200);
    await answer(bureau.post(`/disputes/${referred.id}/decision`, decision), 403);
    await answer((await stack.as('city')).post(`/disputes/${referred.id}/decision`, { decision: '' }), 400);
    expect(
      (await answer((await stack.as('city')).post(`/disputes/${referred.id}/decision`, decision), 200))
        .status,
    ).toBe('closed');
    await answer(bureau.post(`/disputes/${id}/agreement/confirm`, { pad: 'x'.repeat(300_000) }), 413);

    const inspection = {
      lineCode: 'L-D01-N01-2',
      title: '文档一致性联检',
      plannedFrom: '2026-12-01',
      plannedTo: '2026-12-31',
      teams: [{ side: 'N01', members: ['李科长'] }],
    };
    const idem = key();
    const created = await answer(
      n01.post('/joint-inspections', inspection).set('idempotency-key', idem),
      201,
    );
    await answer(n01.post('/joint-inspections', inspection).set('idempotency-key', idem), 200);
    await answer(n01.post('/joint-inspections', { ...inspection, lineCode: 'L-T01-T02' }), 400);
    await answer((await stack.as('leader')).post('/joint-inspections', inspection), 403);
    await answer(n01.post('/joint-inspections', { ...inspection, title: 'x'.repeat(300_000) }), 413);
    const inspectionId = created.id as string;
    await answer(bureau.get('/joint-inspections?status=planning&lineCode=L-D01-N01-2'), 200);
    await answer(bureau.get('/joint-inspections?status=nope'), 400);
    await answer(bureau.get(`/joint-inspections/${inspectionId}`), 200);
    await answer((await stack.as('city')).get(`/joint-inspections/${inspectionId}`), 404);
    await answer(bureau.get(`/joint-inspections/${inspectionId}/timeline`), 200);
    await answer((await stack.as('city')).get(`/joint-inspections/${inspectionId}/timeline`), 404);
    for (const step of ['advance', 'sign', 'archive']) {
      await answer((await stack.as('mediator.a')).post(`/joint-inspections/${inspectionId}/${step}`), 403);
      const input = step === 'archive' ? { archiveRef: 'A' } : {};
      await answer((await stack.as('city')).post(`/joint-inspections/${inspectionId}/${step}`, input), 404);
      await answer(bureau.post(`/joint-inspections/${inspectionId}/${step}`, { bogus: true }), 400);
      await answer(
        bureau.post(`/joint-inspections/${inspectionId}/${step}`, { archiveRef: 'x'.repeat(300_000) }),
        413,
      );
    }
    await answer(bureau.post(`/joint-inspections/${inspectionId}/sign`), 409);
    await answer(bureau.post(`/joint-inspections/${inspectionId}/archive`, { archiveRef: 'LJ-1' }), 409);
    await answer(bureau.post(`/joint-inspections/${inspectionId}/advance`), 200);
    await answer(n01.post(`/joint-inspections/${inspectionId}/advance`), 200);
    await answer(bureau.post(`/joint-inspections/${inspectionId}/advance`), 409);
    await answer(bureau.post(`/joint-inspections/${inspectionId}/sign`), 200);
    await answer(n01.post(`/joint-inspections/${inspectionId}/sign`), 200);
    await answer(n01.post(`/joint-inspections/${inspectionId}/archive`, { archiveRef: 'LJ-1' }), 200);
    const report = stack
      .http()
      .get(`/joint-inspections/${inspectionId}/report`)
      .set('authorization', `Bearer ${await stack.token('bureau')}`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect((await answer(report, 200)).subarray(0, 5).toString()).toBe('%PDF-');
    await answer((await stack.as('city')).get(`/joint-inspections/${inspectionId}/report`), 404);
  });

  it('has exercised every operation the document lists', () => {
    const exercised = [...validator.exercised];
    const missed = validator
      .operations()
      .filter((operation) => !exercised.some((seen) => seen.startsWith(`${operation} `)));
    expect(missed).toEqual([]);
  });
});
