#!/usr/bin/env bash
# Live streams against a bare QWebSocket client on the same stream (streams issue's benchmark).
# A Node `ws` server (tests/core/stream/wspeer.js) sends COUNT stamped Annex B messages from 10
# stations; each client run gets its own fresh server. Two scenarios:
#   - flat out (--rate 0): sustained msgs/s; ratio bare / urbis must be <= 2
#   - paced at 20,000 msg/s with recording on: every message recorded, p99 end-to-end latency,
#     the main thread's worst event-loop delay (< 50 ms) and peak RSS
# Rounds are interleaved (bare, urbis, bare, urbis, ...) and medians compared.
# usage: bench/stream_vs_bare.sh [BUILD_DIR] [--count N] [--repeat R]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/release}
shift || true
count=200000
repeat=3
while [ $# -gt 0 ]; do
  case $1 in
    --count) count=$2; shift 2 ;;
    --repeat) repeat=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
client=$build/bench/urbis_stream_client
peer=tests/core/stream/wspeer.js
[ -x "$client" ] || { echo "build $client first (cmake --build $build --target urbis_stream_client)" >&2; exit 2; }
[ -d tests/node_modules/ws ] || { echo "run npm ci in tests/ first" >&2; exit 2; }
work=$(mktemp -d)
server_pid=
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

# run_one MODE RATE -> appends the client's JSON line to $work/MODE-RATE.jsonl
run_one() {
  local mode=$1 rate=$2 log=$work/server.log port=
  node "$peer" --count "$count" --rate "$rate" --stations 10 --stamp --close-when-done > "$log" 2>&1 &
  server_pid=$!
  for _ in $(seq 100); do
    port=$(sed -n 's/.*listening on 127\.0\.0\.1:\([0-9]*\).*/\1/p' "$log" | head -1)
    [ -n "$port" ] && break
    sleep 0.1
  done
  [ -n "$port" ] || { echo "wspeer.js did not start: $(cat "$log")" >&2; exit 1; }
  "$client" --url "ws://127.0.0.1:$port" --mode "$mode" --count "$count" >> "$work/$mode-$rate.jsonl" \
    || echo "  ($mode at rate $rate ended early: $(tail -1 "$work/$mode-$rate.jsonl"))" >&2
  kill "$server_pid" 2>/dev/null || true
  wait "$server_pid" 2>/dev/null || true
  server_pid=
}

median() { # FILE KEY
  python3 -c "
import json, statistics, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
print(statistics.median(r[sys.argv[2]] for r in rows) if rows else -1)" "$1" "$2"
}
worst() {
  python3 -c "
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
print(max(r[sys.argv[2]] for r in rows) if rows else -1)" "$1" "$2"
}

echo "live streams: $count Annex B messages (10 stations) from a Node ws server on 127.0.0.1, $repeat rounds"
for _ in $(seq "$repeat"); do
  run_one bare 0
  run_one urbis 0
  run_one bare 20000
  run_one urbis-record 20000
done

bare=$(median "$work/bare-0.jsonl" msgs_per_s)
urbis=$(median "$work/urbis-0.jsonl" msgs_per_s)
printf '  flat out: bare QWebSocket %.0f msg/s, urbis (parse, map, channels, alerts) %.0f msg/s\n' "$bare" "$urbis"
python3 -c "import sys; print('  ratio bare / urbis: %.2f (target <= 2)' % (float(sys.argv[1]) / float(sys.argv[2])))" "$bare" "$urbis"
printf '  at 20,000 msg/s with recording: urbis %.0f msg/s, p50 %.1f ms, p99 %.1f ms end to end (bare client p99 %.1f ms)\n' \
  "$(median "$work/urbis-record-20000.jsonl" msgs_per_s)" "$(median "$work/urbis-record-20000.jsonl" p50_ms)" \
  "$(median "$work/urbis-record-20000.jsonl" p99_ms)" "$(median "$work/bare-20000.jsonl" p99_ms)"
printf '  recorded rows (lowest of the rounds): %s of %s; worst main-thread event-loop delay %s ms; peak RSS %s MB\n' \
  "$(python3 -c "
import json, sys
print(min(json.loads(l)['recorded'] for l in open(sys.argv[1]) if l.strip()))" "$work/urbis-record-20000.jsonl")" "$count" \
  "$(worst "$work/urbis-record-20000.jsonl" max_loop_delay_ms)" "$(worst "$work/urbis-record-20000.jsonl" peak_rss_mb)"
