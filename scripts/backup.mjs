#!/usr/bin/env node
// `npm run backup` and `npm run restore`: the app's database and Temporal's two (temporal, temporal_visibility)
// as one consistent copy, and back.
//
//   npm run backup -- [--out DIR]                 writes DIR (default backups/<UTC time>) with one pg_dump each
//   npm run restore -- --from DIR [--force]       into the databases the environment names; they must be empty
//
// Which databases: the app's is MIGRATION_DATABASE_URL (the owner's login), else DATABASE_URL; Temporal's sit
// on the same server as `temporal` and `temporal_visibility` unless TEMPORAL_DATABASE_URL and
// TEMPORAL_VISIBILITY_DATABASE_URL name them. The tests pass every URL as a flag (--app, --temporal, --visibility).
//
// Why it is consistent: Temporal's history is the truth and the read model its projection, written by
// activities only after the workflow task that scheduled them has committed. The backup first locks every
// table of the app's database against writes (projections wait, then retry), then takes Temporal's snapshots,
// then the app's. So the copy of the read model holds exactly what the copied histories had projected, plus
// at most projections whose completion the copy has not recorded yet: after a restore those activities run
// again and, being idempotent by timeline seq, change nothing. The lock lasts until pg_dump has the snapshots.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { REPO_ROOT, ensureDatabase, loadEnvDefaults } from './lib/services.mjs';

const PARTS = ['app', 'temporal', 'visibility'];

function requireFromRepo(name) {
  return createRequire(join(REPO_ROOT, 'package.json'))(name);
}

function options(argv) {
  const result = {};
  for (let i = 0; i < argv.length; i += 1) {
    const key = argv[i].replace(/^--/, '');
    if (key === 'force') result.force = true;
    else result[key] = argv[(i += 1)];
  }
  return result;
}

function at(url, database) {
  const copy = new URL(url);
  copy.pathname = `/${database}`;
  return copy.toString();
}

/** The three databases, from flags first, then the environment. */
function targets(opts) {
  const env = loadEnvDefaults();
  const app = opts.app ?? env.MIGRATION_DATABASE_URL ?? env.DATABASE_URL;
  return {
    app,
    temporal: opts.temporal ?? env.TEMPORAL_DATABASE_URL ?? at(app, 'temporal'),
    visibility: opts.visibility ?? env.TEMPORAL_VISIBILITY_DATABASE_URL ?? at(app, 'temporal_visibility'),
  };
}

function run(cmd, args) {
  return new Promise((done, fail) => {
    let stderr = '';
    const child = spawn(cmd, args, { stdio: ['ignore', 'inherit', 'pipe'] });
    child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-8000)));
    child.on('error', fail);
    child.on('close', (code) =>
      code === 0 ? done() : fail(new Error(`${cmd} ${args.at(-1)} 失败 / failed: ${stderr.trim()}`)),
    );
  });
}

async function connect(url) {
  const { Client } = requireFromRepo('pg');
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  return client;
}

/** A transaction whose snapshot pg_dump can share (`--snapshot`), kept open until the dump ends. */
async function exportSnapshot(client) {
  const { rows } = await client.query('SELECT pg_export_snapshot() AS id');
  return rows[0].id;
}

async function backup(opts) {
  const urls = targets(opts);
  const out = resolve(opts.out ?? join(REPO_ROOT, 'backups', new Date().toISOString().replace(/[:.]/g, '-')));
  mkdirSync(out, { recursive: true });
  const clients = Object.fromEntries(
    await Promise.all(PARTS.map(async (part) => [part, await connect(urls[part])])),
  );
  try {
    const tables = await clients.app.query(
      `SELECT string_agg(format('%I.%I', schemaname, tablename), ', ') AS list
         FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')`,
    );
    // In REPEATABLE READ the snapshot is taken by the first query after BEGIN: LOCK comes first, on purpose.
    for (const part of PARTS) await clients[part].query('BEGIN ISOLATION LEVEL REPEATABLE READ');
    if (tables.rows[0].list) await clients.app.query(`LOCK TABLE ${tables.rows[0].list} IN SHARE MODE`);
    const snapshots = {};
    for (const part of ['temporal', 'visibility', 'app'])
      snapshots[part] = await exportSnapshot(clients[part]);
    await Promise.all(
      PARTS.map((part) =>
        run('pg_dump', [
          '--format=custom',
          `--snapshot=${snapshots[part]}`,
          `--file=${join(out, `${part}.dump`)}`,
          `--dbname=${urls[part]}`,
        ]),
      ),
    );
    writeFileSync(
      join(out, 'manifest.json'),
      JSON.stringify(
        {
          takenAt: new Date().toISOString(),
          databases: Object.fromEntries(PARTS.map((part) => [part, new URL(urls[part]).pathname.slice(1)])),
        },
        null,
        2,
      ),
    );
  } finally {
    await Promise.all(Object.values(clients).map((client) => client.end().catch(() => {})));
  }
  console.log(`✔ 备份完成 / backup written: ${out}`);
  return out;
}

async function isEmpty(url) {
  const client = await connect(url);
  try {
    const { rows } = await client.query(
      `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')`,
    );
    return rows[0].n === 0;
  } finally {
    await client.end();
  }
}

async function restore(opts) {
  if (!opts.from) throw new Error('--from <备份目录 / backup directory> 必填 / is required');
  const from = resolve(opts.from);
  JSON.parse(readFileSync(join(from, 'manifest.json'), 'utf8'));
  const urls = targets(opts);
  for (const part of PARTS) {
    await ensureDatabase(urls[part]);
    if (!opts.force && !(await isEmpty(urls[part]))) {
      throw new Error(
        `${new URL(urls[part]).pathname.slice(1)} 不是空库，拒绝覆盖（--force 可强制）/ is not empty, refusing to overwrite (--force)`,
      );
    }
  }
  // One after the other: the temporal dump is the big one, and three at once would only compete for the disk.
  for (const part of PARTS) {
    await run('pg_restore', [
      ...(opts.force ? ['--clean', '--if-exists'] : []),
      '--exit-on-error',
      `--dbname=${urls[part]}`,
      join(from, `${part}.dump`),
    ]);
  }
  for (const part of ['temporal', 'visibility']) {
    const client = await connect(urls[part]);
    try {
      // Temporal's schema tool keys its version row by database name: a copy under another name must say its own.
      await client.query('UPDATE schema_version SET db_name = current_database()');
      // The hosts of the backed-up cluster were alive when it was taken: a server starting on the copy would try
      // to join them and route shards to addresses where nobody listens any more.
      if (part === 'temporal') await client.query('DELETE FROM cluster_membership');
    } finally {
      await client.end();
    }
  }
  console.log(`✔ 已恢复 / restored from ${from}`);
}

const [command, ...rest] = process.argv.slice(2);
const commands = { backup, restore };
try {
  if (!commands[command]) throw new Error(`unknown command "${command}" (backup | restore)`);
  await commands[command](options(rest));
} catch (error) {
  console.error(`✗ ${error.message}`);
  process.exit(1);
}
