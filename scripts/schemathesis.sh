#!/usr/bin/env bash
# Runs schemathesis against a real server on a temporary SQLite database with the
# demo school: no response may be a server error or break the committed spec.
set -euo pipefail
cd "$(dirname "$0")/.."
ST="$(command -v st || command -v schemathesis || true)"
if [ -z "$ST" ]; then
  if [ "${CI:-}" = true ]; then echo "CI=true: schemathesis is required" >&2; exit 1; fi
  echo "schemathesis skipped: not installed (pip install schemathesis)"; exit 0
fi
cargo build -q -p eshkola_server
tmp="$(mktemp -d)"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
ESHKOLA_DATABASE_URL="sqlite://$tmp/st.sqlite3" ESHKOLA_BIND="127.0.0.1:$port" \
  ESHKOLA_LOGIN_PER_IP_PER_MINUTE=100000 RUST_LOG=warn \
  target/debug/eshkola serve --demo >"$tmp/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$tmp"' EXIT
base="http://127.0.0.1:$port"
for _ in $(seq 1 100); do curl -sf "$base/readyz" >/dev/null && break; sleep 0.1; done
token="$(curl -sf -H 'content-type: application/json' -d '{"login":"admin","password":"eshkola-demo"}' \
  "$base/api/v1/auth/login" | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')"
# The committed spec is what integrators read, so that is what is checked.
# Sign-out and the session endpoints can end the token's session (schemathesis
# reuses ids from responses, the admin's own included), so they run last, in a
# pass of their own.
# One worker: with two, Hypothesis hit an internal KeyError in its source cache.
run() {
  "$ST" run api-spec/openapi.json --url "$base" --header "Authorization: Bearer $token" \
    --checks all --exclude-checks positive_data_acceptance \
    --seed 1 --no-color --suppress-health-check all --workers 1 "$@" \
    || { echo "--- server log ---"; tail -50 "$tmp/server.log"; exit 1; }
}
run --phases examples,coverage,fuzzing --max-examples 25 --max-time 90 --exclude-path-regex 'logout|sessions'
run --phases examples,coverage --include-path-regex 'logout|sessions'
