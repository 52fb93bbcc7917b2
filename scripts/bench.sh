#!/usr/bin/env bash
# `just bench`: load-tests a release build on PostgreSQL with generated schools
# and rewrites the results section of BENCHMARKS.md.
#
# Steps: release build → PostgreSQL up → fresh database → `eshkola-bench generate`
# → `eshkola serve` on a free 127.0.0.1 port → sign in as a teacher → wrk per
# scenario → stop the server, drop the database → `eshkola-bench report`.
# Raw wrk outputs and the server log stay in bench-out/ (git-ignored).
#
# Knobs (environment): BENCH_PROFILE (release), BENCH_SCHOOLS (5), BENCH_THREADS (2), BENCH_CONNECTIONS (32),
# BENCH_DURATION (10s), BENCH_WARMUP (2s), BENCH_JOURNAL_MORE (99), BENCH_SAVE_CLIENTS (16),
# BENCH_DIARY_CONNECTIONS (64),
# BENCH_PG_HOST (127.0.0.1), BENCH_PG_USER (postgres).
set -euo pipefail
cd "$(dirname "$0")/.."

schools="${BENCH_SCHOOLS:-5}"
threads="${BENCH_THREADS:-2}"
connections="${BENCH_CONNECTIONS:-32}"
duration="${BENCH_DURATION:-10s}"
warmup="${BENCH_WARMUP:-2s}"
pg_host="${BENCH_PG_HOST:-127.0.0.1}"
pg_user="${BENCH_PG_USER:-postgres}"
password=eshkola-bench
teacher=s1-teacher-1
out=bench-out
started=$(date +%s)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

log() { echo "bench: $*" >&2; }
psql_admin() { psql -h "$pg_host" -U "$pg_user" -d postgres -v ON_ERROR_STOP=1 -Atq "$@"; }

if ! command -v wrk >/dev/null; then
  log "installing wrk"
  sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get install -y -q wrk >/dev/null || { $sudo apt-get update -q >/dev/null && $sudo apt-get install -y -q wrk >/dev/null; }
fi

# BENCH_PROFILE=debug checks the script quickly; figures come from release.
profile="${BENCH_PROFILE:-release}"
log "$profile build"
if [ "$profile" = release ]; then
  cargo build --release -p eshkola_server -p eshkola_bench
  dir=target/release
else
  cargo build -p eshkola_server -p eshkola_bench
  dir=target/debug
fi
server_bin=$dir/eshkola
bench_bin=$dir/eshkola-bench

pg_ctlcluster --skip-systemctl-redirect 15 main start 2>/dev/null || true
for _ in $(seq 30); do pg_isready -q -h "$pg_host" && break; sleep 1; done
pg_isready -q -h "$pg_host" || { log "PostgreSQL at $pg_host does not answer"; exit 1; }

rm -rf "$out" && mkdir -p "$out"
db="eshkola_bench_$(date +%Y%m%d_%H%M%S)_$$"
url="postgres://$pg_user@$pg_host:5432/$db?sslmode=disable"
server_pid=""

journal_db=""
journal_pid=""

