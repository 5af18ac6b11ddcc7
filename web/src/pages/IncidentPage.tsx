import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Card, Descriptions, Form, Input, Radio, Space, Tag, Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { type IncidentAction, allowedIncidentActions } from '../../../libs/workflows/src/incidents/rules';
import { SEVERITIES } from '../../../libs/workflows/src/policy/policy';
import { api, type Incident } from '../api';
import { ActionCard } from '../components/ActionCard';
import { useFormSubmit } from '../form-submit';
import { DeadlineTable } from '../components/DeadlineTable';
import { ErrorAlert, Loaded } from '../components/Feedback';
import { PageCard } from '../components/PageCard';
import { type MessageKey, labelOf, useI18n } from '../i18n';
import { useJurisdictionLabel } from '../jurisdictions';
import { invalidateSubject, queries } from '../queries';
import { useSession } from '../session';
import { SEVERITY_COLOURS } from './IncidentsPage';
import { SubmitOrCancel } from '../components/SubmitOrCancel';

const ACTION_LABELS: Record<IncidentAction, MessageKey> = {
  acknowledge: 'acknowledge',
  on_scene: 'onScene',
  sitrep: 'sitrep',
  change_severity: 'changeSeverity',
  resolve: 'resolve',
};

type Values = Record<string, string | undefined>;
const trimmed = (value: string | undefined) => (value ?? '').trim();
const optionalNote = (value: string | undefined) => (trimmed(value) ? { note: trimmed(value) } : {});

const BODIES: Record<IncidentAction, (values: Values) => object> = {
  acknowledge: (v) => optionalNote(v.note),
  on_scene: (v) => optionalNote(v.note),
  sitrep: (v) => ({ text: trimmed(v.text) }),
  change_severity: (v) => ({ severity: v.severity, reason: trimmed(v.reason) }),
  resolve: (v) => ({ summary: trimmed(v.summary) }),
};

function IncidentActionForm({
  incident,
  action,
  onDone,
  onCancel,
}: {
  incident: Incident;
  action: IncidentAction;
  onDone(): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const { submit, busy, error } = useFormSubmit(form, async (values: Values, idempotencyKey) => {
    await api.incidentAction(incident.id, action, BODIES[action](values), idempotencyKey);
    onDone();
  });
  const required = [{ required: true, whitespace: true, message: t('required') }];
  const note = (
    <Form.Item name="note" label={t('note')}>
      <Input.TextArea rows={2} />
    </Form.Item>
  );
  const fields: Record<IncidentAction, ReactNode> = {
    acknowledge: note,
    on_scene: note,
    sitrep: (
      <Form.Item name="text" label={t('sitrepText')} rules={required}>
        <Input.TextArea rows={3} />
      </Form.Item>
    ),
    change_severity: (
      <>
        <Form.Item name="severity" label={t('severity')} rules={required}>
          <Radio.Group
            options={SEVERITIES.map((severity) => ({
              value: severity,
              label: labelOf(t, 'severity', severity),
            }))}
          />
        </Form.Item>
        <Form.Item name="reason" label={t('reason')} rules={required}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </>
    ),
    resolve: (
      <Form.Item name="summary" label={t('summary')} rules={required}>
        <Input.TextArea rows={3} />
      </Form.Item>
    ),
  };

  return (
    <Form
      form={form}
      name={`incident-${action}`}
      layout="vertical"
      onFinish={submit}
      initialValues={{ severity: incident.severity }}
    >
      {error !== undefined && <ErrorAlert error={error} />}
      {fields[action]}
      <SubmitOrCancel label={t(ACTION_LABELS[action])} busy={busy} onCancel={onCancel} />
    </Form>
  );
}

/** Who was told when, and who is next if nobody acknowledges in time. */
function EscalationChain({ incident }: { incident: Incident }) {
  const { t, formatDateTime } = useI18n();
  const next = incident.nextEscalation;
  return (
    <Card title={t('escalationChain')} size="small">
      <Timeline
        items={[
          ...incident.notified.map((step, index) => ({
            color: 'red',
            children: (
              <span data-testid="notified-step">
                <Typography.Text strong>
                  {t('stepN', { n: index + 1 })} · {labelOf(t, 'role', step.role)}
                </Typography.Text>{' '}
                <Typography.Text type="secondary">
                  {t('notifiedAt')} {formatDateTime(step.at)}
                </Typography.Text>
              </span>
            ),
          })),
          ...(next
            ? [
                {
                  color: 'gray',
                  children: t('nextEscalation', {
                    role: labelOf(t, 'role', next.role),
                    time: formatDateTime(next.dueAt),
                  }),
                },
              ]
            : []),
        ]}
      />
      {incident.status !== 'triggered' && (
        <Typography.Text type="success">{t('chainStopped')}</Typography.Text>
      )}
    </Card>
  );
}

function Actions({ incident, onChanged }: { incident: Incident; onChanged(): void }) {
  const { t } = useI18n();
  const { session } = useSession();
  if (session?.user.role === 'admin') return null;
  return (
    <ActionCard
      allowed={allowedIncidentActions(incident.status)}
      label={(action) => t(ACTION_LABELS[action])}
      usual="acknowledge"
      onChanged={onChanged}
      form={(action, done, cancel) => (
        <IncidentActionForm incident={incident} action={action} onDone={done} onCancel={cancel} />
      )}
    />
  );
}

export function IncidentPage() {
  const { id = '' } = useParams();
  const { t, formatDateTime } = useI18n();
  const queryClient = useQueryClient();
  const incident = useQuery(queries.incident(id));
  const jurisdictionLabel = useJurisdictionLabel();
  return (
    <Loaded query={incident}>
      {(current) => (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <PageCard title={current.title} extra={<Link to="/emergencies">{t('back')}</Link>}>
            <Descriptions size="small" column={{ xs: 1, md: 3 }}>
              <Descriptions.Item label={t('severity')}>
                <Tag color={SEVERITY_COLOURS[current.severity]} data-severity={current.severity}>
                  {labelOf(t, 'severity', current.severity)}
                </Tag>
              </Descriptions.Item>
              <Descriptions.Item label={t('status')}>
                <Tag data-status={current.status}>{labelOf(t, 'incidentStatus', current.status)}</Tag>
              </Descriptions.Item>
              <Descriptions.Item label={t('jurisdiction')}>
                {jurisdictionLabel(current.jurisdiction)}
              </Descriptions.Item>
              <Descriptions.Item label={t('triggeredAt')}>
                {formatDateTime(current.createdAt)}
              </Descriptions.Item>
              {current.acknowledgedAt && (
                <Descriptions.Item label={t('acknowledged')}>
                  {current.acknowledgedBy} · {formatDateTime(current.acknowledgedAt)}
                </Descriptions.Item>
              )}
              {current.disputeId && (
                <Descriptions.Item label={t('linkedCase')}>
                  <Link to={`/cases/${current.disputeId}`}>{current.disputeId.slice(0, 8)}</Link>
                </Descriptions.Item>
              )}
              {current.description && (
                <Descriptions.Item label={t('description')} span={3}>
                  {current.description}
                </Descriptions.Item>
              )}
            </Descriptions>
          </PageCard>
          <Actions
            incident={current}
            onChanged={() => void invalidateSubject(queryClient, { type: 'incident', id })}
          />
          <EscalationChain incident={current} />
          <DeadlineTable deadlines={current.deadlines} />
        </Space>
      )}
    </Loaded>
  );
}
