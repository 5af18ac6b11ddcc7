import { Button, DatePicker, Form } from 'antd';
import type { Dayjs } from 'dayjs';
import type { CSSProperties, ReactNode } from 'react';
import { useI18n } from '../i18n';
import { useIsPhone } from '../screen';

/**
 * A filter form on one line (stacked on a phone) that ends with the first and last day of a period and the query
 * button. On a phone the pickers take the width and open no keyboard, which would cover their calendar.
 */
export function PeriodFilterForm<Values extends { from?: Dayjs; to?: Dayjs }>({
  name,
  onFinish,
  style,
  children,
}: {
  name: string;
  onFinish(values: Values): void;
  style?: CSSProperties;
  /** The filter's own fields, before the period. */
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const phone = useIsPhone();
  const picker = <DatePicker inputReadOnly={phone} style={{ width: phone ? '100%' : undefined }} />;
  return (
    <Form<Values> name={name} layout={phone ? 'vertical' : 'inline'} onFinish={onFinish} style={style}>
      {children}
      <Form.Item name="from" label={t('from')}>
        {picker}
      </Form.Item>
      <Form.Item name="to" label={t('to')}>
        {picker}
      </Form.Item>
      <Button type="primary" htmlType="submit" block={phone}>
        {t('query')}
      </Button>
    </Form>
  );
}
