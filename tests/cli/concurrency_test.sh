#!/usr/bin/env bash
# One writer, many readers (docs/rules.md#concurrency): while `fangan import` writes 300,000
# synthetic buildings into a project, `fangan info`, `fangan gaps` and the app (offscreen) open
# the same file and finish correctly before the import ends, seeing the last committed state;
# a second writer waits, says so, and gives up after FANGAN_LOCK_TIMEOUT naming the importer.
# usage: concurrency_test.sh FANGAN FANGAN_APP   (FANGAN_CONCURRENCY_BUILDINGS overrides 300000)
set -uo pipefail
fangan="$1"
app="$2"
n="${FANGAN_CONCURRENCY_BUILDINGS:-300000}"
work=$(mktemp -d)
import_pid=""
trap '[ -n "$import_pid" ] && kill "$import_pid" 2> /dev/null; rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-/tmp/runtime-root}"
mkdir -p "$XDG_RUNTIME_DIR"
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
ms() { date +%s%3N; }

"$fangan" generate synthetic --buildings "$n" --towns 4 --out "$work/d" > /dev/null
check "generate" 0 $?
p="$work/p.sqlite"
"$fangan" init "$p" > /dev/null
for layer in towns grids; do
  "$fangan" import "$p" --layer "$layer" --from "$work/d/$layer.gpkg" > /dev/null
  check "import $layer" 0 $?
done
before=$("$fangan" info "$p" --json)

t0=$(ms)
"$fangan" import "$p" --layer buildings --from "$work/d/buildings.gpkg" > "$work/import.out" 2>&1 &
import_pid=$!
# The importer leaves a note beside the file while it holds the write lock.
for _ in $(seq 1 600); do
  [ -f "$p-writer" ] && break
  kill -0 "$import_pid" 2> /dev/null || break
  sleep 0.1
done
check "importer holds the write lock" yes "$([ -f "$p-writer" ] && echo yes || echo no)"
t_lock=$(ms)

# Readers: each must finish while the import still runs, seeing the state before it.
t=$(ms)
during=$("$fangan" info "$p" --json 2> "$work/info.err")
check "info exit" 0 $?
t_info=$(($(ms) - t))
check "info sees the committed state" "$before" "$during"
t=$(ms)
"$fangan" gaps "$p" --by town --format csv > "$work/gaps.csv" 2> "$work/gaps.err"
check "gaps exit" 0 $?
t_gaps=$(($(ms) - t))
check "gaps header" "area" "$(head -1 "$work/gaps.csv" | cut -d, -f1)"
t=$(ms)
"$app" "$p" --screenshot "$work/shot.png" --size 800x600 --screenshot-timeout 120 \
  > "$work/app.out" 2> "$work/app.err"
check "app exit" 0 $?
t_app=$(($(ms) - t))
check "app screenshot" yes "$([ -s "$work/shot.png" ] && echo yes || echo no)"

# A second writer waits, saying so, and gives up after the timeout naming the importer.
t=$(ms)
FANGAN_LOCK_TIMEOUT=2 "$fangan" import "$p" --layer zones --from "$work/d/zones.gpkg" \
  > /dev/null 2> "$work/second.err"
check "second writer exit" 1 $?
t_second=$(($(ms) - t))
check "second writer waits" 1 "$(grep -c '项目正由另一进程写入，等待中…' "$work/second.err")"
check "second writer names the holder" 1 "$(grep -c "等待 2 秒后放弃: $p，占用者: pid $import_pid" "$work/second.err")"

check "import still running after every reader" yes \
  "$(kill -0 "$import_pid" 2> /dev/null && echo yes || echo no)"
wait "$import_pid"
check "import exit" 0 $?
import_pid=""
t_import=$(($(ms) - t0))
check "buildings after the import" "$n" \
  "$("$fangan" info "$p" --json | sed 's/.*"buildings":\([0-9]*\).*/\1/')"
check "write-lock note removed" no "$([ -f "$p-writer" ] && echo yes || echo no)"

echo "import of $n buildings ${t_import} ms (lock taken after $((t_lock - t0)) ms);" \
  "during it: info ${t_info} ms, gaps ${t_gaps} ms, app ${t_app} ms," \
  "second writer gave up after ${t_second} ms"
for f in info.err gaps.err app.err; do
  [ -s "$work/$f" ] && { echo "--- $f"; head -5 "$work/$f"; }
done
echo "concurrency: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
