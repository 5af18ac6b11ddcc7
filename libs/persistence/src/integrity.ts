import type { DataSource } from 'typeorm';
import { AuditRepository } from './repositories/audit.repository';
import { TimelineRepository } from './repositories/timeline.repository';

export interface IntegrityReport {
  /** Per subject whose timeline chain is broken, the seq of its first bad row. */
  timeline: { subjectId: string; seq: number }[];
  /** The id of the first audit row whose link does not hold, or null. */
  audit: string | null;
}

/** Walks every hash chain: each subject's timeline and the audit log. */
export async function verifyIntegrity(dataSource: DataSource): Promise<IntegrityReport> {
  const [timeline, audit] = await Promise.all([
    new TimelineRepository(dataSource).brokenChains(),
    new AuditRepository(dataSource).firstBrokenRow(),
  ]);
  return { timeline, audit };
}
