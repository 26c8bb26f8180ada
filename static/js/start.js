// Starts the app. Kept as an external file (no inline script), so a strict
// Content-Security-Policy can forbid inline scripts. Trunk writes the hashed names
// of the wasm-bindgen glue and the wasm into the data attributes of this script tag.
// The remembered colour theme (src/components/theme_switch.rs), set before the first paint.
try {
  const theme = localStorage.getItem("theme");
  if (theme) document.documentElement.dataset.theme = theme;
} catch {}
const tag = document.querySelector("script[data-glue][data-wasm]");
const { default: init } = await import(tag.dataset.glue);
await init({ module_or_path: tag.dataset.wasm });
