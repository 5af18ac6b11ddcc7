import dayjs, { type Dayjs } from 'dayjs';
import 'dayjs/locale/zh-cn';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import type { Language } from './i18n';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Deadlines are set and met in Chinese local time, wherever a phone's clock is set. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

export function isTimeZone(zone: unknown): zone is string {
  if (typeof zone !== 'string' || zone === '') return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Every zone the browser knows, the default first; older browsers list only the default and UTC. */
export function timeZones(): string[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['UTC'];
  return [DEFAULT_TIME_ZONE, ...all.filter((zone) => zone !== DEFAULT_TIME_ZONE)];
}

/**
 * Makes dayjs speak the language and count in the zone. The date pickers ask dayjs for "now" (今天, 此刻) and
 * for month and weekday names, so this is global, like the pickers' own locale.
 */
export function applyTimeSettings(language: Language, zone: string): void {
  dayjs.locale(language === 'zh' ? 'zh-cn' : 'en');
  dayjs.tz.setDefault(zone);
}

/** An instant as a wall clock in the zone shows it: 2026/11/25 14:03:05, or 25/11/2026, 14:03:05. */
export const formatInstant = (iso: string, language: Language, zone: string): string =>
  dayjs(iso)
    .tz(zone)
    .format(language === 'zh' ? 'YYYY/MM/DD HH:mm:ss' : 'DD/MM/YYYY, HH:mm:ss');

/** "UTC+08:00" for the zone, now. */
export const offsetOf = (zone: string): string => `UTC${dayjs().tz(zone).format('Z')}`;

/** The current time as a picker in the zone shows it. */
export const nowIn = (zone: string): Dayjs => dayjs().tz(zone);

/**
 * The instant a picker's value means in the zone. The pickers build their values in more than one way (typed
 * text is read in the browser's own zone, a clicked cell keeps the zone of the value it changed), so only the
 * wall time they show is trusted.
 */
export const instantOf = (value: Dayjs, zone: string): string =>
  dayjs.tz(value.format('YYYY-MM-DDTHH:mm:ss'), zone).toISOString();

/** The instant the calendar day (2026-03-01) starts in the zone; `plusDays` moves to a later day. */
export const startOfDay = (day: string, zone: string, plusDays = 0): string =>
  dayjs.tz(dayjs(day).add(plusDays, 'day').format('YYYY-MM-DD'), zone).toISOString();
