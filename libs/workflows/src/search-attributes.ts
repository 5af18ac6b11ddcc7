import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

/**
 * What operators filter workflows by in the Temporal UI and CLI, e.g.
 * `temporal workflow list --query "BoundaryStatus='mediating' AND BoundaryJurisdiction='T01'"`.
 * The worker registers them on start; the journal kit keeps them current.
 */
export const BOUNDARY_SEARCH_ATTRIBUTES = {
  status: defineSearchAttributeKey('BoundaryStatus', SearchAttributeType.KEYWORD),
  tier: defineSearchAttributeKey('BoundaryTier', SearchAttributeType.KEYWORD),
  jurisdiction: defineSearchAttributeKey('BoundaryJurisdiction', SearchAttributeType.KEYWORD),
  kind: defineSearchAttributeKey('BoundaryKind', SearchAttributeType.KEYWORD),
} as const;

export type BoundarySearchAttributeValues = Record<keyof typeof BOUNDARY_SEARCH_ATTRIBUTES, string | null>;

/**
 * The labels of any journalled subject: its kind and status always; its tier (a dispute's tier, an incident's
 * severity) and its jurisdiction (an owner township, or an incident's jurisdiction) when it has one. Families
 * that name these fields the same way are searchable without a line of their own.
 */
export function subjectSearchAttributes(
  kind: string,
  state: { status: string } & Record<string, unknown>,
): BoundarySearchAttributeValues {
  const text = (...values: unknown[]) => (values.find((v) => typeof v === 'string') as string) ?? null;
  return {
    kind,
    status: state.status,
    tier: text(state.tier, state.severity, state.level),
    jurisdiction: text(state.ownerJurisdiction, state.jurisdiction),
  };
}
