// The service worker (issue 12): keeps every file of this build in a cache named after
// the build, so after one visit the app reloads, and deep links open, with the server
// stopped. scripts/precache.sh (a Trunk post_build hook) writes VERSION and FILES into
// the copy in dist/ at every build, so a new build is a new worker: it waits until the
// student presses "Reload now" (static/js/start.js posts "skipWaiting"), and a page is
// served by one build only, never a mix of two. Comments are left out of dist/sw.js.
const VERSION = "dev";
const FILES = [];
const PREFIX = "poe " + self.registration.scope + " ";
const CACHE = PREFIX + VERSION;

self.addEventListener("install", (e) => {
  // "no-cache": each file as the server has it now, never a stale copy from the HTTP
  // cache; a file the page has just loaded costs only a revalidation where the server
  // sends validators (ETag, Last-Modified).
  e.waitUntil(
    caches.open(CACHE).then((c) => c.addAll(FILES.map((f) => new Request(f, { cache: "no-cache" })))),
  );
});

self.addEventListener("message", (e) => {
  if (e.data === "skipWaiting") self.skipWaiting();
});

self.addEventListener("activate", (e) => {
  // Only this app's caches at this scope, and only older builds'.
  e.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (e) => {
  const r = e.request;
  const url = new URL(r.url);
  if (r.method !== "GET" || url.origin !== location.origin) return;
  // A hash app: every route is the page itself (#/... never reaches the server), so a
  // navigation to the scope or to index.html gets this build's page, whatever the query.
  const scope = new URL(self.registration.scope).pathname;
  const page = r.mode === "navigate" && (url.pathname === scope || url.pathname === scope + "index.html");
  e.respondWith(
    caches
      .open(CACHE)
      .then((c) => c.match(page ? "index.html" : r))
      .then((hit) => hit || fetch(r)),
  );
});
