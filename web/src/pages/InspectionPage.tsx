import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Form, Input, Progress, Space, Steps, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import {
  JOINT_INSPECTION_STATUSES,
  type JointInspectionAction,
  allowedJointInspectionActions,
} from '../../../libs/workflows/src/joint-inspections/rules';
import { api, fetchFile, type JointInspection } from '../api';
import { ActionCard } from '../components/ActionCard';
import { DeadlineTable } from '../components/DeadlineTable';
import { ErrorAlert, Loaded } from '../components/Feedback';
import { PageCard } from '../components/PageCard';
import { ResponsiveTable } from '../components/ResponsiveTable';
import { SubmitOrCancel } from '../components/SubmitOrCancel';
import { useFormSubmit } from '../form-submit';
import { labelOf, useI18n } from '../i18n';
import { useJurisdictionLabel } from '../jurisdictions';
import { invalidateSubject, queries } from '../queries';
import { useSession } from '../session';

type Checked = JointInspection['markers'][number];

/** Hands a fetched document to the browser as a download. */
async function download(path: string, fileName: string): Promise<void> {
  const url = URL.createObjectURL(await fetchFile(path));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

/** Patrols are counted from the patrol records, not from a button here. */
const BUTTONS: JointInspectionAction[] = ['advance', 'sign', 'archive'];

function StepForm({
  inspection,
  action,
  onDone,
  onCancel,
}: {
  inspection: JointInspection;
  action: JointInspectionAction;
  onDone(): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ archiveRef?: string }>();
  const { submit, busy, error } = useFormSubmit(form, async (values: { archiveRef?: string }, key) => {
    const body = action === 'archive' ? { archiveRef: (values.archiveRef ?? '').trim() } : {};
    await api.inspectionAction(inspection.id, action as 'advance' | 'sign' | 'archive', body, key);
    onDone();
  });
  return (
    <Form form={form} name={`inspection-${action}`} layout="vertical" onFinish={submit}>
      {error !== undefined && <ErrorAlert error={error} />}
      {action === 'archive' && (
        <Form.Item
          name="archiveRef"
          label={t('archiveRef')}
          rules={[{ required: true, whitespace: true, message: t('required') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
      )}
      <SubmitOrCancel
        label={t(`inspectionAction.${action}` as 'inspectionAction.advance')}
        busy={busy}
        onCancel={onCancel}
      />
    </Form>
  );
}

/** One joint inspection: its stage, the markers checked, both signatures, the stage actions and the report. */
export function InspectionPage() {
  const { id = '' } = useParams();
  const { t, formatDateTime } = useI18n();
  const { message } = App.useApp();
  const { session } = useSession();
  const sideLabel = useJurisdictionLabel();
  const queryClient = useQueryClient();
  const inspection = useQuery(queries.inspection(id));
  const refresh = () => void invalidateSubject(queryClient, { type: 'joint_inspection', id });
  const report = (current: JointInspection) =>
    download(
      `/joint-inspections/${encodeURIComponent(current.id)}/report`,
      `联检报告-${current.lineCode}.pdf`,
    ).catch((error: Error) => void message.error(error.message));

  return (
    <Loaded query={inspection}>
      {(current) => (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <PageCard title={current.title} extra={<Link to="/inspections">{t('back')}</Link>}>
            <Descriptions size="small" column={{ xs: 1, md: 3 }}>
              <Descriptions.Item label={t('status')}>
                <Tag color="blue" data-status={current.status}>
                  {labelOf(t, 'inspectionStatus', current.status)}
                </Tag>
              </Descriptions.Item>
              <Descriptions.Item label={t('line')}>{current.lineCode}</Descriptions.Item>
              <Descriptions.Item label={t('sides')}>
                {current.sides.map(sideLabel).join('、')}
              </Descriptions.Item>
              <Descriptions.Item label={t('plannedPeriod')}>
                {current.plannedFrom} — {current.plannedTo}
              </Descriptions.Item>
              <Descriptions.Item label={t('progress')} span={2}>
                <Progress
                  percent={current.progress.percent}
                  size="small"
                  style={{ maxWidth: 280 }}
                  format={() => `${current.progress.markersChecked}/${current.progress.markersPlanned}`}
                />
              </Descriptions.Item>
              <Descriptions.Item label={t('signatures')} span={3}>
                {current.sides
                  .map((side) => {
                    const signature = current.signatures.find((s) => s.side === side);
                    return `${sideLabel(side)}：${signature ? `${signature.by} ${formatDateTime(signature.at)}` : t('notSigned')}`;
                  })
                  .join('；')}
              </Descriptions.Item>
            </Descriptions>
            <Space wrap>
              {current.status === 'field_work' && (
                <Link
                  to={`/patrol-entry?inspection=${encodeURIComponent(current.id)}&line=${encodeURIComponent(current.lineCode)}`}
                >
                  <Button type="primary">{t('inspectionPatrol')}</Button>
                </Link>
              )}
              <Button onClick={() => void report(current)}>{t('downloadReport')}</Button>
            </Space>
          </PageCard>
          <Card size="small">
            <Steps
              size="small"
              current={JOINT_INSPECTION_STATUSES.indexOf(current.status)}
              items={JOINT_INSPECTION_STATUSES.map((status) => ({
                title: labelOf(t, 'inspectionStatus', status),
              }))}
            />
          </Card>
          {session?.user.role === 'bureau' ? (
            <ActionCard
              allowed={allowedJointInspectionActions(current.status).filter((a) => BUTTONS.includes(a))}
              label={(action) => t(`inspectionAction.${action}` as 'inspectionAction.advance')}
              onChanged={refresh}
              form={(action, done, cancel) => (
                <StepForm inspection={current} action={action} onDone={done} onCancel={cancel} />
              )}
            />
          ) : (
            <Card title={t('actions')} size="small">
              <Typography.Text type="secondary">{t('readOnly')}</Typography.Text>
            </Card>
          )}
          <DeadlineTable deadlines={current.deadlines} />
          <Card title={t('checkedMarkers')} size="small">
            <ResponsiveTable<Checked>
              size="small"
              rowKey={(marker) => marker.code}
              dataSource={current.markers}
              columns={[
                {
                  title: t('markerCode'),
                  dataIndex: 'code',
                  phone: 'title',
                  render: (code: string) => <Link to={`/markers/${code}`}>{code}</Link>,
                },
                {
                  title: t('condition'),
                  dataIndex: 'condition',
                  render: (condition: string) => labelOf(t, 'markerStatus', condition),
                },
                {
                  title: t('repairs'),
                  dataIndex: 'repairs',
                  render: (repairs?: string[]) => repairs?.join('、') ?? '—',
                },
                { title: t('checkedAt'), dataIndex: 'checkedAt', render: (at: string) => formatDateTime(at) },
              ]}
            />
          </Card>
        </Space>
      )}
    </Loaded>
  );
}
