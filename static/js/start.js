// Starts the app. Kept as an external file (no inline script), so a strict
// Content-Security-Policy can forbid inline scripts. Trunk writes the hashed names
// of the wasm-bindgen glue and the wasm into the data attributes of this script tag.
// (The remembered colour theme is set before the first paint by early.js.)
// The page is painted from HTML first (the prerendered home); the code is fetched after
// that paint, so nothing competes with it (scripts/precache.sh removes Trunk's preloads:
// Lighthouse counted the 250 KB wasm fetched beside it into the home's largest paint).
// A background tab gets no frames: at most 100 ms then.
await new Promise((go) => {
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(go)));
  setTimeout(go, 100);
});
const tag = document.querySelector("script[data-glue][data-wasm]");
const { default: init } = await import(tag.dataset.glue);
await init({ module_or_path: tag.dataset.wasm });

// Offline after one visit (issue 12; sw.js says how). Not from file:// (no workers);
// the single file does not include this script.
const sw = navigator.serviceWorker;
if (sw && location.protocol != "file:") {
  // A new build waits until the student accepts; then every tab that ran the old
  // build reloads into the new one (the first install needs no reload).
  const had = sw.controller, tt = self.trustedTypes;
  sw.oncontrollerchange = () => had && location.reload();
  const el = (name, text, click) => {
    const e = document.createElement(name);
    e.textContent = text;
    e.onclick = click;
    return e;
  };
  const offer = (w) => {
    if (!w || !had || document.querySelector(".update")) return;
    const box = el("aside"), p = el("p");
    box.className = "update";
    box.dataset.testid = "update-offer";
    box.setAttribute("aria-label", "New version");
    p.setAttribute("role", "status");
    box.append(p, el("button", "Reload now", () => w.postMessage("skipWaiting")), el("button", "Later", () => box.remove()));
    document.body.append(box);
    // Filled once in the page, so screen readers announce it.
    setTimeout(() => (p.textContent = "A new version of this app is ready."), 50);
  };
  // The "sw" Trusted Types policy (index.html) only ever gives this one address.
  sw.register(tt ? tt.createPolicy("sw", { createScriptURL: () => "sw.js" }).createScriptURL("") : "sw.js").then((r) => {
    offer(r.waiting);
    r.onupdatefound = () => {
      const w = r.installing;
      w.onstatechange = () => w.state == "installed" && offer(w);
    };
  }, () => {});
}
