import type { DisputeEntity, DisputeListFilter, DisputeScope, TimelineRow } from '@boundary/persistence';
import {
  DISPUTE_WORKFLOW_TYPE,
  INCIDENT_WORKFLOW_TYPE,
  INVALID_TRANSITION,
  escalateDisputeUpdate,
  openDisputeUpdate,
  openIncidentUpdate,
  reportDisputeUpdate,
} from '@boundary/workflows';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure, WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import {
  CONFIG,
  POLICY,
  USERS,
  disputeCase,
  disputeRow,
  fakeOrganisation,
  fakeTemporal,
  incident,
  startedWith,
} from '../../../../test/support/fakes';
import type { Principal } from '../auth/principal';
import { IncidentsService } from '../incidents/incidents.service';
import type { CreateDisputeDto } from './disputes.dto';
import { DisputesService } from './disputes.service';

function makeSut({ row = disputeRow() }: { row?: DisputeEntity | null } = {}) {
  const { temporal, handle } = fakeTemporal();
  const { organisation } = fakeOrganisation();
  const disputes = {
    findById: jest.fn(async (_id: string, _scope: DisputeScope) => row),
    list: jest.fn(async (_filter: DisputeListFilter, _scope: DisputeScope) => ({
      items: row ? [row.state] : [],
      total: row ? 1 : 0,
      totalExact: true,
    })),
  };
  const timeline = { forSubject: jest.fn(async (_id: string): Promise<TimelineRow[]> => []) };
  const incidentRows = { findById: jest.fn(async () => null), list: jest.fn() };
  const boundary = { checkLineCode: jest.fn(async () => undefined) };
  const incidents = new IncidentsService(
    temporal,
    incidentRows,
    disputes,
    timeline,
    organisation,
    boundary,
    POLICY,
    CONFIG,
  );
  const sut = new DisputesService(
    temporal,
    disputes,
    timeline,
    organisation,
    incidents,
    boundary,
    POLICY,
    CONFIG,
  );
  return { sut, disputes, timeline, temporal, handle, boundary };
}

const intake = (extra: Partial<CreateDisputeDto> = {}): CreateDisputeDto => ({
  title: '石门村与王家村林地界线争议',
  category: 'forest_land',
  parties: [
    { jurisdiction: 'T01', name: '石门村' },
    { jurisdiction: 'N01', name: '王家村' },
  ],
  ownerJurisdiction: 'T01',
  description: '12号至15号界桩之间山林权属争议',
  riskLevel: 'medium',
  ...extra,
});

const actorOf = ({ username, role }: Principal) => ({ username, role });

describe('DisputesService.open checks the intake against the organisation', () => {
  it.each([
    ['an unknown code', 'X99'],
    ['a district', 'D01'],
    ['the neighbouring county', 'N01'],
  ])('refuses %s as the owner township with 400 naming ownerJurisdiction', async (_, owner) => {
    const { sut, temporal } = makeSut();
    await expect(sut.open(USERS.bureau, intake({ ownerJurisdiction: owner }))).rejects.toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
      details: [{ field: 'ownerJurisdiction', problems: ['must be a known township code'] }],
    });
    expect(temporal.workflow.executeUpdateWithStart).not.toHaveBeenCalled();
  });

  it('names every unknown party jurisdiction by its index', async () => {
    const { sut, temporal } = makeSut();
    const parties = [
      { jurisdiction: 'X01', name: '甲' },
      { jurisdiction: 'T02', name: '乙' },
      { jurisdiction: 'X02', name: '丙' },
    ];
    await expect(sut.open(USERS.mediatorA, intake({ parties }))).rejects.toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
      details: [
        { field: 'parties.0.jurisdiction', problems: ['must be a known jurisdiction code'] },
        { field: 'parties.2.jurisdiction', problems: ['must be a known jurisdiction code'] },
      ],
    });
    expect(temporal.workflow.executeUpdateWithStart).not.toHaveBeenCalled();
  });

  it.each([
    ['a mediator of another township', USERS.mediatorB],
    ['the bureau of another district', USERS.otherBureau],
  ])('refuses %s with 403', async (_, principal) => {
    const { sut, temporal } = makeSut();
    await expect(sut.open(principal, intake())).rejects.toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect(temporal.workflow.executeUpdateWithStart).not.toHaveBeenCalled();
  });

  it('refuses a cross_county case whose parties are all in the owner district', async () => {
    const { sut } = makeSut();
    const parties = [
      { jurisdiction: 'T01', name: '石门村' },
      { jurisdiction: 'T02', name: '河口村' },
    ];
    await expect(sut.open(USERS.bureau, intake({ tier: 'cross_county', parties }))).rejects.toMatchObject({
      status: 400,
      details: [{ field: 'tier', problems: ['a cross_county case names a party in a neighbouring county'] }],
    });
  });

  it.each([
    ['its own township', USERS.mediatorA, intake()],
    [
      'a cross_county case with a party in the neighbouring county',
      USERS.bureau,
      intake({ tier: 'cross_county' }),
    ],
  ])(
    'starts the case workflow for %s with the district and the frozen policy',
    async (_, principal, body) => {
      const { sut, temporal } = makeSut();
      temporal.workflow.executeUpdateWithStart.mockResolvedValue({ created: true, case: disputeCase() });

      const result = await sut.open(principal, body);

      expect(result.created).toBe(true);
      expect(result.case).not.toHaveProperty('seq');
      const { update, args, start, input } = startedWith(temporal);
      expect(update).toBe(openDisputeUpdate);
      expect(args).toEqual([actorOf(principal)]);
      expect(start.workflowTypeOrFunc).toBe(DISPUTE_WORKFLOW_TYPE);
      expect(start.options).toMatchObject({
        workflowId: `dispute-${input.caseId}`,
        taskQueue: CONFIG.taskQueue,
        workflowIdConflictPolicy: 'USE_EXISTING',
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
      });
      expect(input).toEqual({
        caseId: expect.any(String),
        intake: body,
        district: 'D01',
        actor: actorOf(principal),
        policy: POLICY.disputes,
        sides: ['D01', 'N01'],
        commonSuperior: 'C01',
      });
      expect(temporal.withDeadline).toHaveBeenCalledTimes(1);
    },
  );
});

