import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';

const WORKFLOWS_DIR = join(__dirname, '../../libs/workflows/src');

/**
 * The workflow bundle a test worker runs. Bundling takes seconds and its input is only the workflow sources
 * (lint keeps them from importing anything else) and the SDK, so the bundle is kept in the temp directory
 * under a digest of those and reused by every spec and run until one of them changes.
 */
export async function workflowBundlePath(): Promise<string> {
  const digest = createHash('sha256').update(WORKFLOWS_DIR);
  digest.update(JSON.parse(readFileSync(require.resolve('@temporalio/worker/package.json'), 'utf8')).version);
  const sources = readdirSync(WORKFLOWS_DIR, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'))
    .sort();
  for (const file of sources) digest.update(file).update(readFileSync(join(WORKFLOWS_DIR, file)));
  const path = join(tmpdir(), `boundary-workflows-${digest.digest('hex').slice(0, 16)}.js`);
  if (!existsSync(path)) {
    const { code } = await bundleWorkflowCode({
      workflowsPath: join(WORKFLOWS_DIR, 'workflows.ts'),
      logger: { log() {}, trace() {}, debug() {}, info() {}, warn() {}, error() {} },
    });
    // Written aside and renamed: a spec running at the same time never reads half a bundle.
    const partial = `${path}.${process.pid}`;
    writeFileSync(partial, code);
    renameSync(partial, path);
  }
  return path;
}
