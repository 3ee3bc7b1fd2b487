#!/usr/bin/env bash
# No lost updates on the shared server (issue 12 item 4, docs/rules.md#row-versions): CLIENTS
# editor processes (tests/tools/edit_driver.cpp), each EDITS edits of the responsibility fields
# of the same few buildings, started together while `fangan analyze` runs on the same project
# again and again. Then, from the database (psql), not from the code under test:
#   - every edit was answered: accepted or refused as stale, and the driver exited 0;
#   - the accepted edits of each building carry the versions from its version before + 1 up to
#     its version now, each once (none lost, none skipped), so versions give the commit order;
#   - replaying the accepted edits serially in that order gives each building's fields now;
#   - the audit log holds exactly the accepted edits (who, building, field, value): no refused
#     edit was written;
#   - some edits were refused (the editors did overlap).
# Against the PostGIS cluster of FANGAN_PG_URL (scripts/test.sh starts it). Without a server:
# exit 77 (skipped), but a failure under CI=true. With BENCH=1 prints edits/s and latencies.
# usage: pg_edit_test.sh FANGAN EDIT_DRIVER [CLIENTS [EDITS [BUILDINGS]]]
set -uo pipefail
fangan="$1"
driver="$2"
clients="${3:-16}"
edits="${4:-40}"
nbuildings="${5:-8}"
here="$(cd "$(dirname "$0")/../.." && pwd)"
source "$here/tests/cli/pg_server.sh"
work=$(mktemp -d)
schema="edit_$$"
url="$FANGAN_PG_URL?schema=$schema"
cleanup() {
  psql_ -c "SET client_min_messages=warning; DROP SCHEMA IF EXISTS $schema CASCADE" >/dev/null 2>&1
  rm -rf "$work"
}
trap cleanup EXIT
passed=0
failed=0
check() {  # check NAME EXPECTED ACTUAL
  if [ "$2" == "$3" ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL: $1: expected [$2] got [$3]"
  fi
}

sample="$here/data/sample"
"$fangan" init "$url" >"$work/setup.log" 2>&1 || { cat "$work/setup.log"; exit 1; }
for layer in buildings towns grids zones; do
  "$fangan" import "$url" --layer "$layer" --from "$sample/$layer.gpkg" --date 2024-12-31 \
    >>"$work/setup.log" 2>&1 || { cat "$work/setup.log"; exit 1; }
done
# A first analysis assigns the grids; the ones during the edits find them assigned.
"$fangan" analyze "$url" >>"$work/setup.log" 2>&1 || { cat "$work/setup.log"; exit 1; }

q() { psql_ -Atc "SET search_path TO $schema, public; $1" -F ' '; }
mapfile -t codes < <(q "SELECT code FROM buildings ORDER BY id LIMIT $nbuildings")
list=$(printf "'%s'," "${codes[@]}")
list=${list%,}
# code owner occupant department version, '-' for empty
state() {
  q "SELECT code, coalesce(nullif(owner, ''), '-'), coalesce(nullif(occupant, ''), '-'),
            coalesce(nullif(department, ''), '-'), row_version
     FROM buildings WHERE code IN ($list) ORDER BY code"
}
state >"$work/before"

# Analyses run until the editors are done (each must succeed).
touch "$work/analyzing"
(
  n=0
  while [ -f "$work/analyzing" ]; do
    "$fangan" analyze "$url" >"$work/analyze.log" 2>&1 || { echo fail >"$work/analyze.failed"; cat "$work/analyze.log"; }
    n=$((n + 1))
  done
  echo "$n" >"$work/analyses"
) &
analyzer=$!
sleep 1
started=$(date +%s.%N)
pids=()
for c in $(seq 1 "$clients"); do
  "$driver" "$url" "ed$c" "$edits" "$c" "${codes[@]}" >"$work/out.$c" 2>"$work/err.$c" &
  pids+=($!)
done
driverFailures=0
for p in "${pids[@]}"; do wait "$p" || driverFailures=$((driverFailures + 1)); done
ended=$(date +%s.%N)
rm -f "$work/analyzing"
wait "$analyzer"
check "every editor ran to the end" 0 "$driverFailures"
[ "$driverFailures" -eq 0 ] || cat "$work"/err.* | head -5
check "every analysis during the edits succeeded" "" "$(cat "$work/analyze.failed" 2>/dev/null)"
analyses=$(cat "$work/analyses")
[ "$analyses" -ge 1 ] && check "analyze ran during the edits" 1 1 || check "analyze ran" ">=1" "$analyses"

cat "$work"/out.* >"$work/all"
total=$(wc -l <"$work/all")
accepted=$(grep -c '^A ' "$work/all")
refused=$(grep -c '^R ' "$work/all")
check "every edit answered" "$((clients * edits))" "$total"
check "every answer accepted or refused" "$total" "$((accepted + refused))"
[ "$refused" -gt 0 ] && check "editors overlapped (some stale edits refused)" 1 1 ||
  check "stale edits refused" ">0" "$refused"
# A refused edit named a version older than the row's.
check "refusals named an older version" 0 "$(awk '$1 == "R" && $5 >= $6' "$work/all" | wc -l)"

state >"$work/after"
# Versions of each building's accepted edits: exactly before+1 .. after, each once.
expected_versions=$(join <(awk '{print $1, $5}' "$work/before") <(awk '{print $1, $5}' "$work/after") |
  awk '{for (v = $2 + 1; v <= $3; v++) print $1, v}' | sort)
actual_versions=$(awk '$1 == "A" {print $2, $5}' "$work/all" | sort)
check "accepted versions are contiguous, none lost or doubled" \
  "$(echo "$expected_versions" | md5sum)" "$(echo "$actual_versions" | md5sum)"
# Serial replay in version (commit) order from the state before.
replayed=$(awk '$1 == "A"' "$work/all" | sort -k2,2 -k5,5n | awk '
  { last[$2 " " $3] = $4 }
  END { for (k in last) print k, last[k] }' | sort)
replay_state=$(awk -v r="$replayed" '
  BEGIN { n = split(r, lines, "\n"); for (i = 1; i <= n; i++) { split(lines[i], f, " "); v[f[1] " " f[2]] = f[3] } }
  { o = ($1 " owner") in v ? v[$1 " owner"] : $2
    c = ($1 " occupant") in v ? v[$1 " occupant"] : $3
    d = ($1 " department") in v ? v[$1 " department"] : $4
    print $1, o, c, d }' "$work/before")
check "final state = serial replay of the accepted edits" "$replay_state" "$(awk '{print $1, $2, $3, $4}' "$work/after")"
# The audit log: exactly the accepted edits.
audit=$(q "SELECT who, substr(target, 11), field, new_value FROM audit_log
           WHERE who LIKE 'ed%' AND action = 'update' ORDER BY 1, 2, 3, 4" | sort)
edits_log=$(for c in $(seq 1 "$clients"); do awk -v w="ed$c" '$1 == "A" {print w, $2, $3, $4}' "$work/out.$c"; done | sort)
check "audit log = the accepted edits" "$(echo "$edits_log" | md5sum)" "$(echo "$audit" | md5sum)"
check "audit rows" "$accepted" "$(echo "$audit" | grep -c .)"

seconds=$(echo "$ended - $started" | bc -l)
echo "editors: $clients x $edits on $nbuildings buildings: $accepted accepted, $refused refused, $analyses analyses alongside"
if [ "${BENCH:-}" = 1 ]; then
  awk '{print $NF}' "$work/all" | sort -n >"$work/lat"
  p50=$(awk -v n="$total" 'NR == int(n * 0.50 + 0.5) {print $1}' "$work/lat")
  p95=$(awk -v n="$total" 'NR == int(n * 0.95 + 0.5) {print $1}' "$work/lat")
  printf 'wall %.2f s, %.0f edits/s (answered), %.0f accepted/s, latency (read + edit) p50 %.1f ms, p95 %.1f ms\n' \
    "$seconds" "$(echo "$total / $seconds" | bc -l)" "$(echo "$accepted / $seconds" | bc -l)" \
    "$(echo "$p50 / 1000" | bc -l)" "$(echo "$p95 / 1000" | bc -l)"
fi
echo "pg_edit: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
