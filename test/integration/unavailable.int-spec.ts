import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createApp } from '../../apps/api/src/bootstrap';
import { newCase } from '../support/stack';

/** An API whose Redis or Temporal address points at a closed port: 503 naming it, never 500. */
async function appWith(overrides: Record<string, string>): Promise<INestApplication> {
  const app = await createApp({ ...process.env, ...overrides });
  await app.init();
  return app;
}

const token = async (app: INestApplication): Promise<string> =>
  (
    await request(app.getHttpServer())
      .post('/auth/login')
      .send({ username: 'mediator.a', password: 'demo1234' })
      .expect(200)
  ).body.accessToken;

describe('a backing service is down', () => {
  it('reports redis in /health with 503 while the rest still works', async () => {
    const app = await appWith({ REDIS_URL: 'redis://127.0.0.1:1' });
    try {
      const health = await request(app.getHttpServer()).get('/health');
      expect(health.status).toBe(503);
      expect(health.body).toMatchObject({
        statusCode: 503,
        error: 'UNAVAILABLE',
        message: expect.stringContaining('redis'),
        details: { checks: { temporal: 'ok', database: 'ok', redis: 'down' } },
      });
      const list = await request(app.getHttpServer())
        .get('/disputes')
        .set('authorization', `Bearer ${await token(app)}`);
      expect(list.status).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('answers 503 UNAVAILABLE naming temporal for writes and health when Temporal is unreachable', async () => {
    const app = await appWith({ TEMPORAL_ADDRESS: '127.0.0.1:1', TEMPORAL_CALL_TIMEOUT_MS: '3000' });
    try {
      const health = await request(app.getHttpServer()).get('/health');
      expect(health.status).toBe(503);
      expect(health.body.details.checks).toEqual({ temporal: 'down', database: 'ok', redis: 'ok' });
      const write = await request(app.getHttpServer())
        .post('/disputes')
        .set('authorization', `Bearer ${await token(app)}`)
        .send(newCase('T01'));
      expect(write.status).toBe(503);
      expect(write.body).toMatchObject({
        statusCode: 503,
        error: 'UNAVAILABLE',
        message: expect.stringContaining('temporal'),
      });
    } finally {
      await app.close();
    }
  });

  it('refuses to start with an invalid variable, naming it', async () => {
    await expect(createApp({ ...process.env, REDIS_URL: 'http://nope' })).rejects.toThrow(/REDIS_URL/);
    await expect(createApp({ ...process.env, PORT: '-1' })).rejects.toThrow(/PORT/);
  });
});
