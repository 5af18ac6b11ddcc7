import { Button, Card, Descriptions, Form, Input, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { ErrorAlert, Loaded } from '../components/Feedback';
import { useResource } from '../hooks';
import { formatDateTime, useI18n } from '../i18n';
import { Link, useRouter } from '../router';
import { useSession } from '../session';
import {
  type BoundaryMarker,
  MARKER_STATUSES,
  type MarkerStatus,
  STATUS_COLOURS,
  registerApi,
  registerText,
} from '../register';

const useText = () => registerText(useI18n().language);

export const StatusTag = ({ status }: { status: MarkerStatus }) => (
  <Tag color={STATUS_COLOURS[status]}>{useText()(`status.${status}`)}</Tag>
);

/** The markers the caller may read, by line and status; the map's line popups link here with `?line=`. */
export function MarkersPage() {
  const text = useText();
  const [line, setLine] = useState(
    () => new URLSearchParams(window.location.search).get('line') ?? undefined,
  );
  const [status, setStatus] = useState<string>();
  const [page, setPage] = useState(1);
  const lines = useResource(() => registerApi.lines(), []);
  const markers = useResource(() => registerApi.markers({ line, status, page }), [line, status, page]);

  return (
    <Card title={text('markers')}>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          allowClear
          aria-label={text('line')}
          placeholder={text('allLines')}
          value={line}
          onChange={(value?: string) => {
            setLine(value);
            setPage(1);
          }}
          style={{ minWidth: 260 }}
          options={(lines.data ?? []).map((l) => ({ value: l.code, label: `${l.code} ${l.name}` }))}
        />
        <Select
          allowClear
          aria-label={text('status')}
          placeholder={text('allStatuses')}
          value={status}
          onChange={(value?: string) => {
            setStatus(value);
            setPage(1);
          }}
          style={{ minWidth: 140 }}
          options={MARKER_STATUSES.map((s) => ({ value: s, label: text(`status.${s}`) }))}
        />
      </Space>
      <Loaded resource={markers}>
        {({ items, total }) => (
          <Table<BoundaryMarker>
            rowKey="code"
            size="small"
            dataSource={items}
            scroll={{ x: true }}
            pagination={{ current: page, pageSize: 50, total, onChange: setPage, showSizeChanger: false }}
            columns={[
              {
                title: text('code'),
                dataIndex: 'code',
                render: (code: string) => <Link to={`/markers/${encodeURIComponent(code)}`}>{code}</Link>,
              },
              { title: text('line'), dataIndex: 'lineCode' },
              { title: text('type'), dataIndex: 'type', render: (type: 'single') => text(`type.${type}`) },
              {
                title: text('status'),
                dataIndex: 'status',
                render: (s: MarkerStatus) => <StatusTag status={s} />,
              },
              { title: text('responsibleSide'), dataIndex: 'responsibleSide' },
            ]}
          />
        )}
      </Loaded>
    </Card>
  );
}

const REPORT_SOURCES = ['patrol', 'repair', 'inspection', 'register'] as const;

/** One marker: where it stands, its status history, and (for those who patrol or repair) a status report. */
export function MarkerPage({ code }: { code: string }) {
  const text = useText();
  const { language } = useI18n();
  const { session } = useSession();
  const { navigate } = useRouter();
  const marker = useResource(() => registerApi.marker(code), [code]);
  const [form] = Form.useForm();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const mayReport = session?.user.role !== 'leader';

  const report = async (values: { status: string; source: string; ref?: string; note?: string }) => {
    setBusy(true);
    setError(undefined);
    try {
      await registerApi.reportStatus(code, {
        status: values.status,
        source: values.source,
        ...(values.ref?.trim() ? { ref: values.ref.trim() } : {}),
        ...(values.note?.trim() ? { note: values.note.trim() } : {}),
      });
      form.resetFields(['ref', 'note']);
      marker.reload();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Loaded resource={marker}>
      {(m) => (
        <Space direction="vertical" size="large" style={{ width: '100%' }}>
          <Card
            title={`${text('markers')} ${m.code}`}
            extra={<Button onClick={() => navigate('/map')}>{text('map')}</Button>}
          >
            <Descriptions column={{ xs: 1, sm: 2 }} size="small">
              <Descriptions.Item label={text('status')}>
                <StatusTag status={m.status} />
              </Descriptions.Item>
              <Descriptions.Item label={text('type')}>{text(`type.${m.type}`)}</Descriptions.Item>
              <Descriptions.Item label={text('line')}>
                <Link to={`/markers?line=${encodeURIComponent(m.lineCode)}`}>{m.lineCode}</Link>
              </Descriptions.Item>
              <Descriptions.Item label={text('responsibleSide')}>{m.responsibleSide}</Descriptions.Item>
              <Descriptions.Item label={text('location')}>
                {m.location.lat.toFixed(6)}, {m.location.lng.toFixed(6)}
              </Descriptions.Item>
            </Descriptions>
          </Card>
          <Card title={text('history')}>
            <Table
              rowKey={(_, index) => String(index)}
              size="small"
              pagination={false}
              scroll={{ x: true }}
              dataSource={m.history ?? []}
              columns={[
                { title: text('at'), dataIndex: 'at', render: (at: string) => formatDateTime(at, language) },
                {
                  title: text('status'),
                  dataIndex: 'status',
                  render: (s: MarkerStatus) => <StatusTag status={s} />,
                },
                { title: text('by'), dataIndex: 'by' },
                { title: text('source'), dataIndex: 'source', render: (s: 'patrol') => text(`source.${s}`) },
                { title: text('ref'), dataIndex: 'ref' },
                { title: text('note'), dataIndex: 'note' },
              ]}
            />
          </Card>
          {mayReport && (
            <Card title={text('report')}>
              {error !== undefined && <ErrorAlert error={error} />}
              <Form
                form={form}
                name="marker-status"
                layout="vertical"
                onFinish={report}
                initialValues={{ status: m.status, source: 'patrol' }}
                style={{ maxWidth: 560 }}
              >
                <Form.Item name="status" label={text('status')} rules={[{ required: true }]}>
                  <Select options={MARKER_STATUSES.map((s) => ({ value: s, label: text(`status.${s}`) }))} />
                </Form.Item>
                <Form.Item name="source" label={text('source')} rules={[{ required: true }]}>
                  <Select options={REPORT_SOURCES.map((s) => ({ value: s, label: text(`source.${s}`) }))} />
                </Form.Item>
                <Form.Item name="ref" label={text('ref')}>
                  <Input maxLength={64} />
                </Form.Item>
                <Form.Item name="note" label={text('note')}>
                  <Input.TextArea maxLength={2000} rows={2} />
                </Form.Item>
                <Button type="primary" htmlType="submit" loading={busy}>
                  {text('report')}
                </Button>
              </Form>
            </Card>
          )}
        </Space>
      )}
    </Loaded>
  );
}
