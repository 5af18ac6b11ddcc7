// `unit` needs no PostgreSQL, Redis or HTTP (its workflow specs start a Temporal dev server of their own from
// the CLI, with fake activities); `integration` runs against a real Temporal dev server, PostgreSQL and Redis that
// test/support/global-setup.ts starts (or creates) for this run only; `browser` drives the web console in headless
// Chromium against the same services (jest runs a global setup file once per run even when several projects
// name it, so both share one Temporal server and one database).

/**
 * @temporalio/common and @temporalio/proto each get their own nested copy of protobufjs 8 (protobufjs 7 is
 * hoisted for @grpc/proto-loader), and `historyFromJSON` then refuses the History type of the other copy
 * ("type must be a Type"). Loading protojson from @temporalio/proto's copy makes the replay test's loader work
 * whatever npm hoists.
 */
const protoPackageDir = require.resolve('@temporalio/proto/package.json').replace(/[\\/]package\.json$/, '');
const protojson = require.resolve('protobufjs/ext/protojson', { paths: [protoPackageDir] });

const moduleNameMapper = {
  '^@boundary/(workflows|persistence|alerts|config)$': '<rootDir>/libs/$1/src',
  '^protobufjs/ext/protojson$': protojson,
};
const transform = { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] };

module.exports = {
  testTimeout: 120000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      moduleNameMapper,
      transform,
      testMatch: [
        '<rootDir>/apps/**/*.spec.ts',
        '<rootDir>/libs/**/*.spec.ts',
        '<rootDir>/test/**/*.spec.ts',
      ],
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      moduleNameMapper,
      transform,
      testMatch: ['<rootDir>/test/**/*.int-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
    {
      displayName: 'browser',
      testEnvironment: 'node',
      moduleNameMapper,
      transform,
      testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
    {
      // `npm run replay:record`: drives real workflows and writes their histories to test/replay/histories/ for
      // the unit project's replay test; run on purpose from released workflow code, never as part of `npm test`.
      displayName: 'replay-record',
      testEnvironment: 'node',
      moduleNameMapper,
      transform,
      testMatch: ['<rootDir>/test/replay/**/*.rec-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
    {
      // Fault injection: each test owns its servers and stops them on purpose (npm run test:reliability).
      displayName: 'reliability',
      testEnvironment: 'node',
      moduleNameMapper,
      transform,
      testMatch: ['<rootDir>/test/reliability/**/*.rel-spec.ts'],
      globalSetup: '<rootDir>/test/reliability/global-setup.ts',
    },
  ],
};
