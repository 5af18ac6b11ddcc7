import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from './api';
import type { Translate } from './i18n';

export interface Resource<T> {
  data?: T;
  error?: unknown;
  loading: boolean;
  reload(): void;
}

/**
 * Loads `load()` when `deps` change and, with `pollMs`, again every so often. The last data stays on screen
 * while a reload runs, and an answer to an outdated request is dropped.
 */
export function useResource<T>(load: () => Promise<T>, deps: unknown[], pollMs?: number): Resource<T> {
  const [state, setState] = useState<{ data?: T; error?: unknown; loading: boolean }>({ loading: true });
  const generation = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  const reload = useCallback(() => {
    const mine = ++generation.current;
    setState((previous) => ({ ...previous, loading: true }));
    loadRef.current().then(
      (data) => mine === generation.current && setState({ data, loading: false }),
      (error: unknown) =>
        mine === generation.current && setState((previous) => ({ ...previous, error, loading: false })),
    );
  }, []);

  useEffect(() => {
    setState({ loading: true });
    reload();
    if (!pollMs) return undefined;
    const timer = window.setInterval(reload, pollMs);
    return () => window.clearInterval(timer);
    // `deps` are the caller's: a new id or filter means a new resource.
  }, [...deps, pollMs, reload]);

  return { ...state, reload };
}

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
