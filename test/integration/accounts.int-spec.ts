import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../apps/api/src/bootstrap';
import { seedDistrict } from '../support/organisation';
import { asOwner } from '../support/owner';
import { DEMO_PASSWORD } from '../support/stack';
import { quietFor } from '../support/waits';

/** API-only: accounts need no worker. Sessions and lockouts are short so their ends can be watched. */
describe('accounts: creation, first password, disabling, role changes, lockout, idle sessions', () => {
  let app: INestApplication;
  let adminToken: string;
  const http = () => request(app.getHttpServer());
  const login = (username: string, password: string) =>
    http().post('/auth/login').send({ username, password });
  const asAdmin = (method: 'get' | 'post' | 'patch' | 'put', path: string) =>
    http()[method](path).set('authorization', `Bearer ${adminToken}`);
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  let serial = 0;
  const freshName = () => `acc${Date.now().toString(36)}${(serial += 1)}`;
  // A district of the spec's own: the users it leaves behind must not receive other specs' alerts.
  let district: string;
  let township: string;

  /** A user the admin created, signed in with the issued password, which must still be changed. */
  const newUser = async (role = 'mediator', jurisdiction: string | null = township) => {
    const username = freshName();
    await asAdmin('post', '/users')
      .send({ username, displayName: '测试用户', role, jurisdiction, password: 'Issued2026' })
      .expect(201);
    return username;
  };
  const signedIn = async (username: string) => {
    const issued = (await login(username, 'Issued2026').expect(200)).body;
    const changed = await http()
      .post('/auth/password')
      .set(bearer(issued.accessToken))
      .send({ currentPassword: 'Issued2026', newPassword: 'Chosen2026x' })
      .expect(200);
    return changed.body.accessToken as string;
  };

  beforeAll(async () => {
    app = await createApp({
      ...process.env,
      SESSION_IDLE_TIMEOUT: '3s',
      SESSION_CHECK_SECONDS: '60',
      LOGIN_LOCKOUT: '3s',
      // The per-address limit is not under test here, and the admin signs in before each test.
      LOGIN_RATE_LIMIT: '1000',
    });
    await app.init();
    ({
      code: district,
      townships: [township],
    } = await seedDistrict(app.get(DataSource), 'ACC'));
    adminToken = (await login('admin', DEMO_PASSWORD).expect(200)).body.accessToken;
  });
  afterAll(() => app.close());

  // The admin's own token must outlive the 3 s idle timeout between the tests.
  beforeEach(async () => {
    adminToken = (await login('admin', DEMO_PASSWORD).expect(200)).body.accessToken;
  });

  it('creates a user who must change the password before anything else', async () => {
    const username = freshName();
    const created = await asAdmin('post', '/users')
      .send({
        username,
        displayName: '南山镇调解员',
        role: 'mediator',
        jurisdiction: township,
        password: 'Issued2026',
        phone: '13800000000',
      })
      .expect(201);
    expect(created.body).toEqual({
      username,
      displayName: '南山镇调解员',
      role: 'mediator',
      jurisdiction: township,
      disabled: false,
      mustChangePassword: true,
      phone: '13800000000',
    });
    const duplicate = await asAdmin('post', '/users').send({ ...created.body, password: 'Issued2026' });
    expect(duplicate.status).toBe(400); // unknown fields (disabled, mustChangePassword) are refused first
    const again = await asAdmin('post', '/users').send({
      username,
      displayName: 'x',
      role: 'mediator',
      jurisdiction: township,
      password: 'Issued2026',
    });
    expect(again.status).toBe(409);
    expect(again.body.error).toBe('CONFLICT');

    const first = await login(username, 'Issued2026').expect(200);
    expect(first.body.user.mustChangePassword).toBe(true);
    const token = first.body.accessToken as string;
    const blocked = await http().get('/disputes').set(bearer(token));
    expect(blocked.status).toBe(403);
    expect(blocked.body.error).toBe('PASSWORD_CHANGE_REQUIRED');

    const changed = await http()
      .post('/auth/password')
      .set(bearer(token))
      .send({ currentPassword: 'Issued2026', newPassword: 'Chosen2026x' })
      .expect(200);
    expect(changed.body.user.mustChangePassword).toBe(false);
    await http().get('/disputes').set(bearer(token)).expect(401);
    await http().get('/disputes').set(bearer(changed.body.accessToken)).expect(200);
    await login(username, 'Issued2026').expect(401);
    await login(username, 'Chosen2026x').expect(200);
  });

  it.each([
    ['short1', 'at least 8'],
    ['lettersonly', 'letters and digits'],
    ['1234567890', 'letters and digits'],
    ['USERNAME', 'username'],
  ])('refuses the new password %s with 400 naming newPassword', async (password, problem) => {
    const username = await newUser();
    const token = (await login(username, 'Issued2026').expect(200)).body.accessToken;
    const response = await http()
      .post('/auth/password')
      .set(bearer(token))
      .set('accept-language', 'en')
      .send({ currentPassword: 'Issued2026', newPassword: password.replace('USERNAME', `x1${username}`) });
    expect(response.status).toBe(400);
    expect(response.body.error).toBe('VALIDATION_FAILED');
    expect(response.body.details).toEqual([
      { field: 'newPassword', problems: [expect.stringContaining(problem)] },
    ]);
    const wrongCurrent = await http()
      .post('/auth/password')
      .set(bearer(token))
      .send({ currentPassword: 'nope', newPassword: 'Chosen2026x' });
    expect(wrongCurrent.body.details[0].field).toBe('currentPassword');
  });

  it('applies the rule when the admin sets a password too, and refuses a jurisdiction that does not fit the role', async () => {
    const weak = await asAdmin('post', '/users').send({
      username: freshName(),
      displayName: 'x',
      role: 'bureau',
      jurisdiction: district,
      password: 'password',
    });
    expect(weak.status).toBe(400);
    expect(weak.body.details[0].field).toBe('password');
    for (const [role, jurisdiction] of [
      ['mediator', district],
      ['bureau', township],
      ['admin', district],
      ['leader', 'NOPE'],
      ['leader', null],
    ]) {
      const response = await asAdmin('post', '/users').send({
        username: freshName(),
        displayName: 'x',
        role,
        jurisdiction,
        password: 'Issued2026',
      });
      expect(`${role}@${jurisdiction}: ${response.status} ${response.body.details?.[0]?.field}`).toBe(
        `${role}@${jurisdiction}: 400 jurisdiction`,
      );
    }
  });

  it('ends a disabled user’s tokens on the next request, and refuses the login', async () => {
    const username = await newUser();
    const token = await signedIn(username);
    await http().get('/alerts').set(bearer(token)).expect(200);
    const disabled = await asAdmin('patch', `/users/${username}`).send({ disabled: true }).expect(200);
    expect(disabled.body.disabled).toBe(true);
    const after = await http().get('/alerts').set(bearer(token));
    expect(after.status).toBe(401);
    expect(after.body.error).toBe('UNAUTHENTICATED');
    await login(username, 'Chosen2026x').expect(401);
    await asAdmin('patch', `/users/${username}`).send({ disabled: false }).expect(200);
    await login(username, 'Chosen2026x').expect(200);
  });

  it('ends the tokens when the role or jurisdiction changes, not when only the name does', async () => {
    const username = await newUser();
    const token = await signedIn(username);
    await asAdmin('patch', `/users/${username}`).send({ displayName: '改名' }).expect(200);
    // Found by the fuzz suite: a field a change may leave out is not set to null (400, not a 500).
    for (const field of ['displayName', 'role', 'disabled']) {
      const refused = await asAdmin('patch', `/users/${username}`).send({ [field]: null });
      expect({ field, status: refused.status }).toEqual({ field, status: 400 });
      expect(refused.body.details[0].field).toBe(field);
    }
    await http().get('/alerts').set(bearer(token)).expect(200);
    await asAdmin('patch', `/users/${username}`).send({ role: 'bureau', jurisdiction: district }).expect(200);
    await http().get('/alerts').set(bearer(token)).expect(401);
    const again = await login(username, 'Chosen2026x').expect(200);
    expect(again.body.user).toMatchObject({ role: 'bureau', jurisdiction: district });
    const wrong = await asAdmin('patch', `/users/${username}`).send({ role: 'mediator' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.details[0].field).toBe('jurisdiction');
    await asAdmin('patch', '/users/nobody-here').send({ displayName: 'x' }).expect(404);
    const self = await asAdmin('patch', '/users/admin').send({ disabled: true });
    expect(self.status).toBe(400);
  });

  it('a reset ends the tokens and asks for a new password at the next login', async () => {
    const username = await newUser();
    const token = await signedIn(username);
    await asAdmin('post', `/users/${username}/reset-password`).send({ password: 'Reset2026' }).expect(200);
    await http().get('/alerts').set(bearer(token)).expect(401);
    const next = await login(username, 'Reset2026').expect(200);
    expect(next.body.user.mustChangePassword).toBe(true);
    await asAdmin('post', '/users/nobody-here/reset-password').send({ password: 'Reset2026' }).expect(404);
  });

  it('locks an account after 5 failed logins whatever the address, for the lockout period', async () => {
    const username = await newUser();
    await signedIn(username);
    for (let i = 0; i < 5; i += 1) await login(username, `wrong-${i}`).expect(401);
    const locked = await login(username, 'Chosen2026x');
    expect(locked.status).toBe(429);
    expect(locked.body).toEqual({ statusCode: 429, error: 'TOO_MANY_ATTEMPTS', message: expect.any(String) });
    // The lockout (3 s in this stack) runs out without another attempt.
    await quietFor(3200);
    await login(username, 'Chosen2026x').expect(200);
  });

  it('ends an idle session, and keeps one in use alive by renewing its token', async () => {
    const username = await newUser();
    let token = await signedIn(username);
    // 3 s idle timeout: a request every second for 5 s, each taking any renewed token.
    for (let i = 0; i < 5; i += 1) {
      await quietFor(1000);
      const response = await http().get('/alerts').set(bearer(token)).expect(200);
      token = (response.headers['x-access-token'] as string | undefined) ?? token;
    }
    // Longer than the idle timeout without a request.
    await quietFor(3500);
    await http().get('/alerts').set(bearer(token)).expect(401);
  });

  it('records logins, password changes, resets and user changes in the audit log, for the admin only', async () => {
    const username = await newUser();
    await login(username, 'bad-guess').expect(401);
    await signedIn(username);
    await asAdmin('post', `/users/${username}/reset-password`).send({ password: 'Reset2026' }).expect(200);
    const mine = await asAdmin('get', `/audit?pageSize=100&actor=${username}`).expect(200);
    expect(
      mine.body.items.map((row: { action: string; outcome: string }) => `${row.action}:${row.outcome}`),
    ).toEqual(['password_change:success', 'login:success', 'login:failure']);
    expect(mine.body.items[0]).toEqual({
      id: expect.any(String),
      at: expect.any(String),
      actor: username,
      action: 'password_change',
      target: `user:${username}`,
      ip: expect.stringMatching(/127\.0\.0\.1/),
      outcome: 'success',
      details: {},
    });
    const byAdmin = await asAdmin(
      'get',
      `/audit?actor=admin&action=password_reset&from=${new Date(Date.now() - 60_000).toISOString()}`,
    ).expect(200);
    expect(byAdmin.body.items[0]).toMatchObject({ target: `user:${username}`, outcome: 'success' });
    const created = await asAdmin('get', '/audit?action=user_create&pageSize=100').expect(200);
    expect(created.body.items.some((row: { target: string }) => row.target === `user:${username}`)).toBe(
      true,
    );
    const bad = await asAdmin('get', '/audit?from=yesterday');
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].field).toBe('from');
  });

  it('lets the application role add audit rows but never change or remove them', async () => {
    const db = app.get(DataSource);
    await expect(db.query(`UPDATE audit_log SET outcome = 'success' WHERE action = 'login'`)).rejects.toThrow(
      /permission denied/,
    );
    await expect(db.query(`DELETE FROM audit_log`)).rejects.toThrow(/permission denied/);
    await expect(db.query(`TRUNCATE audit_log`)).rejects.toThrow(/permission denied/);
    await expect(db.query(`UPDATE timeline SET actor = 'x'`)).rejects.toThrow(/permission denied/);
    const [{ user }] = await db.query(`SELECT current_user AS user`);
    const owner = await asOwner(
      async (client) => (await client.query(`SELECT current_user AS user`)).rows[0].user,
    );
    expect(user).not.toBe(owner);
  });
});
