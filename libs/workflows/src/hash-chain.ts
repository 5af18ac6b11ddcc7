/**
 * Hash chains over append-only records (timeline events, audit rows): each record's hash covers the hash of
 * the record before it, so altering, removing or reordering any one breaks every link after it. Pure code
 * without Node built-ins, so a workflow can chain its own journal deterministically, and the verifier (and
 * the audit writer) compute exactly the same.
 */
import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import type { TimelineEvent } from './shared';

/** The `prevHash` of the first record of a chain. */
export const CHAIN_START = '0'.repeat(64);

/** JSON with object keys sorted at every depth: PostgreSQL's jsonb reorders keys, the hash must not care. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
}

export function chainHash(prevHash: string, record: unknown): string {
  return bytesToHex(sha256(utf8ToBytes(`${prevHash}\n${canonicalJson(record)}`)));
}

/** What a timeline event's hash covers: everything it says, and the subject it belongs to. */
export type ChainedTimelineFields = Omit<TimelineEvent, 'hash' | 'prevHash'> & { subjectId: string };

export const timelineHash = (prevHash: string, event: ChainedTimelineFields): string =>
  chainHash(prevHash, event);

/**
 * Walks a chain in order and returns the index of the first record whose link is broken (its `prevHash` is
 * not the previous record's hash, or its hash does not match its content), or -1 when every link holds.
 * Records without a hash (written before chaining began) are not part of the chain and are skipped.
 */
export function firstBrokenLink<R extends { hash: string | null; prevHash: string | null }>(
  records: R[],
  hashOf: (prevHash: string, record: R) => string,
): number {
  let expectedPrev: string | undefined;
  for (const [index, record] of records.entries()) {
    if (record.hash === null || record.prevHash === null) continue;
    if (expectedPrev !== undefined && record.prevHash !== expectedPrev) return index;
    if (hashOf(record.prevHash, record) !== record.hash) return index;
    expectedPrev = record.hash;
  }
  return -1;
}
