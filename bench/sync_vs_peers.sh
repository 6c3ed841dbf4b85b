#!/usr/bin/env bash
# Sync benchmark (sync issue acceptance), peers in the same run against the same s3rver:
#   push: urbis sync NAME --push            vs  aws s3 cp FILE s3://B/K   and  rclone copy FILE s3rver:B/
#   pull: urbis sync NAME --pull --with-data vs aws s3 cp s3://B/K FILE  and  rclone copy s3rver:B/K DIR
# on one dataset whose data blob is N MiB of random bytes (default 1024). Every tool writes to its
# own fresh bucket; all pulls read the blob urbis pushed. Targets: urbis time <= 1.0 x each peer,
# peak RSS of urbis <= part size x concurrency + 64 MB. Exits non-zero on errors only; a missed
# target prints ABOVE TARGET.
# usage: bench/sync_vs_peers.sh [BUILD_DIR] [--size-mib N] [--part-size MIB] [--concurrency N] [--repeat N]
# Each tool runs --repeat times (default 3, rounds interleaved); the table shows medians, the
# ratios compare medians, and peak RSS is the highest of the rounds.
# Temporary files (at most about 6 x N MiB) go under $TMPDIR (default /tmp).
set -euo pipefail

build=build/release
if [ $# -gt 0 ] && [[ $1 != --* ]]; then
  build=$1
  shift
fi
size_mib=1024
part_mib=8
conc=4
repeat=3
while [ $# -gt 0 ]; do
  case "$1" in
    --size-mib) size_mib=${2:?--size-mib needs a number}; shift 2 ;;
    --part-size) part_mib=${2:?--part-size needs MiB}; shift 2 ;;
    --concurrency) conc=${2:?--concurrency needs a number}; shift 2 ;;
    --repeat) repeat=${2:?--repeat needs a number}; shift 2 ;;
    *) echo "usage: $0 [BUILD_DIR] [--size-mib N] [--part-size MIB] [--concurrency N] [--repeat N]" >&2; exit 2 ;;
  esac
done
for n in "$size_mib" "$part_mib" "$conc" "$repeat"; do
  [[ $n =~ ^[1-9][0-9]*$ ]] || { echo "not a positive whole number: $n" >&2; exit 2; }
done

urbis=$(realpath -m "$build/app/urbis")
cd "$(dirname "$0")/.."
s3rver=$PWD/tests/node_modules/s3rver/bin/s3rver.js
[ -x "$urbis" ] || { echo "missing $urbis (build it first)" >&2; exit 2; }
[ -f "$s3rver" ] || { echo "missing $s3rver (npm ci in tests/; ./build.sh test does)" >&2; exit 2; }
for tool in node aws rclone sha256sum; do
  command -v "$tool" >/dev/null || { echo "$tool missing (./build.sh test installs the peers)" >&2; exit 2; }
done

tmp_root=${TMPDIR:-/tmp}
size_bytes=$((size_mib * 1024 * 1024))
# The blob, s3rver's three copies (plus the parts of the one it assembles), one download at a time.
need_kb=$((size_mib * 1024 * 7 + 512 * 1024))
avail_kb=$(df -Pk "$tmp_root" | awk 'NR == 2 { print $4 }')
if [ "$avail_kb" -lt "$need_kb" ]; then
  echo "$tmp_root has $((avail_kb / 1024)) MiB free, this run needs about $((need_kb / 1024)) MiB: set TMPDIR to a bigger place" >&2
  exit 2
