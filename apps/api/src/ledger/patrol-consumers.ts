import type { PatrolRecord } from '@boundary/persistence';
import type { Principal } from '../auth/principal';
import type { CreatePatrolDto } from './ledger.dto';

/**
 * A consumer of saved patrols (the list is PATROL_CONSUMERS in ledger.module.ts, in order: the ledger opens
 * the findings, the plan counts the markers, a joint inspection counts them too).
 */
export interface PatrolConsumer {
  /**
   * What the consumer needs to hold before anything is written (e.g. the inspection a patrol names is in its
   * field work): a refusal here leaves no patrol behind.
   */
  beforePatrol?(principal: Principal, body: CreatePatrolDto): Promise<void>;
  /** Idempotent per patrol id: a retried POST /patrols runs every consumer again. */
  afterPatrol(principal: Principal, patrol: PatrolRecord): Promise<void>;
}

export const PATROL_CONSUMERS = Symbol('PATROL_CONSUMERS');
