import { Alert, App, Button, Form, Input } from 'antd';
import { useNavigate } from 'react-router';
import { api } from '../api';
import { ErrorAlert } from '../components/Feedback';
import { PageCard } from '../components/PageCard';
import { useFormSubmit } from '../form-submit';
import { useI18n } from '../i18n';
import { homeOf } from '../routes';
import { useSession } from '../session';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/** 修改密码: the user's own; the only page a user with an issued password sees until it is changed. */
export function PasswordPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { session, signIn } = useSession();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const forced = session?.user.mustChangePassword === true;
  const { submit, busy, error } = useFormSubmit<Values>(form, async ({ currentPassword, newPassword }) => {
    const { accessToken, user } = await api.changePassword({ currentPassword, newPassword });
    // The answer's token replaces ours: every earlier token of this user has just ended.
    signIn({ token: accessToken, user });
    form.resetFields();
    void message.success(t('passwordChanged'));
    if (forced) void navigate(homeOf(user.role), { replace: true });
  });
  const required = [{ required: true, message: t('required') }];

  return (
    <PageCard title={t('changePassword')} style={{ maxWidth: 520, margin: '0 auto' }}>
      {forced && (
        <Alert type="warning" showIcon message={t('mustChangeNotice')} style={{ marginBottom: 16 }} />
      )}
      {error !== undefined && <ErrorAlert error={error} />}
      <Form<Values> form={form} name="password" layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item name="currentPassword" label={t('currentPassword')} rules={required}>
          <Input.Password autoComplete="current-password" maxLength={128} />
        </Form.Item>
        <Form.Item name="newPassword" label={t('newPassword')} extra={t('passwordRule')} rules={required}>
          <Input.Password autoComplete="new-password" maxLength={256} />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('confirmPassword')}
          dependencies={['newPassword']}
          rules={[
            ...required,
            ({ getFieldValue }) => ({
              validator: (_rule, value) =>
                !value || value === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('passwordsDiffer'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" maxLength={256} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} block>
          {t('save')}
        </Button>
      </Form>
    </PageCard>
  );
}
