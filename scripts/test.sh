#!/usr/bin/env bash
# Installs, builds and runs every test (GoogleTest through CTest; Qt tests run offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp/runtime-$(id -u)
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
# The PostGIS store suites run against a private cluster (scripts/start-postgis.sh).
pgdir=$(pwd)/build/postgis
here=$(pwd)
trap 'bash "$here/scripts/stop-postgis.sh" "$pgdir"' EXIT
export FANGAN_PG_URL=$(bash scripts/start-postgis.sh "$pgdir" "${FANGAN_PG_PORT:-55432}" | tail -1)
cd build && ctest --output-on-failure -j 2 "$@"
