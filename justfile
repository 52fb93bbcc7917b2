# eshkola: the school journal. `just --list` shows the recipes.

set shell := ["bash", "-euo", "pipefail", "-c"]

wasm_bindgen_version := `grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"/\1/p'`

# Build the SPA and start the server on SQLite with the demo school
run: spa
    cargo run -p eshkola_server -- serve --demo

# Run every test on SQLite and PostgreSQL, the browser journeys and schemathesis
test: tools spa
    scripts/pg-ready.sh
    cargo test
    scripts/schemathesis.sh

# Build the Leptos SPA into frontend/dist (debug; `just spa release` for a small bundle)
spa profile="debug": tools-wasm
    scripts/build-spa.sh {{profile}}

# Regenerate api-spec/openapi.json from the routes the server mounts
openapi:
    UPDATE_OPENAPI=1 cargo test -p eshkola_api --test api -- openapi

# fmt check and clippy -D warnings for the host and wasm targets
lint: tools-wasm
    cargo fmt --all -- --check
    cargo clippy --workspace --exclude eshkola_web --all-targets -- -D warnings
    cargo clippy -p eshkola_web --target wasm32-unknown-unknown -- -D warnings

# Format all code
fmt:
    cargo fmt --all

# Benchmarks on PostgreSQL with generated data; results go to BENCHMARKS.md
bench: (spa "release")
    scripts/bench.sh

# Install the wasm target and wasm-bindgen-cli matching Cargo.lock (idempotent)
tools-wasm:
    rustup target add wasm32-unknown-unknown >/dev/null 2>&1 || rustup target list --installed | grep -q wasm32-unknown-unknown
    @[ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen {{wasm_bindgen_version}}" ] || cargo install wasm-bindgen-cli --version {{wasm_bindgen_version}}

# Test tools: schemathesis, and Chromium with its driver where apt is available (idempotent)
tools: tools-wasm
    scripts/install-test-tools.sh
