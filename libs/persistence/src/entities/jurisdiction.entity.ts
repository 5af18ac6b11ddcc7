import { Column, Entity, PrimaryColumn } from 'typeorm';

/** `district` is any county-level unit, ours or a neighbour's. */
export const JURISDICTION_LEVELS = ['city', 'district', 'township', 'village'] as const;
export type JurisdictionLevel = (typeof JURISDICTION_LEVELS)[number];

@Entity('jurisdictions')
export class JurisdictionEntity {
  @PrimaryColumn({ type: 'varchar', length: 16 })
  code!: string;

  @Column({ type: 'varchar', length: 64 })
  name!: string;

  @Column({ type: 'varchar', length: 16 })
  level!: JurisdictionLevel;

  @Column({ name: 'parent_code', type: 'varchar', length: 16, nullable: true })
  parentCode!: string | null;

  /** 第一责任人 (the head): receives the misses of this jurisdiction's cases and incidents. */
  @Column({ name: 'first_responsible', type: 'varchar', length: 64, nullable: true })
  firstResponsible!: string | null;

  /** 直接责任人 (the deputy in charge): receives the same misses. */
  @Column({ name: 'direct_responsible', type: 'varchar', length: 64, nullable: true })
  directResponsible!: string | null;

  /** 企业微信 group robot webhook: every alert for a user of this jurisdiction is posted there too. */
  @Column({ name: 'wecom_robot_url', type: 'varchar', length: 500, nullable: true })
  wecomRobotUrl!: string | null;

  /** 钉钉 custom robot webhook and its signing secret (加签). */
  @Column({ name: 'dingtalk_robot_url', type: 'varchar', length: 500, nullable: true })
  dingtalkRobotUrl!: string | null;

  @Column({ name: 'dingtalk_robot_secret', type: 'varchar', length: 200, nullable: true })
  dingtalkRobotSecret!: string | null;
}
