import { Input, type InputProps, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Jurisdiction } from './api';
import { useI18n } from './i18n';
import { queries } from './queries';

/** The jurisdiction list once it has loaded; until then, or if it cannot load, undefined: names are a
 * convenience, the codes stay readable without them. */
const useJurisdictionList = (): Jurisdiction[] | undefined => useQuery(queries.jurisdictions()).data;

/** Formats a code with its name, 东坪镇（T01）; a code the list does not know stays as it is. */
export function useJurisdictionLabel(): (code: string) => string {
  const list = useJurisdictionList();
  return useCallback(
    (code: string) => {
      const name = list?.find((jurisdiction) => jurisdiction.code === code)?.name;
      return name ? `${name}（${code}）` : code;
    },
    [list],
  );
}

/** A jurisdiction code field that names what was typed, or warns that no such jurisdiction exists. */
export function JurisdictionInput(props: InputProps) {
  const { t } = useI18n();
  const list = useJurisdictionList();
  const code = typeof props.value === 'string' ? props.value.trim() : '';
  const known = list?.find((jurisdiction) => jurisdiction.code === code);
  const hint =
    code && list ? (
      <Typography.Text className="jurisdiction-name" type={known ? 'secondary' : 'warning'}>
        {known ? known.name : t('unknownJurisdiction')}
      </Typography.Text>
    ) : (
      <span />
    );
  return <Input maxLength={16} {...props} suffix={hint} />;
}
