#!/usr/bin/env bash
# Import benchmark (import issue, acceptance b and c), peer in the same run on the same file:
#   urbis import  (validation + GeoPackage with point geometry and spatial index)
#   ogr2ogr -f GPKG out.gpkg in.csv -oo X_POSSIBLE_NAMES=lon -oo Y_POSSIBLE_NAMES=lat -oo AUTODETECT_TYPE=YES
# and peak memory of urbis import on a ~1 GB CSV (with --big).
# usage: bench/import_vs_ogr2ogr.sh [BUILD_DIR] [--big]
set -euo pipefail
build=${1:-build/release}
big=${2:-}
rows=${URBIS_BENCH_ROWS:-1000000}
work=$(mktemp -d "${TMPDIR:-/tmp}/urbis-import-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
urbis=$build/app/urbis
gen=$build/bench/urbis_gen_aircsv
for tool in "$urbis" "$gen"; do [ -x "$tool" ] || { echo "missing $tool (build it first)"; exit 2; }; done
command -v ogr2ogr >/dev/null || { echo "ogr2ogr missing (apt-get install gdal-bin)"; exit 2; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time missing (apt-get install time)"; exit 2; }

# Prints "SECONDS MAX_RSS_KB" of a command run under /usr/bin/time.
measure() {
  local log=$work/time.log
  /usr/bin/time -f '%e %M' -o "$log" "$@" >/dev/null 2>"$work/stderr.log" || { cat "$work/stderr.log" >&2; return 1; }
  tail -1 "$log"
}

csv=$work/air.csv
"$gen" "$rows" "$csv"
size_mb=$(( $(stat -c %s "$csv") / 1000000 ))
echo "input: $rows rows, 17 columns, ${size_mb} MB"
sync

read -r u_s u_kb < <(measure "$urbis" --quiet --data-dir "$work/data" import "$csv" --title bench --city Athens --domain air)
read -r o_s o_kb < <(measure ogr2ogr -f GPKG "$work/peer.gpkg" "$csv" -oo X_POSSIBLE_NAMES=lon -oo Y_POSSIBLE_NAMES=lat -oo AUTODETECT_TYPE=YES)
peer_rows=$(ogrinfo -ro -so -al "$work/peer.gpkg" | awk -F': ' '/Feature Count/ {print $2}')
ours_rows=$("$urbis" --data-dir "$work/data" --json catalog list | grep -o '"featureCount": *[0-9]*' | head -1 | grep -o '[0-9]*$' || true)
printf '  urbis import  %7.2f s  peak %6d MB  (%s features)\n' "$u_s" $((u_kb / 1024)) "${ours_rows:-?}"
printf '  ogr2ogr       %7.2f s  peak %6d MB  (%s features)\n' "$o_s" $((o_kb / 1024)) "$peer_rows"
awk -v u="$u_s" -v o="$o_s" 'BEGIN { printf "  ratio urbis / ogr2ogr: %.2f (target <= 0.50)\n", u / o }'

if [ "$big" = "--big" ]; then
  big_rows=$(( rows * 10 ))
  rm -rf "$work/data" "$work/peer.gpkg" "$csv"
  "$gen" "$big_rows" "$csv"
  echo "memory: $big_rows rows, $(( $(stat -c %s "$csv") / 1000000 )) MB"
  read -r b_s b_kb < <(measure "$urbis" --quiet --data-dir "$work/data" import "$csv" --title big --city Athens --domain air)
  printf '  urbis import  %7.2f s  peak %6d MB  (target <= 300 MB)\n' "$b_s" $((b_kb / 1024))
fi
