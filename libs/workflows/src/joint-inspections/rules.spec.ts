import {
  JOINT_INSPECTION_ACTIONS,
  JOINT_INSPECTION_STATUSES,
  type JointInspectionAction,
  type JointInspectionStatus,
  NEXT_STAGE,
  allowedJointInspectionActions,
  canApplyJointInspectionAction,
} from './rules';

/** The expected table, written out independently of rules.ts so a change to either shows up here. */
const EXPECTED: Record<JointInspectionStatus, JointInspectionAction[]> = {
  planning: ['advance'],
  field_work: ['advance', 'record_patrol'],
  reporting: ['sign'],
  signed: ['archive'],
  archived: [],
};

describe('joint inspection status machine', () => {
  it.each(
    JOINT_INSPECTION_STATUSES.flatMap((status) =>
      JOINT_INSPECTION_ACTIONS.map((action) => [status, action] as const),
    ),
  )('from %s, %s is allowed exactly when the table says so', (status, action) => {
    expect(canApplyJointInspectionAction(status, action)).toBe(EXPECTED[status].includes(action));
  });

  it('lists the allowed actions of each status in table order', () => {
    for (const status of JOINT_INSPECTION_STATUSES) {
      expect(allowedJointInspectionActions(status)).toEqual(EXPECTED[status]);
    }
  });

  it('advances planning to field work to reporting, and nowhere else', () => {
    expect(NEXT_STAGE).toEqual({ planning: 'field_work', field_work: 'reporting' });
  });
});