describe('DisputesService.open with an Idempotency-Key', () => {
  const caseIdOf = async (principal: Principal, key?: string) => {
    const { sut, temporal } = makeSut();
    temporal.workflow.executeUpdateWithStart.mockResolvedValue({ created: true, case: disputeCase() });
    await sut.open(principal, intake(), key);
    return startedWith(temporal).input.caseId as string;
  };

  it('derives the case id from the user and the key', async () => {
    const first = await caseIdOf(USERS.bureau, 'k-1');
    expect(await caseIdOf(USERS.bureau, 'k-1')).toBe(first);
    expect(await caseIdOf(USERS.bureau, 'k-2')).not.toBe(first);
    expect(await caseIdOf({ ...USERS.bureau, username: 'bureau.2' }, 'k-1')).not.toBe(first);
    expect(await caseIdOf(USERS.bureau)).not.toBe(await caseIdOf(USERS.bureau));
  });

  it('answers a retry for a case that has finished from the read model, within the caller scope', async () => {
    const { sut, temporal, disputes } = makeSut({ row: disputeRow(disputeCase({ status: 'withdrawn' })) });
    temporal.workflow.executeUpdateWithStart.mockRejectedValue(
      new WorkflowExecutionAlreadyStartedError(
        'Workflow execution already started',
        'w',
        DISPUTE_WORKFLOW_TYPE,
      ),
    );

    const result = await sut.open(USERS.mediatorA, intake(), 'k-1');

    expect(result).toMatchObject({ created: false, case: { status: 'withdrawn' } });
    const caseId = startedWith(temporal).input.caseId;
    expect(disputes.findById).toHaveBeenCalledWith(caseId, {
      ownerJurisdiction: 'T01',
      member: 'mediator.a',
    });
  });

  it('passes the refusal on when no key was sent', async () => {
    const { sut, temporal } = makeSut();
    const refused = new WorkflowExecutionAlreadyStartedError('already started', 'w', DISPUTE_WORKFLOW_TYPE);
    temporal.workflow.executeUpdateWithStart.mockRejectedValue(refused);
    await expect(sut.open(USERS.mediatorA, intake())).rejects.toBe(refused);
  });
});

