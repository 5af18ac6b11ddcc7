import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Descriptions, Flex, Form, Input, Pagination, Select, Space, Tag } from 'antd';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import {
  type BoundaryMarker,
  type MarkerHistoryEntry,
  type MarkerStatus,
  type MarkerStatusReport,
  type MarkerSummary,
  api,
} from '../api';
import { ErrorAlert, Loaded } from '../components/Feedback';
import { PageCard } from '../components/PageCard';
import { ResponsiveTable } from '../components/ResponsiveTable';
import { useFormSubmit } from '../form-submit';
import { labelOf, useI18n } from '../i18n';
import { MARKERS_PAGE_SIZE, queries } from '../queries';
import { MARKER_STATUSES, STATUS_COLOURS } from '../register';
import { useIsPhone } from '../screen';
import { useSession } from '../session';

function StatusTag({ status }: { status: MarkerStatus }) {
  const { t } = useI18n();
  return <Tag color={STATUS_COLOURS[status]}>{labelOf(t, 'markerStatus', status)}</Tag>;
}

const markerPath = (code: string) => `/markers/${encodeURIComponent(code)}`;

/**
 * The markers the caller may read, by line and status. The filter lives in the address, so the map's line
 * popups link here with `?line=` and a list can be shared.
 */
export function MarkersPage() {
  const { t } = useI18n();
  const phone = useIsPhone();
  const [search, setSearch] = useSearchParams();
  const line = search.get('line') ?? undefined;
  const status = search.get('status') ?? undefined;
  const page = Number(search.get('page') ?? '1') || 1;
  const lines = useQuery(queries.lines());
  const markers = useQuery(queries.markers({ line, status, page }));
  /** A new filter starts at its first page. */
  const setFilter = (name: 'line' | 'status', value?: string) =>
    setSearch((current) => {
      const next = new URLSearchParams(current);
      if (value) next.set(name, value);
      else next.delete(name);
      next.delete('page');
      return next;
    });

  return (
    <PageCard title={t('navMarkers')}>
      <Flex wrap gap={12} style={{ marginBottom: 16 }}>
        <Select
          allowClear
          aria-label={t('line')}
          placeholder={t('allLines')}
          value={line}
          onChange={(value?: string) => setFilter('line', value)}
          style={{ width: phone ? '100%' : 280 }}
          options={(lines.data ?? []).map((l) => ({ value: l.code, label: `${l.code} ${l.name}` }))}
        />
        <Select
          allowClear
          aria-label={t('status')}
          placeholder={t('allStatuses')}
          value={status}
          onChange={(value?: string) => setFilter('status', value)}
          style={{ width: phone ? '100%' : 160 }}
          options={MARKER_STATUSES.map((s) => ({ value: s, label: labelOf(t, 'markerStatus', s) }))}
        />
      </Flex>
      <Loaded query={markers}>
        {({ items, total }) => (
          <>
            <ResponsiveTable<MarkerSummary>
              rowKey={(marker) => marker.code}
              size="small"
              dataSource={items}
              columns={[
                {
                  title: t('markerCode'),
                  dataIndex: 'code',
                  phone: 'title',
                  render: (code: string) => <Link to={markerPath(code)}>{code}</Link>,
                },
                { title: t('line'), dataIndex: 'lineCode' },
                {
                  title: t('markerType'),
                  dataIndex: 'type',
                  render: (type: string) => labelOf(t, 'markerType', type),
                },
                {
                  title: t('status'),
                  dataIndex: 'status',
                  render: (s: MarkerStatus) => <StatusTag status={s} />,
                },
                { title: t('responsibleSide'), dataIndex: 'responsibleSide' },
              ]}
            />
            <Pagination
              style={{ marginTop: 16, textAlign: 'right' }}
              current={page}
              pageSize={MARKERS_PAGE_SIZE}
              total={total}
              hideOnSinglePage
              showSizeChanger={false}
              simple={phone}
              onChange={(next) =>
                setSearch((current) => {
                  const params = new URLSearchParams(current);
                  params.set('page', String(next));
                  return params;
                })
              }
            />
          </>
        )}
      </Loaded>
    </PageCard>
  );
}

const REPORT_SOURCES = ['patrol', 'repair', 'inspection', 'register'] as const;

