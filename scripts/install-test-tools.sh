#!/usr/bin/env bash
# Installs the test tools that do not come with cargo: schemathesis (PyPI),
# Chromium with its driver and poppler-utils (pdftotext for the PDF reports; Debian). Idempotent. Outside CI a tool that cannot be
# installed only skips its tests; with CI=true it is an error.
set -uo pipefail
need() { # need <what> : fail in CI, warn otherwise
  if [ "${CI:-}" = true ]; then echo "CI=true: $1 is required" >&2; exit 1; fi
  echo "warning: $1 is not available; its tests will be skipped"
}

if ! command -v st >/dev/null 2>&1 && ! command -v schemathesis >/dev/null 2>&1; then
  (command -v pip >/dev/null && pip install -q schemathesis) || need "schemathesis (pip install schemathesis)"
fi

if ! [ -x /usr/bin/chromium ] || ! command -v chromedriver >/dev/null 2>&1; then
  if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    (apt-get update -q && apt-get install -y -q chromium chromium-driver) >/dev/null 2>&1 \
      || need "chromium and chromium-driver (apt-get install chromium chromium-driver)"
  else
    need "chromium and chromium-driver (apt-get install chromium chromium-driver)"
  fi
fi
if ! command -v pdftotext >/dev/null 2>&1; then
  if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    (apt-get install -y -q poppler-utils || (apt-get update -q && apt-get install -y -q poppler-utils)) >/dev/null 2>&1 \
      || need "poppler-utils (apt-get install poppler-utils)"
  else
    need "poppler-utils (apt-get install poppler-utils)"
  fi
fi
exit 0
