import { Alert, App, Button, Card, Form, Input } from 'antd';
import { api } from '../api';
import { ErrorAlert } from '../components/Feedback';
import { useFormSubmit } from '../form-submit';
import { useSession } from '../session';
import { useAccountsText } from './accounts-text';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/** 修改密码: the user's own; the only page a user with an issued password sees until it is changed. */
export function PasswordPage() {
  const { text, t } = useAccountsText();
  const { message } = App.useApp();
  const { session, signIn } = useSession();
  const [form] = Form.useForm<Values>();
  const { submit, busy, error } = useFormSubmit<Values>(form, async ({ currentPassword, newPassword }) => {
    const { accessToken, user } = await api.changePassword(currentPassword, newPassword);
    // The answer's token replaces ours: every earlier token of this user has just ended.
    signIn({ token: accessToken, user });
    form.resetFields();
    void message.success(text('passwordChanged'));
  });

  return (
    <Card
      title={<h1 style={{ fontSize: 18, margin: 0 }}>{text('changePassword')}</h1>}
      style={{ maxWidth: 480, margin: '0 auto' }}
    >
      {session?.user.mustChangePassword && (
        <Alert type="warning" showIcon message={text('mustChangeNotice')} style={{ marginBottom: 16 }} />
      )}
      {error !== undefined && <ErrorAlert error={error} />}
      <Form form={form} name="password" layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item
          name="currentPassword"
          label={text('currentPassword')}
          rules={[{ required: true, message: t('required') }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={text('newPassword')}
          extra={text('passwordRule')}
          rules={[{ required: true, message: t('required') }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={text('confirmPassword')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('required') },
            ({ getFieldValue }) => ({
              validator: (_rule, value) =>
                value === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error(text('passwordsDiffer'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} block>
          {t('save')}
        </Button>
      </Form>
    </Card>
  );
}
