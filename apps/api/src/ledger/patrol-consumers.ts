import type { PatrolRecord } from '@boundary/persistence';
import type { Principal } from '../auth/principal';

/**
 * What runs after a patrol is saved, in order: the ledger opens its findings, its plan counts it (and a joint
 * inspection may count it too: add its consumer to PATROL_CONSUMERS in ledger.module.ts). Each must be
 * idempotent per patrol id: a retried POST /patrols runs every consumer again.
 */
export interface PatrolConsumer {
  afterPatrol(principal: Principal, patrol: PatrolRecord): Promise<void>;
}

export const PATROL_CONSUMERS = Symbol('PATROL_CONSUMERS');
