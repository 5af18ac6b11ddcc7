import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import Ajv, { type ErrorObject } from 'ajv';
import { parse } from 'yaml';

/*
 * No Docker engine is available where this project is developed, so the deployment files are checked
 * statically: docker-compose.yml against the Compose Specification schema, plus the cross-references the
 * schema cannot express (depends_on targets, named volumes, build targets, interpolation).
 *
 * compose-spec.json is the Compose Specification's schema/compose-spec.json (github.com/compose-spec/
 * compose-spec, Apache-2.0), vendored verbatim from the npm package dclint@3.1.0 (file
 * schemas/compose.schema.json, which that package downloads unmodified from the spec repository).
 * sha256 46b7d35f19dd93a05f8fea530291bf84d881c1791ec167ecf0e6fb94e639d496. To refresh it, copy the same file
 * from a newer dclint release or from the spec repository.
 */

const ROOT = resolve(__dirname, '../..');
const COMPOSE_FILE = join(ROOT, 'docker-compose.yml');
const DOCKERFILE = join(ROOT, 'Dockerfile');

const REQUIRED_SERVICES = ['postgresql', 'redis', 'temporal', 'temporal-ui', 'migrate', 'worker', 'api'];
const APP_SERVICES = ['migrate', 'worker', 'api'];
/** Every variable the api and worker read from the environment. */
const APP_ENV_VARS = [
  'NODE_ENV',
  'LOG_LEVEL',
  'DATABASE_URL',
  'REDIS_URL',
  'TEMPORAL_ADDRESS',
  'TEMPORAL_NAMESPACE',
  'TEMPORAL_TASK_QUEUE',
  'JWT_SECRET',
  'POLICY_FILE',
  'ALERT_WEBHOOK_SECRET',
];
/** The apps require 16+ characters for each secret in production. */
const SECRETS = {
  JWT_SECRET: 'test-jwt-secret-0123456789',
  ALERT_WEBHOOK_SECRET: 'test-webhook-secret-0123456789',
};

type Json = Record<string, unknown>;

interface Service {
  image?: string;
  build?: string | { context?: string; dockerfile?: string; target?: string };
  command?: string | string[];
  environment?: Record<string, unknown> | string[];
  depends_on?: string[] | Record<string, { condition: string }>;
  healthcheck?: { test?: unknown; disable?: boolean };
  volumes?: (string | { type?: string; source?: string })[];
  restart?: string;
  ports?: unknown[];
}

interface ComposeFile {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
  [key: string]: unknown;
}

function readJson(path: string): Json {
  return JSON.parse(readFileSync(path, 'utf8')) as Json;
}

function loadCompose(text = readFileSync(COMPOSE_FILE, 'utf8')): ComposeFile {
  // Compose resolves YAML merge keys (`<<: *anchor`), which YAML 1.2 leaves off by default.
  return parse(text, { merge: true }) as ComposeFile;
}

