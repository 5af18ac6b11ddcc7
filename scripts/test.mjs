#!/usr/bin/env node
// `npm test`: make sure dependencies, the Temporal CLI and the local services are there, then run jest.
// Integration tests start their own Temporal dev server from TEMPORAL_CLI; jest's config decides the workers.
// TEMPORAL_PERSISTENCE=postgres runs them on the production Temporal server on PostgreSQL instead (each run on
// databases of its own), built here first when missing.
//
// Extra arguments go to jest: `npm test -- --selectProjects unit`.
import { spawn } from 'node:child_process';
import { findOrBuildTemporalCli } from './lib/temporal-cli.mjs';
import { PERSISTENCE, findOrBuildTemporalServer } from './lib/temporal-postgres.mjs';
import { REPO_ROOT, ensureDependencies, loadEnvDefaults, requireServices } from './lib/services.mjs';

async function prepare() {
  await ensureDependencies();
  const log = (msg) => console.log(`» ${msg}`);
  const temporalCli = await findOrBuildTemporalCli({ log });
  const server = PERSISTENCE === 'postgres' ? await findOrBuildTemporalServer({ log }) : null;
  await requireServices(loadEnvDefaults());
  // Only the binaries are added: the tests choose their own database/Redis defaults.
  return {
    ...process.env,
    TEMPORAL_CLI: temporalCli,
    ...(server && { TEMPORAL_SERVER: server.server, TEMPORAL_SQL_TOOL: server.sql }),
  };
}

// The fault-injection suite stops and restarts its own servers for minutes; it runs as `npm run test:reliability`.
// Recording replay histories writes files that are a contract with running workflows: `npm run replay:record` only.
const DEFAULT_SELECTION = ['--ignoreProjects', 'reliability', 'replay-record'];

/**
 * A plain `npm test` runs the browser project in a jest run of its own: the projects of one run share its
 * database, and the console's pages show what is there (the map every open case, the accounts page every
 * user), so the integration specs' data would crowd the browser specs' screens.
 */
const PASSES = [
  ['--selectProjects', 'unit', 'integration'],
  ['--selectProjects', 'browser'],
];

let child;
// Ctrl-C already reaches jest through the terminal; a SIGTERM from CI does not, so pass it on.
for (const signal of ['SIGTERM', 'SIGHUP']) process.on(signal, () => child?.kill(signal));
process.on('SIGINT', () => {}); // let jest handle it and report, then exit with its code below

function runJest(env, args) {
  const selection = args.some((arg) => arg.startsWith('--selectProjects')) ? [] : DEFAULT_SELECTION;
  return new Promise((done) => {
    // --no-install: a missing local jest is a broken install, not a reason to fetch one from the registry.
    // The selection goes last: --ignoreProjects takes every word after it, and would swallow a test path.
    child = spawn('npx', ['--no-install', 'jest', '--ci', ...args, ...selection], {
      cwd: REPO_ROOT,
      env,
      stdio: 'inherit',
    });
    child.on('error', (error) => {
      console.error(`✗ jest 无法启动 / could not start: ${error.message}`);
      done(1);
    });
    child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

async function main() {
  const env = await prepare();
  const args = process.argv.slice(2);
  const passes = args.length === 0 ? PASSES : [args];
  let failed = 0;
  for (const pass of passes) failed = Math.max(failed, await runJest(env, pass));
  process.exit(failed);
}

try {
  await main();
} catch (error) {
  console.error(`✗ ${error.message}`);
  process.exit(1);
}
