import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Radio, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate, useSearchParams } from 'react-router';
import { MARKER_STATUSES, useLineAndMarkerOptions } from '../register';
import { FINDING_KINDS } from '../../../libs/workflows/src/policy/policy';
import { type NewPatrol, api } from '../api';
import { DateTimeInput } from '../components/DateTimeInput';
import { ErrorAlert } from '../components/Feedback';
import { PageCard } from '../components/PageCard';
import { useFormSubmit } from '../form-submit';
import { splitLines } from '../hooks';
import { labelOf, useI18n } from '../i18n';
import { queries } from '../queries';
import { useSession } from '../session';
import { instantOf, nowIn } from '../time';

interface PatrolValues {
  planId?: string;
  lineCode: string;
  startedAt: Dayjs;
  endedAt: Dayjs;
  team: string;
  markers?: { code: string; condition: string; note?: string }[];
  findings?: { kind: string; description: string; markerCode?: string }[];
}

/**
 * 巡查登记, made for a phone in the field: one column, large controls, each marker's condition a row of big
 * buttons. Every marker found other than intact goes into the ledger by itself.
 */
export function PatrolPage() {
  const { t, timeZone } = useI18n();
  const { session } = useSession();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<PatrolValues>();
  // Opened from a joint inspection in its field work: the patrol counts toward it, on its line.
  const [search] = useSearchParams();
  const inspectionId = search.get('inspection') ?? undefined;
  const lineCode = Form.useWatch('lineCode', form);
  const plans = useQuery(queries.patrolPlans());
  const { lineOptions, markerOptions } = useLineAndMarkerOptions(lineCode);
  const { submit, busy, error } = useFormSubmit(form, async (v: PatrolValues, key) => {
    const body: NewPatrol = {
      ...(v.planId ? { planId: v.planId } : {}),
      ...(inspectionId ? { inspectionId } : {}),
      lineCode: v.lineCode,
      startedAt: instantOf(v.startedAt, timeZone),
      endedAt: instantOf(v.endedAt, timeZone),
      team: splitLines(v.team),
      markers: (v.markers ?? []).map(({ code, condition, note }) => ({
        code,
        condition: condition as NewPatrol['markers'][number]['condition'],
        ...(note?.trim() ? { note: note.trim() } : {}),
      })),
      findings: (v.findings ?? []).map(({ kind, description, markerCode }) => ({
        kind: kind as NonNullable<NewPatrol['findings']>[number]['kind'],
        description: description.trim(),
        ...(markerCode ? { markerCode } : {}),
      })),
    };
    const patrol = await api.recordPatrol(body, key);
    void message.success(t('patrolRecorded', { n: patrol.findingIds.length }));
    void navigate(patrol.findingIds.length > 0 ? '/ledger' : '/plans');
  });
  const required = [{ required: true, message: t('required') }];

  return (
    <PageCard title={t('navPatrol')}>
      <Form<PatrolValues>
        form={form}
        name="record-patrol"
        layout="vertical"
        size="large"
        onFinish={submit}
        initialValues={{
          startedAt: nowIn(timeZone).subtract(2, 'hour'),
          endedAt: nowIn(timeZone),
          team: session?.user.username,
          lineCode: search.get('line') ?? undefined,
          markers: [],
          findings: [],
        }}
        style={{ maxWidth: 560 }}
      >
        {error !== undefined && <ErrorAlert error={error} />}
        {inspectionId && (
          <Alert type="info" showIcon message={t('inspectionPatrol')} style={{ marginBottom: 16 }} />
        )}
        <Form.Item name="planId" label={t('navPlans')}>
          <Select
            allowClear
            options={(plans.data?.items ?? [])
              .filter((plan) => plan.status !== 'completed')
              .map((plan) => ({ value: plan.id, label: plan.title }))}
          />
        </Form.Item>
        <Form.Item name="lineCode" label={t('line')} rules={required}>
          <Select options={lineOptions} />
        </Form.Item>
        <Form.Item name="startedAt" label={t('startedAt')} rules={required}>
          <DateTimeInput />
        </Form.Item>
        <Form.Item name="endedAt" label={t('endedAt')} rules={required}>
          <DateTimeInput />
        </Form.Item>
        <Form.Item
          name="team"
          label={t('team')}
          rules={[{ required: true, whitespace: true, message: t('required') }]}
        >
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.List name="markers">
          {(fields, { add, remove }) => (
            <Card size="small" title={t('markerConditions')} style={{ marginBottom: 16 }}>
              {fields.map((field) => (
                <div
                  key={field.key}
                  data-testid="patrol-marker"
                  style={{ borderBottom: '1px solid #f0f0f0', marginBottom: 12 }}
                >
                  <Form.Item name={[field.name, 'code']} label={t('markerLabel')} rules={required}>
                    <Select showSearch options={markerOptions} disabled={!lineCode} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'condition']} label={t('condition')} rules={required}>
                    <Radio.Group
                      optionType="button"
                      buttonStyle="solid"
                      options={MARKER_STATUSES.map((status) => ({
                        value: status,
                        label: labelOf(t, 'markerStatus', status),
                      }))}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'note']} label={t('note')}>
                    <Input />
                  </Form.Item>
                  <Button danger block onClick={() => remove(field.name)} style={{ marginBottom: 12 }}>
                    {t('remove')}
                  </Button>
                </div>
              ))}
              <Button block onClick={() => add({ condition: 'intact' })} disabled={!lineCode}>
                {t('addMarker')}
              </Button>
            </Card>
          )}
        </Form.List>
        <Form.List name="findings">
          {(fields, { add, remove }) => (
            <Card size="small" title={t('otherFindings')} style={{ marginBottom: 16 }}>
              {fields.map((field) => (
                <div key={field.key} style={{ borderBottom: '1px solid #f0f0f0', marginBottom: 12 }}>
                  <Form.Item name={[field.name, 'kind']} label={t('findingKind')} rules={required}>
                    <Select
                      options={FINDING_KINDS.map((kind) => ({
                        value: kind,
                        label: labelOf(t, 'findingKind', kind),
                      }))}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'description']}
                    label={t('problemDescription')}
                    rules={[{ required: true, whitespace: true, message: t('required') }]}
                  >
                    <Input.TextArea rows={2} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'markerCode']} label={t('markerLabel')}>
                    <Select allowClear options={markerOptions} />
                  </Form.Item>
                  <Button danger block onClick={() => remove(field.name)} style={{ marginBottom: 12 }}>
                    {t('remove')}
                  </Button>
                </div>
              ))}
              <Button block onClick={() => add({ kind: 'other' })}>
                {t('addFinding')}
              </Button>
            </Card>
          )}
        </Form.List>
        <Space direction="vertical" style={{ width: '100%' }}>
          <Button type="primary" htmlType="submit" block loading={busy}>
            {t('recordPatrol')}
          </Button>
        </Space>
      </Form>
    </PageCard>
  );
}
