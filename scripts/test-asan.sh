#!/usr/bin/env bash
# CI's second stage: the whole test suite again, built with AddressSanitizer and
# UndefinedBehaviorSanitizer (-DFANGAN_SANITIZE=ON: -O1, every finding aborts) into build-asan.
# Runs after scripts/test.sh, which installs the packages. A local run may set
# CMAKE_CXX_COMPILER_LAUNCHER=ccache (and CMAKE_C_COMPILER_LAUNCHER) in the environment.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/sanitizer-env.sh
# Benchmarks are programs, not tests: left out. Debug keeps assert() on.
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DFANGAN_SANITIZE=ON \
  -DFANGAN_BUILD_BENCH=OFF
cmake --build build-asan -j "$(nproc)"
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp/runtime-$(id -u)
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
# The PostGIS suites run here too, against their own cluster (the first stage stopped its own).
pgdir=$(pwd)/build-asan/postgis
here=$(pwd)
trap 'bash "$here/scripts/stop-postgis.sh" "$pgdir"' EXIT
export FANGAN_PG_URL=$(bash scripts/start-postgis.sh "$pgdir" "${FANGAN_ASAN_PG_PORT:-55434}" | tail -1)
cd build-asan && ctest --output-on-failure -j 2 "$@"
