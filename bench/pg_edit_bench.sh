#!/usr/bin/env bash
# Editing throughput on the shared server (issue 12): 16 editor processes x 300 edits on 8
# overlapping buildings of the sample district while `fangan analyze` runs, checked as in
# tests/cli/pg_edit_test.sh (nothing lost, serial replay, audit log), and timed: edits/s and
# p50/p95 latency of one edit (read the row + the versioned edit, in one client).
# usage: bench/pg_edit_bench.sh FANGAN EDIT_DRIVER PG_URL [CLIENTS [EDITS [BUILDINGS]]]
#   e.g. bench/pg_edit_bench.sh build/app/fangan build/tests/fangan_edit_driver \
#          postgresql://postgres@127.0.0.1:55432/fangan
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
FANGAN_PG_URL="$3" BENCH=1 bash "$here/tests/cli/pg_edit_test.sh" "$1" "$2" "${4:-16}" "${5:-300}" "${6:-8}"
