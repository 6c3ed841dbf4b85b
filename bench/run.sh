#!/usr/bin/env bash
# Runs the benchmarks and compares the catalog search with a peer on the same data: the sqlite3
# shell running the straightforward SQL (FTS5 + R*Tree + time filter + GROUP BY facet counts).
# usage: bench/run.sh [BUILD_DIR] [extra urbis_bench args]
set -euo pipefail
build=${1:-build/release}
shift || true
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

URBIS_BENCH_DIR=$work "$build/bench/urbis_bench" --benchmark_counters_tabular=true \
  --benchmark_out="$work/bench.json" --benchmark_out_format=json "$@"

db=$work/bench.sqlite
if ! command -v sqlite3 >/dev/null || [ ! -f "$db" ]; then
  echo "catalog peer comparison skipped (sqlite3 shell or bench catalog missing)"
else
# The same query as BM_SearchCombined: "air", bbox 0,40,20,50, 2019-01-01 .. 2021-12-31.
query="SELECT city, domain, format, license, year, count(*) FROM datasets
 WHERE superseded_by IS NULL
   AND pk IN (SELECT rowid FROM datasets_fts WHERE datasets_fts MATCH '\"air\"*')
   AND pk IN (SELECT id FROM datasets_rtree WHERE minx <= 20 AND maxx >= 0 AND miny <= 50 AND maxy >= 40)
   AND time_end >= 1546300800000 AND time_start <= 1640908799999
 GROUP BY 1, 2, 3, 4, 5;"
runs=50
{
  echo "PRAGMA cache_size = -65536;"
  echo "$query" # warm-up, like the benchmark's first (untimed by p50) iteration
  echo ".timer on"
  for _ in $(seq $runs); do echo "$query"; done
} | sqlite3 "$db" | awk '/^Run Time/ {print $4 * 1000}' | sort -n > "$work/peer.txt"
peer_p50=$(awk -v n="$(wc -l < "$work/peer.txt")" 'NR == int(n / 2) + 1 {print; exit}' "$work/peer.txt")
urbis_p50=$(awk '/"name": "BM_SearchCombined\/iterations/ {found = 1} found && /"p50_ms"/ {gsub(/[,]/, "", $2); print $2; exit}' "$work/bench.json")
echo
echo "catalog search over 100,000 records (text + bbox + time + facet counts), p50:"
printf '  urbis  %8.2f ms  (also returns the first page of records and sorts by relevance)\n' "$urbis_p50"
printf '  sqlite3 shell, plain SQL  %8.2f ms\n' "$peer_p50"
awk -v u="$urbis_p50" -v p="$peer_p50" 'BEGIN { printf "  ratio urbis / peer: %.2f (below 1 = faster)\n", u / p }'
fi

# KPI engine against the sqlite3 shell's GROUP BY over the same 10 M-row GeoPackage.
facts=$(cat "$work/kpi-facts-path.txt" 2>/dev/null || true)
if [ -n "$facts" ] && command -v sqlite3 >/dev/null; then
  kpi_query="SELECT cityName, substr(timeRecorded, 1, 7), avg(pm10) FROM data GROUP BY 1, 2;"
  start=$(date +%s.%N)
  sqlite3 "file:$facts?immutable=1" "$kpi_query" > /dev/null
  end=$(date +%s.%N)
  peer_ms=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f", (e - s) * 1000 }')
  ms_of() { awk -v name="\"$1/" '$0 ~ name {found = 1} found && /"real_time"/ {gsub(/[,]/, "", $2); print $2; exit}' "$work/bench.json"; }
  cold=$(ms_of BM_KpiMonthlyByCityCold); warm=$(ms_of BM_KpiAfterFilterOrGrainChange)
  dash_cold=$(ms_of BM_DashboardRefreshCold); dash_warm=$(ms_of BM_DashboardRefreshWarm)
  echo
  echo "KPI: monthly average of pm10 by city over 10,000,000 fact rows:"
  printf '  urbis cold (scan + cube)          %8.1f ms   (target <= 2000)\n' "$cold"
  printf '  urbis after filter / grain change %8.1f ms   (target <= 200)\n' "$warm"
  printf '  sqlite3 shell GROUP BY            %8.1f ms\n' "$peer_ms"
  awk -v u="$cold" -v p="$peer_ms" 'BEGIN { printf "  ratio urbis cold / sqlite3: %.2f (below 1 = faster)\n", u / p }'
  printf '  air-quality dashboard on the demo workspace: cold %.1f ms, warm %.1f ms (target <= 1500)\n' "$dash_cold" "$dash_warm"
fi
