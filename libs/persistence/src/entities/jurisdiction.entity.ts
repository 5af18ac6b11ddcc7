import { Column, Entity, PrimaryColumn } from 'typeorm';

export type JurisdictionLevel = 'district' | 'township' | 'county';

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
}