stop_server() { # stop_server PID
  local pid=$1
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid"
  for _ in $(seq 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
  wait "$pid" 2>/dev/null || true
}

cleanup() {
  local status=$?
  stop_server "$server_pid"
  stop_server "$journal_pid"
  psql_admin -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" || log "could not drop $db"
  if [ -n "$journal_db" ]; then
    psql_admin -c "DROP DATABASE IF EXISTS $journal_db WITH (FORCE)" || log "could not drop $journal_db"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

log "database $db: generating $schools schools"
psql_admin -c "CREATE DATABASE $db"
timeout 300 "$bench_bin" generate --database-url "$url" --schools "$schools" --password "$password" \
  >"$out/dataset.json"
log "dataset: $(cat "$out/dataset.json")"
# The timetable (issue 4): school 1 gets a 2026/2027 year with 40 classes and a full week each.
timeout 300 "$bench_bin" timetable --database-url "$url" --classes 40 >"$out/timetable.json"
log "timetable: $(cat "$out/timetable.json")"

# serve URL LOG: starts the release server on a free port over URL; sets
# served_pid and served_base.
serve() {
  local url=$1 log_file=$2 port
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  served_base="http://127.0.0.1:$port"
  ESHKOLA_DATABASE_URL="$url" \
    ESHKOLA_BIND="127.0.0.1:$port" \
    ESHKOLA_JWT_SECRET="$(head -c 48 /dev/urandom | base64 | tr -d '\n')" \
    ESHKOLA_LOGIN_PER_IP_PER_MINUTE=10000 \
    ESHKOLA_STATIC_DIR=frontend/dist \
    RUST_LOG=warn \
    "$server_bin" --config "$out/no-config.toml" serve >"$log_file" 2>&1 &
  served_pid=$!
  for _ in $(seq 100); do
    curl -fsS -o /dev/null "$served_base/readyz" 2>/dev/null && break
    kill -0 "$served_pid" 2>/dev/null || { log "the server died:"; cat "$log_file" >&2; exit 1; }
    sleep 0.2
  done
  curl -fsS -o /dev/null "$served_base/readyz"
}
# login BASE LOGIN: prints an access token.
login() {
  curl -fsS -X POST "$1/api/v1/auth/login" -H 'Content-Type: application/json' \
    -d "{\"login\":\"$2\",\"password\":\"$password\"}" | jq -er .access_token
}

serve "$url" "$out/server.log"
server_pid=$served_pid
base=$served_base

token=$(curl -fsS -X POST "$base/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d "{\"login\":\"$teacher\",\"password\":\"$password\"}" | jq -er .access_token)
auth="Authorization: Bearer $token"
status=$(curl -sS -o "$out/me.json" -w '%{http_code}' -H "$auth" "$base/api/v1/me")
[ "$status" = 200 ] || { log "GET /api/v1/me as $teacher answered $status"; exit 1; }

# run NAME PATH [HEADER [BASE]]: a warm-up, then the measured run into $out/NAME.txt.
run() {
  local name=$1 path=$2 header=() at=${4:-$base}; [ $# -ge 3 ] && header=(-H "$3")
  log "$name: GET $path, $connections connections for $duration"
  wrk -t1 -c"$connections" -d"$warmup" "${header[@]}" "$at$path" >/dev/null
  wrk -t"$threads" -c"$connections" -d"$duration" --timeout 5s --latency \
    -s scripts/wrk-json.lua "${header[@]}" "$at$path" >"$out/$name.txt"
  tail -n1 "$out/$name.txt" >&2
}
run healthz /healthz
run me /api/v1/me "$auth"

# Bulk import (R11): an empty school gets 33 classes, 1 000 students and the
# parents of 1 600 from CSV, each list checked (dry run) and then applied, on
# the running server; the server's peak RSS (VmHWM) is reset before each step.
mkdir -p "$out/import"
"$bench_bin" import-files --database-url "$url" --out "$out/import" --password "$password" \
  >"$out/import/set.json"
log "import files: $(cat "$out/import/set.json")"
imp_token=$(curl -fsS -X POST "$base/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d "{\"login\":\"imp-admin\",\"password\":\"$password\"}" | jq -er .access_token)
# step NAME KIND MODE: one timed upload of $out/import/KIND.csv into $out/import/NAME.json.
step() {
  local name=$1 kind=$2 mode=$3 result code secs hwm
  echo 5 >"/proc/$server_pid/clear_refs" 2>/dev/null || log "cannot reset VmHWM: peak is since start"
  result=$(curl -sS -o "$out/import/$name.report.json" -w '%{http_code} %{time_total}' -X POST \
    -H "Authorization: Bearer $imp_token" -H 'Content-Type: text/csv' \
    --data-binary @"$out/import/$kind.csv" "$base/api/v1/imports/$kind?mode=$mode")
  code=${result% *}; secs=${result#* }
  hwm=$(awk '/VmHWM/ {print $2}' "/proc/$server_pid/status")
  jq -c --argjson s "$secs" --argjson h "$hwm" --argjson c "$code" \
    '(.report // .) as $r | {seconds: $s, peak_rss_kib: $h, http_status: $c, new: ($r.new // 0),
      changed: ($r.changed // 0), unchanged: ($r.unchanged // 0), errors: (($r.errors // []) | length)}' \
    "$out/import/$name.report.json" >"$out/import/$name.json"
  log "import $name: HTTP $code in $secs s, server peak RSS $hwm KiB"
}
step classes-apply classes apply
step students-dry students dry_run
step students-apply students apply
step parents-dry parents dry_run
step parents-apply parents apply
step students-again students apply
step parents-again parents apply
# Generating a year of dated lessons for the 40 classes, through the API (target: under 2 s).
deputy_token=$(curl -fsS -X POST "$base/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d "{\"login\":\"s1-deputy-1\",\"password\":\"$password\"}" | jq -er .access_token)
deputy="Authorization: Bearer $deputy_token"
year_id=$(jq -er .year_id "$out/timetable.json")
class_id=$(jq -er .class_id "$out/timetable.json")
generation=$(curl -fsS -o "$out/generation.json" -w '%{time_total}' -X POST -H "$deputy" \
  "$base/api/v1/years/$year_id/lessons/generate")
lessons=$(jq -er .created "$out/generation.json")
log "generated $lessons lessons in $generation s"
run class_week "/api/v1/classes/$class_id/lessons?week=2026-12-07" "$deputy"

# The journal (issue 5) in a database of its own: one school first, then 99 more.
stop_server "$server_pid"; server_pid=""
. scripts/bench/journal.sh
. scripts/bench/grid.sh

wrk_version=$( (wrk -v 2>&1 || true) | head -n1 | awk '{print $1, $2}')
pg_version=$(psql_admin -c 'SHOW server_version' | awk '{print $1}')
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')
ram=$(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)
os="$(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
elapsed=$(($(date +%s) - started))

"$bench_bin" report --file BENCHMARKS.md \
  --date "$(date -u '+%Y-%m-%d %H:%M UTC')" \
  --load "$wrk_version, $threads threads, $connections connections, $duration per scenario after a $warmup warm-up, keep-alive; \
wrk and the server share the machine; server: release build, ${ESHKOLA_WORKERS:-$(nproc)} HTTP workers, \
${ESHKOLA_DB_POOL_SIZE:-32} database connections; PostgreSQL on the same machine over TCP without TLS (sslmode=disable)" \
  --dataset "$out/dataset.json" \
  --scenario "\`GET /healthz\` (no database: the framework baseline)=$out/healthz.txt" \
  --scenario "\`GET /api/v1/me\` (JWT check + 3 queries as $teacher)=$out/me.txt" \
  --import "classes, apply (33 new)=$out/import/classes-apply.json" \
  --import "students, dry run (1 000 rows)=$out/import/students-dry.json" \
  --import "students, apply (1 000 admissions)=$out/import/students-apply.json" \
  --import "parents, dry run ($(jq -r .parent_rows "$out/import/set.json") rows, $(jq -r .parents "$out/import/set.json") parents)=$out/import/parents-dry.json" \
  --import "parents, apply=$out/import/parents-apply.json" \
  --import "students, the same file again (apply)=$out/import/students-again.json" \
  --import "parents, the same file again (apply)=$out/import/parents-again.json" \
  --scenario "\`GET /api/v1/classes/{id}/lessons?week=\` (a class's week of dated lessons)=$out/class_week.txt" \
  --scenario "\`GET /api/v1/journal\` (a page: $(jq -r .page "$out/journal.json")), one school=$out/journal_1.txt" \
  --scenario "\`GET /api/v1/journal\`, the same page among 100 schools=$out/journal_100.txt" \
  --scenario "\`PUT /api/v1/journal/lessons/{id}\` (a whole lesson: topic, an absence, a mark added and one removed; $journal_clients clients, one lesson each), 100 schools=$out/journal_save.txt" \
  --scenario "\`GET /api/v1/me/diary\` (a parent's child's week: $(jq -r .diary "$out/journal.json"); ${BENCH_DIARY_CONNECTIONS:-64} connections), 100 schools=$out/diary_100.txt" \
  --fact "Journal dataset (100 schools)=$(jq -r .dataset "$out/journal.json")" \
  --fact "A class's weekly paper reports as one PDF (\`GET /classes/{id}/weekly-reports.pdf\`), 100 schools=$(jq -r .pdf "$out/journal.json")" \
  --fact "Journal \`GET\` p50, 100 schools ÷ one school=$(jq -r .ratio "$out/journal.json")" \
  --fact "The journal grid in headless Chromium (\`tests/grid_bench.rs\`)=$grid_fact" \
  --fact "Generating a year of lessons for 40 classes (\`POST /years/{id}/lessons/generate\`, $lessons lessons)=${generation} s" \
  --fact "CPU=$cpu" \
  --fact "Cores (\`nproc\`)=$(nproc)" \
  --fact "RAM=$ram" \
  --fact "OS=$os" \
  --fact "Rust=$(rustc --version)" \
  --fact "PostgreSQL=$pg_version" \
  --fact "Load average (1, 5, 15 min) before the run → after=$load_before → $(cut -d' ' -f1-3 /proc/loadavg)" \
  --fact "Wall time of \`scripts/bench.sh\` up to this report (incl. the incremental release build)=${elapsed} s"
log "BENCHMARKS.md updated (${elapsed} s so far); stopping the server and dropping $db"
