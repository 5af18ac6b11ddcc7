import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Descriptions, Form, Input, Progress, Space, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { type PatrolPlan, api } from '../api';
import { DateTimeInput } from '../components/DateTimeInput';
import { DeadlineTable } from '../components/DeadlineTable';
import { ErrorAlert, Loaded } from '../components/Feedback';
import { PageCard } from '../components/PageCard';
import { ResponsiveTable } from '../components/ResponsiveTable';
import { SubmitOrCancel } from '../components/SubmitOrCancel';
import { SubjectTable } from '../components/SubjectTable';
import { useFormSubmit } from '../form-submit';
import { splitLines } from '../hooks';
import { labelOf, useI18n } from '../i18n';
import { JurisdictionInput, useJurisdictionLabel } from '../jurisdictions';
import { queries } from '../queries';
import { useSession } from '../session';
import { instantOf, nowIn } from '../time';

const PLAN_COLOURS: Record<string, string> = { active: 'blue', completed: 'green', overdue: 'red' };

interface PlanValues {
  title: string;
  dueAt: Dayjs;
  targets: { jurisdiction: string; lineCodes?: string; markerCodes?: string }[];
}

function NewPlanForm({ onCancel }: { onCancel(): void }) {
  const { t, timeZone } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<PlanValues>();
  const { submit, busy, error } = useFormSubmit(form, async (v: PlanValues, key) => {
    const plan = await api.createPatrolPlan(
      {
        title: v.title.trim(),
        dueAt: instantOf(v.dueAt, timeZone),
        targets: v.targets.map((target) => ({
          jurisdiction: target.jurisdiction.trim(),
          lineCodes: splitLines(target.lineCodes),
          markerCodes: splitLines(target.markerCodes),
        })),
      },
      key,
    );
    await queryClient.invalidateQueries({ queryKey: ['patrol_plans'] });
    void navigate(`/plans/${plan.id}`);
  });
  const required = [{ required: true, whitespace: true, message: t('required') }];
  return (
    <Form<PlanValues>
      form={form}
      name="new-plan"
      layout="vertical"
      onFinish={submit}
      initialValues={{ dueAt: nowIn(timeZone).add(30, 'day'), targets: [{ jurisdiction: '' }] }}
      style={{ maxWidth: 720, marginBottom: 24 }}
    >
      {error !== undefined && <ErrorAlert error={error} />}
      <Form.Item name="title" label={t('planTitle')} rules={required}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item
        name="dueAt"
        label={t('deadline.plan_due')}
        rules={[{ required: true, message: t('required') }]}
      >
        <DateTimeInput />
      </Form.Item>
      <Form.List name="targets">
        {(fields, { add, remove }) => (
          <Card size="small" title={t('targets')} style={{ marginBottom: 16 }}>
            {fields.map((field) => (
              <div key={field.key} style={{ borderBottom: '1px solid #f0f0f0', marginBottom: 12 }}>
                <Form.Item name={[field.name, 'jurisdiction']} label={t('jurisdiction')} rules={required}>
                  <JurisdictionInput />
                </Form.Item>
                <Form.Item name={[field.name, 'lineCodes']} label={t('lineCodes')}>
                  <Input />
                </Form.Item>
                <Form.Item name={[field.name, 'markerCodes']} label={t('markerCodes')}>
                  <Input />
                </Form.Item>
                {fields.length > 1 && (
                  <Button danger onClick={() => remove(field.name)} style={{ marginBottom: 12 }}>
                    {t('remove')}
                  </Button>
                )}
              </div>
            ))}
            <Button onClick={() => add({ jurisdiction: '' })}>{t('addTarget')}</Button>
          </Card>
        )}
      </Form.List>
      <SubmitOrCancel label={t('newPlan')} busy={busy} onCancel={onCancel} />
    </Form>
  );
}

/** 巡查计划: the plans of the district (a mediator's: those targeting its township) with their progress. */
export function PlansPage() {
  const { t, formatDateTime } = useI18n();
  const { session } = useSession();
  const [creating, setCreating] = useState(false);
  const plans = useQuery(queries.patrolPlans());
  return (
    <PageCard
      title={t('navPlans')}
      extra={
        session?.user.role === 'bureau' &&
        !creating && (
          <Button type="primary" onClick={() => setCreating(true)}>
            {t('newPlan')}
          </Button>
        )
      }
    >
      {creating && <NewPlanForm onCancel={() => setCreating(false)} />}
      <SubjectTable<PatrolPlan>
        query={plans}
        titleLabel={t('planTitle')}
        basePath="/plans"
        columns={[
          {
            title: t('status'),
            dataIndex: 'status',
            render: (status: string) => (
              <Tag color={PLAN_COLOURS[status]}>{labelOf(t, 'planStatus', status)}</Tag>
            ),
          },
          {
            title: t('progress'),
            key: 'progress',
            render: (_, plan) => <Progress percent={plan.progress.percent} size="small" />,
          },
          { title: t('dueAt'), dataIndex: 'dueAt', render: (at: string) => formatDateTime(at) },
        ]}
      />
    </PageCard>
  );
}

export function PlanPage() {
  const { id = '' } = useParams();
  const { t, formatDateTime } = useI18n();
  const jurisdictionLabel = useJurisdictionLabel();
  const plan = useQuery(queries.patrolPlan(id));
  return (
    <Loaded query={plan}>
      {(current) => (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <PageCard title={current.title} extra={<Link to="/plans">{t('back')}</Link>}>
            <Descriptions size="small" column={{ xs: 1, md: 3 }}>
              <Descriptions.Item label={t('status')}>
                <Tag color={PLAN_COLOURS[current.status]} data-status={current.status}>
                  {labelOf(t, 'planStatus', current.status)}
                </Tag>
              </Descriptions.Item>
              <Descriptions.Item label={t('dueAt')}>{formatDateTime(current.dueAt)}</Descriptions.Item>
              <Descriptions.Item label={t('progress')}>
                {current.progress.markersChecked} / {current.progress.markersPlanned}
              </Descriptions.Item>
            </Descriptions>
            <Progress percent={current.progress.percent} />
          </PageCard>
          <Card title={t('targets')} size="small">
            <ResponsiveTable
              rowKey={(row) => row.jurisdiction}
              dataSource={current.targetProgress}
              columns={[
                {
                  title: t('jurisdiction'),
                  dataIndex: 'jurisdiction',
                  phone: 'title',
                  render: jurisdictionLabel,
                },
                {
                  title: t('progress'),
                  key: 'progress',
                  render: (_, row) => (
                    <Progress
                      percent={row.percent}
                      size="small"
                      format={() => `${row.markersChecked}/${row.markersPlanned}`}
                    />
                  ),
                },
              ]}
            />
          </Card>
          <DeadlineTable deadlines={current.deadlines} />
        </Space>
      )}
    </Loaded>
  );
}
