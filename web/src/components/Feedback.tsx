import type { UseQueryResult } from '@tanstack/react-query';
import { Alert, Button, Spin } from 'antd';
import type { ReactNode } from 'react';
import { errorText } from '../hooks';
import { useI18n } from '../i18n';

/** A failed request, in the API's own words, with a retry where one makes sense. */
export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      message={errorText(error, t)}
      action={onRetry ? <Button onClick={onRetry}>{t('retry')}</Button> : undefined}
      style={{ marginBottom: 16 }}
    />
  );
}

/** Shows the error, a spinner before the first answer, then the content (kept while polling reloads). */
export function Loaded<T>({
  query,
  children,
}: {
  query: Pick<UseQueryResult<T>, 'data' | 'error' | 'refetch'>;
  children: (data: T) => ReactNode;
}) {
  const { t } = useI18n();
  return (
    <>
      {query.error !== null && <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
      {query.data === undefined
        ? query.error === null && <Spin tip={t('loading')} style={{ display: 'block', margin: 48 }} />
        : children(query.data)}
    </>
  );
}