function schemaErrors(document: unknown): string[] {
  const schema = readJson(join(__dirname, 'compose-spec.json'));
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  // The spec names draft-07 by its https URL; Ajv only knows the http one, so register the same
  // meta-schema under the spec's URL to keep the schema itself validated.
  const draft07 = readJson(require.resolve('ajv/dist/refs/json-schema-draft-07.json'));
  ajv.addMetaSchema({ ...draft07, $id: schema.$schema as string });
  const validate = ajv.compile(schema);
  if (validate(document)) return [];
  return (validate.errors ?? []).map(
    (e: ErrorObject) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`,
  );
}

/** `${VAR}` expressions, skipping `$${...}` which Compose passes through to the container literally. */
function interpolations(text: string): string[] {
  return [...text.matchAll(/(?<!\$)\$\{([^}]*)\}/g)].map((m) => m[1]);
}

/**
 * Just enough of Compose's interpolation (`:-`, `-`, `:?`, `?`) to resolve this file's values; the
 * interpolation test rejects nested expressions, which this would resolve wrongly.
 */
function interpolate(text: string, env: Record<string, string | undefined>): string {
  return text.replace(
    /(?<!\$)\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?)([-?])([^}]*))?\}/g,
    (_, name, colon, op, arg) => {
      const value = env[name as string];
      const missing = value === undefined || (colon === ':' && value === '');
      if (!missing) return value as string;
      if (op === '?') throw new Error(`${name as string}: ${arg as string}`);
      return op === '-' ? (arg as string) : '';
    },
  );
}

function envOf(service: Service): Record<string, string> {
  const { environment } = service;
  if (Array.isArray(environment)) {
    return Object.fromEntries(
      environment.map((entry) => [entry.split('=')[0], entry.slice(entry.indexOf('=') + 1)]),
    );
  }
  return Object.fromEntries(Object.entries(environment ?? {}).map(([k, v]) => [k, String(v ?? '')]));
}

function dependencies(service: Service): Record<string, string> {
  const dependsOn = service.depends_on ?? {};
  if (Array.isArray(dependsOn)) return Object.fromEntries(dependsOn.map((name) => [name, 'service_started']));
  return Object.fromEntries(Object.entries(dependsOn).map(([name, dep]) => [name, dep.condition]));
}

interface Instruction {
  keyword: string;
  args: string;
}

/** Splits a Dockerfile into instructions, joining `\` continuations and dropping comments. */
function dockerfileInstructions(text: string): Instruction[] {
  const lines = text.split('\n').filter((line) => !/^\s*#/.test(line));
  const joined = lines.join('\n').replace(/\\\n/g, ' ');
  return joined
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => {
      const [keyword, ...rest] = line.split(/\s+/);
      return { keyword: keyword.toUpperCase(), args: rest.join(' ') };
    });
}

interface Stage {
  name?: string;
  instructions: Instruction[];
}

function dockerfileStages(text: string): Stage[] {
  const stages: Stage[] = [];
  for (const instruction of dockerfileInstructions(text)) {
    if (instruction.keyword === 'FROM') {
      const name = /\sAS\s+(\S+)\s*$/i.exec(instruction.args)?.[1];
      stages.push({ name, instructions: [instruction] });
    } else if (stages.length > 0) {
      stages[stages.length - 1].instructions.push(instruction);
    }
  }
  return stages;
}

/** `docker compose` v2 (or a v2 `docker-compose`) when installed; it validates without an engine. */
function composeCli(): string[] | undefined {
  for (const command of [['docker', 'compose'], ['docker-compose']]) {
    const probe = spawnSync(command[0], [...command.slice(1), 'version'], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    // Compose v1 predates parts of the current spec (top-level `name`), so it would reject a valid file.
    if (probe.status === 0 && /version v?[2-9]\./i.test(probe.stdout)) return command;
  }
  return undefined;
}

describe('docker-compose.yml', () => {
  const text = readFileSync(COMPOSE_FILE, 'utf8');
  const compose = loadCompose(text);
  const services = compose.services;

  it('conforms to the Compose Specification schema', () => {
    expect(schemaErrors(compose)).toEqual([]);
  });

  it('rejects what the specification rejects, so the schema check has teeth', () => {
    const broken = loadCompose(text);
    (broken.services.api as Json).restart_policy = 'always';
    (broken.services.worker as Json).depends_on = { migrate: { condition: 'service_finished' } };
    const errors = schemaErrors(broken);
    expect(errors.some((e) => e.includes('/services/api') && e.includes('restart_policy'))).toBe(true);
    expect(errors.some((e) => e.includes('/services/worker/depends_on'))).toBe(true);
  });

  it('uses the current Compose format, without the obsolete top-level version key', () => {
    expect(compose).not.toHaveProperty('version');
  });

  it('defines every service the deployment needs', () => {
    expect(Object.keys(services)).toEqual(expect.arrayContaining(REQUIRED_SERVICES));
  });

  it('builds api, worker and migrate from an existing stage of the Dockerfile', () => {
    const stageNames = dockerfileStages(readFileSync(DOCKERFILE, 'utf8')).map((s) => s.name);
    for (const name of APP_SERVICES) {
      const build = services[name].build;
      expect(build).toBeDefined();
      const {
        context = '.',
        dockerfile = 'Dockerfile',
        target,
      } = typeof build === 'string' ? { context: build } : (build ?? {});
      expect(resolve(ROOT, context, dockerfile)).toBe(DOCKERFILE);
      if (target !== undefined) expect(stageNames).toContain(target);
    }
  });

  it('runs each app service on its own entry point', () => {
    const command = (name: string): string => [services[name].command ?? []].flat().join(' ');
    expect(command('worker')).toContain('scripts/with-dist.mjs dist/apps/worker/src/main.js');
    expect(command('migrate')).toContain('scripts/with-dist.mjs dist/libs/persistence/src/cli/migrate.js');
    // api relies on the image's CMD.
    const cmd = dockerfileInstructions(readFileSync(DOCKERFILE, 'utf8')).filter((i) => i.keyword === 'CMD');
    expect(command('api') || cmd[cmd.length - 1]?.args).toContain('dist/apps/api/src/main.js');
  });

  it('passes every variable the apps read to api, worker and migrate', () => {
    for (const name of APP_SERVICES) {
      expect(Object.keys(envOf(services[name]))).toEqual(expect.arrayContaining(APP_ENV_VARS));
    }
  });

  it('runs PostgreSQL with PostGIS, which the boundary register migrations need', () => {
    expect(services.postgresql.image).toMatch(/^postgis\/postgis:\d+-3(\.\d+)?$/);
  });

  it('starts services in dependency order', () => {
    for (const [name, service] of Object.entries(services)) {
      for (const target of Object.keys(dependencies(service))) {
        expect(`${name} -> ${target}: ${target in services}`).toBe(`${name} -> ${target}: true`);
      }
    }
    expect(dependencies(services.temporal)).toMatchObject({ postgresql: 'service_healthy' });
    expect(dependencies(services.migrate)).toMatchObject({ postgresql: 'service_healthy' });
    for (const name of ['api', 'worker']) {
      expect(dependencies(services[name])).toMatchObject({
        migrate: 'service_completed_successfully',
        temporal: expect.stringMatching(/^service_(started|healthy)$/),
      });
    }
    // Compose fails `up` when service_healthy points at a service without a healthcheck.
    for (const service of Object.values(services)) {
      for (const [target, condition] of Object.entries(dependencies(service))) {
        if (condition === 'service_healthy') expect(services[target].healthcheck?.test).toBeDefined();
      }
    }
  });

  it('keeps long-running services up and does not restart the one-shot migration', () => {
    for (const [name, service] of Object.entries(services)) {
      if (name === 'migrate') expect(service.restart ?? 'no').toBe('no');
      else expect(service.restart).toMatch(/^(always|unless-stopped|on-failure(:\d+)?)$/);
    }
  });

  it('declares every named volume it mounts', () => {
    const declared = Object.keys(compose.volumes ?? {});
    for (const service of Object.values(services)) {
      for (const volume of service.volumes ?? []) {
        const source = typeof volume === 'string' ? volume.split(':')[0] : volume.source;
        const isNamed = source !== undefined && !/^[./~$]/.test(source);
        if (isNamed) expect(declared).toContain(source);
      }
    }
    expect(services.postgresql.volumes?.length).toBeGreaterThan(0);
  });

  it('gives every interpolated variable a default, except the ones it must require', () => {
    const expressions = interpolations(text);
    expect(expressions.length).toBeGreaterThan(0);
    for (const expression of expressions) {
      expect(expression).toMatch(/^[A-Za-z_][A-Za-z0-9_]*:?[-?]/);
      // interpolate() below does not handle nesting.
      expect(expression).not.toContain('${');
    }
    // The apps refuse to start in production without these, so Compose should refuse first, and say why.
    expect(expressions.filter((e) => /^[A-Za-z0-9_]+:?\?/.test(e)).sort()).toEqual([
      'ALERT_WEBHOOK_SECRET:?set ALERT_WEBHOOK_SECRET',
      'JWT_SECRET:?set JWT_SECRET',
    ]);
  });

  it('refuses to start without JWT_SECRET or ALERT_WEBHOOK_SECRET', () => {
    expect(() => interpolate(text, { ALERT_WEBHOOK_SECRET: SECRETS.ALERT_WEBHOOK_SECRET })).toThrow(
      'JWT_SECRET: set JWT_SECRET',
    );
    expect(() => interpolate(text, { JWT_SECRET: SECRETS.JWT_SECRET })).toThrow(
      'ALERT_WEBHOOK_SECRET: set ALERT_WEBHOOK_SECRET',
    );
  });

  it('resolves to a working configuration with only the secrets set', () => {
    const resolved = loadCompose(interpolate(text, SECRETS));
    expect(schemaErrors(resolved)).toEqual([]);
    for (const name of APP_SERVICES) {
      const env = envOf(resolved.services[name]);
      expect(env.JWT_SECRET).toBe(SECRETS.JWT_SECRET);
      expect(env.ALERT_WEBHOOK_SECRET).toBe(SECRETS.ALERT_WEBHOOK_SECRET);
      expect(env.NODE_ENV).toBe('production');
      expect(env.TEMPORAL_NAMESPACE).toBe('default');
      expect(env.TEMPORAL_TASK_QUEUE).toBe('boundary');
      // Each address must name a service of this file, or the app would resolve nothing inside the network.
      expect(Object.keys(services)).toContain(new URL(env.DATABASE_URL).hostname);
      expect(Object.keys(services)).toContain(new URL(env.REDIS_URL).hostname);
      expect(Object.keys(services)).toContain(env.TEMPORAL_ADDRESS.split(':')[0]);
    }
    expect(resolved.services.api.ports).toEqual(['3000:3000']);
  });

  it('never loads the demo organisation, and gives the owner login to the migration only', () => {
    const resolved = loadCompose(interpolate(text, SECRETS));
    for (const name of APP_SERVICES) {
      const env = envOf(resolved.services[name]);
      expect(env.NODE_ENV).toBe('production');
      expect(env.SEED_DEMO ?? 'false').toBe('false');
      expect('MIGRATION_DATABASE_URL' in env).toBe(name === 'migrate');
    }
    const owner = new URL(envOf(resolved.services.migrate).MIGRATION_DATABASE_URL).username;
    expect(new URL(envOf(resolved.services.api).DATABASE_URL).username).not.toBe(owner);
  });

  const cli = composeCli();
  (cli ? it : it.skip)('passes `docker compose config` when a Compose v2 CLI is installed', () => {
    const [bin, ...prefix] = cli ?? ['docker', 'compose'];
    const result = spawnSync(bin, [...prefix, '-f', COMPOSE_FILE, 'config', '--quiet'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, ...SECRETS },
      timeout: 60_000,
    });
    if (result.status !== 0) throw new Error(`docker compose config failed:\n${result.stderr}`);
  });
});

describe('Dockerfile', () => {
  const text = readFileSync(DOCKERFILE, 'utf8');
  const stages = dockerfileStages(text);
  const runtime = stages[stages.length - 1];

  it('is a multi-stage build on Node 20', () => {
    expect(stages.length).toBeGreaterThanOrEqual(3);
    const defaultImage = /^ARG\s+NODE_IMAGE=(\S+)/m.exec(text)?.[1];
    for (const stage of stages) {
      const base = stage.instructions[0].args.split(/\s+/)[0].replace('${NODE_IMAGE}', defaultImage ?? '');
      expect(base).toMatch(/^node:20[-.]/);
    }
  });

  it('installs dev dependencies for the build and only production ones for the runtime', () => {
    const runs = (stage: Stage): string =>
      stage.instructions
        .filter((i) => i.keyword === 'RUN')
        .map((i) => i.args)
        .join('\n');
    expect(stages.some((s) => /npm ci(?!.*--omit=dev)/.test(runs(s)) && /npm run build/.test(runs(s)))).toBe(
      true,
    );
    expect(stages.some((s) => /npm ci .*--omit=dev/.test(runs(s)))).toBe(true);
    expect(runs(runtime)).not.toMatch(/npm (ci|install)/);
  });

  it('copies only from stages that exist', () => {
    const names = stages.map((s) => s.name);
    for (const stage of stages) {
      for (const i of stage.instructions.filter((ins) => ins.keyword === 'COPY')) {
        const from = /--from=(\S+)/.exec(i.args)?.[1];
        if (from !== undefined) expect(names).toContain(from);
      }
    }
  });

  it('ships what the runtime needs', () => {
    const copied = runtime.instructions
      .filter((i) => i.keyword === 'COPY')
      .map((i) => i.args)
      .join('\n');
    for (const path of [
      'dist',
      'node_modules',
      'config',
      'scripts/with-dist.mjs',
      'package.json',
      'tsconfig.json',
    ]) {
      expect(copied).toContain(path);
    }
  });

  it('runs as a non-root user', () => {
    const users = runtime.instructions.filter((i) => i.keyword === 'USER').map((i) => i.args.split(':')[0]);
    // The last USER wins; node:20 images ship the unprivileged `node` user (uid 1000).
    expect(users[users.length - 1]).toBe('node');
  });

  it('has a healthcheck and a default command', () => {
    expect(runtime.instructions.some((i) => i.keyword === 'HEALTHCHECK')).toBe(true);
    expect(runtime.instructions.some((i) => i.keyword === 'CMD')).toBe(true);
  });

  it('keeps secrets and local build output out of the build context', () => {
    const ignored = readFileSync(join(ROOT, '.dockerignore'), 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.length > 0 && !line.startsWith('#'));
    expect(ignored).toEqual(expect.arrayContaining(['.env', 'node_modules', 'dist', '.git']));
    // The runtime stage copies these from the context.
    for (const needed of ['config', 'scripts', 'apps', 'libs', 'package.json', 'package-lock.json']) {
      expect(ignored).not.toContain(needed);
    }
  });
});
