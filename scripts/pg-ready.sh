#!/usr/bin/env bash
# Makes sure the local PostgreSQL answers for the tests. Outside CI a missing
# server only means the PostgreSQL variants are skipped; with CI=true it fails.
set -uo pipefail
url="${TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
ready() { command -v pg_isready >/dev/null && pg_isready -q -d "$url"; }
if ! ready && command -v pg_ctlcluster >/dev/null; then
  pg_ctlcluster --skip-systemctl-redirect 15 main start >/dev/null 2>&1 || true
  for _ in $(seq 1 20); do ready && break; sleep 0.5; done
fi
if ready; then
  echo "PostgreSQL ready at ${url%%@*}@…"
elif [ "${CI:-}" = true ]; then
  echo "CI=true but PostgreSQL is not reachable at TEST_DATABASE_URL" >&2
  exit 1
else
  echo "PostgreSQL not reachable: its test variants will be skipped"
fi
