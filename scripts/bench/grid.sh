# Sourced by scripts/bench.sh: the journal grid with 40 students × 70 lessons
# in headless Chromium (issue 5, "smooth"): the ignored benchmark test
# crates/eshkola_server/tests/grid_bench.rs on the demo school (SQLite; the
# grid's work is the browser's). Needs Chromium and chromedriver (`just tools`)
# and the built SPA (`just bench` builds it first). Writes $out/grid.json and
# sets grid_fact for the report.

log "journal grid 40 × 70 in headless Chromium"
if GRID_BENCH_OUT="$PWD/$out/grid.json" cargo test -q -p eshkola_server --test grid_bench \
  -- --ignored --nocapture >"$out/grid.log" 2>&1 && [ -s "$out/grid.json" ]; then
  grid_fact=$(jq -r '"\(.students) × \(.lessons) cells: the page \(.render_ms) ms from picking the period to laid out (its request \(.fetched_ms) ms of it, from a debug server); a cursor move p50 \(.move_ms.p50) ms, p95 \(.move_ms.p95) ms, max \(.move_ms.max) ms (\(.move_ms.n) moves), with the cell detail open p50 \(.move_panel_ms.p50) ms, p95 \(.move_panel_ms.p95) ms (\(.move_panel_ms.n) moves); a mark typed or taken back p50 \(.entry_ms.p50) ms, p95 \(.entry_ms.p95) ms, max \(.entry_ms.max) ms (\(.entry_ms.n) keys)"' "$out/grid.json")
else
  grid_fact="not measured: the browser benchmark failed (see bench-out/grid.log)"
fi
log "grid: $grid_fact"