describe('DisputesService reads within the caller scope', () => {
  it.each([
    [
      'a mediator: its township, or a joint group naming it',
      USERS.mediatorA,
      { ownerJurisdiction: 'T01', member: 'mediator.a' },
    ],
    [
      'the bureau: its district, the cases where it is a side or referee, or a joint group naming it',
      USERS.bureau,
      { district: 'D01', bureauOf: 'D01', member: 'bureau' },
    ],
    [
      'a leader: its district, or a joint group naming it',
      USERS.leader,
      { district: 'D01', member: 'leader' },
    ],
    ['admin: everything', USERS.admin, {}],
  ])('asks the repository with the scope of %s', async (_, principal, scope) => {
    const { sut, disputes } = makeSut();
    await sut.get(principal, 'case-1');
    await sut.list(principal, { status: 'screening' });
    expect(disputes.findById).toHaveBeenCalledWith('case-1', scope);
    expect(disputes.list).toHaveBeenCalledWith({ status: 'screening', page: 1, pageSize: 20 }, scope);
  });

  it('lists around a point as a circle, for the repository to order nearest first', async () => {
    const { sut, disputes } = makeSut();
    await sut.list(USERS.admin, { near: '27.919,112.584,2000' });
    expect(disputes.list).toHaveBeenCalledWith(
      { page: 1, pageSize: 20, near: { lat: 27.919, lng: 112.584, meters: 2000 } },
      {},
    );
  });

  it('answers 404 for a case outside the scope, before reading its timeline', async () => {
    const { sut, timeline } = makeSut({ row: null });
    await expect(sut.get(USERS.mediatorB, 'case-1')).rejects.toMatchObject({
      status: 404,
      code: 'NOT_FOUND',
    });
    await expect(sut.timelineOf(USERS.mediatorB, 'case-1')).rejects.toMatchObject({ status: 404 });
    expect(timeline.forSubject).not.toHaveBeenCalled();
  });

  it('answers 404 for an id longer than any case id without asking the repository', async () => {
    const { sut, disputes } = makeSut();
    await expect(sut.get(USERS.admin, 'x'.repeat(65))).rejects.toMatchObject({ status: 404 });
    expect(disputes.findById).not.toHaveBeenCalled();
  });

  it('hides the reminder bookkeeping and the seq from the view', async () => {
    const state = disputeCase({
      deadlines: [
        {
          kind: 'report',
          dueAt: '2026-03-05T08:00:00.000Z',
          status: 'pending',
          remindAt: 'x',
          reminded: false,
        },
      ],
    });
    const { sut } = makeSut({ row: disputeRow(state) });
    const view = await sut.get(USERS.admin, state.id);
    expect(view.deadlines).toEqual([
      { kind: 'report', dueAt: '2026-03-05T08:00:00.000Z', status: 'pending' },
    ]);
    expect(view).not.toHaveProperty('seq');
  });
});

describe('DisputesService.advance', () => {
  const report = { tier: 'village' as const, summary: '及时上报' };

  it('runs the write as an update on the case workflow, with the actor', async () => {
    const { sut, temporal, handle } = makeSut();
    handle.executeUpdate.mockResolvedValue(disputeCase({ status: 'reported', seq: 2 }));

    const view = await sut.advance(USERS.mediatorA, 'case-1', reportDisputeUpdate, report);

    expect(view.status).toBe('reported');
    expect(temporal.workflow.getHandle).toHaveBeenCalledWith('dispute-case-1');
    expect(handle.executeUpdate).toHaveBeenCalledWith(reportDisputeUpdate, {
      args: [actorOf(USERS.mediatorA), report],
      updateId: undefined,
    });
  });

  it('derives the update id from user, workflow, update and key, so Temporal answers a repeat once', async () => {
    const updateIdOf = async (principal: Principal, key: string) => {
      const { sut, handle } = makeSut();
      handle.executeUpdate.mockResolvedValue(disputeCase());
      await sut.advance(principal, 'case-1', reportDisputeUpdate, report, key);
      return handle.executeUpdate.mock.calls[0][1].updateId as string;
    };
    const first = await updateIdOf(USERS.mediatorA, 'k-1');
    expect(first).toEqual(expect.any(String));
    expect(await updateIdOf(USERS.mediatorA, 'k-1')).toBe(first);
    expect(await updateIdOf(USERS.bureau, 'k-1')).not.toBe(first);
  });

  it('refuses a case outside the scope with 404 before calling Temporal', async () => {
    const { sut, temporal } = makeSut({ row: null });
    await expect(sut.advance(USERS.mediatorB, 'case-1', reportDisputeUpdate, report)).rejects.toMatchObject({
      status: 404,
    });
    expect(temporal.workflow.getHandle).not.toHaveBeenCalled();
  });

  it("turns the workflow validator's refusal into 409 with the table's status and actions", async () => {
    const { sut, handle } = makeSut();
    handle.executeUpdate.mockRejectedValue(
      new WorkflowUpdateFailedError(
        'update failed',
        ApplicationFailure.create({
          type: INVALID_TRANSITION,
          message: 'report is not allowed while mediating',
          details: [
            { status: 'mediating', allowed: ['record_round', 'sign_agreement', 'escalate', 'withdraw'] },
          ],
        }),
      ),
    );
    await expect(sut.advance(USERS.mediatorA, 'case-1', reportDisputeUpdate, report)).rejects.toMatchObject({
      status: 409,
      code: 'INVALID_TRANSITION',
      text: { zh: '当前状态「调解中」下不允许此操作' },
      details: { status: 'mediating', allowed: ['record_round', 'sign_agreement', 'escalate', 'withdraw'] },
    });
  });
});

