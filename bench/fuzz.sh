#!/usr/bin/env bash
# Runs one libFuzzer target for a given time:  bench/fuzz.sh TARGET SECONDS [libFuzzer flags...]
# TARGET is one of tests/fuzz/*_fuzz.cpp without the suffix: row_parser, record_filter,
# zone_rules, priority_rules, layout_template, results_import, column_mapping.
# Builds build-fuzz with clang (-DFANGAN_FUZZ=ON: coverage + ASan + UBSan), starts from the
# committed corpus tests/fuzz/corpus/TARGET (read only) and the inputs found so far in
# build-fuzz/corpus/TARGET (new ones are added there), and writes a crash, leak or timeout as
# build-fuzz/findings/TARGET/<kind>-<sha1>. Copy a finding into tests/fuzz/regressions/TARGET/
# (and fix it): the fuzz_corpus_TARGET ctest then replays it in every build. Worth keeping new
# inputs: `-merge=1 tests/fuzz/corpus/TARGET build-fuzz/corpus/TARGET` as the flags.
# Needs clang-14 and libclang-rt-14-dev: bash scripts/install-deps.sh --fuzz.
set -euo pipefail
target=${1:?usage: bench/fuzz.sh TARGET SECONDS [libFuzzer flags...]}
seconds=${2:?usage: bench/fuzz.sh TARGET SECONDS [libFuzzer flags...]}
shift 2
cd "$(dirname "$0")/.."
if [ ! -f "tests/fuzz/${target}_fuzz.cpp" ]; then
  echo "fuzz.sh: no target $target (tests/fuzz/${target}_fuzz.cpp)" >&2
  exit 2
fi
source scripts/sanitizer-env.sh
if [ ! -f build-fuzz/CMakeCache.txt ]; then
  CC=clang-14 CXX=clang++-14 cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    -DFANGAN_FUZZ=ON -DFANGAN_BUILD_BENCH=OFF
fi
cmake --build build-fuzz --target "fuzz_$target" -j "$(nproc)"
work="build-fuzz/corpus/$target"
findings="build-fuzz/findings/$target"
mkdir -p "$work" "$findings"
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp/runtime-$(id -u)
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
# 10 s per input is a hang; 4 GB a runaway allocation.
"build-fuzz/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
  -artifact_prefix="$findings/" -print_final_stats=1 "$@" "$work" "tests/fuzz/corpus/$target"
