#!/usr/bin/env bash
# Installs, builds and runs every test (GoogleTest through CTest; Qt tests run offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp/runtime-$(id -u)
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
cd build && ctest --output-on-failure -j 2 "$@"
