import { useQuery } from '@tanstack/react-query';
import type { MarkerStatus } from './api';
import type { Language } from './i18n';
import { queries } from './queries';

export { MARKER_STATUSES } from '../../libs/persistence/src/boundary/model';

/** The colours the map and the lists give each marker status: green is fine, the rest asks for work. */
export const STATUS_COLOURS: Record<MarkerStatus, string> = {
  intact: '#389e0d',
  tilted: '#d48806',
  damaged: '#cf1322',
  missing: '#595959',
  obscured: '#1677ff',
};

export const formatLength = (meters: number, language: Language) =>
  meters >= 1000
    ? `${(meters / 1000).toFixed(2)} ${language === 'zh' ? '公里' : 'km'}`
    : `${Math.round(meters)} ${language === 'zh' ? '米' : 'm'}`;

/**
 * The lines a field form offers, and the markers of the line chosen in it (read once one is chosen), as
 * select options.
 */
export function useLineAndMarkerOptions(lineCode: string | undefined) {
  const lines = useQuery(queries.lines());
  const markers = useQuery({ ...queries.markers({ line: lineCode, page: 1 }), enabled: Boolean(lineCode) });
  return {
    lineOptions: (lines.data ?? []).map((line) => ({ value: line.code, label: `${line.code} ${line.name}` })),
    markerOptions: (markers.data?.items ?? []).map((marker) => ({ value: marker.code, label: marker.code })),
  };
}
