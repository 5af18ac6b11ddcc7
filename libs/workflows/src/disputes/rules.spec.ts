import {
  DISPUTE_ACTIONS,
  DISPUTE_STATUSES,
  type DisputeAction,
  type DisputeStatus,
  allowedDisputeActions,
  canApplyDisputeAction,
  handlingRole,
  isFinalDisputeStatus,
  needsBothSides,
  nextTier,
} from './rules';

/** The expected table, written out independently of rules.ts so a change to either shows up here. */
const EXPECTED: Record<DisputeStatus, DisputeAction[]> = {
  screening: ['report', 'resolve_locally', 'set_joint_group', 'escalate', 'withdraw'],
  reported: ['start_mediation', 'set_joint_group', 'escalate', 'withdraw'],
  mediating: [
    'record_round',
    'sign_agreement',
    'confirm_agreement',
    'set_joint_group',
    'escalate',
    'withdraw',
  ],
  agreed: ['set_joint_group', 'close', 'escalate', 'withdraw'],
  closed: [],
  resolved_locally: [],
  withdrawn: [],
  referred: ['record_decision'],
};

describe('dispute status machine', () => {
  it.each(DISPUTE_STATUSES.flatMap((status) => DISPUTE_ACTIONS.map((action) => [status, action] as const)))(
    'from %s, %s is allowed exactly when the table says so',
    (status, action) => {
      expect(canApplyDisputeAction(status, action)).toBe(EXPECTED[status].includes(action));
    },
  );

  it('lists the allowed actions of each status in table order', () => {
    for (const status of DISPUTE_STATUSES) expect(allowedDisputeActions(status)).toEqual(EXPECTED[status]);
  });

  it('treats closed, resolved_locally, withdrawn and referred as final', () => {
    expect(DISPUTE_STATUSES.filter(isFinalDisputeStatus)).toEqual([
      'closed',
      'resolved_locally',
      'withdrawn',
      'referred',
    ]);
  });

  it('raises tiers one step and has nothing above cross_county', () => {
    expect(nextTier('village')).toBe('township');
    expect(nextTier('township')).toBe('district');
    expect(nextTier('district')).toBe('cross_county');
    expect(nextTier('cross_county')).toBeUndefined();
  });

  it('wants both sides only for a cross_county agreement between two counties', () => {
    expect(needsBothSides('cross_county', ['D01', 'N01'])).toBe(true);
    expect(needsBothSides('cross_county', ['D01'])).toBe(false);
    expect(needsBothSides('cross_county', undefined)).toBe(false);
    expect(needsBothSides('district', ['D01', 'N01'])).toBe(false);
  });

  it('keeps village and township cases with the mediators and hands higher tiers to the bureau', () => {
    expect(handlingRole('village')).toBe('mediator');
    expect(handlingRole('township')).toBe('mediator');
    expect(handlingRole('district')).toBe('bureau');
    expect(handlingRole('cross_county')).toBe('bureau');
  });
});
