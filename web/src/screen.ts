import { useCallback, useSyncExternalStore } from 'react';

/** Below antd's `md`: a phone held upright. Lists become cards, controls grow to finger size. */
const PHONE = '(max-width: 767.98px)';
/** Below antd's `lg`: too narrow for the header's menu, so the navigation moves into a drawer. */
const NARROW = '(max-width: 991.98px)';

function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(subscribe, () => window.matchMedia(query).matches);
}

export const useIsPhone = (): boolean => useMediaQuery(PHONE);
export const useIsNarrow = (): boolean => useMediaQuery(NARROW);
