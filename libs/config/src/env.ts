import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  databaseUrl: string;
  dbPoolSize: number;
  redisUrl: string;
  /** Namespaces every BullMQ key, so test runs and deployments sharing a Redis never meet. */
  redisPrefix: string;
  temporalAddress: string;
  temporalNamespace: string;
  taskQueue: string;
  /** Cases are long-lived and rarely touched: a bounded cache keeps the worker's memory flat. */
  workerMaxCachedWorkflows: number;
  /** How long the API waits for Temporal on one call before answering 503 rather than hanging. */
  temporalCallTimeoutMs: number;
  /** Owner of the schema: runs migrations and grants; the API and worker connect with `databaseUrl`. */
  migrationDatabaseUrl: string;
  jwtSecret: string;
  /** The longest a sign-in lasts, however busy the session (JWT_EXPIRES_IN). */
  sessionLifetimeSeconds: number;
  /** A session without a request for this long ends; each request while in use pushes it back. */
  sessionIdleSeconds: number;
  /** How long the API trusts its copy of a user's token version and status before asking the database. */
  sessionCheckSeconds: number;
  /** Login attempts allowed per username and client address per minute. */
  loginRateLimit: number;
  /** Failed logins of one account, from any address, that lock it. */
  loginMaxFailures: number;
  /** How long a locked account stays locked, and the window its failures are counted in. */
  loginLockoutSeconds: number;
  webhookSecret: string;
  /** Hosts that outbound URLs (webhooks) may name although they are loopback or private. */
  outboundAllow: string[];
  /** The console's address as people reach it: the phone acknowledge links point here. */
  publicUrl: string;
  /** How long a phone acknowledge link works (it works once). */
  ackLinkTtlSeconds: number;
  /** Alibaba Cloud SMS; without SMS_ACCESS_KEY_ID no SMS is sent (the delivery is recorded as failed). */
  sms: SmsSettings | undefined;
  /** The deadline and escalation policy, relative to the working directory. */
  policyFile: string;
  /** Load the demo organisation when migrating; never in production. */
  seedDemo: boolean;
  /** How far a marker may stand from its line: a 双立 pair stands on both banks of a river or road. */
  markerMaxOffsetMeters: number;
  /** A base map under the register's own vector data; without one the console's map needs no internet. */
  baseMap: BaseMap | undefined;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /**
   * A CJK font (TTF, OTF or TTC) embedded in generated documents such as the 联检报告, so they read the same on
   * any machine (REPORT_FONT; the Debian package fonts-wqy-microhei by default).
   */
  reportFont: { path: string; family?: string };
}

export interface SmsSettings {
  endpoint: string;
  accessKeyId: string;
  accessKeySecret: string;
  signName: string;
  templateCode: string;
}

