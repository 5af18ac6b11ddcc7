import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const USER_ROLES = ['mediator', 'bureau', 'leader', 'admin'] as const;
export type UserRole = (typeof USER_ROLES)[number];

@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 64, unique: true })
  username!: string;

  @Column({ name: 'display_name', type: 'varchar', length: 64 })
  displayName!: string;

  @Column({ name: 'password_hash', type: 'varchar', length: 100 })
  passwordHash!: string;

  @Column({ type: 'varchar', length: 16 })
  role!: UserRole;

  /** A township for mediators, the district (or city) for bureau and leaders, null for admin. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  jurisdiction!: string | null;

  /** Where alerts are also POSTed, signed with HMAC-SHA256. */
  @Column({ name: 'webhook_url', type: 'varchar', length: 500, nullable: true })
  webhookUrl!: string | null;

  /**
   * Names this recipient's signing secret, which is derived from it and ALERT_WEBHOOK_SECRET (libs/alerts): a
   * copy of the database alone cannot sign. A new URL gets a new key.
   */
  @Column({ name: 'webhook_key', type: 'char', length: 32, nullable: true })
  webhookKey!: string | null;

  @Column({ type: 'boolean', default: false })
  disabled!: boolean;

  /** Set when an administrator issued the password: the user changes it before doing anything else. */
  @Column({ name: 'must_change_password', type: 'boolean', default: false })
  mustChangePassword!: boolean;

  @Column({ type: 'varchar', length: 32, nullable: true })
  phone!: string | null;

  /** Raised by every change that must end the user's tokens; a token carries the version it was issued at. */
  @Column({ name: 'token_version', type: 'integer', default: 0 })
  tokenVersion!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
