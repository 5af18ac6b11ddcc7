import type { Incident } from '@boundary/workflows';

/** The incident as API.md shows it; `seq` is the read model's version, not the client's business. */
export function toIncidentView(state: Incident) {
  const { seq: _seq, ...rest } = state;
  return rest;
}

export type IncidentView = ReturnType<typeof toIncidentView>;
