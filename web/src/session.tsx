import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { type ReactNode, createContext, useCallback, useContext, useMemo, useState } from 'react';
import { type User, configureApi } from './api';
import { I18nContext, type Language, translator } from './i18n';

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

/** The signed-in user and the language, kept across reloads; every API call carries both. */
export function AppProviders({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(() => stored<Session>(SESSION_KEY));
  const [language, setLanguageState] = useState<Language>(() =>
    stored<Language>(LANGUAGE_KEY) === 'en' ? 'en' : 'zh',
  );

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
    setSession(null);
  }, []);
  const setLanguage = useCallback((next: Language) => {
    window.localStorage.setItem(LANGUAGE_KEY, JSON.stringify(next));
    document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
    setLanguageState(next);
  }, []);

  // Set during render, not in an effect: the pages' first requests already need the token and language.
  configureApi({ token: session?.token, language, onUnauthenticated: signOut, onRenewed: renew });

  const i18n = useMemo(() => ({ language, t: translator(language), setLanguage }), [language, setLanguage]);
  return (
    <I18nContext.Provider value={i18n}>
      <ConfigProvider locale={language === 'zh' ? zhCN : enUS} button={{ autoInsertSpace: false }}>
        <AntApp>
          <SessionContext.Provider value={{ session, signIn, signOut }}>{children}</SessionContext.Provider>
        </AntApp>
      </ConfigProvider>
    </I18nContext.Provider>
  );
}
