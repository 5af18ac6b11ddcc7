import type { Incident } from '@boundary/workflows';

/** The incident as API.md shows it; its version and hash chain are not the client's business. */
export function toIncidentView(state: Incident) {
  const { seq: _seq, chainHead: _chainHead, ...rest } = state;
  return rest;
}

export type IncidentView = ReturnType<typeof toIncidentView>;
