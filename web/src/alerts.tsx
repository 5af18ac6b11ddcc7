import { type ReactNode, createContext, useContext } from 'react';
import { type Alert, api } from './api';
import { type Resource, useResource } from './hooks';
import { useI18n } from './i18n';

const POLL_MS = 3000;

interface Inbox {
  alerts: Resource<Alert[]>;
  unread: number;
}

const InboxContext = createContext<Inbox>({ alerts: { loading: false, reload: () => undefined }, unread: 0 });

/**
 * One poll of the signed-in user's inbox for the whole console: the header's unread badge and the inbox page
 * read the same list, so they never disagree.
 */
export function InboxProvider({ children }: { children: ReactNode }) {
  const { language } = useI18n();
  const alerts = useResource(api.alerts, [language], POLL_MS);
  const unread = alerts.data?.filter((alert) => !alert.readAt).length ?? 0;
  return <InboxContext.Provider value={{ alerts, unread }}>{children}</InboxContext.Provider>;
}

export const useInbox = (): Inbox => useContext(InboxContext);
