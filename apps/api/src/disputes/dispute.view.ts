import type { DisputeCase } from '@boundary/workflows';

/** The case as API.md shows it: internal bookkeeping (version, hash chain, reminder times) stays inside. */
export function toDisputeView(state: DisputeCase) {
  const { seq: _seq, chainHead: _chainHead, deadlines, ...rest } = state;
  return {
    ...rest,
    deadlines: deadlines.map(({ kind, dueAt, status }) => ({ kind, dueAt, status })),
  };
}

export type DisputeView = ReturnType<typeof toDisputeView>;
