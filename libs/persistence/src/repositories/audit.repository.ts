import { CHAIN_START, chainHash, firstBrokenLink } from '@boundary/workflows';
import type { DataSource, EntityManager } from 'typeorm';

export const AUDIT_OUTCOMES = ['success', 'failure'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/** One security-relevant event: who did what to whom, from where, and whether it worked. */
export interface AuditEntry {
  actor: string;
  action: string;
  /** `user:<name>` or `jurisdiction:<code>`; null where the action has none. */
  target: string | null;
  ip: string | null;
  outcome: AuditOutcome;
  details?: Record<string, unknown>;
}

export interface AuditRow extends Required<AuditEntry> {
  id: string;
  at: string;
}

export interface AuditFilter {
  actor?: string;
  action?: string;
  from?: Date;
  to?: Date;
}

/** Serialises appends: each row's prev_hash is the hash of the row before it, so two writers must take turns. */
const CHAIN_LOCK = 0x6175_6469; // 'audi'

const hashOf = (prevHash: string, row: Omit<AuditRow, 'id'>): string =>
  chainHash(prevHash, {
    at: row.at,
    actor: row.actor,
    action: row.action,
    target: row.target,
    ip: row.ip,
    outcome: row.outcome,
    details: row.details,
  });

/**
 * The security audit log, one hash chain over all of it. The application role may only insert and read these
 * rows (migration 1765200000000); `firstBrokenLink` finds a row the owner role altered, removed or reordered.
 */
export class AuditRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Appends within `manager`'s transaction when given, so a change and its record commit together. */
  async append(entry: AuditEntry, manager?: EntityManager): Promise<void> {
    if (!manager) {
      await this.dataSource.transaction((tx) => this.append(entry, tx));
      return;
    }
    await manager.query(`SELECT pg_advisory_xact_lock($1)`, [CHAIN_LOCK]);
    const [last]: { hash: string }[] = await manager.query(
      `SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1`,
    );
    const prevHash = last?.hash ?? CHAIN_START;
    const row = {
      at: new Date().toISOString(),
      actor: entry.actor,
      action: entry.action,
      target: entry.target,
      ip: entry.ip,
      outcome: entry.outcome,
      details: entry.details ?? {},
    };
    await manager.query(
      `INSERT INTO audit_log (at, actor, action, target, ip, outcome, details, hash, prev_hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        row.at,
        row.actor,
        row.action,
        row.target,
        row.ip,
        row.outcome,
        JSON.stringify(row.details),
        hashOf(prevHash, row),
        prevHash,
      ],
    );
  }

  async list(
    filter: AuditFilter,
    { page, pageSize }: { page: number; pageSize: number },
  ): Promise<{ items: AuditRow[]; total: number }> {
    const where: string[] = [];
    const values: unknown[] = [];
    const add = (clause: string, value: unknown) => {
      values.push(value);
      where.push(clause.replace('?', `$${values.length}`));
    };
    if (filter.actor) add('actor = ?', filter.actor);
    if (filter.action) add('action = ?', filter.action);
    if (filter.from) add('at >= ?', filter.from);
    if (filter.to) add('at <= ?', filter.to);
    const condition = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    const [{ total }]: { total: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM audit_log ${condition}`,
      values,
    );
    const rows: (Omit<AuditRow, 'at'> & { at: Date })[] = await this.dataSource.query(
      `SELECT id, at, actor, action, target, ip, outcome, details FROM audit_log ${condition}
       ORDER BY at DESC, id DESC LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
      values,
    );
    return { items: rows.map((row) => ({ ...row, at: row.at.toISOString() })), total };
  }

  /** The id of the first row whose link does not hold, or null when the whole chain does. */
  async firstBrokenRow(): Promise<string | null> {
    const rows: (Omit<AuditRow, 'at'> & { at: Date; hash: string; prevHash: string })[] =
      await this.dataSource.query(
        `SELECT id, at, actor, action, target, ip, outcome, details, hash, prev_hash AS "prevHash"
         FROM audit_log ORDER BY id`,
      );
    const index = firstBrokenLink(rows, (prevHash, row) =>
      hashOf(prevHash, { ...row, at: row.at.toISOString() }),
    );
    if (index >= 0) return rows[index].id;
    // The first row must start the chain: otherwise rows before it were removed.
    return rows.length > 0 && rows[0].prevHash !== CHAIN_START ? rows[0].id : null;
  }
}
