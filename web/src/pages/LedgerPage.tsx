import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  Space,
  Steps,
  Tag,
  Timeline,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { type ReactNode, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import {
  FINDING_STATUSES,
  type FindingAction,
  REPAIR_WORKS,
} from '../../../libs/workflows/src/findings/rules';
import { FINDING_KINDS, SEVERITIES } from '../../../libs/workflows/src/policy/policy';
import { ApiError, type Finding, type FindingFilter, api } from '../api';
import { ActionCard } from '../components/ActionCard';
import { nextDeadlineColumn } from '../components/Countdown';
import { DateTimeInput } from '../components/DateTimeInput';
import { DeadlineTable } from '../components/DeadlineTable';
import { ErrorAlert, Loaded } from '../components/Feedback';
import { PageCard } from '../components/PageCard';
import { SubjectTable } from '../components/SubjectTable';
import { SubmitOrCancel } from '../components/SubmitOrCancel';
import { useFormSubmit } from '../form-submit';
import { labelOf, useI18n } from '../i18n';
import { JurisdictionInput, useJurisdictionLabel } from '../jurisdictions';
import { invalidateSubject, queries } from '../queries';
import { useSession } from '../session';
import { instantOf } from '../time';

const STATUS_COLOURS: Record<string, string> = {
  open: 'red',
  assigned: 'orange',
  rectifying: 'gold',
  submitted: 'blue',
  closed: 'green',
};

/** 问题台账: the township's or district's findings, filtered as offices read them, and the Excel export. */
export function LedgerPage() {
  const { t, formatDateTime } = useI18n();
  const { message } = App.useApp();
  const jurisdictionLabel = useJurisdictionLabel();
  const [filter, setFilter] = useState<FindingFilter>({});
  const findings = useQuery(queries.findings(filter));
  const { session } = useSession();
  const canPatrol = session?.user.role === 'mediator' || session?.user.role === 'bureau';
  const set = (changes: FindingFilter) => setFilter((current) => ({ ...current, ...changes }));
  const exportLedger = async () => {
    try {
      const url = URL.createObjectURL(await api.ledgerWorkbook(filter));
      const link = document.createElement('a');
      link.href = url;
      link.download = `${t('navLedger')}.xlsx`;
      link.click();
      URL.revokeObjectURL(url);
    } catch (error) {
      void message.error(error instanceof ApiError ? error.message : String(error));
    }
  };

  return (
    <PageCard
      title={t('navLedger')}
      extra={
        <Space wrap>
          {canPatrol && <Link to="/finding-entry">{t('navFindingEntry')}</Link>}
          {canPatrol && <Link to="/patrol-entry">{t('navPatrol')}</Link>}
          <Link to="/plans">{t('navPlans')}</Link>
          <Button onClick={() => void exportLedger()} data-testid="export-ledger">
            {t('exportExcel')}
          </Button>
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          allowClear
          placeholder={t('allStatuses')}
          style={{ minWidth: 140 }}
          value={filter.status}
          onChange={(status?: string) => set({ status })}
          options={FINDING_STATUSES.map((status) => ({
            value: status,
            label: labelOf(t, 'findingStatus', status),
          }))}
        />
        <Select
          allowClear
          placeholder={t('allKinds')}
          style={{ minWidth: 140 }}
          value={filter.kind}
          onChange={(kind?: string) => set({ kind })}
          options={FINDING_KINDS.map((kind) => ({ value: kind, label: labelOf(t, 'findingKind', kind) }))}
        />
        <JurisdictionInput
          placeholder={t('jurisdiction')}
          style={{ width: 140 }}
          onChange={(event) => set({ jurisdiction: event.target.value.trim() || undefined })}
        />
        <Checkbox
          checked={filter.overdue === 'true'}
          onChange={(event) => set({ overdue: event.target.checked ? 'true' : undefined })}
        >
          {t('overdueOnly')}
        </Checkbox>
      </Space>
      <SubjectTable<Finding>
        query={findings}
        titleLabel={t('title')}
        basePath="/ledger"
        columns={[
          {
            title: t('status'),
            dataIndex: 'status',
            render: (status: string) => (
              <Tag color={STATUS_COLOURS[status]}>{labelOf(t, 'findingStatus', status)}</Tag>
            ),
          },
          {
            title: t('findingKind'),
            dataIndex: 'kind',
            render: (kind: string) => labelOf(t, 'findingKind', kind),
          },
          { title: t('jurisdiction'), dataIndex: 'jurisdiction', render: jurisdictionLabel },
          nextDeadlineColumn(t('nextDeadline'), 'deadline'),
          { title: t('markerLabel'), dataIndex: 'markerCode', phone: 'hidden' },
          {
            title: t('foundAt'),
            dataIndex: 'foundAt',
            phone: 'hidden',
            render: (at: string) => formatDateTime(at),
          },
        ]}
      />
    </PageCard>
  );
}

type Values = Record<string, unknown>;
const text = (value: unknown) => String(value ?? '').trim();

/** The actions each role may take besides what the status allows: the bureau assigns and verifies. */
const BUREAU_ONLY: FindingAction[] = ['assign', 'verify'];

function FindingActionForm({
  finding,
  action,
  onDone,
  onCancel,
}: {
  finding: Finding;
  action: FindingAction;
  onDone(): void;
  onCancel(): void;
}) {
  const { t, timeZone } = useI18n();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const { submit, busy, error } = useFormSubmit(form, async (v: Values, key) => {
    switch (action) {
      case 'assign':
        await api.findingAction(
          finding.id,
          'assign',
          {
            assignee: text(v.assignee),
            ...(v.dueAt ? { dueAt: instantOf(v.dueAt as Dayjs, timeZone) } : {}),
          },
          key,
        );
        break;
      case 'start':
        await api.findingAction(finding.id, 'start', {}, key);
        break;
      case 'submit':
        await api.findingAction(
          finding.id,
          'submit',
          {
            summary: text(v.summary),
            ...(v.work
              ? {
                  repair: {
                    work: v.work,
                    ...(typeof v.cost === 'number' ? { cost: v.cost } : {}),
                    ...(typeof v.days === 'number' ? { days: v.days } : {}),
                  },
                }
              : {}),
          },
          key,
        );
        break;
      case 'verify':
        await api.findingAction(
          finding.id,
          'verify',
          { accepted: v.accepted === true, note: text(v.note) },
          key,
        );
        break;
      case 'link_dispute': {
        const dispute = await api.findingDispute(finding.id, key);
        void navigate(`/cases/${dispute.id}`);
        break;
      }
      case 'link_incident': {
        const incident = await api.findingIncident(
          finding.id,
          { severity: String(v.severity), title: text(v.title) },
          key,
        );
        void navigate(`/emergencies/${incident.id}`);
        break;
      }
    }
    onDone();
  });
  const required = [{ required: true, whitespace: true, message: t('required') }];
  const fields: Record<FindingAction, ReactNode> = {
    assign: (
      <>
        <Form.Item name="assignee" label={t('assignee')} rules={required}>
          <Input maxLength={64} autoCapitalize="none" />
        </Form.Item>
        <Form.Item name="dueAt" label={t('deadline.rectify')}>
          <DateTimeInput />
        </Form.Item>
      </>
    ),
    start: null,
    submit: (
      <>
        <Form.Item name="summary" label={t('rectification')} rules={required}>
          <Input.TextArea rows={3} />
        </Form.Item>
        {finding.kind === 'marker' && (
          <>
            <Form.Item
              name="work"
              label={t('repairWorkLabel')}
              rules={[{ required: true, message: t('required') }]}
            >
              <Radio.Group
                options={REPAIR_WORKS.map((work) => ({ value: work, label: labelOf(t, 'repairWork', work) }))}
              />
            </Form.Item>
            <Form.Item name="cost" label={t('repairCost')}>
              <InputNumber min={0} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="days" label={t('repairDays')}>
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </>
        )}
      </>
    ),
    verify: (
      <>
        <Form.Item name="accepted" valuePropName="checked">
          <Checkbox>{t('verifyAccepted')}</Checkbox>
        </Form.Item>
        <Form.Item name="note" label={t('note')} rules={required}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </>
    ),
    link_dispute: null,
    link_incident: (
      <>
        <Form.Item name="title" label={t('title')} rules={required}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="severity" label={t('severity')} rules={required}>
          <Radio.Group
            options={SEVERITIES.map((severity) => ({
              value: severity,
              label: labelOf(t, 'severity', severity),
            }))}
          />
        </Form.Item>
      </>
    ),
  };
  return (
    <Form
      form={form}
      name={`finding-${action}`}
      layout="vertical"
      onFinish={submit}
      initialValues={{ severity: 'III', title: finding.title, accepted: true }}
    >
      {error !== undefined && <ErrorAlert error={error} />}
      {fields[action]}
      <SubmitOrCancel label={labelOf(t, 'findingAction', action)} busy={busy} onCancel={onCancel} />
    </Form>
  );
}

const LIFECYCLE = ['open', 'assigned', 'rectifying', 'submitted', 'closed'] as const;

/** One ledger entry: where it stands in its lifecycle, what may be done next, and everything done so far. */
export function FindingPage() {
  const { id = '' } = useParams();
  const { t, formatDateTime } = useI18n();
  const { session } = useSession();
  const queryClient = useQueryClient();
  const jurisdictionLabel = useJurisdictionLabel();
  const finding = useQuery(queries.finding(id));
  const timeline = useQuery(queries.findingTimeline(id));
  const role = session?.user.role;
  const changed = () =>
    void Promise.all([
      invalidateSubject(queryClient, { type: 'finding', id }),
      queryClient.invalidateQueries({ queryKey: ['register'] }),
    ]);

  return (
    <Loaded query={finding}>
      {(current) => {
        const allowed = (current.allowed as FindingAction[]).filter(
          (action) =>
            (role === 'bureau' || (role === 'mediator' && !BUREAU_ONLY.includes(action))) &&
            (role !== 'mediator' ||
              !['start', 'submit'].includes(action) ||
              current.assignee === session?.user.username),
        );
        return (
          <Space direction="vertical" size="middle" style={{ width: '100%' }}>
            <PageCard title={current.title} extra={<Link to="/ledger">{t('back')}</Link>}>
              <Steps
                size="small"
                responsive
                current={LIFECYCLE.indexOf(current.status)}
                items={LIFECYCLE.map((status) => ({ title: labelOf(t, 'findingStatus', status) }))}
                style={{ marginBottom: 16 }}
              />
              <Descriptions size="small" column={{ xs: 1, md: 3 }}>
                <Descriptions.Item label={t('findingKind')}>
                  {labelOf(t, 'findingKind', current.kind)}
                </Descriptions.Item>
                <Descriptions.Item label={t('status')}>
                  <Tag color={STATUS_COLOURS[current.status]} data-status={current.status}>
                    {labelOf(t, 'findingStatus', current.status)}
                  </Tag>
                </Descriptions.Item>
                <Descriptions.Item label={t('jurisdiction')}>
                  {jurisdictionLabel(current.jurisdiction)}
                </Descriptions.Item>
                {current.lineCode && (
                  <Descriptions.Item label={t('line')}>{current.lineCode}</Descriptions.Item>
                )}
                {current.markerCode && (
                  <Descriptions.Item label={t('markerLabel')}>
                    <Link to={`/markers/${current.markerCode}`}>{current.markerCode}</Link>
                    {current.markerCondition && ` · ${labelOf(t, 'markerStatus', current.markerCondition)}`}
                  </Descriptions.Item>
                )}
                <Descriptions.Item label={t('foundAt')}>{formatDateTime(current.foundAt)}</Descriptions.Item>
                {current.assignee && (
                  <Descriptions.Item label={t('assignee')}>{current.assignee}</Descriptions.Item>
                )}
                {current.closedAt && (
                  <Descriptions.Item label={t('closedAt')}>
                    {formatDateTime(current.closedAt)}
                  </Descriptions.Item>
                )}
                {current.dispute && (
                  <Descriptions.Item label={t('linkedCase')}>
                    <Link to={`/cases/${current.dispute.id}`}>
                      {labelOf(t, 'status', current.dispute.status)}
                    </Link>
                  </Descriptions.Item>
                )}
                {current.incident && (
                  <Descriptions.Item label={t('linkedIncident')}>
                    <Link to={`/emergencies/${current.incident.id}`}>
                      {labelOf(t, 'incidentStatus', current.incident.status)}
                    </Link>
                  </Descriptions.Item>
                )}
                <Descriptions.Item label={t('problemDescription')} span={3}>
                  {current.description}
                </Descriptions.Item>
                {current.rectification && (
                  <Descriptions.Item label={t('rectification')} span={3}>
                    {current.rectification.summary}
                    {current.rectification.repair &&
                      ` (${labelOf(t, 'repairWork', current.rectification.repair.work)})`}
                  </Descriptions.Item>
                )}
              </Descriptions>
            </PageCard>
            {role !== 'leader' && role !== 'admin' && (
              <ActionCard
                allowed={allowed}
                label={(action) => labelOf(t, 'findingAction', action)}
                usual={allowed[0]}
                onChanged={changed}
                form={(action, done, cancel) => (
                  <FindingActionForm finding={current} action={action} onDone={done} onCancel={cancel} />
                )}
              />
            )}
            <DeadlineTable deadlines={current.deadlines} />
            <Card title={t('timeline')} size="small">
              <Loaded query={timeline}>
                {(entries) => (
                  <Timeline
                    items={entries.map((entry) => ({
                      color:
                        entry.action === 'deadline_missed'
                          ? 'red'
                          : entry.actor === 'system'
                            ? 'gray'
                            : 'blue',
                      children: `${formatDateTime(entry.at)} · ${entry.actor} · ${labelOf(t, 'findingTimeline', entry.action)}`,
                    }))}
                  />
                )}
              </Loaded>
            </Card>
          </Space>
        );
      }}
    </Loaded>
  );
}
