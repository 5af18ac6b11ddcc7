import { types } from 'node:util';
import { ServiceUnavailableError } from '@boundary/config';
import { DatabaseError } from 'pg';
import { DataSource, QueryFailedError, type QueryRunner, type ReplicationMode } from 'typeorm';
import { AlertEntity } from './entities/alert.entity';
import { DisputeEntity } from './entities/dispute.entity';
import { FindingEntity, PatrolPlanEntity } from './entities/finding.entity';
import { IncidentEntity } from './entities/incident.entity';
import { JurisdictionEntity } from './entities/jurisdiction.entity';
import { TimelineEntity } from './entities/timeline.entity';
import { UserEntity } from './entities/user.entity';
import { InitialSchema1764000000000 } from './migrations/1764000000000-initial-schema';
import { Incidents1764300000000 } from './migrations/1764300000000-incidents';
import { DisputeSearch1764600000000 } from './migrations/1764600000000-dispute-search';
import { AlertDeliveredAt1764500000000 } from './migrations/1764500000000-alert-delivered-at';
import { TimelineHashChain1764700000000 } from './migrations/1764700000000-timeline-hash-chain';
import { Accounts1765000000000 } from './migrations/1765000000000-accounts';
import { AuditLog1765100000000 } from './migrations/1765100000000-audit-log';
import { ApplicationRole1765200000000 } from './migrations/1765200000000-application-role';
import { BoundaryRegister1765500000000 } from './migrations/1765500000000-boundary-register';
import { ProblemLedger1766000000000 } from './migrations/1766000000000-problem-ledger';
import { AlertChannels1766100000000 } from './migrations/1766100000000-alert-channels';
import { CrossCounty1766200000000 } from './migrations/1766200000000-cross-county';
import { JointInspections1766200000001 } from './migrations/1766200000001-joint-inspections';
import { DisputeSearchGrams1766300000000 } from './migrations/1766300000000-dispute-search-grams';
import { PatrolInspection1766400000000 } from './migrations/1766400000000-patrol-inspection';
import { NarrowReadModel1766500000000 } from './migrations/1766500000000-narrow-read-model';
import { SearchOnChange1766600000000 } from './migrations/1766600000000-search-on-change';
import { ConsoleEventUsernames1766700000000 } from './migrations/1766700000000-console-event-usernames';
import { ConsoleEventDistricts1766800000000 } from './migrations/1766800000000-console-event-districts';
import { JointInspectionEntity } from './entities/joint-inspection.entity';

export const ENTITIES = [
  JurisdictionEntity,
  UserEntity,
  DisputeEntity,
  IncidentEntity,
  TimelineEntity,
  AlertEntity,
  FindingEntity,
  PatrolPlanEntity,
  JointInspectionEntity,
];
export const MIGRATIONS = [
  InitialSchema1764000000000,
  Incidents1764300000000,
  AlertDeliveredAt1764500000000,
  DisputeSearch1764600000000,
  TimelineHashChain1764700000000,
  Accounts1765000000000,
  AuditLog1765100000000,
  ApplicationRole1765200000000,
  BoundaryRegister1765500000000,
  ProblemLedger1766000000000,
  AlertChannels1766100000000,
  CrossCounty1766200000000,
  JointInspections1766200000001,
  DisputeSearchGrams1766300000000,
  PatrolInspection1766400000000,
  NarrowReadModel1766500000000,
  SearchOnChange1766600000000,
  ConsoleEventUsernames1766700000000,
  ConsoleEventDistricts1766800000000,
];

export interface DataSourceSettings {
  url: string;
  /** Connections per process; the API and the worker each hold one pool. */
  poolSize?: number;
}

/**
 * SQLSTATEs of a server that cannot serve now: class 08 (connection exception), 57P01 admin shutdown, 57P02
 * crash shutdown, 57P03 starting up.
 */
const isUnavailableState = (code: string | undefined): boolean =>
  code !== undefined && (code.startsWith('08') || ['57P01', '57P02', '57P03'].includes(code));

/**
 * Node's network errors (ECONNRESET, ECONNREFUSED, EPIPE…) name the system call that failed. They are not plain
 * `Error`s: Node gives them a prototype of its own between theirs and `Error.prototype`, made in Node's own realm,
 * so that `instanceof Error` fails for them inside a VM context such as jest's. `isNativeError` holds in any realm.
 */
const isSystemCallFailure = (error: unknown): boolean =>
  types.isNativeError(error) && typeof (error as NodeJS.ErrnoException).syscall === 'string';

/**
 * Names a database outage as `ServiceUnavailableError('database')`; every other failure passes unchanged. An
 * answer of the server (`DatabaseError`) is judged by its SQLSTATE. Without an answer, the class decides: the
 * driver reports a connection that could not be made, broke or timed out as a plain `Error`, and the socket as
 * a failed system call, whereas a bug surfaces as a `TypeError` or `RangeError` and a misuse of TypeORM as one
 * of its own error classes.
 */
export function classifyDatabaseFailure(error: unknown): unknown {
  const driverError: unknown = error instanceof QueryFailedError ? error.driverError : error;
  const unavailable =
    driverError instanceof DatabaseError
      ? isUnavailableState(driverError.code)
      : (driverError instanceof Error && Object.getPrototypeOf(driverError) === Error.prototype) ||
        isSystemCallFailure(driverError);
  return unavailable ? new ServiceUnavailableError('database', error) : error;
}

/**
 * Every query, whether from a repository, a query builder, a transaction or a health check, runs on a query
 * runner made here, so its failure is classified where the database was called.
 */
class ClassifyingDataSource extends DataSource {
  override createQueryRunner(mode?: ReplicationMode): QueryRunner {
    const runner = super.createQueryRunner(mode);
    const query = runner.query.bind(runner);
    runner.query = (async (...args: Parameters<typeof query>) => {
      try {
        return await query(...args);
      } catch (error) {
        throw classifyDatabaseFailure(error);
      }
    }) as QueryRunner['query'];
    return runner;
  }
}

/** The schema comes from migrations only; `synchronize` stays off everywhere. */
export function createDataSource({ url, poolSize = 10 }: DataSourceSettings): DataSource {
  return new ClassifyingDataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    migrationsRun: false,
    // A user waiting on a request should get a 503 within seconds when the server does not answer.
    extra: { max: poolSize, connectionTimeoutMillis: 3000 },
  });
}
