import { Button, Card, Form, Input, Modal, Select, Space, Tag, Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useState } from 'react';
import { type Jurisdiction, type JurisdictionLevel, api } from '../api';
import { ErrorAlert, Loaded } from '../components/Feedback';
import { useFormSubmit } from '../form-submit';
import { useResource } from '../hooks';
import { useSession } from '../session';
import { useAccountsText } from './accounts-text';

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

/** Adds a jurisdiction, or renames one and names its responsible persons. */
function JurisdictionForm({
  editing,
  all,
  usernames,
  onDone,
}: {
  editing?: Jurisdiction;
  all: Jurisdiction[];
  usernames: string[];
  onDone(): void;
}) {
  const { text, t } = useAccountsText();
  const [form] = Form.useForm<Values>();
  const { submit, busy, error } = useFormSubmit<Values>(form, async (values) => {
    if (editing) {
      await api.updateJurisdiction(editing.code, {
        name: values.name,
        firstResponsible: values.firstResponsible ?? null,
        directResponsible: values.directResponsible ?? null,
      });
    } else {
      await api.createJurisdiction({ ...values, parentCode: values.parentCode ?? null });
    }
    onDone();
  });
  const people = usernames.map((value) => ({ value, label: value }));
  return (
    <Form
      form={form}
      name="jurisdiction"
      layout="vertical"
      requiredMark={false}
      onFinish={submit}
      initialValues={editing ?? { level: 'township' }}
    >
      {error !== undefined && <ErrorAlert error={error} />}
      <Form.Item name="code" label={text('code')} rules={[{ required: true, message: t('required') }]}>
        <Input maxLength={16} disabled={Boolean(editing)} />
      </Form.Item>
      <Form.Item name="name" label={text('name')} rules={[{ required: true, message: t('required') }]}>
        <Input maxLength={64} />
      </Form.Item>
      {editing ? (
        <>
          <Form.Item name="firstResponsible" label={text('firstResponsible')}>
            <Select allowClear showSearch options={people} />
          </Form.Item>
          <Form.Item name="directResponsible" label={text('directResponsible')}>
            <Select allowClear showSearch options={people} />
          </Form.Item>
        </>
      ) : (
        <>
          <Form.Item name="level" label={text('level')}>
            <Select options={LEVELS.map((value) => ({ value, label: text(`level.${value}`) }))} />
          </Form.Item>
          <Form.Item name="parentCode" label={text('parent')}>
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              options={all.map((j) => ({ value: j.code, label: `${j.name}（${j.code}）` }))}
            />
          </Form.Item>
        </>
      )}
      <Button type="primary" htmlType="submit" loading={busy} block>
        {t('save')}
      </Button>
    </Form>
  );
}

/** 组织机构: the jurisdiction tree with each one's responsible persons; the administrator edits it. */
export function OrganisationPage() {
  const { text } = useAccountsText();
  const { session } = useSession();
  const isAdmin = session?.user.role === 'admin';
  const tree = useResource(() => api.jurisdictions(), []);
  const users = useResource(() => (isAdmin ? api.users() : Promise.resolve([])), [isAdmin]);
  const [editing, setEditing] = useState<Jurisdiction | 'new'>();

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
            <Tag color={LEVEL_COLOURS[j.level]}>{text(`level.${j.level}`)}</Tag>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {text('firstResponsible')}：{j.firstResponsible ?? text('notNamed')} ·{' '}
              {text('directResponsible')}：{j.directResponsible ?? text('notNamed')}
            </Typography.Text>
            {isAdmin && (
              <Button size="small" type="link" onClick={() => setEditing(j)}>
                {text('editJurisdiction')}
              </Button>
            )}
          </Space>
        ),
        children: nodes(all, j.code),
      }));

  return (
    <Card
      title={<h1 style={{ fontSize: 18, margin: 0 }}>{text('organisation')}</h1>}
      extra={
        isAdmin && (
          <Button type="primary" onClick={() => setEditing('new')}>
            {text('addJurisdiction')}
          </Button>
        )
      }
    >
      <Loaded resource={tree}>
        {(all) => <Tree treeData={nodes(all, null)} defaultExpandAll selectable={false} blockNode />}
      </Loaded>
      <Modal
        open={editing !== undefined}
        title={editing === 'new' ? text('addJurisdiction') : text('editJurisdiction')}
        footer={null}
        destroyOnClose
        onCancel={() => setEditing(undefined)}
      >
        <JurisdictionForm
          editing={editing === 'new' ? undefined : editing}
          all={tree.data ?? []}
          usernames={(users.data ?? []).filter((u) => !u.disabled).map((u) => u.username)}
          onDone={() => {
            setEditing(undefined);
            tree.reload();
          }}
        />
      </Modal>
    </Card>
  );
}
