import type {
  AckLink,
  AlertEntity,
  Delivery,
  DeliveryStatus,
  Robots,
  DisputeEntity,
  IncidentEntity,
  JurisdictionEntity,
  NewAlert,
  PlannedDelivery,
  UserEntity,
  WebhookStatus,
} from '@boundary/persistence';
import {
  type AlertChannel,
  DEFAULT_ALERT_ROUTING,
  type DisputeCase,
  type Incident,
  type Policy,
} from '@boundary/workflows';
import type { Principal } from '../../apps/api/src/auth/principal';
import type { TemporalCalls } from '../../apps/api/src/common/temporal-calls';
import { OrganisationService } from '../../apps/api/src/organisation/organisation.service';

/**
 * Fakes for unit specs: an organisation tree, one user per role, a Temporal client that records its calls,
 * and read-model rows. Nothing here opens a connection.
 */

const place = (code: string, level: JurisdictionEntity['level'], parentCode: string | null) => ({
  code,
  name: `${code}名`,
  level,
  parentCode,
  firstResponsible: null,
  directResponsible: null,
});

/**
 * District D01 holds T01 and T02, district D02 holds T03; N01 is the neighbouring county (a district too);
 * C01 is a city, which is neither a township nor a district, and the parent of D01 and N01 as in the demo.
 */
export const JURISDICTIONS: JurisdictionEntity[] = [
  place('C01', 'city', null),
  place('D01', 'district', 'C01'),
  place('T01', 'township', 'D01'),
  place('T02', 'township', 'D01'),
  place('D02', 'district', null),
  place('T03', 'township', 'D02'),
  place('N01', 'district', 'C01'),
  place('N0101', 'township', 'N01'),
];

export const USERS = {
  mediatorA: { username: 'mediator.a', role: 'mediator', jurisdiction: 'T01', district: 'D01' },
  mediatorB: { username: 'mediator.b', role: 'mediator', jurisdiction: 'T02', district: 'D01' },
  bureau: { username: 'bureau', role: 'bureau', jurisdiction: 'D01', district: 'D01' },
  leader: { username: 'leader', role: 'leader', jurisdiction: 'D01', district: 'D01' },
  admin: { username: 'admin', role: 'admin', jurisdiction: null, district: null },
  otherBureau: { username: 'bureau.d02', role: 'bureau', jurisdiction: 'D02', district: 'D02' },
} satisfies Record<string, Principal>;

/** The real organisation rules over a repository that lists the tree; its writes are bare mocks. */
export function fakeOrganisation(jurisdictions: JurisdictionEntity[] = JURISDICTIONS) {
  const repository = {
    allJurisdictions: jest.fn(async () => jurisdictions),
    findJurisdiction: jest.fn(),
    createJurisdiction: jest.fn(),
    updateJurisdiction: jest.fn(),
    findUser: jest.fn(),
  };
  return { organisation: new OrganisationService(repository), repository };
}

/** Temporal's client as the services use it; `handle` is what every `getHandle` returns. */
export function fakeTemporal() {
  const handle = { executeUpdate: jest.fn() };
  const temporal = {
    withDeadline: <R>(_deadline: number | Date, call: () => Promise<R>) => call(),
    workflow: { executeUpdateWithStart: jest.fn(), getHandle: jest.fn((_workflowId: string) => handle) },
  } satisfies TemporalCalls;
  jest.spyOn(temporal, 'withDeadline');
  return { temporal, handle };
}

/** What the first update-with-start was given: the update, its arguments, the start and the workflow input. */
export function startedWith({ workflow }: ReturnType<typeof fakeTemporal>['temporal']) {
  const [update, options] = workflow.executeUpdateWithStart.mock.calls[0];
  const start = options.startWorkflowOperation;
  return { update, args: options.args, start, input: start.options.args[0] };
}

export const CONFIG = { taskQueue: 'unit', temporalCallTimeoutMs: 15_000 };

const HOUR = 3_600_000;

export const POLICY: Policy = {
  disputes: {
    reportWithinMs: 72 * HOUR,
    acceptWithinMs: 48 * HOUR,
    roundIntervalMs: 14 * 24 * HOUR,
    maxRounds: 3,
    mediationWithinMs: 60 * 24 * HOUR,
    followUpWithinMs: 30 * 24 * HOUR,
    remindBeforeMs: 24 * HOUR,
  },
  emergency: {
    levels: {
      I: { acknowledgeWithinMs: HOUR / 4, arriveWithinMs: HOUR },
      II: { acknowledgeWithinMs: HOUR / 2, arriveWithinMs: 2 * HOUR },
      III: { acknowledgeWithinMs: HOUR, arriveWithinMs: 4 * HOUR },
      IV: { acknowledgeWithinMs: 2 * HOUR, arriveWithinMs: 8 * HOUR },
    },
    escalation: [
      { notify: 'mediator', waitMs: 0 },
      { notify: 'bureau', waitMs: HOUR / 2 },
      { notify: 'leader', waitMs: HOUR },
    ],
    repeat: 0,
  },
  findings: { rectifyWithinMs: 30 * 24 * HOUR, remindBeforeMs: 3 * 24 * HOUR, rectifyWithinByKindMs: {} },
  patrolPlans: { remindBeforeMs: 7 * 24 * HOUR },
  alerts: DEFAULT_ALERT_ROUTING,
  jointInspections: {
    cycle: { years: 5 },
    planningWithinMs: 30 * 24 * HOUR,
    fieldWorkWithinMs: 60 * 24 * HOUR,
    reportingWithinMs: 30 * 24 * HOUR,
    archiveWithinMs: 14 * 24 * HOUR,
    remindBeforeMs: 72 * HOUR,
  },
};

