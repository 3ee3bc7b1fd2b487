#!/usr/bin/env bash
# Server-side aggregates (issue 12 item 6, gis/analysis/LedgerSql.h, CoverageSql.h): the sample
# district as a file and copied onto the PostGIS server named by FANGAN_PG_URL; `ledger` (every
# --by, --all-buildings, --recheck, one --as-of date) and `gaps` (every --by, CSV and JSON, one
# --as-of date) give byte-identical output on both — on the server counted in SQL.
# Without a server: exit 77 (skipped), but a failure under CI=true.
# usage: pg_aggregates_test.sh FANGAN_BINARY
set -uo pipefail
fangan="$1"
here="$(cd "$(dirname "$0")/../.." && pwd)"
source "$here/tests/cli/pg_server.sh"
work=$(mktemp -d)
schema="agg_$$"
url="$FANGAN_PG_URL?schema=$schema"
cleanup() {
  psql_ -c "SET client_min_messages=warning; DROP SCHEMA IF EXISTS $schema CASCADE" >/dev/null 2>&1
  rm -rf "$work"
}
trap cleanup EXIT
passed=0
failed=0
same() {  # same NAME COMMAND-ARGS… : output on the file and on the server byte-identical
  local name="$1"
  shift
  "$fangan" "$1" "$work/a.sqlite" "${@:2}" >"$work/f.out" 2>"$work/f.err"
  local rf=$?
  "$fangan" "$1" "$url" "${@:2}" >"$work/s.out" 2>"$work/s.err"
  local rs=$?
  if [ $rf -eq 0 ] && [ $rs -eq 0 ] && cmp -s "$work/f.out" "$work/s.out" &&
    [ "$(wc -c <"$work/f.out")" -gt 60 ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL: $name (exit file $rf, server $rs)"
    diff "$work/f.out" "$work/s.out" | head -5
    cat "$work/f.err" "$work/s.err" | head -3
  fi
}

bash "$here/scripts/make-sample-project.sh" "$fangan" "$work/a.sqlite" >"$work/make.log" 2>&1 ||
  { cat "$work/make.log"; exit 1; }
"$fangan" copy "$work/a.sqlite" "$url" >"$work/up.log" 2>&1 || { cat "$work/up.log"; exit 1; }

for by in town grid; do
  same "ledger --by $by" ledger --by $by
  same "ledger --by $by --all-buildings" ledger --by $by --all-buildings
  same "ledger --by $by --recheck" ledger --by $by --recheck
  same "ledger --by $by --recheck --all-buildings" ledger --by $by --recheck --all-buildings
  same "ledger --by $by --as-of 2025-01-15" ledger --by $by --as-of 2025-01-15
done
for by in grid town zone; do
  same "gaps --by $by" gaps --by $by
  same "gaps --by $by --format json" gaps --by $by --format json --top 5
  same "gaps --by $by --as-of 2025-01-15" gaps --by $by --as-of 2025-01-15
done
same "gaps --by-zone" gaps --by-zone

# The figures are not trivially equal: the sample has hazards, closures and checked buildings.
"$fangan" ledger "$url" --by town >"$work/l.csv"
hazards=$(awk -F, '$2 == "all" { s += $4 } END { print s + 0 }' "$work/l.csv")
if [ "$hazards" -gt 0 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: no hazards in the ledger"; fi
"$fangan" gaps "$url" --by town --format json >"$work/g.json"
if grep -q '"checked_by":{"status":[1-9]' "$work/g.json" || grep -q '"status": *[1-9]' "$work/g.json"; then
  passed=$((passed + 1))
else
  failed=$((failed + 1)); echo "FAIL: nothing checked by status: $(head -c 300 "$work/g.json")"
fi
# An edit on the server shows in the next ledger (no cache between them).
psql_ -c "UPDATE $schema.buildings SET survey_status = 'surveyed', initial_hazard = 'hazard', self_built = 1 WHERE id = (SELECT min(id) FROM $schema.buildings WHERE COALESCE(survey_status, '') <> 'surveyed')" >/dev/null
"$fangan" ledger "$url" --by town >"$work/l2.csv"
after=$(awk -F, '$2 == "all" { s += $4 } END { print s + 0 }' "$work/l2.csv")
if [ "$after" -eq $((hazards + 1)) ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: hazards after the edit: $hazards → $after"; fi

echo "pg_aggregates_test: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
