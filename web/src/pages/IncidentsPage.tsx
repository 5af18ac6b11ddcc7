import { useQuery } from '@tanstack/react-query';
import { Button, Form, Input, Radio, Tag } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { SEVERITIES } from '../../../libs/workflows/src/policy/policy';
import { api, type Incident } from '../api';
import { useFormSubmit } from '../form-submit';
import { nextDeadlineColumn } from '../components/Countdown';
import { ErrorAlert } from '../components/Feedback';
import { PageCard } from '../components/PageCard';
import { SubmitOrCancel } from '../components/SubmitOrCancel';
import { SubjectTable } from '../components/SubjectTable';
import { labelOf, useI18n } from '../i18n';
import { JurisdictionInput, useJurisdictionLabel } from '../jurisdictions';
import { queries } from '../queries';
import { useSession } from '../session';

export const SEVERITY_COLOURS: Record<string, string> = { I: 'red', II: 'orange', III: 'gold', IV: 'blue' };

interface TriggerValues {
  title: string;
  type: string;
  severity: string;
  jurisdiction: string;
  description: string;
  disputeId?: string;
}

function TriggerForm({ onCancel }: { onCancel(): void }) {
  const { t } = useI18n();
  const { session } = useSession();
  const navigate = useNavigate();
  const [form] = Form.useForm<TriggerValues>();
  const { submit, busy, error } = useFormSubmit(
    form,
    async ({ disputeId, ...values }: TriggerValues, idempotencyKey) => {
      const incident = await api.triggerIncident(
        {
          ...values,
          title: values.title.trim(),
          type: values.type.trim(),
          description: values.description.trim(),
          ...(disputeId?.trim() ? { disputeId: disputeId.trim() } : {}),
        },
        idempotencyKey,
      );
      void navigate(`/emergencies/${incident.id}`);
    },
  );
  const required = [{ required: true, whitespace: true, message: t('required') }];

  return (
    <Form<TriggerValues>
      form={form}
      name="trigger-incident"
      layout="vertical"
      onFinish={submit}
      initialValues={{ severity: 'III', jurisdiction: session?.user.jurisdiction ?? '' }}
      style={{ maxWidth: 720, marginBottom: 24 }}
    >
      {error !== undefined && <ErrorAlert error={error} />}
      <Form.Item name="title" label={t('incidentTitle')} rules={required}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="type" label={t('incidentType')} rules={required}>
        <Input maxLength={64} />
      </Form.Item>
      <Form.Item name="severity" label={t('severity')} rules={required}>
        <Radio.Group
          options={SEVERITIES.map((severity) => ({
            value: severity,
            label: labelOf(t, 'severity', severity),
          }))}
        />
      </Form.Item>
      <Form.Item name="jurisdiction" label={t('jurisdiction')} rules={required}>
        <JurisdictionInput readOnly={session?.user.role === 'mediator'} />
      </Form.Item>
      <Form.Item name="description" label={t('description')} rules={required}>
        <Input.TextArea rows={3} maxLength={5000} />
      </Form.Item>
      <Form.Item name="disputeId" label={t('linkedCase')}>
        <Input maxLength={64} />
      </Form.Item>
      <SubmitOrCancel label={t('triggerIncident')} danger busy={busy} onCancel={onCancel} />
    </Form>
  );
}

export function IncidentsPage() {
  const { t, formatDateTime } = useI18n();
  const { session } = useSession();
  const [triggering, setTriggering] = useState(false);
  const incidents = useQuery(queries.incidents());
  const jurisdictionLabel = useJurisdictionLabel();
  const canTrigger = session?.user.role !== 'admin';

  return (
    <PageCard
      title={t('incidents')}
      extra={
        canTrigger &&
        !triggering && (
          <Button type="primary" danger onClick={() => setTriggering(true)}>
            {t('triggerIncident')}
          </Button>
        )
      }
    >
      {triggering && <TriggerForm onCancel={() => setTriggering(false)} />}
      <SubjectTable<Incident>
        query={incidents}
        titleLabel={t('incidentTitle')}
        basePath="/emergencies"
        columns={[
          nextDeadlineColumn(t('nextDeadline'), 'deadline'),
          {
            title: t('severity'),
            dataIndex: 'severity',
            render: (severity: string) => (
              <Tag color={SEVERITY_COLOURS[severity]}>{labelOf(t, 'severity', severity)}</Tag>
            ),
          },
          {
            title: t('status'),
            dataIndex: 'status',
            render: (status: string) => labelOf(t, 'incidentStatus', status),
          },
          { title: t('jurisdiction'), dataIndex: 'jurisdiction', render: jurisdictionLabel },
          {
            title: t('escalationChain'),
            key: 'chain',
            phone: 'hidden',
            render: (_, incident) =>
              incident.notified.map((step) => labelOf(t, 'role', step.role)).join(' → '),
          },
          {
            title: t('triggeredAt'),
            dataIndex: 'createdAt',
            phone: 'hidden',
            render: (at: string) => formatDateTime(at),
          },
        ]}
      />
    </PageCard>
  );
}