const CREATED = '2026-03-02T08:00:00.000Z';

export const disputeCase = (overrides: Partial<DisputeCase> = {}): DisputeCase => ({
  id: 'case-1',
  title: '石门村与王家村林地界线争议',
  category: 'forest_land',
  parties: [
    { jurisdiction: 'T01', name: '石门村' },
    { jurisdiction: 'N01', name: '王家村' },
  ],
  ownerJurisdiction: 'T01',
  description: '12号至15号界桩之间山林权属争议',
  riskLevel: 'medium',
  status: 'screening',
  tier: 'village',
  district: 'D01',
  rounds: [],
  mediators: [],
  deadlines: [{ kind: 'report', dueAt: '2026-03-05T08:00:00.000Z', status: 'pending' }],
  incidentIds: [],
  createdBy: 'mediator.a',
  createdAt: CREATED,
  updatedAt: CREATED,
  seq: 1,
  ...overrides,
});

export const disputeRow = (state: DisputeCase = disputeCase()): DisputeEntity => ({
  id: state.id,
  title: state.title,
  description: state.description,
  category: state.category,
  status: state.status,
  tier: state.tier,
  ownerJurisdiction: state.ownerJurisdiction,
  district: state.district,
  riskLevel: state.riskLevel,
  nextDueAt: null,
  overdue: false,
  sides: state.sides ?? [state.district],
  memberUsernames: [],
  referredTo: state.referredTo ?? null,
  state,
  seq: state.seq,
  createdAt: new Date(state.createdAt),
  updatedAt: new Date(state.updatedAt),
});

export const incident = (overrides: Partial<Incident> = {}): Incident => ({
  id: 'incident-1',
  title: '12号界桩处村民聚集对峙',
  type: 'mass_gathering',
  severity: 'III',
  jurisdiction: 'T01',
  description: '两村村民约三十人在争议林地聚集',
  status: 'triggered',
  district: 'D01',
  escalationStep: 0,
  escalationRound: 0,
  notified: [{ step: 0, round: 0, role: 'mediator', at: CREATED }],
  deadlines: [
    { kind: 'acknowledge', dueAt: '2026-03-02T09:00:00.000Z', status: 'pending' },
    { kind: 'arrive', dueAt: '2026-03-02T12:00:00.000Z', status: 'pending' },
  ],
  createdBy: 'mediator.a',
  createdAt: CREATED,
  updatedAt: CREATED,
  seq: 2,
  ...overrides,
});

export const incidentRow = (state: Incident = incident()): IncidentEntity => ({
  id: state.id,
  title: state.title,
  type: state.type,
  status: state.status,
  severity: state.severity,
  jurisdiction: state.jurisdiction,
  district: state.district,
  disputeId: state.disputeId ?? null,
  state,
  seq: state.seq,
  createdAt: new Date(state.createdAt),
  updatedAt: new Date(state.updatedAt),
});

export const alertRow = (overrides: Partial<AlertEntity> = {}): AlertEntity => ({
  id: '5f0c6a52-4d7e-4c1b-9a0e-2f6d3b8c1e47',
  dedupKey: 'dispute:case-1:deadline_missed:report:2026-03-05T08:00:00.000Z:leader',
  recipient: 'leader',
  kind: 'deadline_missed',
  subjectType: 'dispute',
  subjectId: 'case-1',
  deadlineKind: 'report',
  message: '纠纷案件「石门村与王家村林地界线争议」的上报期限已超期（2026-03-05 08:00 UTC），请督办。',
  messageEn: 'The report deadline of dispute "石门村与王家村林地界线争议" was missed (2026-03-05 08:00 UTC).',
  createdAt: new Date('2026-03-05T08:00:01.000Z'),
  readAt: null,
  webhookStatus: 'none',
  webhookAttempts: 0,
  webhookError: null,
  ...overrides,
});

/** A user row; a recipient with a webhook also has the key its signing secret is derived from. */
export const userRow = (username: string, webhookUrl: string | null = null): UserEntity => ({
  id: `user-${username}`,
  username,
  displayName: username,
  passwordHash: 'x',
  role: 'leader',
  jurisdiction: 'D01',
  webhookUrl,
  webhookKey: webhookUrl ? `key-of-${username}`.padEnd(32, '0') : null,
  disabled: false,
  mustChangePassword: false,
  phone: null,
  tokenVersion: 0,
  createdAt: new Date('2026-01-01T00:00:00.000Z'),
  updatedAt: new Date('2026-01-01T00:00:00.000Z'),
});

