#!/usr/bin/env bash
# The server dies in the middle of a command (issue 12, faults): kill -9 of the PostgreSQL
# postmaster (and its backends, as a crash takes them) while `fangan import` and while
# `fangan results` write into a server project. Each command is caught mid-transaction: a psql
# session holds a lock the command's next write needs (a row lock on a building halfway
# through the import; a SHARE lock on buildings once results has appended its events), and the
# server is killed when pg_stat_activity shows the command waiting on it. Then:
#   - the client printed one line, in Chinese, saying the connection was lost, and exit code 1;
#   - after a restart (crash recovery) the project equals the state before that command:
#     content hashes of buildings, events and the audit log, computed by psql.
# Runs its own cluster (scripts/start-postgis.sh in a temporary directory, on a free port), not
# the shared test cluster of FANGAN_PG_URL that other tests use at the same time. Without
# PostgreSQL/PostGIS installed: exit 77 (skipped), but a failure under CI=true.
# usage: pg_kill_test.sh FANGAN
set -uo pipefail
fangan="$1"
here="$(cd "$(dirname "$0")/../.." && pwd)"
skip() {
  echo "$1"
  if [ "${CI:-}" = true ]; then exit 1; fi
  exit 77
}
[ -x /usr/lib/postgresql/15/bin/initdb ] || skip "PostgreSQL 15 not installed"
command -v psql >/dev/null || skip "psql not installed"
port=""
for p in $(seq 55460 55499); do
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then port=$p; break; fi
done
[ -n "$port" ] || skip "no free port in 55460-55499"
work=$(mktemp -d)
pgdir=$(mktemp -d /tmp/fangan-kill-pg.XXXXXX)
holder=""
cleanup() {
  [ -n "$holder" ] && kill "$holder" 2>/dev/null
  bash "$here/scripts/stop-postgis.sh" "$pgdir" >/dev/null 2>&1
  rm -rf "$work" "$pgdir"
}
trap cleanup EXIT
server=$(bash "$here/scripts/start-postgis.sh" "$pgdir" "$port" 2>"$work/start.log" | tail -1)
[ -n "$server" ] || { cat "$work/start.log"; skip "could not start a PostGIS cluster"; }
url="$server?schema=killed"
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
psql_() { psql -X -q "$server" -v ON_ERROR_STOP=1 "$@"; }
hash_of() {  # content hash of a table of the project
  psql_ -Atc "SELECT count(*) || ' ' || coalesce(md5(string_agg(t::text, '|' ORDER BY t.id)), '')
              FROM killed.$1 t"
}
project_hash() { echo "$(hash_of buildings) $(hash_of events) $(hash_of audit_log)"; }

