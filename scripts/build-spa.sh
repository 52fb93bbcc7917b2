#!/usr/bin/env bash
# Builds the Leptos SPA (frontend/) into frontend/dist with plain cargo + wasm-bindgen.
# Usage: scripts/build-spa.sh [debug|release]
set -euo pipefail
cd "$(dirname "$0")/.."
profile="${1:-debug}"
flag=""
# A size-optimised profile for the wasm bundle (see Cargo.toml), not the server's release.
[ "$profile" = release ] && { flag="--profile wasm-release"; profile=wasm-release; }
cargo build -p eshkola_web --target wasm32-unknown-unknown $flag
out=frontend/dist
rm -rf "$out.tmp" && mkdir -p "$out.tmp"
wasm-bindgen --target web --no-typescript --out-dir "$out.tmp" --out-name eshkola_web \
  "target/wasm32-unknown-unknown/$profile/eshkola_web.wasm"
cp frontend/index.html frontend/boot.js "$out.tmp/"
cp -r frontend/style "$out.tmp/style"
rm -rf "$out" && mv "$out.tmp" "$out"
echo "SPA built into $out ($profile)"
