import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import request from 'supertest';
import { provisionForTests } from '../support/owner';
import { PostgresTemporalServer, onPostgresTemporal } from '../support/temporal-server';
import { type FaultStack, inconsistencies, startFaultStack } from './fault-stack';
import { scratchDir } from './faults';
import { countAlerts, openCases, persistently, settle } from './helpers';

const run = promisify(execFile);
const REPO = resolve(__dirname, '../..');
const PG_BASE = process.env.TEST_DATABASE_BASE_URL ?? 'postgres://postgres@127.0.0.1:5432';
const POLICY = { reportWithin: 'PT40S' };

const backupTool = (args: string[]) =>
  run(process.execPath, [join(REPO, 'scripts/backup.mjs'), ...args], { cwd: REPO });

/** Only the production server keeps Temporal in PostgreSQL, where a backup can reach it. */
const describeOnPostgres = onPostgresTemporal() ? describe : describe.skip;

describeOnPostgres('npm run backup, then npm run restore into fresh databases', () => {
  let source: FaultStack | undefined;
  let restored: FaultStack | undefined;
  const runId = `restored_${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  const appUrl = `${PG_BASE}/boundary_${runId}`;
  const dropRestored = async () => {
    await run('psql', [
      `${PG_BASE}/postgres`,
      '-qc',
      `DROP DATABASE IF EXISTS "boundary_${runId}" WITH (FORCE)`,
    ]);
    await run(process.execPath, [
      join(REPO, 'scripts/lib/temporal-postgres.mjs'),
      'drop',
      '--database-url',
      `${PG_BASE}/postgres`,
      '--run-id',
      runId,
    ]);
  };
  afterAll(async () => {
    await source?.stop();
    await restored?.stop();
    // Whatever a failure left behind before the restored stack took the databases over.
    await dropRestored();
  });

  it('brings back open cases that go on and whose deadlines still fire', async () => {
    source = await startFaultStack(POLICY);
    const ids = await openCases(source, 'backup', 3);
    const dir = scratchDir();
    const temporalUrls = (source.temporal as PostgresTemporalServer).databaseUrls;
    await backupTool([
      'backup',
      '--out',
      dir,
      '--app',
      source.database.ownerUrl,
      '--temporal',
      temporalUrls.temporal,
      '--visibility',
      temporalUrls.visibility,
    ]);
    // The original is gone for good before anything is restored.
    await source.stop();
    source = undefined;

    await backupTool([
      'restore',
      '--from',
      dir,
      '--app',
      appUrl,
      '--temporal',
      `${PG_BASE}/temporal_${runId}`,
      '--visibility',
      `${PG_BASE}/temporal_visibility_${runId}`,
    ]);
    const temporal = await PostgresTemporalServer.start({ runId, databaseUrl: `${PG_BASE}/postgres` });
    restored = await startFaultStack(POLICY, {
      temporal,
      database: {
        ownerUrl: appUrl,
        applicationUrl: await provisionForTests(appUrl),
        drop: dropRestored,
      },
    });

    const token = await restored.token('mediator.a');
    for (const id of ids) {
      const response = await request(restored.app.getHttpServer())
        .get(`/disputes/${id}`)
        .set('authorization', `Bearer ${token}`);
      expect(response.status).toBe(200);
      expect(response.body.status).toBe('screening');
    }
    // An open case takes its next step (its first write may wait out the dead worker's sticky queue and
    // answer 503, which a patient client retries)...
    const reported = await persistently(
      () =>
        request(restored!.app.getHttpServer())
          .post(`/disputes/${ids[0]}/report`)
          .set('authorization', `Bearer ${token}`)
          .send({ tier: 'village', summary: '恢复后上报' }),
      (status) => status === 200,
    );
    expect(reported.body.status).toBe('reported');
    // ...and the others' report deadlines, set before the backup, fall due on the restored server, once each.
    const waiting = ids.slice(1);
    await settle(
      async () => (await countAlerts(restored!, 'deadline_missed', 'leader', waiting)) >= waiting.length,
      120_000,
    );
    expect(await countAlerts(restored, 'deadline_missed', 'leader', waiting)).toBe(waiting.length);
    expect(await inconsistencies(restored, ids)).toEqual([]);
  }, 300_000);
});