describe('DisputesService.escalateEmergency', () => {
  it('refuses a finished case with 409 and starts no incident', async () => {
    const { sut, temporal, handle } = makeSut({ row: disputeRow(disputeCase({ status: 'withdrawn' })) });
    await expect(sut.escalateEmergency(USERS.mediatorA, 'case-1', '冲突')).rejects.toMatchObject({
      status: 409,
      code: 'INVALID_TRANSITION',
      details: { status: 'withdrawn', allowed: [] },
    });
    expect(temporal.workflow.executeUpdateWithStart).not.toHaveBeenCalled();
    expect(handle.executeUpdate).not.toHaveBeenCalled();
  });

  it("starts the incident in the case's township at the severity of its risk, then escalates the case with it", async () => {
    const state = disputeCase({ riskLevel: 'high', location: { lat: 27.9, lng: 112.5 } });
    const { sut, temporal, handle } = makeSut({ row: disputeRow(state) });
    temporal.workflow.executeUpdateWithStart.mockResolvedValue(incident());
    handle.executeUpdate.mockResolvedValue(disputeCase({ tier: 'township' }));

    await sut.escalateEmergency(USERS.mediatorA, 'case-1', '肢体冲突');

    const { update, start, input } = startedWith(temporal);
    expect(update).toBe(openIncidentUpdate);
    expect(start.workflowTypeOrFunc).toBe(INCIDENT_WORKFLOW_TYPE);
    expect(input).toEqual({
      incidentId: expect.any(String),
      intake: {
        title: state.title,
        type: 'boundary_dispute',
        severity: 'II',
        jurisdiction: 'T01',
        description: '肢体冲突',
        disputeId: 'case-1',
        location: state.location,
      },
      district: 'D01',
      townships: ['T01'],
      actor: actorOf(USERS.mediatorA),
      policy: POLICY.emergency,
      announceToCase: false,
    });
    expect(start.options.workflowId).toBe(`incident-${input.incidentId}`);
    expect(handle.executeUpdate).toHaveBeenCalledWith(escalateDisputeUpdate, {
      args: [actorOf(USERS.mediatorA), { reason: '肢体冲突', incidentId: input.incidentId }],
      updateId: undefined,
    });
    expect(temporal.workflow.executeUpdateWithStart.mock.invocationCallOrder[0]).toBeLessThan(
      handle.executeUpdate.mock.invocationCallOrder[0],
    );
  });

  it('names the same incident on a retry: by the key when sent, else by the case seq', async () => {
    const incidentIdOf = async (seq: number, key?: string) => {
      const { sut, temporal, handle } = makeSut({ row: disputeRow(disputeCase({ seq })) });
      temporal.workflow.executeUpdateWithStart.mockResolvedValue(incident());
      handle.executeUpdate.mockResolvedValue(disputeCase());
      await sut.escalateEmergency(USERS.mediatorA, 'case-1', '冲突', key);
      return startedWith(temporal).input.incidentId as string;
    };
    expect(await incidentIdOf(3)).toBe(await incidentIdOf(3));
    expect(await incidentIdOf(4)).not.toBe(await incidentIdOf(3));
    expect(await incidentIdOf(3, 'k-1')).toBe(await incidentIdOf(4, 'k-1'));
  });

  it('still links an incident that was already started and resolved by an earlier attempt', async () => {
    const { sut, temporal, handle } = makeSut();
    temporal.workflow.executeUpdateWithStart.mockRejectedValue(
      new WorkflowExecutionAlreadyStartedError('already started', 'w', INCIDENT_WORKFLOW_TYPE),
    );
    handle.executeUpdate.mockResolvedValue(disputeCase({ tier: 'township' }));
    await expect(sut.escalateEmergency(USERS.mediatorA, 'case-1', '冲突')).resolves.toMatchObject({
      tier: 'township',
    });
    expect(handle.executeUpdate).toHaveBeenCalledTimes(1);
  });
});
