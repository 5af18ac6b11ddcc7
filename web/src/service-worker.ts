/**
 * Installs web/sw.js, which lets the console be added to a phone's home screen and open offline to the
 * 无网络连接 page. Browsers allow service workers only over https or on localhost; elsewhere the console works
 * without one.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register('/sw.js').catch((error: unknown) => {
    console.error('service worker not installed', error);
  });
}

/** Asks the service worker to drop every cache but the shell, which holds nobody's data. */
export function forgetCachedData(): void {
  navigator.serviceWorker?.controller?.postMessage('signed-out');
}
