import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { temporal } from '@temporalio/proto';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { DefaultLogger, Runtime, Worker, bundleWorkflowCode } from '@temporalio/worker';
import type { WorkflowBundle } from '@temporalio/worker';
import {
  DISPUTE_WORKFLOW_TYPE,
  FINDING_WORKFLOW_TYPE,
  INCIDENT_WORKFLOW_TYPE,
  JOINT_INSPECTION_WORKFLOW_TYPE,
  PATROL_PLAN_WORKFLOW_TYPE,
} from '@boundary/workflows';

/**
 * Every history in test/replay/histories/ was written by workflow code that has run in production, and cases
 * stay open for months: after a deploy their workflows replay exactly these command sequences. A change the
 * old histories do not replay under would leave every such case stuck on a failing workflow task, so it fails
 * here first, naming the history file. Fix it with patched()/deprecatePatch(), never by re-recording.
 */

const HISTORIES_DIR = join(__dirname, 'histories');

interface Recorded {
  file: string;
  workflowType: string;
  history: temporal.api.history.v1.IHistory;
}

function loadHistories(): Recorded[] {
  return readdirSync(HISTORIES_DIR)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      try {
        const history = historyFromJSON(JSON.parse(readFileSync(join(HISTORIES_DIR, file), 'utf8')));
        const started = history.events?.[0]?.workflowExecutionStartedEventAttributes;
        return { file, workflowType: started?.workflowType?.name ?? '', history };
      } catch (error) {
        throw new Error(`${file} does not load as a history: ${(error as Error).message}`);
      }
    });
}

describe('replay: the current workflow code replays every recorded history', () => {
  let histories: Recorded[];
  let bundle: WorkflowBundle;
  beforeAll(async () => {
    try {
      // Core would log each failed replay task as a warning; the failure message below already says it all.
      // Without shutdownSignals: [] the runtime would take over jest's Ctrl-C.
      Runtime.install({
        logger: new DefaultLogger('ERROR'),
        telemetryOptions: { logging: { filter: { core: 'ERROR', other: 'ERROR' } } },
        shutdownSignals: [],
      });
    } catch {
      // Installed already by another spec in this jest worker.
    }
    histories = loadHistories();
    bundle = await bundleWorkflowCode({
      workflowsPath: require.resolve('../../libs/workflows/src/workflows'),
      logger: { log() {}, trace() {}, debug() {}, info() {}, warn() {}, error() {} },
    });
  });

  it('holds histories of every workflow type', () => {
    expect(histories.length).toBeGreaterThan(0);
    const types = new Set(histories.map((recorded) => recorded.workflowType));
    expect([...types].sort()).toEqual(
      [
        DISPUTE_WORKFLOW_TYPE,
        INCIDENT_WORKFLOW_TYPE,
        FINDING_WORKFLOW_TYPE,
        PATROL_PLAN_WORKFLOW_TYPE,
        JOINT_INSPECTION_WORKFLOW_TYPE,
      ].sort(),
    );
  });

  it('replays each of them without non-determinism or error', async () => {
    const failures: string[] = [];
    let replayed = 0;
    // The file name stands in for the workflow id, so a failure names the history that broke.
    const results = Worker.runReplayHistories(
      { workflowBundle: bundle, replayName: 'committed-histories' },
      histories.map(({ file, history }) => ({ workflowId: file, history })),
    );
    for await (const result of results) {
      replayed += 1;
      if (result.error) failures.push(`${result.workflowId}: ${result.error.name}: ${result.error.message}`);
    }
    if (failures.length > 0) {
      throw new Error(
        `${failures.length} of ${histories.length} recorded histories do not replay:\n${failures.join('\n')}`,
      );
    }
    expect(replayed).toBe(histories.length);
  });
});
