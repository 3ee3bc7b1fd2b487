#!/usr/bin/env bash
# The crash loops of tests/crash/crash_loop.sh at full strength: 200 SIGKILLs at random
# moments of each of import, analyze --rebuild, results and patrol (CI runs 25 each).
# usage: crash_loop_bench.sh FANGAN [KILLS=200]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
exec bash "$here/tests/crash/crash_loop.sh" "$1" "${2:-200}"
