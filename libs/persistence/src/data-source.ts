import { DataSource } from 'typeorm';
import { AlertEntity } from './entities/alert.entity';
import { DisputeEntity } from './entities/dispute.entity';
import { IncidentEntity } from './entities/incident.entity';
import { JurisdictionEntity } from './entities/jurisdiction.entity';
import { TimelineEntity } from './entities/timeline.entity';
import { UserEntity } from './entities/user.entity';
import { InitialSchema1764000000000 } from './migrations/1764000000000-initial-schema';
import { Incidents1764300000000 } from './migrations/1764300000000-incidents';
import { DisputeSearch1764600000000 } from './migrations/1764600000000-dispute-search';
import { AlertDeliveredAt1764500000000 } from './migrations/1764500000000-alert-delivered-at';
import { TimelineHashChain1764700000000 } from './migrations/1764700000000-timeline-hash-chain';
import { BoundaryRegister1765500000000 } from './migrations/1765500000000-boundary-register';

export const ENTITIES = [
  JurisdictionEntity,
  UserEntity,
  DisputeEntity,
  IncidentEntity,
  TimelineEntity,
  AlertEntity,
];
export const MIGRATIONS = [
  InitialSchema1764000000000,
  Incidents1764300000000,
  AlertDeliveredAt1764500000000,
  DisputeSearch1764600000000,
  TimelineHashChain1764700000000,
  BoundaryRegister1765500000000,
];

export interface DataSourceSettings {
  url: string;
  /** Connections per process; the API and the worker each hold one pool. */
  poolSize?: number;
}

/** The schema comes from migrations only; `synchronize` stays off everywhere. */
export function createDataSource({ url, poolSize = 10 }: DataSourceSettings): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    migrationsRun: false,
    extra: { max: poolSize, connectionTimeoutMillis: 5000 },
  });
}