fi
work=$(mktemp -d "$tmp_root/urbis-sync-bench.XXXXXX")
server_pid=
cleanup() {
  if [ -n "$server_pid" ]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

die() { echo "sync_vs_peers: $*" >&2; exit 1; }

# --- s3rver on a free port (it picks one with -p 0 and says which) ------------------------------
mkdir -p "$work/s3rver"
node --openssl-legacy-provider "$s3rver" -d "$work/s3rver" -a 127.0.0.1 -p 0 --silent >"$work/s3rver.log" 2>&1 &
server_pid=$!
port=
for _ in $(seq 100); do
  port=$(grep -o 'listening on 127\.0\.0\.1:[0-9]*' "$work/s3rver.log" 2>/dev/null | head -1 | grep -o '[0-9]*$' || true)
  [ -n "$port" ] && break
  kill -0 "$server_pid" 2>/dev/null || break
  sleep 0.2
done
[ -n "$port" ] || { cat "$work/s3rver.log" >&2; die "s3rver did not start"; }
endpoint=http://127.0.0.1:$port

# --- Peers: s3rver's account, settings of their own in the temp dir ----------------------------
export AWS_ACCESS_KEY_ID=S3RVER AWS_SECRET_ACCESS_KEY=S3RVER AWS_DEFAULT_REGION=us-east-1 AWS_EC2_METADATA_DISABLED=true
export AWS_CONFIG_FILE=$work/aws/config AWS_SHARED_CREDENTIALS_FILE=$work/aws/credentials RCLONE_CONFIG=$work/rclone.conf
unset AWS_CA_BUNDLE AWS_PROFILE AWS_SESSION_TOKEN AWS_ENDPOINT_URL # plain http on loopback; rclone refuses a bundle there
export NO_PROXY=127.0.0.1,localhost no_proxy=127.0.0.1,localhost
mkdir -p "$work/aws"
: >"$AWS_SHARED_CREDENTIALS_FILE"
cat >"$AWS_CONFIG_FILE" <<EOF
[default]
region = us-east-1
s3 =
    multipart_threshold = ${part_mib}MB
    multipart_chunksize = ${part_mib}MB
    max_concurrent_requests = $conc
EOF
cat >"$RCLONE_CONFIG" <<EOF
[s3rver]
type = s3
provider = Other
env_auth = false
access_key_id = S3RVER
secret_access_key = S3RVER
endpoint = $endpoint
region = us-east-1
force_path_style = true
EOF
awsc() { aws --endpoint-url "$endpoint" "$@"; }
rclone_flags=(--s3-upload-cutoff "${part_mib}M" --s3-chunk-size "${part_mib}M" --s3-upload-concurrency "$conc"
              --multi-thread-streams "$conc" -q)

# --- Timing: "SECONDS MAX_RSS_KB CPU_SECONDS" of one command --------------------------------------
if [ -x /usr/bin/time ]; then
  timer="/usr/bin/time -f '%e %M %U %S' (wall s, peak RSS, user + system CPU s)"
  measure() {
    /usr/bin/time -f '%e %M %U %S' -o "$work/time.log" "$@" >"$work/stdout.log" 2>"$work/stderr.log" \
      || { cat "$work/stderr.log" >&2; die "failed: $*"; }
    tail -1 "$work/time.log" | awk '{ printf "%s %s %.2f\n", $1, $2, $3 + $4 }'
  }
else
  timer="bash clock + /proc/PID/status VmHWM polled every 50 ms (/usr/bin/time missing: apt-get install time)"
  echo "note: /usr/bin/time is missing; timing with the bash clock and peak RSS by polling /proc (may miss the last 50 ms; no CPU time)"
  measure() {
    local start end hwm=0 v rc=0
    start=$(date +%s.%N)
    "$@" >"$work/stdout.log" 2>"$work/stderr.log" &
    local pid=$!
    while kill -0 "$pid" 2>/dev/null; do
      v=$(awk '/^VmHWM:/ { print $2 }' "/proc/$pid/status" 2>/dev/null || true)
      [ -n "$v" ] && [ "$v" -gt "$hwm" ] && hwm=$v
      sleep 0.05
    done
    wait "$pid" || rc=$?
    end=$(date +%s.%N)
    [ "$rc" -eq 0 ] || { cat "$work/stderr.log" >&2; die "failed (exit $rc): $*"; }
    awk -v s="$start" -v e="$end" -v m="$hwm" 'BEGIN { printf "%.2f %d nan\n", e - s, m }'
  }
fi

check_sha() { # FILE: must hash to the blob's sha256
  [ -f "$1" ] || die "not downloaded: $1"
  local got
  got=$(sha256sum "$1" | cut -d' ' -f1)
  [ "$got" = "$sha" ] || die "$1 has sha256 $got, expected $sha"
}
check_remote_size() { # BUCKET KEY: the object must be there with the blob's size
  local n
  n=$(awsc s3api head-object --bucket "$1" --key "$2" --query ContentLength --output text) || die "s3://$1/$2 missing"
  [ "$n" = "$size_bytes" ] || die "s3://$1/$2 has $n bytes, expected $size_bytes"
}

# --- The dataset: N MiB of random bytes as the data blob of one catalog record -----------------
# urbis import would normalise a file (other size, much slower), so the blob goes into the store
# as it is and the record comes through `urbis catalog add` (one JSON record per line).
blob=$work/big.gpkg
head -c "$size_bytes" /dev/urandom >"$blob"
sha=$(sha256sum "$blob" | cut -d' ' -f1)
push_dir=$work/data-push
"$urbis" --quiet --data-dir "$push_dir" catalog list >/dev/null # creates the workspace
mkdir -p "$push_dir/objects/${sha:0:2}"
ln "$blob" "$push_dir/objects/${sha:0:2}/$sha" 2>/dev/null || cp "$blob" "$push_dir/objects/${sha:0:2}/$sha"
printf '{"title":"Sync benchmark blob","city":"Benchville","domain":"other","format":"GPKG","mediaType":"application/geopackage+sqlite3","sha256":"%s","byteSize":%d,"assets":[{"role":"data","name":"big.gpkg","mediaType":"application/geopackage+sqlite3","sha256":"%s","byteSize":%d}]}\n' \
  "$sha" "$size_bytes" "$sha" "$size_bytes" >"$work/record.ndjson"
"$urbis" --quiet --data-dir "$push_dir" catalog add "$work/record.ndjson" >/dev/null

echo "s3rver $endpoint; blob $size_mib MiB ($size_bytes bytes) of random bytes, sha256 $sha"
echo "settings: part/chunk size $part_mib MiB, $conc parallel transfers for every tool"
echo "  urbis   sync --part-size $part_mib --concurrency $conc"
echo "  aws     $(aws --version 2>&1 | cut -d' ' -f1): s3.multipart_threshold = s3.multipart_chunksize = ${part_mib}MB, s3.max_concurrent_requests = $conc"
echo "  rclone  $(rclone version 2>/dev/null | head -1 | cut -d' ' -f2): --s3-upload-cutoff ${part_mib}M --s3-chunk-size ${part_mib}M --s3-upload-concurrency $conc --multi-thread-streams $conc (downloads split only above --multi-thread-cutoff, default 250M)"
echo "  timing  $timer, page cache warm, dirty pages flushed (sync) before every run"

declare -A secs rss_kb cpu server_cpu
hz=$(getconf CLK_TCK)
server_ticks() { awk '{ print $14 + $15 }' "/proc/$server_pid/stat"; }
timed() { # TOOL DIRECTION COMMAND...: runs COMMAND once under the timer, dirty pages flushed first;
  # appends its figures to the lists of TOOL/DIRECTION
  local k=$1/$2 out before s r c
  shift 2
  sync
  before=$(server_ticks)
  out=$(measure "$@")
  read -r s r c <<<"$out"
  secs[$k]+="$s "
  rss_kb[$k]+="$r "
  cpu[$k]+="$c "
  server_cpu[$k]+="$(awk -v a="$before" -v b="$(server_ticks)" -v hz="$hz" 'BEGIN { printf "%.2f", (b - a) / hz }') "
}
median() { tr ' ' '\n' <<<"$1" | grep -v '^$' | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
highest() { tr ' ' '\n' <<<"$1" | grep -v '^$' | sort -g | tail -1; }

mkdir -p "$work/aws-pull" "$work/rclone-pull"
for round in $(seq 1 "$repeat"); do
  # --- Push, each tool to its own fresh bucket ------------------------------------------------
  for b in "urbis-push-$round" "aws-push-$round" "rclone-push-$round"; do awsc s3 mb "s3://$b" >/dev/null; done
  # A remote per round: its ledger is empty, so the whole dataset is pushed again.
  "$urbis" --quiet --data-dir "$push_dir" remote add "team$round" --endpoint "$endpoint" --bucket "urbis-push-$round" --region us-east-1 >/dev/null
  timed urbis push "$urbis" --quiet --data-dir "$push_dir" sync "team$round" --push --part-size "$part_mib" --concurrency "$conc"
  check_remote_size "urbis-push-$round" "blobs/$sha"
  timed aws push aws --endpoint-url "$endpoint" s3 cp --only-show-errors "$blob" "s3://aws-push-$round/big.gpkg"
  check_remote_size "aws-push-$round" big.gpkg
  timed rclone push rclone "${rclone_flags[@]}" copy "$blob" "s3rver:rclone-push-$round/"
  check_remote_size "rclone-push-$round" big.gpkg

  # --- Pull, all from the blob urbis pushed ---------------------------------------------------
  pull_dir=$work/data-pull-$round
  "$urbis" --quiet --data-dir "$pull_dir" remote add team --endpoint "$endpoint" --bucket "urbis-push-$round" --region us-east-1 >/dev/null
  timed urbis pull "$urbis" --quiet --data-dir "$pull_dir" sync team --pull --with-data --part-size "$part_mib" --concurrency "$conc"
  check_sha "$pull_dir/objects/${sha:0:2}/$sha"
  rm -rf "$pull_dir"
  timed aws pull aws --endpoint-url "$endpoint" s3 cp --only-show-errors "s3://urbis-push-$round/blobs/$sha" "$work/aws-pull/$sha"
  check_sha "$work/aws-pull/$sha"
  rm -f "$work/aws-pull/$sha"
  timed rclone pull rclone "${rclone_flags[@]}" copy "s3rver:urbis-push-$round/blobs/$sha" "$work/rclone-pull/"
  check_sha "$work/rclone-pull/$sha"
  rm -f "$work/rclone-pull/$sha"
  # The pushed copies are not needed again: keep s3rver's disk use at one round.
  for b in "urbis-push-$round" "aws-push-$round" "rclone-push-$round"; do awsc s3 rb --force "s3://$b" >/dev/null; done
done
echo "  verified: every download hashes to the original sha256; every upload has its size ($repeat round(s))"
for k in "${!secs[@]}"; do
  echo "  $k seconds per round: ${secs[$k]}"
done | sort
# Medians from here on (peak RSS: the highest round).
for k in "${!secs[@]}"; do
  secs[$k]=$(median "${secs[$k]}")
  cpu[$k]=$(median "${cpu[$k]}")
  server_cpu[$k]=$(median "${server_cpu[$k]}")
  rss_kb[$k]=$(highest "${rss_kb[$k]}")
done

# --- Table --------------------------------------------------------------------------------------
echo
awk -v b="$size_bytes" 'BEGIN { printf "  %-7s %8s %8s %10s %10s %11s %11s %9s %9s %9s %9s\n", "tool", "push s", "pull s", "push MB/s",
                                 "pull MB/s", "push RSS MB", "pull RSS MB", "push CPU", "pull CPU", "srv push", "srv pull" }'
for t in urbis aws rclone; do
  awk -v t="$t" -v b="$size_bytes" -v p="${secs[$t/push]}" -v q="${secs[$t/pull]}" -v pk="${rss_kb[$t/push]}" \
      -v qk="${rss_kb[$t/pull]}" -v pc="${cpu[$t/push]}" -v qc="${cpu[$t/pull]}" \
      -v sp="${server_cpu[$t/push]}" -v sq="${server_cpu[$t/pull]}" 'BEGIN {
    printf "  %-7s %8.2f %8.2f %10.1f %10.1f %11.1f %11.1f %8ss %8ss %8ss %8ss\n", t, p, q, (p > 0 ? b / 1e6 / p : 0),
           (q > 0 ? b / 1e6 / q : 0), pk * 1024 / 1e6, qk * 1024 / 1e6, pc, qc, sp, sq }'
done
echo "  (MB = 10^6 bytes; CPU = user + system seconds of the client; srv = CPU seconds s3rver spent meanwhile)"
echo
for d in push pull; do
  for peer in aws rclone; do
    awk -v n="$d urbis / $peer" -v u="${secs[urbis/$d]}" -v p="${secs[$peer/$d]}" 'BEGIN {
      r = (p > 0 ? u / p : 999)
      printf "  ratio %-20s %5.2f  (target <= 1.00)%s\n", n, r, (r <= 1.0 ? "  ok" : "  ABOVE TARGET") }'
  done
done
# Bound: part size x concurrency + 64 MB (read as 64,000,000 bytes, the stricter reading).
bound=$((part_mib * 1024 * 1024 * conc + 64000000))
for d in push pull; do
  awk -v d="$d" -v k="${rss_kb[urbis/$d]}" -v b="$bound" -v pm="$part_mib" -v c="$conc" 'BEGIN {
    rss = k * 1024
    printf "  peak RSS urbis %s   %6.1f MB  (bound %.1f MB = %d MiB x %d + 64 MB)%s\n", d, rss / 1e6, b / 1e6, pm, c,
           (rss <= b ? "  ok" : "  ABOVE TARGET") }'
done
