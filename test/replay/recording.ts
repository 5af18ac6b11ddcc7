import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from '@temporalio/client';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import type { Stack } from '../support/stack';
import { eventually } from '../support/waits';
import { temporalCli } from '../support/temporal-server';

export const HISTORIES_DIR = join(__dirname, 'histories');

const run = promisify(execFile);

/**
 * A second recording from changed workflow code must not replace the first: those files are what the cases
 * still open in production were written by. `REPLAY_TAG` names the new set, so its files sit beside the old.
 */
export function historyFile(name: string, runIndex?: number): string {
  const tag = process.env.REPLAY_TAG ? `.${process.env.REPLAY_TAG}` : '';
  const runPart = runIndex === undefined ? '' : `.run-${runIndex + 1}`;
  return join(HISTORIES_DIR, `${name}${runPart}${tag}.json`);
}

/** Refuses before anything is driven, so a forgotten REPLAY_TAG costs seconds, not a whole recording. */
export function assertNotRecordedYet(names: string[]): void {
  const taken = names.filter((name) => existsSync(historyFile(name)) || existsSync(historyFile(name, 0)));
  if (taken.length > 0) {
    throw new Error(
      `histories already recorded: ${taken.join(', ')}. They stay as the contract with running workflows; ` +
        'record a new set beside them with REPLAY_TAG=<name> npm run replay:record',
    );
  }
}

/** Waits until the workflow (its latest run) has finished: only then is its history the whole path. */
async function completed(client: Client, workflowId: string, timeoutMs: number): Promise<string> {
  const outcome = await eventually(
    async () => {
      const description = await client.workflow.getHandle(workflowId).describe();
      const status = description.status.name;
      if (status === 'RUNNING') return undefined;
      return { status, firstRunId: description.raw.workflowExecutionInfo?.firstRunId ?? '' };
    },
    { timeoutMs },
  );
  // A failed or terminated workflow is a broken recording, not a path worth keeping.
  if (outcome.status !== 'COMPLETED' || !outcome.firstRunId) {
    throw new Error(`${workflowId} ended ${outcome.status}, not COMPLETED`);
  }
  return outcome.firstRunId;
}

/** One run's history exactly as `temporal workflow show --output json` prints it: the format replay tools read. */
async function showHistory(stack: Stack, workflowId: string, runId: string): Promise<string> {
  const { stdout } = await run(
    temporalCli(),
    [
      'workflow',
      'show',
      '--address',
      stack.config.temporalAddress,
      '--namespace',
      stack.config.temporalNamespace,
      '--workflow-id',
      workflowId,
      '--run-id',
      runId,
      '--output',
      'json',
    ],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  return stdout;
}

/**
 * Writes every run of a finished workflow, first to last (continue-as-new makes a chain), and checks each file
 * loads as the SDK's replayer will load it. Returns the files written.
 */
export async function recordWorkflow(
  stack: Stack,
  workflowId: string,
  name: string,
  timeoutMs = 30_000,
): Promise<string[]> {
  const client = stack.app.get(Client);
  let runId: string | undefined = await completed(client, workflowId, timeoutMs);
  const dumps: string[] = [];
  while (runId) {
    const json = await showHistory(stack, workflowId, runId);
    const events = historyFromJSON(JSON.parse(json)).events ?? [];
    if (events.length === 0) throw new Error(`${workflowId} run ${runId}: empty history`);
    dumps.push(json);
    runId =
      events[events.length - 1].workflowExecutionContinuedAsNewEventAttributes?.newExecutionRunId ??
      undefined;
  }
  mkdirSync(HISTORIES_DIR, { recursive: true });
  const files = dumps.map((_, index) => historyFile(name, dumps.length > 1 ? index : undefined));
  assertNotRecordedYet([name]);
  dumps.forEach((json, index) => writeFileSync(files[index], json));
  return files;
}
