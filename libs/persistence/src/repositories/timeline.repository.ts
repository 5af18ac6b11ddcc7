import { explain } from '@boundary/alerts';
import { type Explanation, type TimelineEvent, firstBrokenLink, timelineHash } from '@boundary/workflows';
import type { DataSource } from 'typeorm';

/** A timeline entry as the API shows it: the event without its number and hash chain. */
export interface TimelineRow extends Omit<TimelineEvent, 'seq' | 'hash' | 'prevHash'> {
  /** `data.reason` in words, Chinese and English; absent when the event records no reason. */
  reasonText?: string;
  reasonTextEn?: string;
}

export class TimelineRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The statement that appends events, numbering its parameters from `$${firstParameter}` so that it can sit in a
   * larger statement; a (subject_id, seq) already present is skipped, which makes retries harmless.
   */
  static appendStatement(
    subjectType: string,
    subjectId: string,
    events: TimelineEvent[],
    firstParameter = 1,
  ): { sql: string; values: unknown[] } {
    const values: unknown[] = [];
    const rows = events.map((event) => {
      const first = firstParameter + values.length;
      values.push(
        subjectType,
        subjectId,
        event.seq,
        event.at,
        event.actor,
        event.action,
        event.fromStatus,
        event.toStatus,
        JSON.stringify(event.data),
        event.hash ?? null,
        event.prevHash ?? null,
      );
      return `(${Array.from({ length: 11 }, (_, i) => `$${first + i}`).join(', ')})`;
    });
    return {
      sql: `INSERT INTO timeline (subject_type, subject_id, seq, at, actor, action, from_status, to_status, data,
              hash, prev_hash)
            VALUES ${rows.join(', ')} ON CONFLICT (subject_id, seq) DO NOTHING`,
      values,
    };
  }

  async forSubject(subjectId: string): Promise<TimelineRow[]> {
    const rows: (Omit<TimelineRow, 'at'> & { at: Date })[] = await this.dataSource.query(
      `SELECT at, actor, action, from_status AS "fromStatus", to_status AS "toStatus", data
       FROM timeline WHERE subject_id = $1 ORDER BY seq`,
      [subjectId],
    );
    return rows.map((row) => {
      const reason = row.data.reason === undefined ? undefined : explain(row.data.reason as Explanation);
      return {
        ...row,
        at: row.at.toISOString(),
        ...(reason && { reasonText: reason.zh, reasonTextEn: reason.en }),
      };
    });
  }

  /**
   * Checks every subject's hash chain (or one subject's) and returns, per subject whose chain is broken, the
   * `seq` of the first row that does not hold: altered, removed or out of place.
   */
  async brokenChains(subjectId?: string): Promise<{ subjectId: string; seq: number }[]> {
    const rows: (TimelineEvent & {
      subjectId: string;
      at: Date;
      hash: string | null;
      prevHash: string | null;
    })[] = await this.dataSource.query(
      `SELECT subject_id AS "subjectId", seq, at, actor, action, from_status AS "fromStatus",
           to_status AS "toStatus", data, hash, prev_hash AS "prevHash"
         FROM timeline ${subjectId ? 'WHERE subject_id = $1' : ''} ORDER BY subject_id, seq`,
      subjectId ? [subjectId] : [],
    );
    const bySubject = new Map<string, typeof rows>();
    for (const row of rows) {
      const chain = bySubject.get(row.subjectId);
      if (chain) chain.push(row);
      else bySubject.set(row.subjectId, [row]);
    }
    const broken: { subjectId: string; seq: number }[] = [];
    for (const [id, chain] of bySubject) {
      const index = firstBrokenLink(
        chain,
        (prevHash, { seq, at, actor, action, fromStatus, toStatus, data }) =>
          timelineHash(prevHash, {
            subjectId: id,
            seq,
            at: at.toISOString(),
            actor,
            action,
            fromStatus,
            toStatus,
            data,
          }),
      );
      if (index >= 0) broken.push({ subjectId: id, seq: chain[index].seq });
    }
    return broken;
  }
}
