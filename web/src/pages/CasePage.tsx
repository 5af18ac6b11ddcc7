import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Card, Col, Descriptions, Row, Space, Steps, Tag, Timeline, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import {
  type DisputeAction,
  type DisputeStatus,
  allowedDisputeActions,
} from '../../../libs/workflows/src/disputes/rules';
import type { DisputeCase, Round, TimelineEntry } from '../api';

type JointGroupMember = NonNullable<DisputeCase['jointGroup']>['members'][number];
import { ActionCard } from '../components/ActionCard';
import { DeadlineTable } from '../components/DeadlineTable';
import { DisputeActionForm } from '../components/DisputeActionForm';
import { Loaded } from '../components/Feedback';
import { PageCard } from '../components/PageCard';
import { ResponsiveTable } from '../components/ResponsiveTable';
import { useJurisdictionLabel } from '../jurisdictions';
import { type Translate, labelOf, useI18n } from '../i18n';
import { invalidateSubject, queries } from '../queries';
import { useSession } from '../session';

const MAIN_PATH: DisputeStatus[] = ['screening', 'reported', 'mediating', 'agreed', 'closed'];

/**
 * Where the case stands on the main path. A case that left it (resolved locally, withdrawn, referred) is shown
 * at the furthest step it reached, which the timeline knows.
 */
function stepOf(dispute: DisputeCase, timeline: TimelineEntry[]): { current: number; left: boolean } {
  const onPath = MAIN_PATH.indexOf(dispute.status);
  if (onPath >= 0) return { current: onPath, left: false };
  const reached = timeline
    .map((entry) => MAIN_PATH.indexOf(entry.toStatus as DisputeStatus))
    .reduce((furthest, index) => Math.max(furthest, index), 0);
  return { current: reached, left: true };
}

function Lifecycle({ dispute, timeline }: { dispute: DisputeCase; timeline: TimelineEntry[] }) {
  const { t } = useI18n();
  const { current, left } = stepOf(dispute, timeline);
  const failed = dispute.status === 'withdrawn' || dispute.status === 'referred';
  return (
    <Card title={t('lifecycle')} size="small">
      <Steps
        current={current}
        status={left ? (failed ? 'error' : 'finish') : dispute.status === 'closed' ? 'finish' : 'process'}
        items={MAIN_PATH.map((status) => ({
          title: labelOf(t, 'step', status),
          description:
            status === 'mediating' && dispute.rounds.length > 0
              ? t('roundsHeld', { n: dispute.rounds.length })
              : undefined,
        }))}
      />
      {left && (
        <Tag color={failed ? 'error' : 'success'} style={{ marginTop: 12 }}>
          {labelOf(t, 'status', dispute.status)}
        </Tag>
      )}
    </Card>
  );
}

/**
 * The steps of a cross-county case exist only there: the joint group needs two sides, a confirmation an
 * agreement awaiting one. Everything else comes straight from the status table.
 */
const BUREAU_ONLY: DisputeAction[] = ['set_joint_group', 'confirm_agreement', 'record_decision'];

function applicable(dispute: DisputeCase, role: string): DisputeAction[] {
  const crossCounty = (dispute.sides?.length ?? 0) > 1;
  return allowedDisputeActions(dispute.status).filter((action) => {
    // The two-sided steps are the bureaus' (the API answers 403 to anyone else).
    if (BUREAU_ONLY.includes(action) && role !== 'bureau') return false;
    if (action === 'set_joint_group') return crossCounty;
    if (action === 'confirm_agreement') return dispute.agreement?.confirmations !== undefined;
    if (action === 'record_decision') return dispute.decisionPending === true;
    return true;
  });
}

