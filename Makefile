# The two commands a newcomer needs:  make serve   and   make test
# Both install whatever tool is missing first (scripts/setup.sh; a second run installs nothing).
SHELL := bash
.SHELLFLAGS := -euo pipefail -c
export PATH := $(CURDIR)/.tools/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
# Trunk must never download: versions are pinned in Trunk.toml and it runs offline.
export TRUNK_OFFLINE := true
export CARGO_TERM_COLOR := never
# wasm-bindgen-test's limit for a whole headless run (its default is 20 s). The suite takes
# about 15 s idle and 80 s beside three busy loops on two cores (issue 21): a generous
# bound, as each test's own waits are bounded and say what they waited for.
export WASM_BINDGEN_TEST_TIMEOUT := 600

.PHONY: serve test setup build lint test-native test-citations test-browser test-e2e single-file bench clean

## Build the release and serve it on http://127.0.0.1:8080 (Ctrl-C stops); "Make your own" at /make/.
## A plain static server, as `trunk serve` would rebuild dist/ without dist/make (issue 25).
serve: setup build
	python3 -m http.server --bind 127.0.0.1 --directory dist 8080

## Run every test, stopping at the first failure.
test: setup lint test-native test-citations test-browser build test-e2e
	@echo "make test: all checks passed"

setup:
	@scripts/setup.sh

lint:
	cargo fmt --all --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings

## The app's and the corpus library's unit tests, and tests/native (one binary).
test-native:
	cargo test

## The app's APA, MLA and Chicago citations against citeproc-js and the official CSL styles
## (issue 23); every difference is fixed or listed with its rule in tests/citeproc/accepted.json.
test-citations:
	cargo xtask citations

test-browser:
	wasm-pack test --headless --chrome -- --test browser
	wasm-pack test --headless --firefox -- --test browser

## The students' app in dist/, "Make your own" (issue 25, its own wasm) in dist/make/, then
## both single files: dist/policy-options-explainer.html and dist/make-your-own.html.
build:
	cargo xtask dist

## tests/e2e (one binary): two browsers at a time on two cores, and only strict tests
## side by side (support::alone and support::beside); each test has its own server and browser.
test-e2e:
	cargo test --test e2e -- --ignored --nocapture --test-threads=2

## dist/policy-options-explainer.html (made by every build): the whole app in one file that opens from file:// offline.
single-file: build

## Print every budget's figure with PASS or FAIL (builds the hello-world baseline in bench/hello;
## installs brotli and Lighthouse on first use). About 10 minutes. Record the table in BENCHMARKS.md.
bench: setup build
	cargo xtask bench

clean:
	cargo clean
	rm -rf dist
