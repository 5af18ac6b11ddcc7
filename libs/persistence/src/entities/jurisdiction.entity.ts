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
}
