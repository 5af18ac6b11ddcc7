import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Select, Space, Tag, Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useState } from 'react';
import { type Jurisdiction, type JurisdictionLevel, api } from '../api';
import { ErrorAlert, Loaded } from '../components/Feedback';
import { PageCard } from '../components/PageCard';
import { SubmitOrCancel } from '../components/SubmitOrCancel';
import { useFormSubmit } from '../form-submit';
import { labelOf, useI18n } from '../i18n';
import { invalidateAccounts, queries } from '../queries';
import { useSession } from '../session';

const LEVELS: JurisdictionLevel[] = ['city', 'district', 'township', 'village'];
const LEVEL_COLOURS: Record<JurisdictionLevel, string> = {
  city: 'purple',
  district: 'blue',
  township: 'green',
  village: 'default',
};

interface Values {
  code: string;
  name: string;
  level: JurisdictionLevel;
  parentCode?: string;
  firstResponsible?: string;
  directResponsible?: string;
}

/** Adds a jurisdiction, or renames one and names its responsible persons; one column on any screen. */
function JurisdictionForm({
  editing,
  all,
  onDone,
}: {
  editing?: Jurisdiction;
  all: Jurisdiction[];
  onDone(): void;
}) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const users = useQuery(queries.users());
  const [form] = Form.useForm<Values>();
  const { submit, busy, error } = useFormSubmit<Values>(form, async (values) => {
    if (editing) {
      await api.updateJurisdiction(editing.code, {
        name: values.name.trim(),
        firstResponsible: values.firstResponsible ?? null,
        directResponsible: values.directResponsible ?? null,
      });
    } else {
      await api.createJurisdiction({
        code: values.code.trim(),
        name: values.name.trim(),
        level: values.level,
        parentCode: values.parentCode ?? null,
      });
    }
    await invalidateAccounts(queryClient);
    onDone();
  });
  // Only active users may be named responsible (the API refuses others).
  const people = (users.data ?? [])
    .filter((user) => !user.disabled)
    .map((user) => ({ value: user.username, label: `${user.displayName}（${user.username}）` }));
  const required = [{ required: true, whitespace: true, message: t('required') }];
  return (
    <Form<Values>
      form={form}
      name="jurisdiction"
      layout="vertical"
      requiredMark={false}
      onFinish={submit}
      initialValues={editing ?? { level: 'township' }}
      style={{ maxWidth: 520, marginBottom: 24 }}
    >
      {error !== undefined && <ErrorAlert error={error} />}
      <Form.Item name="code" label={t('jurisdictionCode')} rules={required}>
        <Input maxLength={16} disabled={Boolean(editing)} />
      </Form.Item>
      <Form.Item name="name" label={t('jurisdictionName')} rules={required}>
        <Input maxLength={64} />
      </Form.Item>
      {editing ? (
        <>
          <Form.Item name="firstResponsible" label={t('firstResponsible')}>
            <Select allowClear showSearch optionFilterProp="label" options={people} />
          </Form.Item>
          <Form.Item name="directResponsible" label={t('directResponsible')}>
            <Select allowClear showSearch optionFilterProp="label" options={people} />
          </Form.Item>
        </>
      ) : (
        <>
          <Form.Item name="level" label={t('jurisdictionLevel')}>
            <Select options={LEVELS.map((value) => ({ value, label: labelOf(t, 'level', value) }))} />
          </Form.Item>
          <Form.Item name="parentCode" label={t('parentJurisdiction')}>
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              options={all.map((j) => ({ value: j.code, label: `${j.name}（${j.code}）` }))}
            />
          </Form.Item>
        </>
      )}
      <SubmitOrCancel label={t('save')} busy={busy} onCancel={onDone} />
    </Form>
  );
}

interface RobotValues {
  wecomUrl?: string;
  dingtalkUrl?: string;
  dingtalkSecret?: string;
}

/**
 * The work-group robots of one jurisdiction. The API never shows a DingTalk secret again, so the form starts
 * empty and saving replaces both robots.
 */
