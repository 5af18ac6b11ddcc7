import { Client, Connection } from '@temporalio/client';
import { disputeWorkflowId, incidentWorkflowId } from '../../libs/workflows/src';
import { type Stack, newCase, startStack } from '../support/stack';
import { eventually } from '../support/waits';

/** Operators find workflows in the Temporal UI and CLI by the Boundary* attributes the kit keeps current. */
describe('search attributes', () => {
  let stack: Stack;
  let connection: Connection;
  let client: Client;
  beforeAll(async () => {
    stack = await startStack();
    connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS });
    client = new Client({ connection });
  });
  afterAll(async () => {
    await connection?.close();
    await stack?.stop();
  });

  /** The ids of the workflows a visibility query finds (visibility is eventually consistent, hence the poll). */
  const found = async (query: string): Promise<string[]> => {
    const ids: string[] = [];
    for await (const execution of client.workflow.list({ query })) ids.push(execution.workflowId);
    return ids;
  };
  const until = (query: string, expected: string[]) =>
    eventually(async () => {
      const ids = (await found(query)).sort();
      return JSON.stringify(ids) === JSON.stringify([...expected].sort()) ? ids : undefined;
    });

  it('labels a case with its kind, status, tier and owner township, and follows its status', async () => {
    const mediator = await stack.as('mediator.a');
    const created = await mediator.post('/disputes', newCase('T01'));
    expect(created.status).toBe(201);
    const workflowId = disputeWorkflowId(created.body.id);
    const own = `WorkflowId = '${workflowId}'`;

    await until(
      `${own} AND BoundaryKind = 'dispute' AND BoundaryStatus = 'screening' AND BoundaryTier = 'village' AND BoundaryJurisdiction = 'T01'`,
      [workflowId],
    );
    const reported = await mediator.post(`/disputes/${created.body.id}/report`, {
      tier: 'township',
      summary: '已核实，需乡镇调处',
    });
    expect(reported.status).toBe(200);
    await until(`${own} AND BoundaryStatus = 'reported' AND BoundaryTier = 'township'`, [workflowId]);
    expect(await found(`${own} AND BoundaryStatus = 'screening'`)).toEqual([]);
  });

  it('labels an incident with its severity and jurisdiction', async () => {
    const bureau = await stack.as('bureau');
    const created = await bureau.post('/incidents', {
      title: '界桩被毁',
      type: 'mass_gathering',
      severity: 'III',
      jurisdiction: 'T01',
      description: '13号界桩被推倒',
    });
    expect(created.status).toBe(201);
    const workflowId = incidentWorkflowId(created.body.id);
    await until(
      `WorkflowId = '${workflowId}' AND BoundaryKind = 'incident' AND BoundaryTier = 'III' AND BoundaryJurisdiction = 'T01' AND BoundaryStatus = '${created.body.status}'`,
      [workflowId],
    );
  });
});
