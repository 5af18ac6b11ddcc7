import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { FINDING_KINDS } from '../../../libs/workflows/src/policy/policy';
import { type NewFinding, api } from '../api';
import { DateTimeInput } from '../components/DateTimeInput';
import { ErrorAlert } from '../components/Feedback';
import { PageCard } from '../components/PageCard';
import { useFormSubmit } from '../form-submit';
import { labelOf, useI18n } from '../i18n';
import { queries } from '../queries';
import { useLineAndMarkerOptions } from '../register';
import { useSession } from '../session';
import { instantOf, nowIn } from '../time';

interface EntryValues {
  kind: string;
  description: string;
  jurisdiction?: string;
  lineCode?: string;
  markerCode?: string;
  foundAt: Dayjs;
}

/**
 * 登记问题: a problem found outside a patrol (screening, residents' reports, a meeting) straight into the
 * ledger, made for a phone like the patrol form. A mediator enters its own township's; the bureau picks one of
 * its district's townships.
 */
export function FindingEntryPage() {
  const { t, timeZone } = useI18n();
  const { session } = useSession();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<EntryValues>();
  const lineCode = Form.useWatch('lineCode', form);
  const isBureau = session?.user.role === 'bureau';
  const jurisdictions = useQuery({ ...queries.jurisdictions(), enabled: isBureau });
  const { lineOptions, markerOptions } = useLineAndMarkerOptions(lineCode);
  const { submit, busy, error } = useFormSubmit(form, async (v: EntryValues, key) => {
    const body: NewFinding = {
      kind: v.kind as NewFinding['kind'],
      description: v.description.trim(),
      foundAt: instantOf(v.foundAt, timeZone),
      ...(v.jurisdiction ? { jurisdiction: v.jurisdiction } : {}),
      ...(v.lineCode ? { lineCode: v.lineCode } : {}),
      ...(v.markerCode ? { markerCode: v.markerCode } : {}),
    };
    const finding = await api.enterFinding(body, key);
    void message.success(t('findingEntered'));
    void navigate(`/ledger/${finding.id}`);
  });
  const required = [{ required: true, message: t('required') }];
  const townships = (jurisdictions.data ?? []).filter(
    (place) => place.level === 'township' && place.parentCode === session?.user.jurisdiction,
  );

  return (
    <PageCard title={t('navFindingEntry')}>
      <Form<EntryValues>
        form={form}
        name="enter-finding"
        layout="vertical"
        size="large"
        onFinish={submit}
        initialValues={{ kind: 'other', foundAt: nowIn(timeZone) }}
        style={{ maxWidth: 560 }}
      >
        <Alert type="info" showIcon message={t('findingEntryHint')} style={{ marginBottom: 16 }} />
        {error !== undefined && <ErrorAlert error={error} />}
        <Form.Item name="kind" label={t('findingKind')} rules={required}>
          <Select
            options={FINDING_KINDS.map((kind) => ({ value: kind, label: labelOf(t, 'findingKind', kind) }))}
          />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('problemDescription')}
          rules={[{ required: true, whitespace: true, message: t('required') }]}
        >
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
        {isBureau && (
          <Form.Item name="jurisdiction" label={t('township')} rules={required}>
            <Select
              options={townships.map((place) => ({
                value: place.code,
                label: `${place.name}（${place.code}）`,
              }))}
            />
          </Form.Item>
        )}
        <Form.Item name="lineCode" label={t('line')}>
          <Select
            allowClear
            onChange={() => form.setFieldValue('markerCode', undefined)}
            options={lineOptions}
          />
        </Form.Item>
        <Form.Item name="markerCode" label={t('markerLabel')}>
          <Select allowClear showSearch disabled={!lineCode} options={markerOptions} />
        </Form.Item>
        <Form.Item name="foundAt" label={t('foundAt')} rules={required}>
          <DateTimeInput />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={busy}>
          {t('enterFinding')}
        </Button>
      </Form>
    </PageCard>
  );
}
