#!/usr/bin/env bash
# Runs the benchmarks against a build dir and prints the figures the issues ask for.
# usage: bench/run.sh [BUILD_DIR]
set -euo pipefail
build=${1:-build/release}
"$build/bench/urbis_bench" --benchmark_counters_tabular=true "${@:2}"
