// What the API and the worker import: contracts and rules. Workflow implementations run only in the worker's
// bundle; they are exported as types alone, so starts are typed without loading workflow code.
export * from './shared';
export * from './hash-chain';
export * from './activities';
export * from './policy/duration';
export * from './policy/policy';
export * from './policy/load-policy';
export * from './disputes/rules';
export * from './disputes/contract';
export type { DisputeCaseWorkflow } from './disputes/workflow';
export * from './incidents/rules';
export * from './incidents/contract';
export type { IncidentWorkflow } from './incidents/workflow';
export * from './search-attributes';
export * from './findings/rules';
export * from './findings/contract';
export type { FindingWorkflow } from './findings/workflow';
export * from './patrol-plans/rules';
export * from './patrol-plans/contract';
export type { PatrolPlanWorkflow } from './patrol-plans/workflow';
export * from './joint-inspections/rules';
export * from './joint-inspections/contract';
export type { JointInspectionWorkflow } from './joint-inspections/workflow';
