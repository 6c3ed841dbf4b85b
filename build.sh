#!/usr/bin/env bash
# Urbis build entry point: ./build.sh run | test | bench | package
# Installs what a fresh Debian 12 machine lacks, builds (Release, Ninja, ccache) and runs.
set -euo pipefail
cd "$(dirname "$0")"

BUILD_DIR=build/release
DEB_PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config dpkg-dev file
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-websockets-dev qt6-positioning-dev qt6-svg-dev
  qt6-networkauth-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6 qt6-translations-l10n
  libqt6sql6-sqlite qtkeychain-qt6-dev libgl-dev qt6-qpa-plugins fonts-dejavu-core
  libgdal-dev gdal-bin libsqlite3-dev sqlite3 libssl-dev libmosquitto-dev mosquitto mosquitto-clients
  libgtest-dev libbenchmark-dev xvfb xauth
)
TEST_PACKAGES=(nodejs npm awscli rclone)

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'build.sh: %s\n' "$*" >&2; exit 1; }

usage() {
  cat >&2 <<USAGE
usage: ./build.sh run [URBIS ARGS...]   install, build, create the demo workspace once, open Urbis
       ./build.sh test                  install (with test peers), build, run the test suite
       ./build.sh bench                 build and run the benchmarks in bench/
       ./build.sh package               build the .deb (CPack) and check that it installs and runs
USAGE
  exit 2
}

install_packages() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  # node/npm may come from elsewhere (nvm, nodesource): a working binary is enough.
  if command -v node >/dev/null && command -v npm >/dev/null; then
    local kept=()
    for p in "${missing[@]}"; do [[ $p == nodejs || $p == npm ]] || kept+=("$p"); done
    missing=("${kept[@]}")
  fi
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || die "these Debian packages are missing and I am not root and there is no sudo:
  ${missing[*]}
Install them as root (apt-get install ${missing[*]}) and run ./build.sh again."
    sudo=(sudo)
  fi
  say "Installing ${#missing[@]} Debian packages: ${missing[*]}"
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

install_test_peers() {
  say "Installing test peers (npm ci in tests/)"
  (cd tests && npm ci --no-audit --no-fund --loglevel=error)
}

configure_and_build() {
  say "Configuring and building ($BUILD_DIR)"
  cmake --preset release >/dev/null
  cmake --build --preset release "$@"
}

data_dir() {
  echo "${URBIS_DATA_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/urbis}"
}

cmd_run() {
  install_packages "${DEB_PACKAGES[@]}"
  configure_and_build --target urbis
  local exe="$BUILD_DIR/app/urbis"
  if [ ! -f "$(data_dir)/catalog.sqlite" ]; then
    say "First run: creating the demo workspace in $(data_dir)"
    "$exe" demo --quiet >/dev/null
  fi
  if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    if command -v xvfb-run >/dev/null; then
      say "No display found: running Urbis under xvfb-run (invisible; pass --screenshot FILE.png to capture it)"
      exec xvfb-run -a -s "-screen 0 1600x1000x24" "$exe" "$@"
    fi
    die "no display found (DISPLAY/WAYLAND_DISPLAY unset) and xvfb-run is not installed"
  fi
  exec "$exe" "$@"
}

cmd_test() {
  install_packages "${DEB_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
  install_test_peers
  configure_and_build
  say "Running the test suite"
  ctest --test-dir "$BUILD_DIR" --output-on-failure -j "$(nproc)"
}

cmd_bench() {
  install_packages "${DEB_PACKAGES[@]}"
  install_packages time
  configure_and_build --target urbis_bench urbis_gen_aircsv urbis urbis_stream_client
  say "Running benchmarks"
  bench/run.sh "$BUILD_DIR"
  say "Import compared with ogr2ogr"
  bench/import_vs_ogr2ogr.sh "$BUILD_DIR" --big
  say "Sync compared with aws s3 cp and rclone copy (1 GiB, same s3rver)"
  install_packages "${TEST_PACKAGES[@]}" && install_test_peers && bench/sync_vs_peers.sh "$BUILD_DIR"
  say "Live streams compared with a bare QWebSocket client (same Node ws server)"
  bench/stream_vs_bare.sh "$BUILD_DIR"
}

cmd_package() {
  install_packages "${DEB_PACKAGES[@]}"
  configure_and_build
  say "Packaging"
  (cd "$BUILD_DIR" && cpack -G DEB >/dev/null)
  packaging/check-deb.sh "$BUILD_DIR"
}

[ $# -ge 1 ] || usage
cmd=$1
shift
case "$cmd" in
  run) cmd_run "$@" ;;
  test) cmd_test ;;
  bench) cmd_bench ;;
  package) cmd_package ;;
  *) usage ;;
esac
