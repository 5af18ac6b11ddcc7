import { Client } from '@temporalio/client';
import { type Stack, newCase, startStack } from '../support/stack';

describe('foundation: the API, worker and services wired together', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  it('reports all three backing services healthy', async () => {
    const response = await stack.http().get('/health').expect(200);
    expect(response.body).toEqual({ status: 'ok', checks: { temporal: 'ok', database: 'ok', redis: 'ok' } });
  });

  it('logs in a demo user and returns a token with the role and jurisdiction', async () => {
    const response = await stack
      .http()
      .post('/auth/login')
      .send({ username: 'mediator.a', password: 'demo1234' });
    expect(response.status).toBe(200);
    expect(response.body.accessToken).toEqual(expect.any(String));
    expect(response.body.user).toEqual({
      username: 'mediator.a',
      displayName: '东坪镇调解员',
      role: 'mediator',
      jurisdiction: 'T01',
      mustChangePassword: false,
    });
  });

  it('refuses a wrong password with 401 in the contract shape', async () => {
    const response = await stack
      .http()
      .post('/auth/login')
      .send({ username: 'mediator.a', password: 'wrong' });
    expect(response.status).toBe(401);
    expect(response.body).toEqual({ statusCode: 401, error: 'UNAUTHENTICATED', message: '用户名或密码错误' });
  });

  it('answers 401 without a token, in English when asked', async () => {
    const zh = await stack.http().get('/disputes');
    expect(zh.status).toBe(401);
    expect(zh.body).toEqual({ statusCode: 401, error: 'UNAUTHENTICATED', message: '未登录或登录已失效' });
    const en = await stack.http().get('/disputes').set('accept-language', 'en-US,en;q=0.9');
    expect(en.body.message).toBe('Missing or invalid token');
  });

  it('rejects a bad login body with per-field VALIDATION_FAILED details', async () => {
    const response = await stack.http().post('/auth/login').send({ username: 'x', password: 5, extra: true });
    expect(response.status).toBe(400);
    expect(response.body.error).toBe('VALIDATION_FAILED');
    const fields = (response.body.details as { field: string }[]).map((d) => d.field).sort();
    expect(fields).toEqual(['extra', 'password']);
  });

  it('answers malformed JSON with 400, not 500', async () => {
    const response = await stack
      .http()
      .post('/auth/login')
      .set('content-type', 'application/json')
      .send('{"username": ');
    expect(response.status).toBe(400);
    expect(response.body.error).toBe('VALIDATION_FAILED');
  });

  it('round-trips a case workflow through the real Temporal server into the read model', async () => {
    const mediator = await stack.as('mediator.a');
    const created = await mediator.post('/disputes', newCase('T01')).expect(201);
    const handle = stack.app.get(Client).workflow.getHandle(`dispute-${created.body.id}`);
    const description = await handle.describe();
    expect(description.status.name).toBe('RUNNING');
    const read = await mediator.get(`/disputes/${created.body.id}`).expect(200);
    expect(read.body.status).toBe('screening');
  });

  it('lists the jurisdictions by code and name to any signed-in user, and to nobody else', async () => {
    await stack.http().get('/jurisdictions').expect(401);
    const response = await (await stack.as('mediator.b')).get('/jurisdictions').expect(200);
    // Other specs of this run add districts of their own and name responsible persons: the demo organisation
    // is there, in code order.
    expect(response.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'C01', name: '示范市', level: 'city', parentCode: null }),
        expect.objectContaining({ code: 'D01', name: '示范区', level: 'district', parentCode: 'C01' }),
        expect.objectContaining({ code: 'N01', name: '邻县', level: 'district', parentCode: 'C01' }),
        expect.objectContaining({ code: 'N0101', name: '石桥镇', level: 'township', parentCode: 'N01' }),
        expect.objectContaining({ code: 'T01', name: '东坪镇', level: 'township', parentCode: 'D01' }),
        expect.objectContaining({ code: 'T02', name: '西河乡', level: 'township', parentCode: 'D01' }),
      ]),
    );
    const codes = (response.body as { code: string }[]).map((j) => j.code);
    expect(codes).toEqual([...codes].sort());
  });

  it('serves the OpenAPI document', async () => {
    const response = await stack.http().get('/docs-json').expect(200);
    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining(['/disputes', '/auth/login', '/health']),
    );
  });
});
