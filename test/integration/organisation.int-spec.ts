import { randomBytes } from 'node:crypto';
import { type AppConfig, validateEnv } from '@boundary/config';
import {
  ChannelRepository,
  OrganisationRepository,
  provisionDatabase,
  seedDemoOrganisation,
  verifyIntegrity,
} from '@boundary/persistence';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createDataSource } from '../../libs/persistence/src/data-source';
import { seedDistrict } from '../support/organisation';
import { asOwner } from '../support/owner';
import { type Stack, newCase, secondsPolicy, startStack } from '../support/stack';
import { eventually, quietFor } from '../support/waits';

describe('the jurisdiction tree and its responsible persons', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ policy: secondsPolicy() });
  });
  afterAll(() => stack.stop());

  it('lets the admin add jurisdictions under a parent of the right level, and refuses duplicates', async () => {
    const admin = await stack.as('admin');
    const code = `V${randomBytes(3).toString('hex')}`;
    const token = await stack.token('admin');
    const create = (body: object) =>
      stack.http().post('/jurisdictions').set('authorization', `Bearer ${token}`).send(body);
    const created = await create({ code, name: '石门村', level: 'village', parentCode: 'T01' }).expect(201);
    expect(created.body).toEqual({ code, name: '石门村', level: 'village', parentCode: 'T01' });
    const duplicate = await create({ code, name: '石门村', level: 'village', parentCode: 'T01' });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error).toBe('CONFLICT');
    for (const body of [
      { code: `${code}X`, name: '乡', level: 'township', parentCode: 'T01' },
      { code: `${code}Y`, name: '市', level: 'city', parentCode: 'C01' },
      { code: `${code}Z`, name: '村', level: 'village', parentCode: 'NOPE' },
    ]) {
      const refused = await create(body);
      expect(refused.status).toBe(400);
      expect(refused.body.details[0].field).toBe('parentCode');
    }
    const bad = await create({ code: 'has space', name: '', level: 'county', parentCode: 7 });
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'code',
      'level',
      'name',
      'parentCode',
    ]);
    const listed = await admin.get('/jurisdictions').expect(200);
    expect(listed.body).toContainEqual({ code, name: '石门村', level: 'village', parentCode: 'T01' });
  });

  it('names the responsible persons, who must be active users', async () => {
    const token = await stack.token('admin');
    const patch = (code: string, body: object) =>
      stack.http().patch(`/jurisdictions/${code}`).set('authorization', `Bearer ${token}`).send(body);
    const { townships, users } = await seedDistrict(stack.app.get(DataSource), 'RSQ');
    const named = await patch(townships[0], {
      firstResponsible: users.leader,
      directResponsible: users.mediator,
    }).expect(200);
    expect(named.body).toMatchObject({ firstResponsible: users.leader, directResponsible: users.mediator });
    const unknown = await patch(townships[0], { directResponsible: 'nobody-at-all' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.details[0].field).toBe('directResponsible');
    await patch('NOPE', { name: 'x' }).expect(404);
    // A name can be left out of a change but not set to null: a 400, not the database's NOT NULL.
    const nameless = await patch(townships[0], { name: null });
    expect(nameless.status).toBe(400);
    expect(nameless.body.details[0].field).toBe('name');
    const cleared = await patch(townships[0], { directResponsible: null }).expect(200);
    expect(cleared.body.directResponsible).toBeUndefined();
    const audit = await stack
      .http()
      .get(`/audit?action=jurisdiction_update&actor=admin`)
      .set('authorization', `Bearer ${token}`)
      .expect(200);
    expect(audit.body.items[0]).toMatchObject({ target: `jurisdiction:${townships[0]}`, outcome: 'success' });
  });

  it('sends the township’s misses to its two responsible persons exactly once each, besides the leaders', async () => {
    const dataSource = stack.app.get(DataSource);
    const { townships, users } = await seedDistrict(dataSource, 'RSP');
    // The leader is also the first responsible person: still one alert for one miss.
    const token = await stack.token('admin');
    await stack
      .http()
      .patch(`/jurisdictions/${townships[0]}`)
      .set('authorization', `Bearer ${token}`)
      .send({ firstResponsible: users.leader, directResponsible: users.mediator })
      .expect(200);
    const mediator = await stack.as(users.mediator);
    const caseId = (await mediator.post('/disputes', newCase(townships[0])).expect(201)).body.id;
    const incident = await mediator
      .post('/incidents', {
        title: '界桩处聚集',
        type: 'mass_gathering',
        severity: 'I',
        jurisdiction: townships[0],
        description: '聚集',
      })
      .expect(201);
    const missed = async (subjectId: string) =>
      (
        await dataSource.query(
          `SELECT recipient, deadline_kind AS kind FROM alerts
           WHERE subject_id = $1 AND kind = 'deadline_missed' ORDER BY recipient, deadline_kind`,
          [subjectId],
        )
      ).map((row: { recipient: string; kind: string }) => `${row.recipient}:${row.kind}`);
    await eventually(async () => ((await missed(caseId)).length >= 2 ? true : undefined), {
      timeoutMs: 30_000,
    });
    await eventually(async () => ((await missed(incident.body.id)).length >= 4 ? true : undefined), {
      timeoutMs: 30_000,
    });
    // No second alert for the same miss, nor one for a leader named responsible too.
    await quietFor(1500);
    expect(await missed(caseId)).toEqual([`${users.leader}:report`, `${users.mediator}:report`]);
    expect(await missed(incident.body.id)).toEqual([
      `${users.leader}:acknowledge`,
      `${users.leader}:arrive`,
      `${users.mediator}:acknowledge`,
      `${users.mediator}:arrive`,
    ]);
  });
});

