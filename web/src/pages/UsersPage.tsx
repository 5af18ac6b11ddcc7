import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Form, Input, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { type Account, type Role, api } from '../api';
import { ErrorAlert, Loaded } from '../components/Feedback';
import { PageCard } from '../components/PageCard';
import { ResponsiveTable } from '../components/ResponsiveTable';
import { SubmitOrCancel } from '../components/SubmitOrCancel';
import { useFormSubmit } from '../form-submit';
import { errorText } from '../hooks';
import { labelOf, useI18n } from '../i18n';
import { JurisdictionInput, useJurisdictionLabel } from '../jurisdictions';
import { invalidateAccounts, queries } from '../queries';

const ROLES: Role[] = ['mediator', 'bureau', 'leader', 'admin'];

interface Values {
  username: string;
  displayName: string;
  role: Role;
  jurisdiction?: string;
  password?: string;
  phone?: string;
}

/** The create and edit form, one column: a new user also gets an initial password; an edit keeps the username. */
function UserForm({ editing, onDone }: { editing?: Account; onDone(): void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const { submit, busy, error } = useFormSubmit<Values>(form, async (values) => {
    const jurisdiction = values.role === 'admin' ? null : (values.jurisdiction?.trim() ?? null);
    const phone = values.phone?.trim() || undefined;
    const displayName = values.displayName.trim();
    if (editing) {
      await api.updateUser(editing.username, {
        displayName,
        role: values.role,
        jurisdiction,
        phone: phone ?? null,
      });
    } else {
      await api.createUser({
        username: values.username.trim(),
        displayName,
        role: values.role,
        jurisdiction,
        password: values.password ?? '',
        phone,
      });
    }
    await invalidateAccounts(queryClient);
    onDone();
  });
  const role = Form.useWatch('role', form);
  const required = [{ required: true, whitespace: true, message: t('required') }];
  return (
    <Form<Values>
      form={form}
      name="user"
      layout="vertical"
      requiredMark={false}
      onFinish={submit}
      initialValues={
        editing ? { ...editing, jurisdiction: editing.jurisdiction ?? undefined } : { role: 'mediator' }
      }
      style={{ maxWidth: 520, marginBottom: 24 }}
    >
      {error !== undefined && <ErrorAlert error={error} />}
      <Form.Item name="username" label={t('username')} rules={required}>
        <Input autoComplete="off" maxLength={64} disabled={Boolean(editing)} />
      </Form.Item>
      <Form.Item name="displayName" label={t('displayName')} rules={required}>
        <Input maxLength={64} />
      </Form.Item>
      <Form.Item name="role" label={t('role')}>
        <Select options={ROLES.map((value) => ({ value, label: labelOf(t, 'role', value) }))} />
      </Form.Item>
      {role !== 'admin' && (
        <Form.Item name="jurisdiction" label={t('homeJurisdiction')} rules={required}>
          <JurisdictionInput />
        </Form.Item>
      )}
      {!editing && (
        <Form.Item name="password" label={t('initialPassword')} extra={t('passwordRule')} rules={required}>
          <Input.Password autoComplete="new-password" maxLength={256} />
        </Form.Item>
      )}
      <Form.Item name="phone" label={t('phone')}>
        <Input inputMode="tel" maxLength={32} />
      </Form.Item>
      <SubmitOrCancel label={t('save')} busy={busy} onCancel={onDone} />
    </Form>
  );
}

/** 用户管理: every account, created, edited, disabled and reset by the administrator. */
export function UsersPage() {
  const { t } = useI18n();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const users = useQuery(queries.users());
  const jurisdictionLabel = useJurisdictionLabel();
  const [editing, setEditing] = useState<Account | 'new'>();
  const [failure, setFailure] = useState<unknown>();

  const act = async (work: () => Promise<unknown>, done?: string) => {
    try {
      await work();
      setFailure(undefined);
      if (done) void message.success(done);
      await invalidateAccounts(queryClient);
    } catch (error) {
      setFailure(error);
      void message.error(errorText(error, t));
    }
  };
  const reset = (user: Account) => {
    let password = '';
    modal.confirm({
      title: `${t('resetPassword')}：${user.username}`,
      content: (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Text type="secondary">{t('passwordRule')}</Typography.Text>
          <Input.Password
            autoComplete="new-password"
            aria-label={t('newPassword')}
            onChange={(event) => (password = event.target.value)}
          />
        </Space>
      ),
      onOk: () => act(() => api.resetPassword(user.username, { password }), t('resetDone')),
    });
  };

  return (
    <PageCard
      title={t('users')}
      extra={
        editing === undefined && (
          <Button type="primary" onClick={() => setEditing('new')}>
            {t('addUser')}
          </Button>
        )
      }
    >
      {editing !== undefined && (
        <UserForm
          key={editing === 'new' ? '' : editing.username}
          editing={editing === 'new' ? undefined : editing}
          onDone={() => setEditing(undefined)}
        />
      )}
      {failure !== undefined && <ErrorAlert error={failure} />}
      <Loaded query={users}>
        {(all) => (
          <ResponsiveTable<Account>
            rowKey={(user) => user.username}
            dataSource={all}
            pageSize={20}
            columns={[
              {
                title: t('displayName'),
                key: 'name',
                phone: 'title',
                render: (_, user) => (
                  <Space wrap size={4} data-username={user.username}>
                    <Typography.Text strong>{user.displayName}</Typography.Text>
                    <Typography.Text type="secondary">{user.username}</Typography.Text>
                  </Space>
                ),
              },
              { title: t('role'), dataIndex: 'role', render: (role: string) => labelOf(t, 'role', role) },
              {
                title: t('homeJurisdiction'),
                dataIndex: 'jurisdiction',
                render: (code: string | null) => (code ? jurisdictionLabel(code) : t('none')),
              },
              {
                title: t('status'),
                key: 'status',
                render: (_, user) => (
                  <Space wrap size={4}>
                    {user.disabled ? (
                      <Tag color="red">{t('accountDisabled')}</Tag>
                    ) : (
                      <Tag color="green">{t('accountActive')}</Tag>
                    )}
                    {user.mustChangePassword && <Tag color="orange">{t('mustChange')}</Tag>}
                  </Space>
                ),
              },
              { title: t('phone'), dataIndex: 'phone', phone: 'hidden' },
              {
                title: t('actions'),
                key: 'actions',
                render: (_, user) => (
                  <Flex wrap gap={8}>
                    <Button onClick={() => setEditing(user)}>{t('editUser')}</Button>
                    <Button
                      danger={!user.disabled}
                      onClick={() =>
                        void act(() => api.updateUser(user.username, { disabled: !user.disabled }))
                      }
                    >
                      {user.disabled ? t('enable') : t('disable')}
                    </Button>
                    <Button onClick={() => reset(user)}>{t('resetPassword')}</Button>
                  </Flex>
                ),
              },
            ]}
          />
        )}
      </Loaded>
    </PageCard>
  );
}