/**
 * The alerts table as the processors use it: `dedupKey` is unique, as its index is in PostgreSQL. Given the
 * delivery table (`fakeChannelStore`), a new row's deliveries go into it with the row, as in PostgreSQL.
 */
export function fakeAlertStore(
  initial: AlertEntity[] = [],
  deliveryTable?: { insertDeliveries(alertId: string, planned: PlannedDelivery[]): void },
) {
  const rows = new Map(initial.map((row) => [row.id, row]));
  const copy = (row: AlertEntity | undefined) => (row ? { ...row } : null);
  const store = {
    rows,
    insertOnce: jest.fn(async ({ deliveries = [], ...alert }: NewAlert) => {
      const existing = [...rows.values()].find((row) => row.dedupKey === alert.dedupKey);
      if (existing) return { alert: { ...existing }, inserted: false };
      const row = {
        ...alert,
        id: `alert-${rows.size + 1}`,
        readAt: null,
        webhookAttempts: 0,
        webhookError: null,
      };
      rows.set(row.id, row);
      deliveryTable?.insertDeliveries(row.id, deliveries);
      return { alert: { ...row }, inserted: true };
    }),
    findById: jest.fn(async (id: string) => copy(rows.get(id))),
    recordWebhook: jest.fn(
      async (
        id: string,
        webhookStatus: WebhookStatus,
        webhookAttempts: number,
        webhookError: string | null,
      ) => {
        const row = rows.get(id);
        if (row) Object.assign(row, { webhookStatus, webhookAttempts, webhookError });
      },
    ),
  };
  return store;
}

/**
 * The delivery, robot and link tables as the channel processors use them: (alert, channel) is unique and a
 * sent delivery stays sent, as in PostgreSQL. `users` and the robots by jurisdiction answer `reachOf`.
 */
export function fakeChannelStore(robots: Record<string, Robots> = {}, users: UserEntity[] = []) {
  const deliveries = new Map<string, Delivery & { alertId: string }>();
  const links = new Map<string, AckLink>();
  const leased = new Set<string>();
  const deliveriesOf = async (alertIds: string[]) => {
    const byAlert = new Map<string, Delivery[]>();
    for (const { alertId, ...delivery } of deliveries.values()) {
      if (alertIds.includes(alertId))
        byAlert.set(alertId, [...(byAlert.get(alertId) ?? []), { ...delivery }]);
    }
    return byAlert;
  };
  const insertDeliveries = (alertId: string, planned: PlannedDelivery[]) => {
    for (const { channel, status } of planned) {
      const key = `${alertId}|${channel}`;
      if (!deliveries.has(key))
        deliveries.set(key, {
          alertId,
          channel,
          status,
          attempts: status === 'sent' ? 1 : 0,
          lastError: null,
        });
    }
  };
  return {
    deliveries,
    links,
    insertDeliveries,
    plan: jest.fn(async (alertId: string, planned: PlannedDelivery[]) => {
      insertDeliveries(alertId, planned);
      return (await deliveriesOf([alertId])).get(alertId) ?? [];
    }),
    deliveriesOf: jest.fn(deliveriesOf),
    leased,
    claim: jest.fn(async (alertId: string, channel: AlertChannel) => {
      const key = `${alertId}|${channel}`;
      if (deliveries.get(key)?.status !== 'pending' || leased.has(key)) return false;
      leased.add(key);
      return true;
    }),
    record: jest.fn(
      async (
        alertId: string,
        channel: AlertChannel,
        status: DeliveryStatus,
        attempts: number,
        lastError: string | null,
      ) => {
        leased.delete(`${alertId}|${channel}`);
        const row = deliveries.get(`${alertId}|${channel}`);
        if (row && row.status !== 'sent')
          Object.assign(row, { status, attempts: Math.max(row.attempts, attempts), lastError });
      },
    ),
    reachOf: jest.fn(async (username: string) => {
      const user = users.find((row) => row.username === username);
      if (!user) return null;
      const { phone, webhookUrl, jurisdiction } = user;
      const none = { wecomRobot: null, dingtalkRobot: null };
      return { username, phone, webhookUrl, robots: (jurisdiction && robots[jurisdiction]) || none };
    }),
    issueAckLink: jest.fn(async (link: Omit<AckLink, 'usedAt' | 'usedAction'>) => {
      const existing = [...links.values()].find((row) => row.alertId === link.alertId);
      if (existing) return existing;
      const row = { ...link, usedAt: null, usedAction: null };
      links.set(row.id, row);
      return row;
    }),
    findAckLinkOf: jest.fn(
      async (alertId: string) => [...links.values()].find((row) => row.alertId === alertId) ?? null,
    ),
  };
}
