// What the API and the worker import. Workflow implementations are not exported: they run only in the bundle.
export * from './shared';
export * from './activities';
export * from './policy/duration';
export * from './policy/policy';
export * from './policy/load-policy';
export * from './disputes/rules';
export * from './disputes/contract';
export { DisputeCaseWorkflow } from './disputes/workflow';
export * from './incidents/rules';
export * from './incidents/contract';
export { IncidentWorkflow } from './incidents/workflow';
