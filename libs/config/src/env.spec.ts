import { ConfigError, validateEnv } from './env';

const valid = { NODE_ENV: 'test', JWT_SECRET: 'x'.repeat(32), ALERT_WEBHOOK_SECRET: 'y'.repeat(32) };

describe('validateEnv', () => {
  it('fills the documented defaults', () => {
    const config = validateEnv(valid);
    expect(config).toMatchObject({
      port: 3000,
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/boundary',
      redisUrl: 'redis://127.0.0.1:6379',
      temporalAddress: '127.0.0.1:7233',
      temporalNamespace: 'default',
      taskQueue: 'boundary',
      policyFile: 'config/policy.yaml',
      seedDemo: true,
    });
  });

  it('reads what the migrations and the policy loader need too', () => {
    expect(validateEnv({ ...valid, POLICY_FILE: '/etc/policy.yaml', SEED_DEMO: 'false' })).toMatchObject({
      policyFile: '/etc/policy.yaml',
      seedDemo: false,
    });
  });

  it.each([
    ['PORT', 'eighty'],
    ['DATABASE_URL', 'mysql://localhost/x'],
    ['REDIS_URL', 'not a url'],
    ['TEMPORAL_ADDRESS', 'localhost'],
    ['LOG_LEVEL', 'loud'],
    ['JWT_EXPIRES_IN', 'forever'],
    ['JWT_SECRET', 'short'],
    ['SEED_DEMO', 'no'],
    ['SESSION_IDLE_TIMEOUT', '30'],
    ['LOGIN_LOCKOUT', '0m'],
    ['MIGRATION_DATABASE_URL', 'mysql://localhost/x'],
  ])('names %s when it is invalid', (name, value) => {
    expect(() => validateEnv({ ...valid, [name]: value })).toThrow(new RegExp(name));
  });

  it('requires explicit secrets in production', () => {
    const run = () => validateEnv({ NODE_ENV: 'production' });
    expect(run).toThrow(ConfigError);
    expect(run).toThrow(
      /JWT_SECRET is required in production.*ALERT_WEBHOOK_SECRET is required in production/,
    );
  });

  it('never seeds the demo organisation in production, and refuses to be told to', () => {
    const production = { ...valid, NODE_ENV: 'production' };
    expect(validateEnv(production).seedDemo).toBe(false);
    expect(() => validateEnv({ ...production, SEED_DEMO: 'true' })).toThrow(/SEED_DEMO/);
    expect(validateEnv(valid).seedDemo).toBe(true);
  });

  it('reads sessions, lockout and the outbound allow-list', () => {
    const config = validateEnv({
      ...valid,
      SESSION_IDLE_TIMEOUT: '3s',
      OUTBOUND_ALLOW: ' Hooks.Local , 10.0.0.5',
    });
    expect(config).toMatchObject({
      sessionIdleSeconds: 3,
      loginMaxFailures: 5,
      loginLockoutSeconds: 900,
      outboundAllow: ['hooks.local', '10.0.0.5'],
    });
    expect(validateEnv(valid).sessionIdleSeconds).toBe(1800);
  });

  it('has no base map by default, so the console map never fetches tiles', () => {
    expect(validateEnv(valid)).toMatchObject({ baseMap: undefined, markerMaxOffsetMeters: 200 });
  });

  it('takes a 天地图-style tile template with its key and allows its hosts in the CSP', () => {
    const config = validateEnv({
      ...valid,
      MAP_TILE_URL: 'https://t{s}.tianditu.gov.cn/vec_w/wmts?TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk={key}',
      MAP_TILE_KEY: 'abc123',
      MAP_TILE_SUBDOMAINS: '01234567',
    });
    expect(config.baseMap).toMatchObject({
      key: 'abc123',
      subdomains: '01234567',
      cspSource: 'https://*.tianditu.gov.cn',
    });
  });

  it.each([
    [{ MAP_TILE_URL: 'ftp://tiles/{z}/{x}/{y}' }, /MAP_TILE_URL/],
    [{ MAP_TILE_URL: 'https://tiles.example/{z}/{x}.png' }, /MAP_TILE_URL/],
    [{ MAP_TILE_URL: 'https://tiles.example/{z}/{x}/{y}?k={key}' }, /MAP_TILE_KEY/],
    [{ BOUNDARY_MARKER_MAX_OFFSET_M: '0' }, /BOUNDARY_MARKER_MAX_OFFSET_M/],
  ])('names the variable of a bad map setting %o', (env, message) => {
    expect(() => validateEnv({ ...valid, ...env })).toThrow(message);
  });

  it('reads the SMS gateway all or nothing, the public URL and the acknowledge link lifetime', () => {
    expect(validateEnv(valid)).toMatchObject({
      sms: undefined,
      publicUrl: 'http://127.0.0.1:3000',
      ackLinkTtlSeconds: 86_400,
    });
    const config = validateEnv({
      ...valid,
      SMS_ACCESS_KEY_ID: 'LTAI-1',
      SMS_ACCESS_KEY_SECRET: 's',
      SMS_SIGN_NAME: '示范区民政局',
      SMS_TEMPLATE_CODE: 'SMS_1',
      PUBLIC_URL: 'https://boundary.example.gov.cn/',
      ACK_LINK_TTL: '2h',
    });
    expect(config).toMatchObject({
      sms: { endpoint: 'https://dysmsapi.aliyuncs.com/', accessKeyId: 'LTAI-1', templateCode: 'SMS_1' },
      publicUrl: 'https://boundary.example.gov.cn',
      ackLinkTtlSeconds: 7200,
    });
    expect(() => validateEnv({ ...valid, SMS_ACCESS_KEY_ID: 'LTAI-1' })).toThrow(/SMS_SIGN_NAME is required/);
  });
});
