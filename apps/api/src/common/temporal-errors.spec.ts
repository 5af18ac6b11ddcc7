import { ServiceUnavailableError } from '@boundary/config';
import { WorkflowNotFoundError } from '@temporalio/common';
import { AppError } from './app-error';
import { mapUpdateError } from './temporal-errors';

const label = (status: string) => `「${status}」`;
const gone = () =>
  new WorkflowNotFoundError('workflow update was aborted by closing workflow', 'dispute-1', undefined);

describe('mapUpdateError for a workflow that is gone', () => {
  it('answers 409 with nothing allowed when the read model holds a final status', () => {
    const mapped = mapUpdateError(gone(), label, () => ({ status: 'closed', allowed: [] }));
    expect(mapped).toBeInstanceOf(AppError);
    expect(mapped).toMatchObject({
      status: 409,
      code: 'INVALID_TRANSITION',
      details: { status: 'closed', allowed: [] },
    });
  });

  it('calls Temporal unavailable when the status still allows actions: the run was handing over', () => {
    const mapped = mapUpdateError(gone(), label, () => ({ status: 'mediating', allowed: ['record_round'] }));
    expect(mapped).toBeInstanceOf(ServiceUnavailableError);
    expect(mapped).toMatchObject({ service: 'temporal' });
  });

  it('judges by type, not by text: an error that only says the workflow completed passes through', () => {
    const error = new Error('workflow execution already completed');
    expect(mapUpdateError(error, label, () => ({ status: 'closed', allowed: [] }))).toBe(error);
  });
});