# Waits until a fangan client waits on a lock, then kills the postmaster and its backends.
kill_server_when_blocked() {
  local i
  for i in $(seq 1 600); do
    local waiting
    waiting=$(psql_ -Atc "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'
                          AND query NOT LIKE '%pg_stat_activity%'" 2>/dev/null)
    if [ "${waiting:-0}" -gt 0 ]; then
      local pm children
      pm=$(head -1 "$pgdir/data/postmaster.pid")
      children=$(pgrep -P "$pm")
      kill -9 "$pm"
      # shellcheck disable=SC2086
      [ -n "$children" ] && kill -9 $children
      # Gone (and reaped) before anyone restarts it: pg_ctl takes a live pid for a live server.
      local p
      for p in $pm $children; do
        for i in $(seq 1 100); do kill -0 "$p" 2>/dev/null || break; sleep 0.1; done
      done
      return 0
    fi
    sleep 0.1
  done
  return 1
}

# Holds a lock in a session of its own until the server dies: hold "SQL".
hold() {
  psql -X -q "$server" -c "BEGIN; $1; SELECT pg_sleep(600);" >/dev/null 2>&1 &
  holder=$!
  sleep 0.5
}

restart() {
  wait "$holder" 2>/dev/null
  holder=""
  bash "$here/scripts/start-postgis.sh" "$pgdir" "$port" >"$work/restart.log" 2>&1 ||
    { cat "$work/restart.log"; return 1; }
}

one_chinese_line() {  # the client's stderr: one line naming the lost connection
  local lines
  lines=$(grep -c . "$1")
  if [ "$lines" = 1 ] && grep -q "与服务器的连接已断开" "$1"; then echo yes; else cat "$1"; fi
}

sample="$here/data/sample"
"$fangan" init "$url" >"$work/setup.log" 2>&1 || { cat "$work/setup.log"; exit 1; }
for layer in buildings towns grids; do
  "$fangan" import "$url" --layer "$layer" --from "$sample/$layer.gpkg" --date 2024-12-31 \
    >>"$work/setup.log" 2>&1 || { cat "$work/setup.log"; exit 1; }
done

# 1. import: the same buildings again, each one floor higher, so every row is updated; the
# row lock halfway makes the import wait with half of them written.
cp "$sample/buildings.gpkg" "$work/higher.gpkg"
# (through GDAL: the GeoPackage's triggers call its spatial functions)
ogrinfo -q "$work/higher.gpkg" -sql "UPDATE buildings SET floors = coalesce(floors, 0) + 1" ||
  { echo "cannot write $work/higher.gpkg"; exit 1; }
middle=$(sqlite3 "$work/higher.gpkg" "SELECT code FROM buildings ORDER BY fid LIMIT 1 OFFSET 2500")
before=$(project_hash)
hold "SELECT 1 FROM killed.buildings WHERE code = '$middle' FOR UPDATE"
"$fangan" import "$url" --layer buildings --from "$work/higher.gpkg" --date 2025-01-02 \
  >"$work/import.out" 2>"$work/import.err" &
client=$!
kill_server_when_blocked
check "import: the client was caught waiting mid-transaction" 0 $?
wait "$client"
check "import: exit code after the server died" 1 $?
check "import: one Chinese line about the lost connection" yes "$(one_chinese_line "$work/import.err")"
restart
check "import: project after restart = before the import" "$before" "$(project_hash)"

# 2. results: a returned sheet with a hazard found at 40 buildings; the lock on buildings lets
# the events be appended, then makes the first building update wait.
{
  echo "code,result,result_date,inspector"
  psql_ -Atc "SELECT code FROM killed.buildings ORDER BY id LIMIT 40" |
    awk '{print $1 ",有隐患,2025-01-15,王五"}'
} >"$work/sheet.csv"
"$fangan" results "$url" --from "$work/sheet.csv" --today 2025-02-01 --dry-run >"$work/dry.out" 2>&1
updates=$(sed -n 's/^试导入（未写入）：将导入 [0-9]* 条检查记录，将更新 \([0-9]*\) 栋房屋/\1/p' "$work/dry.out")
[ "${updates:-0}" -gt 0 ] && check "results: the sheet updates buildings" 1 1 ||
  check "results: the sheet updates buildings" ">0" "$(cat "$work/dry.out")"
before=$(project_hash)
hold "LOCK TABLE killed.buildings IN SHARE MODE"
"$fangan" results "$url" --from "$work/sheet.csv" --today 2025-02-01 \
  >"$work/results.out" 2>"$work/results.err" &
client=$!
kill_server_when_blocked
check "results: the client was caught waiting mid-transaction" 0 $?
wait "$client"
check "results: exit code after the server died" 1 $?
check "results: one Chinese line about the lost connection" yes "$(one_chinese_line "$work/results.err")"
restart
check "results: project after restart = before the results" "$before" "$(project_hash)"
check "results: no event of the killed sheet" 0 "$(psql_ -Atc "SELECT count(*) FROM killed.events WHERE inspector = '王五'")"

# And the project works after the restart: the same sheet goes in.
"$fangan" results "$url" --from "$work/sheet.csv" --today 2025-02-01 >"$work/again.out" 2>&1
check "results after the restart" 0 $?
check "events of the sheet after the restart" 40 "$(psql_ -Atc "SELECT count(*) FROM killed.events WHERE inspector = '王五'")"

echo "pg_kill: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
