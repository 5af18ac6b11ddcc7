import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { PatrolPlanPolicy } from '../policy/policy';
import type { Actor, Deadline } from '../shared';
import type { PatrolPlanDeadlineKind, PatrolPlanStatus, PlanProgress } from './rules';

export const PATROL_PLAN_WORKFLOW_TYPE = 'PatrolPlanWorkflow';
export const patrolPlanWorkflowId = (planId: string): string => `patrol-plan-${planId}`;

/** One township's share of a plan: the lines to walk and single markers to check. */
export interface PlanTarget {
  jurisdiction: string;
  lineCodes: string[];
  markerCodes: string[];
  /** Every marker the target covers, from its markers and its lines' markers when the plan was made. */
  plannedMarkers: string[];
}

export interface PatrolPlanWorkflowInput {
  planId: string;
  title: string;
  dueAt: string;
  targets: PlanTarget[];
  district: string;
  actor: Actor;
  policy: PatrolPlanPolicy;
}

export interface TargetProgress extends PlanProgress {
  jurisdiction: string;
}

export interface PatrolPlan {
  id: string;
  title: string;
  dueAt: string;
  status: PatrolPlanStatus;
  district: string;
  targets: PlanTarget[];
  /** Planned markers checked so far, each once. */
  checkedMarkers: string[];
  /** Patrols counted, each once. */
  patrolIds: string[];
  progress: PlanProgress;
  targetProgress: TargetProgress[];
  deadlines: Deadline<PatrolPlanDeadlineKind>[];
  completedAt?: string;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  seq: number;
  chainHead?: string;
}

export interface RecordPlanPatrolInput {
  patrolId: string;
  markerCodes: string[];
}

export const openPatrolPlanUpdate = defineUpdate<PatrolPlan, [Actor]>('openPatrolPlan');
export const recordPlanPatrolUpdate = defineUpdate<PatrolPlan, [Actor, RecordPlanPatrolInput]>(
  'recordPlanPatrol',
);
export const patrolPlanStateQuery = defineQuery<PatrolPlan>('patrolPlanState');
