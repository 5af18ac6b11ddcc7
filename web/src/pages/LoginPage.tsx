import { Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { api } from '../api';
import { ErrorAlert } from '../components/Feedback';
import { useI18n } from '../i18n';
import { useSession } from '../session';

export function LoginPage() {
  const { t } = useI18n();
  const { signIn } = useSession();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const submit = async ({ username, password }: { username: string; password: string }) => {
    setBusy(true);
    setError(undefined);
    try {
      const { accessToken, user } = await api.login(username.trim(), password);
      signIn({ token: accessToken, user });
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card
      title={<h1 style={{ fontSize: 20, fontWeight: 600, margin: 0 }}>{t('loginTitle')}</h1>}
      style={{ maxWidth: 400, margin: '64px auto' }}
    >
      {error !== undefined && <ErrorAlert error={error} />}
      <Form name="login" layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item name="username" label={t('username')} rules={[{ required: true, message: t('required') }]}>
          <Input autoComplete="username" autoFocus />
        </Form.Item>
        <Form.Item name="password" label={t('password')} rules={[{ required: true, message: t('required') }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} block>
          {t('login')}
        </Button>
      </Form>
    </Card>
  );
}
