import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../apps/api/src/bootstrap';
import { seedDistrict } from '../support/organisation';

async function appWith(overrides: Record<string, string> = {}): Promise<INestApplication> {
  const app = await createApp({ ...process.env, ...overrides });
  await app.init();
  return app;
}

describe('security basics', () => {
  let app: INestApplication;
  beforeAll(async () => {
    app = await appWith({ LOGIN_RATE_LIMIT: '5', JWT_EXPIRES_IN: '2s' });
  });
  afterAll(() => app.close());

  it('sends security headers', async () => {
    const response = await request(app.getHttpServer()).get('/health');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('rate-limits login attempts per account with 429 in the contract shape', async () => {
    // Accounts of its own: failed logins also lock the account, and other specs sign in as the demo users.
    const { users } = await seedDistrict(app.get(DataSource), 'SEC');
    const attempt = (username: string) =>
      request(app.getHttpServer()).post('/auth/login').send({ username, password: 'guess' });
    for (let i = 0; i < 5; i += 1) expect((await attempt(users.mediator)).status).toBe(401);
    const blocked = await attempt(users.mediator);
    expect(blocked.status).toBe(429);
    expect(blocked.body).toEqual({
      statusCode: 429,
      error: 'TOO_MANY_REQUESTS',
      message: expect.any(String),
    });
    // Another account from the same address is not locked out.
    expect((await attempt(users.bureau)).status).toBe(401);
  });

  it('refuses an expired token and a forged one', async () => {
    const login = await request(app.getHttpServer())
      .post('/auth/login')
      .send({ username: 'leader', password: 'demo1234' })
      .expect(200);
    const token = login.body.accessToken as string;
    await request(app.getHttpServer()).get('/alerts').set('authorization', `Bearer ${token}`).expect(200);
    const [header, payload] = token.split('.');
    const forged = `${header}.${payload}.${'A'.repeat(43)}`;
    expect(
      (await request(app.getHttpServer()).get('/alerts').set('authorization', `Bearer ${forged}`)).status,
    ).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const expired = await request(app.getHttpServer()).get('/alerts').set('authorization', `Bearer ${token}`);
    expect(expired.status).toBe(401);
    expect(expired.body.error).toBe('UNAUTHENTICATED');
  });
});
