import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { invalidateSubject } from './queries';
import { useSession } from './session';

/** Without the stream (down, or not yet open) pages poll as before; with it, only this slow safety net. */
const FALLBACK_POLL_MS = 60_000;
const REOPEN_MS = 3000;

let live = false;

/** A refetch interval that relaxes while the live stream is open: the stream says when to refetch. */
export const pollEvery = (ms: number) => (): number => (live ? Math.max(ms, FALLBACK_POLL_MS) : ms);

/**
 * Opens `GET /events` for the signed-in user and turns each event into a cache invalidation: a new alert
 * refetches the inbox (and so the unread badge), a changed subject its page and its list. The browser
 * reconnects by itself with Last-Event-ID; when the stream is closed for good (a refused, expired token) it is
 * opened again with the current token from the last event seen, so nothing in between is lost.
 */
export function useLiveUpdates(): void {
  const client = useQueryClient();
  const { session } = useSession();
  const token = useRef(session?.token);
  token.current = session?.token;
  const username = session?.user.username;

  useEffect(() => {
    if (!username || typeof EventSource === 'undefined') return undefined;
    let source: EventSource | undefined;
    let lastEventId = '';
    let reopen: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;

    const open = () => {
      const params = new URLSearchParams({ access_token: token.current ?? '' });
      if (lastEventId) params.set('lastEventId', lastEventId);
      source = new EventSource(`/events?${params.toString()}`);
      source.onopen = () => {
        live = true;
      };
      source.onerror = () => {
        live = false;
        if (source?.readyState === EventSource.CLOSED && !stopped) {
          reopen = setTimeout(open, REOPEN_MS);
        }
      };
      source.addEventListener('alert', (event) => {
        lastEventId = (event as MessageEvent).lastEventId || lastEventId;
        void client.invalidateQueries({ queryKey: ['alerts'] });
      });
      source.addEventListener('subject', (event) => {
        const message = event as MessageEvent<string>;
        lastEventId = message.lastEventId || lastEventId;
        const { subjectType, id } = JSON.parse(message.data) as { subjectType: string; id: string };
        void invalidateSubject(client, { type: subjectType, id });
      });
    };
    open();
    return () => {
      stopped = true;
      live = false;
      if (reopen) clearTimeout(reopen);
      source?.close();
    };
  }, [client, username]);
}
