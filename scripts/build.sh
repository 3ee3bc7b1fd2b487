#!/usr/bin/env bash
# Installs dependencies (Debian 12) and builds Fangan into ./build (Ninja, both cores).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j "$(nproc)"
