import { useQueryClient } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { type ReactNode, createContext, useCallback, useContext, useMemo, useState } from 'react';
import { type User, configureApi } from './api';
import { I18nContext, type Language, translator } from './i18n';
import { useIsPhone } from './screen';
import { forgetCachedData } from './service-worker';
import { DEFAULT_TIME_ZONE, applyTimeSettings, formatInstant, isTimeZone } from './time';

export interface Session {
  token: string;
  user: User;
}

interface SessionState {
  session: Session | null;
  signIn(session: Session): void;
  signOut(): void;
}

const SESSION_KEY = 'boundary.session';
const LANGUAGE_KEY = 'boundary.language';
const TIME_ZONE_KEY = 'boundary.timeZone';

const SessionContext = createContext<SessionState>({
  session: null,
  signIn: () => undefined,
  signOut: () => undefined,
});

export const useSession = (): SessionState => useContext(SessionContext);

function stored<T>(key: string): T | null {
  try {
    return JSON.parse(window.localStorage.getItem(key) ?? 'null') as T | null;
  } catch {
    return null;
  }
}

/**
 * The signed-in user, the language and the time zone, kept across reloads; every API call carries the first
 * two. Language and zone are settings of this device, so they stay when the user signs out.
 */
export function AppProviders({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [session, setSession] = useState<Session | null>(() => stored<Session>(SESSION_KEY));
  const [language, setLanguageState] = useState<Language>(() =>
    stored<Language>(LANGUAGE_KEY) === 'en' ? 'en' : 'zh',
  );
  const [timeZone, setTimeZoneState] = useState<string>(() => {
    const zone = stored<string>(TIME_ZONE_KEY);
    return isTimeZone(zone) ? zone : DEFAULT_TIME_ZONE;
  });
  const phone = useIsPhone();

  const signIn = useCallback((next: Session) => {
    window.localStorage.setItem(SESSION_KEY, JSON.stringify(next));
    setSession(next);
  }, []);
  const renew = useCallback((token: string) => {
    setSession((current) => {
      if (!current) return current;
      const next = { ...current, token };
      window.localStorage.setItem(SESSION_KEY, JSON.stringify(next));
      return next;
    });
  }, []);
  const signOut = useCallback(() => {
    window.localStorage.removeItem(SESSION_KEY);
    // The next user of this phone must not see a glimpse of the last one's cases.
    queryClient.clear();
    forgetCachedData();
    setSession(null);
  }, [queryClient]);
  const setLanguage = useCallback(
    (next: Language) => {
      window.localStorage.setItem(LANGUAGE_KEY, JSON.stringify(next));
      document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
      setLanguageState(next);
      // Alert texts and error messages come from the API in the language asked for; the refetch starts now,
      // before the render that would tell the API the new language.
      configureApi({ language: next });
      void queryClient.invalidateQueries();
    },
    [queryClient],
  );
  const setTimeZone = useCallback((zone: string) => {
    window.localStorage.setItem(TIME_ZONE_KEY, JSON.stringify(zone));
    setTimeZoneState(zone);
  }, []);

  // Set during render, not in an effect: the pages' first requests already need the token and language.
  configureApi({ token: session?.token, language, onUnauthenticated: signOut, onRenewed: renew });
  applyTimeSettings(language, timeZone);

  const i18n = useMemo(
    () => ({
      language,
      t: translator(language),
      setLanguage,
      timeZone,
      setTimeZone,
      formatDateTime: (iso: string) => formatInstant(iso, language, timeZone),
    }),
    [language, setLanguage, timeZone, setTimeZone],
  );
  return (
    <I18nContext.Provider value={i18n}>
      <ConfigProvider
        locale={language === 'zh' ? zhCN : enUS}
        button={{ autoInsertSpace: false }}
        // Fingers, not a mouse pointer: on a phone every control is large enough to hit with a thumb.
        componentSize={phone ? 'large' : 'middle'}
        theme={{ token: { controlHeightLG: 44 } }}
      >
        <AntApp>
          <SessionContext.Provider value={{ session, signIn, signOut }}>{children}</SessionContext.Provider>
        </AntApp>
      </ConfigProvider>
    </I18nContext.Provider>
  );
}
