#!/bin/sh
# Trunk post_build hook (Trunk.toml), so it runs in `trunk build` and `trunk serve` alike:
# writes into the staged sw.js the list of the build's files and a version made from
# their contents. Each build gets its own cache, and a changed build is a changed
# sw.js, which browsers then install beside the running one (the page offers to reload).
set -eu
source_dir="${TRUNK_SOURCE_DIR:-$PWD}"
cd "${TRUNK_STAGING_DIR:?run by trunk build (Trunk.toml hooks)}"
# Made natively (examples/prerender.rs; the native test build already has what it needs):
# the whole corpus, which the app fetches after its first render (src/model/deferred.rs),
# named after its content, and the home view rendered into index.html.
# Only for the students' app (the authoring page, built into make/, has neither).
if grep -q '<div id="app" data-prerendered>' index.html; then
  cargo run --quiet --manifest-path "$source_dir/Cargo.toml" --example prerender -- "$PWD"
fi
# No preload of the code beside the prerendered page: start.js fetches it after the first
# paint, so the home's largest paint waits for nothing but the HTML and the stylesheet.
perl -0pi -e 's{<link rel="(?:module)?preload"[^>]*>}{}g' index.html
# The wasm's imports and exports named short, and the glue with them (5.7 KB gzip of every
# first visit: scripts/short-names.js says how), before the glue is minified.
node "$source_dir/scripts/short-names.js"
# The wasm-bindgen glue, minified (terser, pinned in scripts/setup.sh): 9.8 -> 7.7 KiB gzip,
# 8.3 -> 6.6 KiB brotli of every first visit (measured 2026-12-07). Its name stays Trunk's
# (no integrity attribute refers to it); `__wbg_init` keeps its name, as the single file calls
# it (crates/corpus/src/single_file.rs).
terser="$source_dir/.tools/terser/node_modules/.bin/terser"
for glue in $(grep -l '__wbg_init' ./*.js); do
  "$terser" "$glue" --module --ecma 2020 --compress passes=2 --mangle reserved=['__wbg_init'] --output "$glue.min"
  mv "$glue.min" "$glue"
done
# start.js is part of every first visit, and browsers fetch sw.js again on each visit to
# look for a new build: their whole-line comments stay in the source (static/), not in the
# download (about 0.4 KB gzip each).
sed -i '/^[[:space:]]*\/\/ /d; /^[[:space:]]*\/\/$/d' early.js start.js sw.js
# The same for the stylesheet's /* comments */ (1.5 KB gzip, 1.2 KB brotli of every first visit;
# no string in it contains a comment mark), then its integrity hash in index.html is made
# again from what is served (node: setup.sh installs it).
for css in *.css; do
  perl -0pi -e 's{/\*.*?\*/}{}gs; s{\n[ \t]*(?=\n)}{}g' "$css"
  hash=$(node -e 'process.stdout.write(require("crypto").createHash("sha384").update(require("fs").readFileSync(process.argv[1])).digest("base64"))' "$css")
  sed -i "s|\(href=\"\./$css\" integrity=\"\)sha384-[^\"]*\"|\1sha384-$hash\"|" index.html
  grep -q "sha384-$hash" index.html || { echo "precache: no integrity attribute for $css in index.html" >&2; exit 1; }
done
files=$(find . -type f ! -name sw.js ! -name policy-options-explainer.html ! -name make-your-own.html | sed 's|^\./||' | LC_ALL=C sort)
# Trunk's names are plain (hashed) file names; anything else would need escaping in JS.
if printf '%s\n' "$files" | grep -q '[^A-Za-z0-9._/-]'; then
  echo "precache: a file name needs escaping: $files" >&2
  exit 1
fi
version=$(for f in $files; do sha256sum "$f"; done | sha256sum | cut -c1-16)
list=$(for f in $files; do printf '"%s",' "$f"; done)
# "Make your own" (issue 25, built into dist/make) makes an explainer's single file from the
# students' one beside it: its worker keeps that file too, for offline use.
if ls author-*.wasm >/dev/null 2>&1; then list="$list\"../policy-options-explainer.html\","; fi
sed -i "s|^const VERSION = .*|const VERSION = \"$version\";|; s|^const FILES = .*|const FILES = [${list%,}];|" sw.js
grep -q "^const VERSION = \"$version\";" sw.js || { echo "precache: sw.js has no VERSION line" >&2; exit 1; }
echo "precache: sw.js version $version, $(printf '%s\n' "$files" | wc -l) files"
