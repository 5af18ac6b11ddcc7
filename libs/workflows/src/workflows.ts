// The worker's workflow bundle entry: every workflow type the worker runs, and nothing else.
export { DisputeCaseWorkflow } from './disputes/workflow';
export { IncidentWorkflow } from './incidents/workflow';
export { FindingWorkflow } from './findings/workflow';
export { PatrolPlanWorkflow } from './patrol-plans/workflow';
export { JointInspectionWorkflow } from './joint-inspections/workflow';
