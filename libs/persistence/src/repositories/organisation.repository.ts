import type { AlertAudience } from '@boundary/workflows';
import type { DataSource, EntityManager } from 'typeorm';
import { JurisdictionEntity } from '../entities/jurisdiction.entity';
import { UserEntity, type UserRole } from '../entities/user.entity';
import { AuditRepository, type AuditEntry } from './audit.repository';

/** What the API checks on each request to know a token still stands. */
export interface SessionState {
  tokenVersion: number;
  disabled: boolean;
  mustChangePassword: boolean;
}

export type NewUser = Pick<
  UserEntity,
  'username' | 'displayName' | 'role' | 'jurisdiction' | 'passwordHash' | 'phone' | 'mustChangePassword'
>;
export type UserChanges = Partial<
  Pick<UserEntity, 'displayName' | 'role' | 'jurisdiction' | 'disabled' | 'phone'>
>;
export type NewJurisdiction = Pick<JurisdictionEntity, 'code' | 'name' | 'level' | 'parentCode'>;
export type JurisdictionChanges = Partial<
  Pick<JurisdictionEntity, 'name' | 'firstResponsible' | 'directResponsible'>
>;

/** Changes that end the user's tokens: what a token claims (role, jurisdiction) or whether it may be used. */
const ENDS_TOKENS: (keyof UserChanges)[] = ['role', 'jurisdiction', 'disabled'];

/**
 * Users and jurisdictions. Every change takes the audit entry that records it and commits with it: there is no
 * way to change an account without leaving the record.
 */
export class OrganisationRepository {
  private readonly audit: AuditRepository;

  constructor(private readonly dataSource: DataSource) {
    this.audit = new AuditRepository(dataSource);
  }

  findUser(username: string): Promise<UserEntity | null> {
    return this.dataSource.getRepository(UserEntity).findOneBy({ username });
  }

  listUsers(): Promise<UserEntity[]> {
    return this.dataSource.getRepository(UserEntity).find({ order: { username: 'ASC' } });
  }

  async sessionState(username: string): Promise<SessionState | null> {
    const [row]: SessionState[] = await this.dataSource.query(
      `SELECT token_version AS "tokenVersion", disabled, must_change_password AS "mustChangePassword"
       FROM users WHERE username = $1`,
      [username],
    );
    return row ?? null;
  }

  /** Alert recipients: disabled users receive nothing. */
  usersWithRole(role: UserRole, jurisdiction: string): Promise<UserEntity[]> {
    return this.dataSource.getRepository(UserEntity).findBy({ role, jurisdiction, disabled: false });
  }

  /**
   * The active users an alert's audience names, each once, in the audience's order: a role within a
   * jurisdiction, or (`responsible`) a jurisdiction's 第一责任人 and 直接责任人. One query for the whole
   * audience, since every fired deadline asks it.
   */
  async recipientsOf(audience: AlertAudience[]): Promise<string[]> {
    if (audience.length === 0) return [];
    const rows: { username: string }[] = await this.dataSource.query(
      `SELECT u.username
       FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS a(role, jurisdiction, position)
       LEFT JOIN jurisdictions j ON j.code = a.jurisdiction
       JOIN users u ON NOT u.disabled AND CASE
         WHEN a.role = 'responsible' THEN u.username IN (j.first_responsible, j.direct_responsible)
         ELSE u.role::text = a.role AND u.jurisdiction = a.jurisdiction END
       GROUP BY u.username
       ORDER BY min(a.position), u.username`,
      [audience.map((entry) => entry.role), audience.map((entry) => entry.jurisdiction)],
    );
    return rows.map((row) => row.username);
  }

  findJurisdiction(code: string): Promise<JurisdictionEntity | null> {
    return this.dataSource.getRepository(JurisdictionEntity).findOneBy({ code });
  }

  async allJurisdictions(): Promise<JurisdictionEntity[]> {
    return this.dataSource.getRepository(JurisdictionEntity).find({ order: { code: 'ASC' } });
  }

  /** False when the username is taken. */
  async createUser(user: NewUser, audit: AuditEntry): Promise<boolean> {
    return this.dataSource.transaction(async (tx) => {
      const inserted: unknown[] = await tx.query(
        `INSERT INTO users (username, display_name, password_hash, role, jurisdiction, phone, must_change_password)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (username) DO NOTHING RETURNING username`,
        [
          user.username,
          user.displayName,
          user.passwordHash,
          user.role,
          user.jurisdiction,
          user.phone,
          user.mustChangePassword,
        ],
      );
      if (inserted.length === 0) return false;
      await this.audit.append(audit, tx);
      return true;
    });
  }

  async updateUser(username: string, changes: UserChanges, audit: AuditEntry): Promise<UserEntity | null> {
    const endsTokens = ENDS_TOKENS.some((key) => key in changes);
    return this.changeUser(username, audit, (tx) =>
      tx
        .createQueryBuilder()
        .update(UserEntity)
        .set({ ...changes, ...(endsTokens ? { tokenVersion: () => 'token_version + 1' } : {}) })
        .where('username = :username', { username })
        .execute(),
    );
  }

  /** A new password ends every token of the user; `mustChange` when someone else chose it. */
  setPassword(
    username: string,
    passwordHash: string,
    mustChange: boolean,
    audit: AuditEntry,
  ): Promise<UserEntity | null> {
    return this.changeUser(username, audit, async (tx) => {
      await tx.query(`DELETE FROM login_failures WHERE username = $1`, [username]);
      return tx
        .createQueryBuilder()
        .update(UserEntity)
        .set({ passwordHash, mustChangePassword: mustChange, tokenVersion: () => 'token_version + 1' })
        .where('username = :username', { username })
        .execute();
    });
  }

  setWebhook(username: string, url: string | null, key: string | null, audit: AuditEntry) {
    return this.changeUser(username, audit, (tx) =>
      tx.getRepository(UserEntity).update({ username }, { webhookUrl: url, webhookKey: key }),
    );
  }

  /** False when the code is taken. */
  async createJurisdiction(jurisdiction: NewJurisdiction, audit: AuditEntry): Promise<boolean> {
    return this.dataSource.transaction(async (tx) => {
      const inserted: unknown[] = await tx.query(
        `INSERT INTO jurisdictions (code, name, level, parent_code) VALUES ($1, $2, $3, $4)
         ON CONFLICT (code) DO NOTHING RETURNING code`,
        [jurisdiction.code, jurisdiction.name, jurisdiction.level, jurisdiction.parentCode],
      );
      if (inserted.length === 0) return false;
      await this.audit.append(audit, tx);
      return true;
    });
  }

  async updateJurisdiction(
    code: string,
    changes: JurisdictionChanges,
    audit: AuditEntry,
  ): Promise<JurisdictionEntity | null> {
    return this.dataSource.transaction(async (tx) => {
      const repository = tx.getRepository(JurisdictionEntity);
      if ((await repository.update({ code }, changes)).affected === 0) return null;
      await this.audit.append(audit, tx);
      return repository.findOneByOrFail({ code });
    });
  }

  private changeUser(
    username: string,
    audit: AuditEntry,
    change: (tx: EntityManager) => Promise<{ affected?: number | null }>,
  ): Promise<UserEntity | null> {
    return this.dataSource.transaction(async (tx) => {
      if (((await change(tx)).affected ?? 0) === 0) return null;
      await this.audit.append(audit, tx);
      return tx.getRepository(UserEntity).findOneByOrFail({ username });
    });
  }
}