describe('the recipients of an alert', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  it('names each active user of the audience once, in the audience order', async () => {
    const dataSource = stack.app.get(DataSource);
    const organisation = new OrganisationRepository(dataSource);
    const { code, townships, users } = await seedDistrict(dataSource, 'RCP');
    await dataSource.query(
      `UPDATE jurisdictions SET first_responsible = $1, direct_responsible = $2 WHERE code = $3`,
      [users.leader, users.mediator, townships[0]],
    );
    const leaders = { role: 'leader' as const, jurisdiction: code };
    const responsible = { role: 'responsible' as const, jurisdiction: townships[0] };
    expect(await organisation.recipientsOf([leaders, responsible])).toEqual([users.leader, users.mediator]);
    expect(await organisation.recipientsOf([responsible, leaders])).toEqual([users.leader, users.mediator]);
    expect(
      await organisation.recipientsOf([
        { role: 'bureau', jurisdiction: code },
        { role: 'mediator', jurisdiction: townships[0] },
      ]),
    ).toEqual([users.bureau, users.mediator]);
    // Nobody: a township without responsible persons, a role nobody holds there, an unknown jurisdiction.
    expect(
      await organisation.recipientsOf([
        { role: 'responsible', jurisdiction: townships[1] },
        { role: 'mediator', jurisdiction: townships[1] },
        { role: 'leader', jurisdiction: 'NOWHERE' },
      ]),
    ).toEqual([]);
    expect(await organisation.recipientsOf([])).toEqual([]);
    await asOwner((owner) =>
      owner.query(`UPDATE users SET disabled = true WHERE username = $1`, [users.leader]),
    );
    expect(await organisation.recipientsOf([leaders, responsible])).toEqual([users.mediator]);
  });

  it("reads where an alert reaches a user, the jurisdiction's robots included, in one statement", async () => {
    const dataSource = stack.app.get(DataSource);
    const channels = new ChannelRepository(dataSource);
    const { code, townships, users } = await seedDistrict(dataSource, 'RCH');
    await dataSource.query(
      `UPDATE jurisdictions SET wecom_robot_url = $2, dingtalk_robot_url = $3, dingtalk_robot_secret = $4
       WHERE code = $1`,
      [townships[0], 'https://wecom.example/send?key=k', 'https://dingtalk.example/send?t=t', 'SECs'],
    );
    // A DingTalk robot without its secret cannot sign, so it does not count.
    await dataSource.query(`UPDATE jurisdictions SET dingtalk_robot_url = $2 WHERE code = $1`, [
      code,
      'https://dingtalk.example/send?t=d',
    ]);
    await dataSource.query(`UPDATE users SET phone = $2 WHERE username = $1`, [
      users.mediator,
      '13800000009',
    ]);
    await dataSource.query(`UPDATE users SET webhook_url = $2 WHERE username = $1`, [
      users.bureau,
      'https://hooks.example/bureau',
    ]);
    const statements = jest.spyOn(dataSource, 'query');
    expect(await channels.reachOf(users.mediator)).toEqual({
      username: users.mediator,
      phone: '13800000009',
      webhookUrl: null,
      robots: {
        wecomRobot: { url: 'https://wecom.example/send?key=k' },
        dingtalkRobot: { url: 'https://dingtalk.example/send?t=t', secret: 'SECs' },
      },
    });
    expect(statements).toHaveBeenCalledTimes(1);
    statements.mockRestore();
    expect(await channels.reachOf(users.bureau)).toEqual({
      username: users.bureau,
      phone: null,
      webhookUrl: 'https://hooks.example/bureau',
      robots: { wecomRobot: null, dingtalkRobot: null },
    });
    expect((await channels.reachOf('admin'))?.robots).toEqual({ wecomRobot: null, dingtalkRobot: null });
    expect(await channels.reachOf('nobody.here')).toBeNull();
  });
});

