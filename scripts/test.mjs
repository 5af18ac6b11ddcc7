#!/usr/bin/env node
// `npm test`: make sure dependencies, the Temporal CLI and the local services are there, then run jest.
// Integration tests start their own Temporal dev server from TEMPORAL_CLI; jest's config decides the workers.
//
// Extra arguments go to jest: `npm test -- --selectProjects unit`.
import { spawn } from 'node:child_process';
import { findOrBuildTemporalCli } from './lib/temporal-cli.mjs';
import { REPO_ROOT, ensureDependencies, loadEnvDefaults, requireServices } from './lib/services.mjs';

async function prepare() {
  await ensureDependencies();
  const temporalCli = await findOrBuildTemporalCli({ log: (msg) => console.log(`» ${msg}`) });
  await requireServices(loadEnvDefaults());
  // Only TEMPORAL_CLI is added: the tests choose their own database/Redis defaults.
  return { ...process.env, TEMPORAL_CLI: temporalCli };
}

// The fault-injection suite stops and restarts its own servers for minutes; it runs as `npm run test:reliability`.
// Recording replay histories writes files that are a contract with running workflows: `npm run replay:record` only.
const DEFAULT_SELECTION = ['--ignoreProjects', 'reliability', 'replay-record'];

function runJest(env) {
  const args = process.argv.slice(2);
  const selection = args.some((arg) => arg.startsWith('--selectProjects')) ? [] : DEFAULT_SELECTION;
  // --no-install: a missing local jest is a broken install, not a reason to fetch one from the registry.
  // The selection goes last: --ignoreProjects takes every word after it, and would swallow a test path.
  const child = spawn('npx', ['--no-install', 'jest', '--ci', ...args, ...selection], {
    cwd: REPO_ROOT,
    env,
    stdio: 'inherit',
  });
  // Ctrl-C already reaches jest through the terminal; a SIGTERM from CI does not, so pass it on.
  for (const signal of ['SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  process.on('SIGINT', () => {}); // let jest handle it and report, then exit with its code below
  child.on('error', (error) => {
    console.error(`✗ jest 无法启动 / could not start: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

try {
  runJest(await prepare());
} catch (error) {
  console.error(`✗ ${error.message}`);
  process.exit(1);
}
