// The console's service worker. It keeps the app shell (the built scripts and styles, the icons, the manifest)
// and the offline page, and nothing else: no API answer is ever stored, so no case data stays on a shared
// phone. The build (web/vite.config.ts) writes the shell's file list and a hash of its contents into the two
// placeholders; a new release thus installs a new worker, which drops the old shell.

const SHELL = __SHELL_FILES__;
const CACHE = `boundary-shell-${__SHELL_VERSION__}`;
const OFFLINE_PAGE = '/offline.html';

const dropCachesBut = async (keep) => {
  const names = await caches.keys();
  await Promise.all(names.filter((name) => name !== keep).map((name) => caches.delete(name)));
};

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(SHELL))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(dropCachesBut(CACHE).then(() => self.clients.claim()));
});

// Signing out leaves only the shell, which is the same for everybody.
self.addEventListener('message', (event) => {
  if (event.data === 'signed-out') event.waitUntil(dropCachesBut(CACHE));
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Pages come from the server, so a release shows at once; without a connection, the offline page.
    event.respondWith(
      fetch(request).catch(
        async () => (await caches.match(OFFLINE_PAGE, { cacheName: CACHE })) ?? Response.error(),
      ),
    );
    return;
  }
  if (SHELL.includes(url.pathname)) {
    event.respondWith(caches.match(request, { cacheName: CACHE }).then((hit) => hit ?? fetch(request)));
  }
  // Everything else, the API above all, goes to the network untouched.
});