/** Both sides of a cross-county case: the joint mediation group by side, the confirmations, the referral. */
function CrossCounty({ dispute }: { dispute: DisputeCase }) {
  const { t, formatDateTime } = useI18n();
  const sideLabel = useJurisdictionLabel();
  const sides = dispute.sides ?? [];
  if (sides.length < 2 && !dispute.referredTo) return null;
  const confirmations = dispute.agreement?.confirmations;
  return (
    <Card title={t('crossCounty')} size="small">
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('sides')}>{sides.map(sideLabel).join('、')}</Descriptions.Item>
        {dispute.referredTo && (
          <Descriptions.Item label={t('referredTo')}>{sideLabel(dispute.referredTo)}</Descriptions.Item>
        )}
        {dispute.decision && (
          <Descriptions.Item label={t('decision')}>
            {dispute.decision.decision}（{dispute.decision.documentRef}，{dispute.decision.by}，
            {formatDateTime(dispute.decision.at)}）
          </Descriptions.Item>
        )}
        {confirmations && (
          <Descriptions.Item label={t('confirmations')}>
            {sides
              .map((side) => {
                const confirmation = confirmations.find((c) => c.side === side);
                return `${sideLabel(side)}：${
                  confirmation
                    ? `${t('confirmedBy')} ${confirmation.by} ${formatDateTime(confirmation.at)}`
                    : t('awaitingConfirmation')
                }`;
              })
              .join('；')}
          </Descriptions.Item>
        )}
      </Descriptions>
      {dispute.jointGroup && (
        <ResponsiveTable<JointGroupMember>
          size="small"
          rowKey={(member) => `${member.side}:${member.name}`}
          dataSource={dispute.jointGroup.members}
          columns={[
            { title: t('jointGroup'), dataIndex: 'name', phone: 'title' },
            { title: t('side'), dataIndex: 'side', render: (side: string) => sideLabel(side) },
            { title: t('role'), dataIndex: 'role', render: (role: string) => t(role as 'lead' | 'member') },
            { title: t('username'), dataIndex: 'username', render: (username?: string) => username ?? '—' },
          ]}
        />
      )}
    </Card>
  );
}

function Actions({ dispute, onChanged }: { dispute: DisputeCase; onChanged(): void }) {
  const { t } = useI18n();
  const { session } = useSession();
  const role = session?.user.role;
  if (role !== 'mediator' && role !== 'bureau') {
    return (
      <Card title={t('actions')} size="small">
        <Typography.Text type="secondary">{t('readOnly')}</Typography.Text>
      </Card>
    );
  }
  return (
    <ActionCard
      allowed={applicable(dispute, role)}
      label={(action) => t(`action.${action}`)}
      dangerous={['withdraw']}
      onChanged={onChanged}
      form={(action, done, cancel) => (
        <DisputeActionForm dispute={dispute} action={action} onDone={done} onCancel={cancel} />
      )}
    />
  );
}

function Rounds({ rounds }: { rounds: Round[] }) {
  const { t, formatDateTime } = useI18n();
  const sideLabel = useJurisdictionLabel();
  return (
    <Card title={t('rounds')} size="small">
      <ResponsiveTable<Round>
        size="small"
        rowKey={(round) => round.number}
        dataSource={rounds}
        columns={[
          {
            title: '#',
            dataIndex: 'number',
            phone: 'title',
            render: (n: number) => t('roundNumber', { n }),
          },
          { title: t('heldAt'), dataIndex: 'heldAt', render: (at: string) => formatDateTime(at) },
          {
            title: t('outcome'),
            dataIndex: 'outcome',
            render: (outcome: string) => labelOf(t, 'outcome', outcome),
          },
          {
            title: t('participantList'),
            dataIndex: 'participants',
            // Joint group members are shown with the side they attended for.
            render: (names: string[], round: Round) =>
              names
                .map((name) => {
                  const present = round.attendance?.find((a) => a.name === name);
                  return present ? `${name}（${sideLabel(present.side)}）` : name;
                })
                .join('、'),
          },
          { title: t('notes'), dataIndex: 'notes' },
        ]}
      />
    </Card>
  );
}

const describe = (entry: TimelineEntry, t: Translate): string => {
  const change =
    entry.fromStatus && entry.toStatus && entry.fromStatus !== entry.toStatus
      ? `（${labelOf(t, 'status', entry.fromStatus)} → ${labelOf(t, 'status', entry.toStatus)}）`
      : '';
  const deadline =
    typeof entry.data.deadlineKind === 'string'
      ? ` · ${labelOf(t, 'deadline', entry.data.deadlineKind)}`
      : '';
  return `${labelOf(t, 'timeline', entry.action)}${deadline}${change}`;
};