describe('integrity and production start', () => {
  it('finds the first altered audit row, and holds again once it is put back', async () => {
    const stack = await startStack();
    try {
      await (await stack.as('admin')).get('/audit').expect(200);
      const dataSource = stack.app.get(DataSource);
      expect((await verifyIntegrity(dataSource)).audit).toBeNull();
      const [{ id, outcome }] = await dataSource.query(
        `SELECT id, outcome FROM audit_log WHERE action = 'login' ORDER BY id LIMIT 1`,
      );
      await asOwner((owner) =>
        owner.query(`UPDATE audit_log SET outcome = $2 WHERE id = $1`, [
          id,
          outcome === 'success' ? 'failure' : 'success',
        ]),
      );
      expect((await verifyIntegrity(dataSource)).audit).toBe(id);
      await asOwner((owner) => owner.query(`UPDATE audit_log SET outcome = $2 WHERE id = $1`, [id, outcome]));
      expect((await verifyIntegrity(dataSource)).audit).toBeNull();
    } finally {
      await stack.stop();
    }
  });

  it('never loads the demo organisation in production', async () => {
    const base = process.env.OWNER_DATABASE_URL as string;
    const name = `boundary_prod_${randomBytes(4).toString('hex')}`;
    const admin = new Client({ connectionString: new URL('/postgres', base).toString() });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = new URL(`/${name}`, base).toString();
    try {
      const config: AppConfig = validateEnv({
        NODE_ENV: 'production',
        DATABASE_URL: url,
        JWT_SECRET: 'p'.repeat(32),
        ALERT_WEBHOOK_SECRET: 'q'.repeat(32),
      });
      expect(config.seedDemo).toBe(false);
      const report = await provisionDatabase(config);
      expect(report.demoLoaded).toBe(false);
      const dataSource = createDataSource({ url, poolSize: 1 });
      await dataSource.initialize();
      try {
        expect(await dataSource.query(`SELECT username FROM users`)).toEqual([]);
        await expect(seedDemoOrganisation(dataSource, 'production')).rejects.toThrow(
          /never loaded in production/,
        );
        expect(await dataSource.query(`SELECT username FROM users`)).toEqual([]);
      } finally {
        await dataSource.destroy();
      }
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    }
  });
});
