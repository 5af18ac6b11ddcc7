import { useQuery } from '@tanstack/react-query';
import { Button, DatePicker, Form, Input, Select, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, type JointInspection } from '../api';
import { ErrorAlert, Loaded } from '../components/Feedback';
import { PageCard } from '../components/PageCard';
import { ResponsiveTable } from '../components/ResponsiveTable';
import { SubmitOrCancel } from '../components/SubmitOrCancel';
import { useFormSubmit } from '../form-submit';
import { labelOf, useI18n } from '../i18n';
import { useJurisdictionLabel } from '../jurisdictions';
import { queries } from '../queries';
import { useSession } from '../session';

interface OpenValues {
  lineCode: string;
  title: string;
  period: [Dayjs, Dayjs];
}

/** Opens an inspection of a county line the caller's county is a side of. */
function OpenForm({ onCancel }: { onCancel(): void }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const lines = useQuery(queries.lines());
  const [form] = Form.useForm<OpenValues>();
  const { submit, busy, error } = useFormSubmit(form, async (values: OpenValues, idempotencyKey) => {
    const inspection = await api.openInspection(
      {
        lineCode: values.lineCode,
        title: values.title.trim(),
        plannedFrom: values.period[0].format('YYYY-MM-DD'),
        plannedTo: values.period[1].format('YYYY-MM-DD'),
      },
      idempotencyKey,
    );
    void navigate(`/inspections/${inspection.id}`);
  });
  const required = [{ required: true, message: t('required') }];
  return (
    <Form<OpenValues>
      form={form}
      name="open-inspection"
      layout="vertical"
      onFinish={submit}
      style={{ maxWidth: 720, marginBottom: 24 }}
    >
      {error !== undefined && <ErrorAlert error={error} />}
      <Form.Item name="lineCode" label={t('line')} rules={required}>
        <Select
          options={(lines.data ?? [])
            .filter((line) => line.level !== 'township')
            .map((line) => ({ value: line.code, label: `${line.name}（${line.code}）` }))}
        />
      </Form.Item>
      <Form.Item name="title" label={t('title')} rules={[{ ...required[0], whitespace: true }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="period" label={t('plannedPeriod')} rules={required}>
        <DatePicker.RangePicker />
      </Form.Item>
      <SubmitOrCancel label={t('openInspection')} busy={busy} onCancel={onCancel} />
    </Form>
  );
}

/** The joint inspections (联检) of the caller's county lines, newest first. */
export function InspectionsPage() {
  const { t, formatDateTime } = useI18n();
  const { session } = useSession();
  const sideLabel = useJurisdictionLabel();
  const inspections = useQuery(queries.inspections());
  const [opening, setOpening] = useState(false);
  return (
    <PageCard
      title={t('navInspections')}
      extra={
        session?.user.role === 'bureau' && !opening ? (
          <Button type="primary" onClick={() => setOpening(true)}>
            {t('openInspection')}
          </Button>
        ) : undefined
      }
    >
      {opening && <OpenForm onCancel={() => setOpening(false)} />}
      <Loaded query={inspections}>
        {(page) => (
          <ResponsiveTable<JointInspection>
            rowKey={(inspection) => inspection.id}
            dataSource={page.items}
            columns={[
              {
                title: t('title'),
                dataIndex: 'title',
                phone: 'title',
                render: (title: string, inspection) => (
                  <Link to={`/inspections/${inspection.id}`}>{title}</Link>
                ),
              },
              { title: t('line'), dataIndex: 'lineCode' },
              {
                title: t('status'),
                dataIndex: 'status',
                render: (status: string) => <Tag color="blue">{labelOf(t, 'inspectionStatus', status)}</Tag>,
              },
              {
                title: t('sides'),
                dataIndex: 'sides',
                render: (sides: string[]) => sides.map(sideLabel).join('、'),
              },
              {
                title: t('progress'),
                dataIndex: 'progress',
                render: (progress: JointInspection['progress']) =>
                  `${progress.markersChecked}/${progress.markersPlanned}（${progress.percent}%）`,
              },
              { title: t('createdAt'), dataIndex: 'createdAt', render: (at: string) => formatDateTime(at) },
            ]}
          />
        )}
      </Loaded>
    </PageCard>
  );
}
