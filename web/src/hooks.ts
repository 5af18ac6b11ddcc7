import { useEffect, useState } from 'react';
import { ApiError } from './api';
import type { Translate } from './i18n';

/** The current time, ticking every `everyMs`: drives the live countdowns. */
export function useNow(everyMs = 1000): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs]);
  return now;
}

/** What to tell the user: the API's own message (already in the chosen language), or a network hint. */
export function errorText(error: unknown, t: Translate): string {
  if (error instanceof ApiError) return error.code === 'NETWORK' ? t('networkError') : error.message;
  return error instanceof Error ? error.message : String(error);
}

/** One entry per line (or comma), blanks dropped: how the forms take lists of names. */
export const splitLines = (text: string | undefined): string[] =>
  (text ?? '')
    .split(/[\n,，、]/)
    .map((entry) => entry.trim())
    .filter(Boolean);
