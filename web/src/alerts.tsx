import { useQuery } from '@tanstack/react-query';
import { type ReactNode, createContext, useContext } from 'react';
import { pollEvery, useLiveUpdates } from './live';
import { queries } from './queries';

const POLL_MS = 3000;

const UnreadContext = createContext(0);

/**
 * The live event stream, and the one (fallback) poll of the signed-in user's inbox for the whole console. The header's unread badge and the inbox
 * page read the same cached list, so they never disagree.
 */
export function InboxProvider({ children }: { children: ReactNode }) {
  useLiveUpdates();
  const alerts = useQuery({ ...queries.alerts(), refetchInterval: pollEvery(POLL_MS) });
  const unread = alerts.data?.filter((alert) => !alert.readAt).length ?? 0;
  return <UnreadContext.Provider value={unread}>{children}</UnreadContext.Provider>;
}

export const useUnreadCount = (): number => useContext(UnreadContext);
