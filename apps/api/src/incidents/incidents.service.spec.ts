import type {
  DisputeEntity,
  DisputeScope,
  IncidentEntity,
  IncidentListFilter,
  IncidentScope,
  TimelineRow,
} from '@boundary/persistence';
import {
  INCIDENT_WORKFLOW_TYPE,
  INVALID_TRANSITION,
  acknowledgeIncidentUpdate,
  changeSeverityUpdate,
  openIncidentUpdate,
} from '@boundary/workflows';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure, WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import {
  CONFIG,
  POLICY,
  USERS,
  disputeRow,
  fakeOrganisation,
  fakeTemporal,
  incident,
  incidentRow,
  startedWith,
} from '../../../../test/support/fakes';
import type { Principal } from '../auth/principal';
import type { CreateIncidentDto } from './incidents.dto';
import { IncidentsService } from './incidents.service';

interface Rows {
  row?: IncidentEntity | null;
  caseRow?: DisputeEntity | null;
}

function makeSut({ row = incidentRow(), caseRow = disputeRow() }: Rows = {}) {
  const { temporal, handle } = fakeTemporal();
  temporal.workflow.executeUpdateWithStart.mockResolvedValue(incident());
  const { organisation } = fakeOrganisation();
  const incidents = {
    findById: jest.fn(async (_id: string, _scope: IncidentScope) => row),
    list: jest.fn(async (_filter: IncidentListFilter, _scope: IncidentScope) => ({
      items: row ? [row.state] : [],
      total: row ? 1 : 0,
      totalExact: true,
    })),
  };
  const disputes = { findById: jest.fn(async (_id: string, _scope: DisputeScope) => caseRow) };
  const timeline = { forSubject: jest.fn(async (_id: string): Promise<TimelineRow[]> => []) };
  const boundary = { checkLineCode: jest.fn(async () => undefined) };
  const sut = new IncidentsService(
    temporal,
    incidents,
    disputes,
    timeline,
    organisation,
    boundary,
    POLICY,
    CONFIG,
  );
  return { sut, incidents, disputes, timeline, temporal, handle, boundary };
}

const body = (extra: Partial<CreateIncidentDto> = {}): CreateIncidentDto => ({
  title: '12号界桩处村民聚集对峙',
  type: 'mass_gathering',
  severity: 'III',
  jurisdiction: 'T01',
  description: '两村村民约三十人在争议林地聚集',
  ...extra,
});

describe('IncidentsService.trigger checks where the incident is', () => {
  it.each(['X99', 'C01'])(
    'refuses %s (not a known township or district) with 400 naming jurisdiction',
    async (code) => {
      const { sut, temporal } = makeSut();
      await expect(sut.trigger(USERS.bureau, body({ jurisdiction: code }))).rejects.toMatchObject({
        status: 400,
        code: 'VALIDATION_FAILED',
        details: [{ field: 'jurisdiction', problems: ['must be a known township or district code'] }],
      });
      expect(temporal.workflow.executeUpdateWithStart).not.toHaveBeenCalled();
    },
  );

  it.each([
    ['a mediator for another township', USERS.mediatorA, 'T02'],
    ['a mediator for its whole district', USERS.mediatorA, 'D01'],
    ['the bureau for another district', USERS.bureau, 'T03'],
    ['a leader for another district', USERS.leader, 'D02'],
    ['admin, who belongs to no district', USERS.admin, 'T01'],
  ])('refuses %s with 403', async (_, principal, jurisdiction) => {
    const { sut, temporal } = makeSut();
    await expect(sut.trigger(principal, body({ jurisdiction }))).rejects.toMatchObject({
      status: 403,
      code: 'FORBIDDEN',
    });
    expect(temporal.workflow.executeUpdateWithStart).not.toHaveBeenCalled();
  });

  it('refuses a case the caller cannot see with 400 naming disputeId, asking within the case scope', async () => {
    const { sut, disputes, temporal } = makeSut({ caseRow: null });
    await expect(sut.trigger(USERS.mediatorA, body({ disputeId: 'case-9' }))).rejects.toMatchObject({
      status: 400,
      details: [{ field: 'disputeId', problems: ['must name a dispute case you can see'] }],
    });
    expect(disputes.findById).toHaveBeenCalledWith('case-9', { ownerJurisdiction: 'T01' });
    expect(temporal.workflow.executeUpdateWithStart).not.toHaveBeenCalled();
  });
});

