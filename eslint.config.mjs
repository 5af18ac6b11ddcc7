// @ts-check
import { builtinModules } from 'node:module';
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.data/**', 'test-artifacts/**', 'web/dist/**'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // web/ has its own tsconfig.json (DOM, JSX); the project service picks the nearest one per file.
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    // A render error, or a service worker that would not install, is logged for whoever opens the browser's
    // developer tools; nothing else is.
    files: ['web/src/**/*.ts', 'web/src/**/*.tsx'],
    rules: { 'no-console': ['error', { allow: ['error'] }] },
  },
  {
    // Workflow code is replayed in Temporal's sandbox: it must be deterministic and free of I/O, so it may use
    // only the workflow SDK, its own contract and pure rules (activities are reached through proxyActivities).
    files: [
      'libs/workflows/src/**/workflow.ts',
      'libs/workflows/src/workflow-kit.ts',
      'libs/workflows/src/workflows.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins.map((name) => ({ name, message: 'Workflow code may not use Node built-ins.' })),
          patterns: [
            {
              group: ['@boundary/*', '**/apps/**', '**/persistence/**', '**/alerts/**'],
              message: 'Workflows import only their contract and rules.',
            },
            {
              group: ['@temporalio/client', '@temporalio/worker', '@temporalio/activity'],
              message: 'Not available inside a workflow.',
            },
            {
              group: ['typeorm', 'pg', 'bullmq', 'ioredis', 'yaml', '**/load-policy'],
              message: 'I/O belongs in activities.',
            },
          ],
        },
      ],
    },
  },
  {
    // The API and the worker's activities talk to workflows through their contracts; workflow code runs only
    // in the worker's bundle (loaded by path), so it is imported here as a type at most.
    files: ['apps/**/*.ts', 'libs/{persistence,alerts,config}/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/workflows/src/**/workflow',
                '**/workflows/src/workflow-kit',
                '**/workflows/src/workflows',
              ],
              allowTypeImports: true,
              message:
                'Workflow code runs only in the worker bundle: import its contract, or the workflow as a type.',
            },
          ],
        },
      ],
    },
  },
  {
    // The status tables are plain data shared with the API: no Temporal import at all.
    files: [
      'libs/workflows/src/**/rules.ts',
      'libs/workflows/src/policy/policy.ts',
      'libs/workflows/src/policy/duration.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@temporalio/*'], message: 'Rules stay free of Temporal.' }] },
      ],
    },
  },
  {
    // The console's service worker runs in the browser; the build fills in the placeholders.
    files: ['web/sw.js'],
    languageOptions: {
      sourceType: 'script',
      globals: {
        self: 'readonly',
        caches: 'readonly',
        fetch: 'readonly',
        Response: 'readonly',
        URL: 'readonly',
        __SHELL_FILES__: 'readonly',
        __SHELL_VERSION__: 'readonly',
      },
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        fetch: 'readonly',
        AbortSignal: 'readonly',
        Buffer: 'readonly',
        module: 'writable',
        require: 'readonly',
        __dirname: 'readonly',
      },
    },
  },
);