export interface BaseMap {
  /** Leaflet URL template: {z}/{x}/{y}, optionally {s} (a subdomain) and {key}. */
  urlTemplate: string;
  key: string | undefined;
  subdomains: string;
  attribution: string;
  /** The tile host as a Content-Security-Policy source, so the console may load its images. */
  cspSource: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`配置无效 / invalid configuration: ${problems.join('; ')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

const SECRETS_DIR = '.data';

/**
 * Development keeps a generated secret under .data/ (git-ignored) so tokens survive restarts;
 * production must be given one explicitly.
 */
function developmentSecret(name: string): string {
  const file = resolve(SECRETS_DIR, name);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('hex');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** Validates the environment once at start-up; each problem names its variable. */
export function validateEnv(env: Env): AppConfig {
  const problems: string[] = [];
  const text = (name: string, fallback?: string): string => {
    const value = env[name]?.trim() || fallback;
    if (!value) problems.push(`${name} is required`);
    return value ?? '';
  };
  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name]?.trim();
    if (!raw) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
    }
    return value;
  };
  const url = (name: string, fallback: string, protocols: string[]): string => {
    const value = text(name, fallback);
    try {
      if (!protocols.includes(new URL(value).protocol)) throw new Error();
    } catch {
      problems.push(`${name} must be a ${protocols.join(' or ')}// URL, got "${value}"`);
    }
    return value;
  };
  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const value = (env[name]?.trim() || fallback) as T;
    if (!allowed.includes(value))
      problems.push(`${name} must be one of ${allowed.join(', ')}, got "${value}"`);
    return value;
  };

  const nodeEnv = oneOf('NODE_ENV', ['development', 'production', 'test'] as const, 'development');
  const secret = (name: string, file: string): string => {
    const value = env[name]?.trim();
    if (value) {
      if (value.length < 16) problems.push(`${name} must be at least 16 characters`);
      return value;
    }
    if (nodeEnv === 'production') {
      problems.push(`${name} is required in production`);
      return '';
    }
    return developmentSecret(file);
  };
  const duration = (name: string, fallback: string): number => {
    const raw = env[name]?.trim() || fallback;
    const match = /^(\d+)(s|m|h|d)$/.exec(raw);
    if (!match || Number(match[1]) === 0) {
      problems.push(`${name} must look like 30s, 15m, 8h or 1d, got "${raw}"`);
      return 0;
    }
    return Number(match[1]) * { s: 1, m: 60, h: 3600, d: 86_400 }[match[2] as 's' | 'm' | 'h' | 'd'];
  };
  const seedDemo = oneOf('SEED_DEMO', ['true', 'false'] as const, 'true') === 'true';
  if (nodeEnv === 'production' && env.SEED_DEMO?.trim() === 'true') {
    problems.push('SEED_DEMO cannot be true in production: the demo accounts share a published password');
  }
  const databaseUrl = url('DATABASE_URL', 'postgres://postgres@127.0.0.1:5432/boundary', [
    'postgres:',
    'postgresql:',
  ]);
  const temporalAddress = text('TEMPORAL_ADDRESS', '127.0.0.1:7233');
  if (temporalAddress && !/^[\w.-]+:\d{1,5}$/.test(temporalAddress)) {
    problems.push(`TEMPORAL_ADDRESS must be host:port, got "${temporalAddress}"`);
  }

  const config: AppConfig = {
    nodeEnv,
    port: integer('PORT', 3000, 0, 65535),
    databaseUrl,
    migrationDatabaseUrl: url('MIGRATION_DATABASE_URL', databaseUrl, ['postgres:', 'postgresql:']),
    dbPoolSize: integer('DB_POOL_SIZE', 10, 1, 200),
    redisUrl: url('REDIS_URL', 'redis://127.0.0.1:6379', ['redis:', 'rediss:']),
    redisPrefix: text('REDIS_PREFIX', 'boundary'),
    temporalAddress,
    temporalNamespace: text('TEMPORAL_NAMESPACE', 'default'),
    taskQueue: text('TEMPORAL_TASK_QUEUE', 'boundary'),
    workerMaxCachedWorkflows: integer('WORKER_MAX_CACHED_WORKFLOWS', 1000, 10, 100_000),
    temporalCallTimeoutMs: integer('TEMPORAL_CALL_TIMEOUT_MS', 15_000, 1000, 600_000),
    jwtSecret: secret('JWT_SECRET', 'jwt-secret'),
    sessionLifetimeSeconds: duration('JWT_EXPIRES_IN', '8h'),
    sessionIdleSeconds: duration('SESSION_IDLE_TIMEOUT', '30m'),
    sessionCheckSeconds: integer('SESSION_CHECK_SECONDS', 5, 0, 300),
    loginRateLimit: integer('LOGIN_RATE_LIMIT', 10, 1, 10_000),
    loginMaxFailures: integer('LOGIN_MAX_FAILURES', 5, 1, 100),
    loginLockoutSeconds: duration('LOGIN_LOCKOUT', '15m'),
    webhookSecret: secret('ALERT_WEBHOOK_SECRET', 'webhook-secret'),
    outboundAllow: (env.OUTBOUND_ALLOW ?? '')
      .split(',')
      .map((host) => host.trim().toLowerCase())
      .filter(Boolean),
    publicUrl: url('PUBLIC_URL', `http://127.0.0.1:${env.PORT?.trim() || 3000}`, ['http:', 'https:']).replace(
      /\/+$/,
      '',
    ),
    ackLinkTtlSeconds: duration('ACK_LINK_TTL', '24h'),
    sms: smsOf(env, problems),
    policyFile: text('POLICY_FILE', 'config/policy.yaml'),
    seedDemo: seedDemo && nodeEnv !== 'production',
    markerMaxOffsetMeters: integer('BOUNDARY_MARKER_MAX_OFFSET_M', 200, 1, 100_000),
    baseMap: baseMapOf(env, problems),
    reportFont: {
      path: text('REPORT_FONT', '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'),
      // A collection (.ttc) holds several faces: the one to embed, by PostScript name.
      family: env.REPORT_FONT_FAMILY?.trim() || (env.REPORT_FONT ? undefined : 'WenQuanYiMicroHei'),
    },
    logLevel: oneOf(
      'LOG_LEVEL',
      ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const,
      'info',
    ),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** The optional tile layer (e.g. 天地图: MAP_TILE_URL with {key}, MAP_TILE_KEY, MAP_TILE_SUBDOMAINS=01234567). */
function baseMapOf(env: Env, problems: string[]): BaseMap | undefined {
  const urlTemplate = env.MAP_TILE_URL?.trim();
  if (!urlTemplate) return undefined;
  const key = env.MAP_TILE_KEY?.trim() || undefined;
  const host = /^https?:\/\/([^/?#]+)/.exec(urlTemplate)?.[1];
  if (!host || !['{z}', '{x}', '{y}'].every((part) => urlTemplate.includes(part))) {
    problems.push(`MAP_TILE_URL must be an http(s) URL template with {z}, {x} and {y}, got "${urlTemplate}"`);
  }
  if (urlTemplate.includes('{key}') && !key)
    problems.push('MAP_TILE_KEY is required by MAP_TILE_URL ({key})');
  const scheme = urlTemplate.startsWith('https') ? 'https' : 'http';
  // CSP allows a wildcard only as the leftmost label, which is where tile servers put their subdomain.
  const cspHost = (host ?? '')
    .split('.')
    .map((label) => (label.includes('{') ? '*' : label))
    .join('.');
  return {
    urlTemplate,
    key,
    subdomains: env.MAP_TILE_SUBDOMAINS?.trim() || 'abc',
    attribution: env.MAP_TILE_ATTRIBUTION?.trim() || '',
    cspSource: `${scheme}://${cspHost}`,
  };
}

/** All of SMS_ACCESS_KEY_SECRET, SMS_SIGN_NAME and SMS_TEMPLATE_CODE once SMS_ACCESS_KEY_ID is given. */
function smsOf(env: Env, problems: string[]): SmsSettings | undefined {
  const accessKeyId = env.SMS_ACCESS_KEY_ID?.trim();
  if (!accessKeyId) return undefined;
  const required = (name: string): string => {
    const value = env[name]?.trim();
    if (!value) problems.push(`${name} is required with SMS_ACCESS_KEY_ID`);
    return value ?? '';
  };
  const endpoint = env.SMS_ENDPOINT?.trim() || 'https://dysmsapi.aliyuncs.com/';
  if (!/^https?:\/\//.test(endpoint)) problems.push(`SMS_ENDPOINT must be an http(s) URL, got "${endpoint}"`);
  return {
    endpoint,
    accessKeyId,
    accessKeySecret: required('SMS_ACCESS_KEY_SECRET'),
    signName: required('SMS_SIGN_NAME'),
    templateCode: required('SMS_TEMPLATE_CODE'),
  };
}