describe('IncidentsService.trigger starts the incident workflow', () => {
  it('for a township: its mediators are the chain step, the plan is frozen in, nothing announced', async () => {
    const { sut, temporal } = makeSut();
    const view = await sut.trigger(USERS.mediatorA, body());

    expect(view).not.toHaveProperty('seq');
    const { update, start, input } = startedWith(temporal);
    expect(update).toBe(openIncidentUpdate);
    expect(start.workflowTypeOrFunc).toBe(INCIDENT_WORKFLOW_TYPE);
    expect(start.options).toMatchObject({
      workflowId: `incident-${input.incidentId}`,
      taskQueue: CONFIG.taskQueue,
      workflowIdConflictPolicy: 'USE_EXISTING',
      workflowIdReusePolicy: 'REJECT_DUPLICATE',
    });
    expect(input).toEqual({
      incidentId: expect.any(String),
      intake: body(),
      district: 'D01',
      townships: ['T01'],
      actor: { username: 'mediator.a', role: 'mediator' },
      policy: POLICY.emergency,
      announceToCase: false,
    });
  });

  it('for a whole district: every township of the district is alerted', async () => {
    const { sut, temporal } = makeSut();
    await sut.trigger(USERS.leader, body({ jurisdiction: 'D01' }));
    expect(startedWith(temporal).input).toMatchObject({ district: 'D01', townships: ['T01', 'T02'] });
  });

  it('for a case: the incident announces itself to that case', async () => {
    const { sut, temporal } = makeSut();
    await sut.trigger(USERS.bureau, body({ disputeId: 'case-1' }));
    expect(startedWith(temporal).input).toMatchObject({
      intake: { disputeId: 'case-1' },
      announceToCase: true,
    });
  });

  it('derives the incident id from the user and the Idempotency-Key', async () => {
    const incidentIdOf = async (principal: Principal, key?: string) => {
      const { sut, temporal } = makeSut();
      await sut.trigger(principal, body(), key);
      return startedWith(temporal).input.incidentId as string;
    };
    const first = await incidentIdOf(USERS.bureau, 'k-1');
    expect(await incidentIdOf(USERS.bureau, 'k-1')).toBe(first);
    expect(await incidentIdOf(USERS.leader, 'k-1')).not.toBe(first);
    expect(await incidentIdOf(USERS.bureau)).not.toBe(await incidentIdOf(USERS.bureau));
  });

  it('answers a retry for a resolved incident from the read model; without a key the refusal stands', async () => {
    const refused = new WorkflowExecutionAlreadyStartedError('already started', 'w', INCIDENT_WORKFLOW_TYPE);
    const withKey = makeSut({ row: incidentRow(incident({ status: 'resolved' })) });
    withKey.temporal.workflow.executeUpdateWithStart.mockRejectedValue(refused);
    await expect(withKey.sut.trigger(USERS.bureau, body(), 'k-1')).resolves.toMatchObject({
      status: 'resolved',
    });
    expect(withKey.incidents.findById).toHaveBeenCalledWith(startedWith(withKey.temporal).input.incidentId, {
      district: 'D01',
    });

    const withoutKey = makeSut();
    withoutKey.temporal.workflow.executeUpdateWithStart.mockRejectedValue(refused);
    await expect(withoutKey.sut.trigger(USERS.bureau, body())).rejects.toBe(refused);
  });
});

describe('IncidentsService reads within the caller scope', () => {
  it.each([
    [
      'a mediator: its township and its district-wide incidents',
      USERS.mediatorA,
      { jurisdictions: ['T01', 'D01'] },
    ],
    ['the bureau: its district', USERS.bureau, { district: 'D01' }],
    ['a leader: its district', USERS.leader, { district: 'D01' }],
    ['admin: everything', USERS.admin, {}],
  ])('asks the repository with the scope of %s', async (_, principal, scope) => {
    const { sut, incidents } = makeSut();
    await sut.get(principal, 'incident-1');
    await sut.list(principal, { severity: 'I', page: 2 });
    expect(incidents.findById).toHaveBeenCalledWith('incident-1', scope);
    expect(incidents.list).toHaveBeenCalledWith({ severity: 'I', page: 2, pageSize: 20 }, scope);
  });

  it('answers 404 for an incident outside the scope, before reading its timeline', async () => {
    const { sut, timeline } = makeSut({ row: null });
    await expect(sut.get(USERS.mediatorB, 'incident-1')).rejects.toMatchObject({
      status: 404,
      code: 'NOT_FOUND',
    });
    await expect(sut.timelineOf(USERS.mediatorB, 'incident-1')).rejects.toMatchObject({ status: 404 });
    expect(timeline.forSubject).not.toHaveBeenCalled();
  });
});

describe('IncidentsService.advance', () => {
  it('runs the write as an update on the incident workflow, with the actor and the key-derived update id', async () => {
    const { sut, temporal, handle } = makeSut();
    handle.executeUpdate.mockResolvedValue(incident({ status: 'acknowledged' }));

    const view = await sut.advance(
      USERS.leader,
      'incident-1',
      acknowledgeIncidentUpdate,
      { note: '已知悉' },
      'k',
    );

    expect(view.status).toBe('acknowledged');
    expect(temporal.workflow.getHandle).toHaveBeenCalledWith('incident-incident-1');
    expect(handle.executeUpdate).toHaveBeenCalledWith(acknowledgeIncidentUpdate, {
      args: [{ username: 'leader', role: 'leader' }, { note: '已知悉' }],
      updateId: expect.any(String),
    });
  });

  it('refuses an incident outside the scope with 404 before calling Temporal', async () => {
    const { sut, temporal } = makeSut({ row: null });
    await expect(
      sut.advance(USERS.mediatorB, 'incident-1', acknowledgeIncidentUpdate, {}),
    ).rejects.toMatchObject({
      status: 404,
    });
    expect(temporal.workflow.getHandle).not.toHaveBeenCalled();
  });

  it('explains a refused severity change with its reason', async () => {
    const { sut, handle } = makeSut();
    handle.executeUpdate.mockRejectedValue(
      new WorkflowUpdateFailedError(
        'update failed',
        ApplicationFailure.create({
          type: INVALID_TRANSITION,
          message: 'the severity is already III',
          details: [
            {
              status: 'triggered',
              allowed: ['acknowledge', 'sitrep', 'change_severity', 'resolve'],
              reason: 'SAME_SEVERITY',
            },
          ],
        }),
      ),
    );
    await expect(
      sut.advance(USERS.leader, 'incident-1', changeSeverityUpdate, { severity: 'III', reason: '复核' }),
    ).rejects.toMatchObject({
      status: 409,
      code: 'INVALID_TRANSITION',
      text: { zh: '新的响应级别与当前级别相同' },
      details: { status: 'triggered', allowed: ['acknowledge', 'sitrep', 'change_severity', 'resolve'] },
    });
  });
});
