// Trunk post_build hook helper (scripts/precache.sh runs it in the staging directory,
// before the glue is minified): gives the wasm's imports and exports short names, and
// the wasm-bindgen glue the same names.
//
// Why: wasm-bindgen names each import after its function and a 16-digit hash
// (`__wbg_setItem_cfa3cb31f271776a`), and both the wasm and the glue spell every name in
// full. Hashes do not compress: the names were 2.9 KB of the wasm's gzip and 2.8 KB of
// the glue's, about 2% of every first visit (measured 2026-12-07 on 221 imports and 19
// exports). Binaryen (wasm-opt, pinned in Trunk.toml and scripts/setup.sh) renames them
// (`--minify-imports-and-exports-and-modules`) and prints the old and new names; the glue
// is rewritten from that list, and the build fails if any name is not found where the
// glue defines or uses it.
//
// Usage: node short-names.js   (in a directory holding one .wasm and its glue)
"use strict";
const fs = require("fs");
const { execFileSync } = require("child_process");

const fail = (why) => {
  console.error(`short-names: ${why}`);
  process.exit(1);
};
const wasms = fs.readdirSync(".").filter((f) => f.endsWith(".wasm"));
const glues = fs
  .readdirSync(".")
  .filter((f) => f.endsWith(".js") && fs.readFileSync(f, "utf8").includes("function __wbg_get_imports"));
if (wasms.length != 1 || glues.length != 1) fail(`want one wasm and one glue, found ${wasms} and ${glues}`);
const [wasm, glue] = [wasms[0], glues[0]];

const out = execFileSync("wasm-opt", [wasm, "--minify-imports-and-exports-and-modules", "-o", wasm], {
  encoding: "utf8",
});
const map = JSON.parse(out.slice(out.indexOf("{")));

// The module names, as the import section now spells them (the list gives only the old).
const modules = new Set(importModules(fs.readFileSync(wasm)));
const olds = new Set(map.imports.map(([module]) => module));
if (modules.size != 1 || olds.size != 1) fail(`want one import module, found ${[...olds]} -> ${[...modules]}`);

let js = fs.readFileSync(glue, "utf8");
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const replace = (pattern, by, what) => {
  const before = js;
  js = js.replace(pattern, by);
  if (js == before) fail(`${what} not found in ${glue}`);
};
for (const [, name, short] of map.imports) {
  // Each import is a key of the object the glue hands to the wasm, one a line.
  replace(new RegExp(`^(\\s+)${escape(name)}:`, "m"), `$1${JSON.stringify(short)}:`, `import ${name}`);
}
replace(`${JSON.stringify([...olds][0])}:`, `${JSON.stringify([...modules][0])}:`, "the import module");
for (const [name, short] of map.exports) {
  // Exports the glue does not call (the start function's own, an abort handler) may be absent.
  js = js.replace(new RegExp(`\\bwasm\\.${escape(name)}\\b`, "g"), `wasm.${short}`);
}
for (const [, name] of map.imports) if (js.includes(name)) fail(`${name} is still in ${glue}`);
for (const [name] of map.exports)
  if (new RegExp(`\\bwasm\\.${escape(name)}\\b`).test(js)) fail(`wasm.${name} is still in ${glue}`);
fs.writeFileSync(glue, js);

// The module name of every import, from the binary's import section (id 2).
function importModules(bytes) {
  let at = 8;
  const leb = () => {
    let value = 0, shift = 0, byte;
    do {
      byte = bytes[at++];
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return value;
  };
  const name = () => {
    const n = leb();
    const s = bytes.subarray(at, at + n).toString("utf8");
    at += n;
    return s;
  };
  while (at < bytes.length) {
    const id = bytes[at++];
    const size = leb();
    if (id != 2) {
      at += size;
      continue;
    }
    const found = [];
    for (let i = leb(); i > 0; i--) {
      found.push(name());
      name();
      const kind = bytes[at++];
      if (kind == 0) leb(); // function: its type
      else if (kind == 1) { at++; const flags = leb(); leb(); if (flags & 1) leb(); } // table
      else if (kind == 2) { const flags = leb(); leb(); if (flags & 1) leb(); } // memory
      else if (kind == 3) { at++; at++; } // global: type, mutability
      else if (kind == 4) { at++; leb(); } // tag
      else fail(`import of unknown kind ${kind}`);
    }
    return found;
  }
  return [];
}
