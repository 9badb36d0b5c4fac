// Planroom's service worker: keeps the app itself (page and built assets) so a board
// opened once opens again offline. Board content is not cached here: it lives in
// IndexedDB (y-indexeddb), and the API and the sync socket always go to the network.
const CACHE = 'planroom-app-v1';
const SHELL = '/index.html';

// Installed after the first page load, so that page and its assets were fetched before this
// worker existed: take the shell and what it links to now, or a reload offline finds nothing.
self.addEventListener('install', (event) => {
  event.waitUntil(precacheShell().then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(pageFromNetworkElseShell(request));
  } else if (url.pathname.startsWith('/assets/')) {
    event.respondWith(assetFromCacheElseNetwork(request));
  }
});

async function precacheShell() {
  const cache = await caches.open(CACHE);
  const response = await fetch('/', { cache: 'no-cache' });
  if (!response.ok) return;
  const html = await response.clone().text();
  await cache.put(SHELL, response);
  const assets = [...html.matchAll(/\/assets\/[\w.-]+/g)].map((m) => m[0]);
  await cache.addAll([...new Set(assets)]);
}

/** Pages are client-side routes of one index.html: the newest one seen is the offline shell. */
async function pageFromNetworkElseShell(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(SHELL, response.clone());
    return response;
  } catch (error) {
    const shell = await cache.match(SHELL);
    if (shell) return shell;
    throw error;
  }
}

/** Built assets have content hashes in their names, so a cached one never goes stale. */
async function assetFromCacheElseNetwork(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}
