import {
  INCIDENT_ACTIONS,
  INCIDENT_STATUSES,
  type IncidentAction,
  type IncidentStatus,
  type ChainPosition,
  allowedIncidentActions,
  canApplyIncidentAction,
  followingStep,
  isFinalIncidentStatus,
  responseWithinMs,
} from './rules';

/** The expected table, written out independently of rules.ts so a change to either shows up here. */
const EXPECTED: Record<IncidentStatus, IncidentAction[]> = {
  triggered: ['acknowledge', 'sitrep', 'change_severity', 'resolve'],
  acknowledged: ['on_scene', 'sitrep', 'change_severity', 'resolve'],
  on_scene: ['sitrep', 'change_severity', 'resolve'],
  resolved: [],
};

const chain = (steps: number, repeat: number) => ({
  escalation: Array.from({ length: steps }, () => ({ notify: 'bureau' as const, waitMs: 1000 })),
  repeat,
});

/** Every position the chain visits from round 0 step 0 until it runs out. */
function walk(plan: ReturnType<typeof chain>): ChainPosition[] {
  const visited: ChainPosition[] = [];
  for (let at: ChainPosition | undefined = { round: 0, step: 0 }; at; at = followingStep(at, plan)) {
    visited.push(at);
  }
  return visited;
}

describe('incident status machine', () => {
  it.each(INCIDENT_STATUSES.flatMap((status) => INCIDENT_ACTIONS.map((action) => [status, action] as const)))(
    'from %s, %s is allowed exactly when the table says so',
    (status, action) => {
      expect(canApplyIncidentAction(status, action)).toBe(EXPECTED[status].includes(action));
    },
  );

  it('lists the allowed actions of each status in table order', () => {
    for (const status of INCIDENT_STATUSES) expect(allowedIncidentActions(status)).toEqual(EXPECTED[status]);
  });

  it('treats only resolved as final', () => {
    expect(INCIDENT_STATUSES.filter(isFinalIncidentStatus)).toEqual(['resolved']);
  });
});

describe('emergency plan arithmetic', () => {
  it('takes the acknowledge and arrive periods of a level', () => {
    const level = { acknowledgeWithinMs: 300_000, arriveWithinMs: 1_800_000 };
    expect(responseWithinMs(level, 'acknowledge')).toBe(300_000);
    expect(responseWithinMs(level, 'arrive')).toBe(1_800_000);
  });

  it('runs a chain once when repeat is 0', () => {
    expect(walk(chain(3, 0))).toEqual([
      { round: 0, step: 0 },
      { round: 0, step: 1 },
      { round: 0, step: 2 },
    ]);
  });

  it('runs the chain again from the top `repeat` more times', () => {
    expect(walk(chain(2, 2))).toEqual([
      { round: 0, step: 0 },
      { round: 0, step: 1 },
      { round: 1, step: 0 },
      { round: 1, step: 1 },
      { round: 2, step: 0 },
      { round: 2, step: 1 },
    ]);
  });

  it('ends a one-step chain after its single notification per round', () => {
    expect(followingStep({ round: 0, step: 0 }, chain(1, 0))).toBeUndefined();
    expect(followingStep({ round: 0, step: 0 }, chain(1, 1))).toEqual({ round: 1, step: 0 });
  });
});