function History({ timeline }: { timeline: TimelineEntry[] }) {
  const { t, formatDateTime } = useI18n();
  const sideLabel = useJurisdictionLabel();
  return (
    <Card title={t('timeline')} size="small">
      <Timeline
        items={timeline.map((entry) => ({
          color: entry.action === 'deadline_missed' ? 'red' : entry.actor === 'system' ? 'gray' : 'blue',
          children: (
            <>
              <Typography.Text strong>{describe(entry, t)}</Typography.Text>
              <br />
              <Typography.Text type="secondary">
                {formatDateTime(entry.at)} · {t('actor')} {entry.actor}
                {/* On a cross-county case the API names the side each person acts for. */}
                {entry.actorSide ? `（${sideLabel(entry.actorSide)}）` : ''}
              </Typography.Text>
            </>
          ),
        }))}
      />
    </Card>
  );
}

export function CasePage() {
  const { id = '' } = useParams();
  const { t, formatDateTime } = useI18n();
  const jurisdictionLabel = useJurisdictionLabel();
  const queryClient = useQueryClient();
  const dispute = useQuery(queries.dispute(id));
  const timeline = useQuery(queries.timeline(id));
  const refresh = () => void invalidateSubject(queryClient, { type: 'dispute', id });

  return (
    <Loaded query={dispute}>
      {(current) => (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <PageCard title={current.title} extra={<Link to="/cases">{t('back')}</Link>}>
            <Descriptions size="small" column={{ xs: 1, md: 3 }}>
              <Descriptions.Item label={t('status')}>
                <Tag color="blue" data-status={current.status}>
                  {labelOf(t, 'status', current.status)}
                </Tag>
              </Descriptions.Item>
              <Descriptions.Item label={t('tier')}>{labelOf(t, 'tier', current.tier)}</Descriptions.Item>
              <Descriptions.Item label={t('category')}>
                {labelOf(t, 'category', current.category)}
              </Descriptions.Item>
              <Descriptions.Item label={t('riskLevel')}>
                {labelOf(t, 'risk', current.riskLevel)}
              </Descriptions.Item>
              <Descriptions.Item label={t('ownerJurisdiction')}>
                {jurisdictionLabel(current.ownerJurisdiction)}
              </Descriptions.Item>
              <Descriptions.Item label={t('createdAt')}>
                {formatDateTime(current.createdAt)}
              </Descriptions.Item>
              <Descriptions.Item label={t('parties')} span={3}>
                {current.parties
                  .map((party) => `${party.name} · ${jurisdictionLabel(party.jurisdiction)}`)
                  .join('、')}
              </Descriptions.Item>
              {current.description && (
                <Descriptions.Item label={t('description')} span={3}>
                  {current.description}
                </Descriptions.Item>
              )}
              {current.agreement && (
                <Descriptions.Item label={t('agreement')} span={3}>
                  {current.agreement.terms}（{current.agreement.signatories.join('、')}，
                  {formatDateTime(current.agreement.signedAt)}）
                </Descriptions.Item>
              )}
              {current.incidentIds.length > 0 && (
                <Descriptions.Item label={t('incidentLinks')} span={3}>
                  <Space>
                    {current.incidentIds.map((incidentId) => (
                      <Link key={incidentId} to={`/emergencies/${incidentId}`}>
                        {incidentId.slice(0, 8)}
                      </Link>
                    ))}
                  </Space>
                </Descriptions.Item>
              )}
            </Descriptions>
          </PageCard>
          <Lifecycle dispute={current} timeline={timeline.data ?? []} />
          <CrossCounty dispute={current} />
          <Actions dispute={current} onChanged={refresh} />
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={12}>
              <Space direction="vertical" size="middle" style={{ width: '100%' }}>
                <DeadlineTable deadlines={current.deadlines} />
                {current.rounds.length > 0 && <Rounds rounds={current.rounds} />}
              </Space>
            </Col>
            <Col xs={24} lg={12}>
              <Loaded query={timeline}>{(entries) => <History timeline={entries} />}</Loaded>
            </Col>
          </Row>
        </Space>
      )}
    </Loaded>
  );
}
