import { App, Button, Card, Form, Input, List, Modal, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { type Account, type Role, api } from '../api';
import { ErrorAlert, Loaded } from '../components/Feedback';
import { useFormSubmit } from '../form-submit';
import { errorText, useResource } from '../hooks';
import { JurisdictionInput, useJurisdictionLabel } from '../jurisdictions';
import { useAccountsText } from './accounts-text';

const ROLES: Role[] = ['mediator', 'bureau', 'leader', 'admin'];

interface Values {
  username: string;
  displayName: string;
  role: Role;
  jurisdiction?: string;
  password?: string;
  phone?: string;
}

/** The create and edit form: a new user also gets an initial password; an edit leaves the username alone. */
function UserForm({ editing, onDone }: { editing?: Account; onDone(): void }) {
  const { text, t } = useAccountsText();
  const [form] = Form.useForm<Values>();
  const { submit, busy, error } = useFormSubmit<Values>(form, async (values) => {
    const jurisdiction = values.role === 'admin' ? null : (values.jurisdiction?.trim() ?? null);
    const phone = values.phone?.trim() || undefined;
    if (editing) {
      await api.updateUser(editing.username, {
        displayName: values.displayName,
        role: values.role,
        jurisdiction,
        phone: phone ?? null,
      });
    } else {
      await api.createUser({ ...values, jurisdiction, phone });
    }
    onDone();
  });
  const role = Form.useWatch('role', form);
  return (
    <Form
      form={form}
      name="user"
      layout="vertical"
      requiredMark={false}
      onFinish={submit}
      initialValues={
        editing ? { ...editing, jurisdiction: editing.jurisdiction ?? undefined } : { role: 'mediator' }
      }
    >
      {error !== undefined && <ErrorAlert error={error} />}
      <Form.Item
        name="username"
        label={text('username')}
        rules={[{ required: true, message: t('required') }]}
      >
        <Input autoComplete="off" disabled={Boolean(editing)} />
      </Form.Item>
      <Form.Item
        name="displayName"
        label={text('displayName')}
        rules={[{ required: true, message: t('required') }]}
      >
        <Input />
      </Form.Item>
      <Form.Item name="role" label={text('role')}>
        <Select options={ROLES.map((value) => ({ value, label: t(`role.${value}`) }))} />
      </Form.Item>
      {role !== 'admin' && (
        <Form.Item
          name="jurisdiction"
          label={text('jurisdiction')}
          rules={[{ required: true, message: t('required') }]}
        >
          <JurisdictionInput />
        </Form.Item>
      )}
      {!editing && (
        <Form.Item
          name="password"
          label={text('initialPassword')}
          extra={text('passwordRule')}
          rules={[{ required: true, message: t('required') }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      )}
      <Form.Item name="phone" label={text('phone')}>
        <Input inputMode="tel" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy} block>
        {t('save')}
      </Button>
    </Form>
  );
}

/** 用户管理: every account, created, edited, disabled and reset by the administrator. */
export function UsersPage() {
  const { text, t } = useAccountsText();
  const { message, modal } = App.useApp();
  const users = useResource(() => api.users(), []);
  const label = useJurisdictionLabel();
  const [editing, setEditing] = useState<Account | 'new'>();
  const [failure, setFailure] = useState<unknown>();

  const act = async (work: () => Promise<unknown>, done?: string) => {
    try {
      await work();
      setFailure(undefined);
      if (done) void message.success(done);
      users.reload();
    } catch (error) {
      setFailure(error);
      void message.error(errorText(error, t));
    }
  };
  const reset = (user: Account) => {
    let password = '';
    modal.confirm({
      title: `${text('resetPassword')}：${user.username}`,
      content: (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Text type="secondary">{text('passwordRule')}</Typography.Text>
          <Input.Password
            autoComplete="new-password"
            aria-label={text('newPassword')}
            onChange={(e) => (password = e.target.value)}
          />
        </Space>
      ),
      onOk: () => act(() => api.resetPassword(user.username, password), text('resetDone')),
    });
  };

  return (
    <Card
      title={<h1 style={{ fontSize: 18, margin: 0 }}>{text('users')}</h1>}
      extra={
        <Button type="primary" onClick={() => setEditing('new')}>
          {text('addUser')}
        </Button>
      }
    >
      {failure !== undefined && <ErrorAlert error={failure} />}
      <Loaded resource={users}>
        {(all) => (
          <List<Account>
            dataSource={all}
            pagination={{ pageSize: 20, hideOnSinglePage: true, size: 'small' }}
            renderItem={(user) => (
              <List.Item
                data-username={user.username}
                actions={[
                  <Button key="edit" size="small" onClick={() => setEditing(user)}>
                    {text('editUser')}
                  </Button>,
                  <Button
                    key="disable"
                    size="small"
                    danger={!user.disabled}
                    onClick={() =>
                      void act(() => api.updateUser(user.username, { disabled: !user.disabled }))
                    }
                  >
                    {user.disabled ? text('enable') : text('disable')}
                  </Button>,
                  <Button key="reset" size="small" onClick={() => reset(user)}>
                    {text('resetPassword')}
                  </Button>,
                ]}
                style={{ flexWrap: 'wrap' }}
              >
                <List.Item.Meta
                  title={
                    <Space wrap>
                      <Typography.Text strong>{user.displayName}</Typography.Text>
                      <Typography.Text type="secondary">{user.username}</Typography.Text>
                      {user.disabled ? (
                        <Tag color="red">{text('disabled')}</Tag>
                      ) : (
                        <Tag color="green">{text('active')}</Tag>
                      )}
                      {user.mustChangePassword && <Tag color="orange">{text('mustChange')}</Tag>}
                    </Space>
                  }
                  description={`${t(`role.${user.role}`)}${user.jurisdiction ? ` · ${label(user.jurisdiction)}` : ''}${
                    user.phone ? ` · ${user.phone}` : ''
                  }`}
                />
              </List.Item>
            )}
          />
        )}
      </Loaded>
      <Modal
        open={editing !== undefined}
        title={editing === 'new' ? text('addUser') : text('editUser')}
        footer={null}
        destroyOnClose
        onCancel={() => setEditing(undefined)}
        width={520}
      >
        <UserForm
          editing={editing === 'new' ? undefined : editing}
          onDone={() => {
            setEditing(undefined);
            users.reload();
          }}
        />
      </Modal>
    </Card>
  );
}
