import { Button, Space } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n';

/** A form's last row: the button that submits it (spinning while the request runs), then cancel. */
export function SubmitOrCancel({
  label,
  busy,
  danger,
  onCancel,
}: {
  label: ReactNode;
  busy: boolean;
  /** For a submit that raises an alarm, such as triggering an incident. */
  danger?: boolean;
  onCancel(): void;
}) {
  const { t } = useI18n();
  return (
    <Space>
      <Button type="primary" danger={danger} htmlType="submit" loading={busy}>
        {label}
      </Button>
      <Button onClick={onCancel}>{t('cancel')}</Button>
    </Space>
  );
}