function RobotsForm({ jurisdiction, onDone }: { jurisdiction: Jurisdiction; onDone(): void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<RobotValues>();
  const [saved, setSaved] = useState(false);
  const { submit, busy, error } = useFormSubmit<RobotValues>(form, async (values) => {
    const wecomUrl = values.wecomUrl?.trim();
    const dingtalkUrl = values.dingtalkUrl?.trim();
    await api.setChannels(jurisdiction.code, {
      ...(wecomUrl ? { wecomRobot: { url: wecomUrl } } : {}),
      ...(dingtalkUrl
        ? { dingtalkRobot: { url: dingtalkUrl, secret: values.dingtalkSecret?.trim() ?? '' } }
        : {}),
    });
    setSaved(true);
  });
  return (
    <Form<RobotValues>
      form={form}
      name="robots"
      layout="vertical"
      requiredMark={false}
      onFinish={submit}
      style={{ maxWidth: 520, marginBottom: 24 }}
    >
      <Typography.Title level={5}>{t('robotsOf', { name: jurisdiction.name })}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('robotsHint')}</Typography.Paragraph>
      {error !== undefined && <ErrorAlert error={error} />}
      {saved && <Alert type="success" showIcon message={t('robotsSaved')} style={{ marginBottom: 16 }} />}
      <Form.Item name="wecomUrl" label={t('wecomRobotUrl')}>
        <Input maxLength={500} inputMode="url" />
      </Form.Item>
      <Form.Item name="dingtalkUrl" label={t('dingtalkRobotUrl')}>
        <Input maxLength={500} inputMode="url" />
      </Form.Item>
      <Form.Item
        name="dingtalkSecret"
        label={t('dingtalkRobotSecret')}
        dependencies={['dingtalkUrl']}
        rules={[
          ({ getFieldValue }) => ({
            required: Boolean(getFieldValue('dingtalkUrl')?.trim()),
            whitespace: true,
            message: t('required'),
          }),
        ]}
      >
        <Input.Password maxLength={200} autoComplete="off" />
      </Form.Item>
      <SubmitOrCancel label={t('save')} busy={busy} onCancel={onDone} />
    </Form>
  );
}

/** 组织机构: the jurisdiction tree with each one's responsible persons; the administrator edits it. */
export function OrganisationPage() {
  const { t } = useI18n();
  const { session } = useSession();
  const isAdmin = session?.user.role === 'admin';
  const tree = useQuery(queries.jurisdictions());
  const [editing, setEditing] = useState<Jurisdiction | 'new'>();
  const [robotsOf, setRobotsOf] = useState<Jurisdiction>();

  // A jurisdiction whose parent is not in the list (a neighbour's) stands at the top.
  const nodes = (all: Jurisdiction[], parent: string | null): DataNode[] =>
    all
      .filter(
        (j) => j.parentCode === parent || (parent === null && !all.some((p) => p.code === j.parentCode)),
      )
      .map((j) => ({
        key: j.code,
        title: (
          <Space wrap size={4} data-code={j.code}>
            <Typography.Text strong>{j.name}</Typography.Text>
            <Typography.Text type="secondary">{j.code}</Typography.Text>
            <Tag color={LEVEL_COLOURS[j.level]}>{labelOf(t, 'level', j.level)}</Tag>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('firstResponsible')}：{j.firstResponsible ?? t('notNamed')} · {t('directResponsible')}：
              {j.directResponsible ?? t('notNamed')}
            </Typography.Text>
            {isAdmin && (
              <Button type="link" style={{ paddingInline: 0 }} onClick={() => setEditing(j)}>
                {t('editJurisdiction')}
              </Button>
            )}
            {isAdmin && (
              <Button type="link" style={{ paddingInline: 0 }} onClick={() => setRobotsOf(j)}>
                {t('robots')}
              </Button>
            )}
          </Space>
        ),
        children: nodes(all, j.code),
      }));

  return (
    <PageCard
      title={t('organisation')}
      extra={
        isAdmin &&
        editing === undefined && (
          <Button type="primary" onClick={() => setEditing('new')}>
            {t('addJurisdiction')}
          </Button>
        )
      }
    >
      {editing !== undefined && (
        <JurisdictionForm
          key={editing === 'new' ? '' : editing.code}
          editing={editing === 'new' ? undefined : editing}
          all={tree.data ?? []}
          onDone={() => setEditing(undefined)}
        />
      )}
      {robotsOf !== undefined && (
        <RobotsForm key={robotsOf.code} jurisdiction={robotsOf} onDone={() => setRobotsOf(undefined)} />
      )}
      <Loaded query={tree}>
        {(all) => <Tree treeData={nodes(all, null)} defaultExpandAll selectable={false} blockNode />}
      </Loaded>
    </PageCard>
  );
}
