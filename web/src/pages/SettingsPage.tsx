import { App, Form, Radio, Select, Typography } from 'antd';
import { PageCard } from '../components/PageCard';
import { useMemo } from 'react';
import { useNow } from '../hooks';
import { type Language, useI18n } from '../i18n';
import { DEFAULT_TIME_ZONE, offsetOf, timeZones } from '../time';

/** Settings of this device, kept in the browser: they stay when the user signs out. */
export function SettingsPage() {
  const { t, language, setLanguage, timeZone, setTimeZone, formatDateTime } = useI18n();
  const { message } = App.useApp();
  const now = useNow();
  const zones = useMemo(
    () =>
      timeZones().map((zone) => ({
        value: zone,
        label: t(zone === DEFAULT_TIME_ZONE ? 'defaultZoneOption' : 'zoneOption', {
          zone,
          offset: offsetOf(zone),
        }),
      })),
    [t],
  );
  const saved = () => void message.success(t('saved'));

  return (
    <PageCard title={t('navSettings')} style={{ maxWidth: 720 }}>
      <Form layout="vertical">
        <Form.Item label={t('language')}>
          <Radio.Group
            optionType="button"
            value={language}
            onChange={(event) => {
              setLanguage(event.target.value as Language);
              saved();
            }}
            options={[
              { label: '中文', value: 'zh' },
              { label: 'English', value: 'en' },
            ]}
          />
        </Form.Item>
        <Form.Item
          htmlFor="time-zone"
          label={t('timeZone')}
          extra={t('deviceTimeZone', { zone: Intl.DateTimeFormat().resolvedOptions().timeZone })}
        >
          <Select
            id="time-zone"
            showSearch
            value={timeZone}
            options={zones}
            optionFilterProp="label"
            onChange={(zone: string) => {
              setTimeZone(zone);
              saved();
            }}
          />
        </Form.Item>
        <Typography.Paragraph type="secondary">{t('timeZoneHint')}</Typography.Paragraph>
        <Typography.Paragraph role="timer">
          {t('currentTime', { time: formatDateTime(new Date(now).toISOString()) })}
        </Typography.Paragraph>
      </Form>
    </PageCard>
  );
}
