// Runs before the first paint (a blocking script in the page's head; inline in the single
// file): what the page shows before the wasm arrives must be right at once.
// The remembered colour theme (src/components/theme_switch.rs).
// The home view is prerendered into <div id="app" data-prerendered> (examples/prerender.rs),
// and the app takes its nodes over. When the app will start as something else (another
// address, presenter mode, documents a reader opened), those nodes are hidden until the
// app replaces them, so the home never flashes before the right page
// (the keys: src/state.rs PRESENTER_KEY, src/model/bundle.rs KEEP_KEY).
(() => {
  const html = document.documentElement;
  let elsewhere = !/^#?\/?$/.test(location.hash);
  try {
    const theme = localStorage.getItem("theme");
    if (theme) html.dataset.theme = theme;
    elsewhere ||= localStorage.getItem("presenter") == "on" || localStorage.getItem("poe-documents-v1") != null;
  } catch {}
  if (elsewhere) html.dataset.elsewhere = "";
  // Another page than home needs the whole corpus (src/model/deferred.rs): fetched beside
  // the code rather than after it (the file's name: a meta tag examples/prerender.rs writes).
  const whole = document.querySelector('meta[name="poe-corpus"]');
  if (elsewhere && whole && location.protocol != "file:") {
    const link = document.createElement("link");
    link.rel = "preload";
    link.as = "fetch";
    link.crossOrigin = "anonymous";
    link.href = whole.content;
    document.head.append(link);
  }
})();