/** The form of those who patrol or repair: what they found, where it comes from, and their reference. */
function ReportForm({ marker }: { marker: BoundaryMarker }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<MarkerStatusReport>();
  const { submit, busy, error } = useFormSubmit(
    form,
    async ({ ref, note, ...values }: MarkerStatusReport) => {
      await api.reportMarkerStatus(marker.code, {
        ...values,
        ...(ref?.trim() ? { ref: ref.trim() } : {}),
        ...(note?.trim() ? { note: note.trim() } : {}),
      });
      form.resetFields(['ref', 'note']);
      // The marker, the lists and the map all show its status.
      await queryClient.invalidateQueries({ queryKey: ['register'] });
    },
  );

  return (
    <Card title={t('reportMarkerStatus')} size="small">
      {error !== undefined && <ErrorAlert error={error} />}
      <Form<MarkerStatusReport>
        form={form}
        name="marker-status"
        layout="vertical"
        onFinish={submit}
        initialValues={{ status: marker.status, source: 'patrol' }}
        style={{ maxWidth: 560 }}
      >
        <Form.Item name="status" label={t('status')} rules={[{ required: true, message: t('required') }]}>
          <Select
            options={MARKER_STATUSES.map((s) => ({ value: s, label: labelOf(t, 'markerStatus', s) }))}
          />
        </Form.Item>
        <Form.Item
          name="source"
          label={t('markerSource')}
          rules={[{ required: true, message: t('required') }]}
        >
          <Select options={REPORT_SOURCES.map((s) => ({ value: s, label: labelOf(t, 'markerSource', s) }))} />
        </Form.Item>
        <Form.Item name="ref" label={t('markerRef')}>
          <Input maxLength={64} />
        </Form.Item>
        <Form.Item name="note" label={t('note')}>
          <Input.TextArea maxLength={2000} rows={2} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('reportMarkerStatus')}
        </Button>
      </Form>
    </Card>
  );
}

/** One marker: where it stands, its status history, and (for those who patrol or repair) a status report. */
export function MarkerPage() {
  const { t, formatDateTime } = useI18n();
  const { session } = useSession();
  const navigate = useNavigate();
  const { code = '' } = useParams();
  const marker = useQuery(queries.marker(code));
  // Leaders read the register; the API refuses their reports.
  const mayReport = session?.user.role !== 'leader';

  return (
    <PageCard
      title={`${t('navMarkers')} ${code}`}
      extra={<Button onClick={() => void navigate('/map')}>{t('navMap')}</Button>}
    >
      <Loaded query={marker}>
        {(m) => (
          <Space direction="vertical" size="large" style={{ width: '100%' }}>
            <Descriptions column={{ xs: 1, sm: 2 }} size="small">
              <Descriptions.Item label={t('status')}>
                <StatusTag status={m.status} />
              </Descriptions.Item>
              <Descriptions.Item label={t('markerType')}>
                {labelOf(t, 'markerType', m.type)}
              </Descriptions.Item>
              <Descriptions.Item label={t('line')}>
                <Link to={`/markers?line=${encodeURIComponent(m.lineCode)}`}>{m.lineCode}</Link>
              </Descriptions.Item>
              <Descriptions.Item label={t('responsibleSide')}>{m.responsibleSide}</Descriptions.Item>
              <Descriptions.Item label={t('location')}>
                {m.location.lat.toFixed(6)}, {m.location.lng.toFixed(6)}
              </Descriptions.Item>
            </Descriptions>
            <Card title={t('markerHistory')} size="small">
              <ResponsiveTable<MarkerHistoryEntry>
                rowKey={(entry) => `${entry.at} ${entry.status} ${entry.by}`}
                size="small"
                dataSource={m.history}
                columns={[
                  {
                    title: t('recordedAt'),
                    dataIndex: 'at',
                    phone: 'title',
                    render: (at: string) => formatDateTime(at),
                  },
                  {
                    title: t('status'),
                    dataIndex: 'status',
                    render: (s: MarkerStatus) => <StatusTag status={s} />,
                  },
                  { title: t('recordedBy'), dataIndex: 'by' },
                  {
                    title: t('markerSource'),
                    dataIndex: 'source',
                    render: (s: string) => labelOf(t, 'markerSource', s),
                  },
                  { title: t('markerRef'), dataIndex: 'ref' },
                  { title: t('note'), dataIndex: 'note' },
                ]}
              />
            </Card>
            {mayReport && <ReportForm marker={m} />}
          </Space>
        )}
      </Loaded>
    </PageCard>
  );
}
