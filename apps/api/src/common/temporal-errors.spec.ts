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

  it('answers 503 when the status still allows actions: the run was handing over to the next one', () => {
    const mapped = mapUpdateError(gone(), label, () => ({ status: 'mediating', allowed: ['record_round'] }));
    expect(mapped).toMatchObject({ status: 503, code: 'UNAVAILABLE' });
  });

  it('passes other errors through for the error filter to classify', () => {
    const error = new Error('boom');
    expect(mapUpdateError(error, label, () => ({ status: 'reported', allowed: [] }))).toBe(error);
  });
});
