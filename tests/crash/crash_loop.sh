#!/usr/bin/env bash
# Crash loops: SIGKILL at random moments of `import`, `analyze --rebuild`, `results`, `patrol`
# and the app saving an inspection (`appedit`: tests/tools/app_edit_driver.cpp, offscreen main
# window, path in FANGAN_APP_EDIT_DRIVER or beside FANGAN's build) on the sample district. After every kill the project must pass integrity_check and
# its content hash must equal the state before or after the command (every write is one
# transaction; docs/rules.md#durability). Then a full disk (ulimit -f) and a read-only project
# file: a clear error and the project unchanged.
# usage: crash_loop.sh FANGAN [KILLS_PER_COMMAND=25] [COMMAND...]
set -uo pipefail
fangan="$1"
kills="${2:-25}"
shift 2 2> /dev/null || shift $#
commands=("$@")
[ ${#commands[@]} -eq 0 ] && commands=(import analyze results patrol appedit)
app_driver="${FANGAN_APP_EDIT_DRIVER:-$(dirname "$fangan")/../tests/fangan_app_edit_driver}"
here="$(cd "$(dirname "$0")/../.." && pwd)"
sample="$here/data/sample"
hash="$here/tests/crash/project_hash.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen
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
if ! command -v sqlite3 > /dev/null; then
  echo "FAIL: sqlite3 not installed (scripts/install-deps.sh)"
  exit 1
fi

# Start states: towns and grids only (for import); the whole district (for the others).
base="$work/base.sqlite"
"$fangan" init "$base" > /dev/null || exit 1
for layer in towns grids; do "$fangan" import "$base" --layer $layer --from "$sample/$layer.gpkg" > /dev/null || exit 1; done
full="$work/full.sqlite"
cp "$base" "$full"
for layer in buildings zones pois lines; do
  "$fangan" import "$full" --layer $layer --from "$sample/$layer.gpkg" > /dev/null || exit 1
done
"$fangan" analyze "$full" > /dev/null || exit 1
sqlite3 "$full" "PRAGMA wal_checkpoint(TRUNCATE)" > /dev/null
{
  echo "code,result_date,inspector,result"
  sqlite3 "$full" "SELECT code FROM buildings ORDER BY id LIMIT 400" | sed 's/$/,2024-03-11,张三,无隐患/'
} > "$work/back.csv"

grid=$(sqlite3 "$full" "SELECT grid FROM grids ORDER BY grid LIMIT 1")
unsurveyed=$(sqlite3 "$full" "SELECT code FROM buildings WHERE survey_status IN ('', 'not_surveyed')
                              OR survey_status IS NULL ORDER BY id LIMIT 1")
if [[ " ${commands[*]} " == *" appedit "* ]] && [ ! -x "$app_driver" ]; then
  echo "FAIL: the app edit driver $app_driver is not built (target fangan_app_edit_driver)"
  exit 1
fi
# command NAME → its start project and arguments (PROJECT stands for the copy).
start_of() { [ "$1" == import ] && echo "$base" || echo "$full"; }
args_of() {
  case "$1" in
    import) echo "import PROJECT --layer buildings --from $sample/buildings.gpkg" ;;
    analyze) echo "analyze PROJECT --rebuild" ;;
    results) echo "results PROJECT --from $work/back.csv --today 2024-03-12" ;;
    patrol) echo "patrol PROJECT --grid $grid --days 1 --start 2024-03-11 --out $work/patrol-out" ;;
    appedit) echo "PROJECT $unsurveyed" ;;
  esac
}
run_on() {  # run_on COMMAND PROJECT → runs in the background, sets pid
  local a
  a=$(args_of "$1")
  local program="$fangan"
  [ "$1" == appedit ] && program="$app_driver"
  # shellcheck disable=SC2086
  "$program" ${a//PROJECT/$2} > "$work/cmd.out" 2>&1 &
  pid=$!
}
now_ms() { date +%s%3N; }

report=""
for c in "${commands[@]}"; do
  start=$(start_of "$c")
  before=$("$hash" "$start")
  cp "$start" "$work/after.sqlite"
  t=$(now_ms)
  run_on "$c" "$work/after.sqlite"
  wait "$pid"
  check "$c completes" 0 $?
  duration=$(($(now_ms) - t))
  after=$("$hash" "$work/after.sqlite")
  # A command that changed nothing would make every kill pass: each one must write, except
  # patrol, which only reads the project (its sheets go to files) and must leave it as it was.
  [ "$after" != "$before" ] || [ "$c" == patrol ] || check "$c changes the project" changed unchanged
  failed_before=$failed
  killed=0
  finished=0
  for i in $(seq 1 "$kills"); do
    p="$work/k.sqlite"
    rm -f "$p" "$p-wal" "$p-shm" "$p-writer"
    cp "$start" "$p"
    delay=$((RANDOM % (duration + duration / 10 + 1)))
    run_on "$c" "$p"
    sleep "$(printf '%d.%03d' $((delay / 1000)) $((delay % 1000)))"
    if kill -9 "$pid" 2> /dev/null; then killed=$((killed + 1)); else finished=$((finished + 1)); fi
    wait "$pid" 2> /dev/null
    ok=$(sqlite3 "$p" "PRAGMA integrity_check" 2>&1)
    check "$c kill $i at ${delay} ms: integrity_check" ok "$ok"
    h=$("$hash" "$p")
    if [ "$h" == "$before" ] || [ "$h" == "$after" ]; then
      passed=$((passed + 1))
    else
      failed=$((failed + 1))
      echo "FAIL: $c kill $i at ${delay} ms: content is neither the state before nor after"
      cp "$p" "/tmp/crash-$c-$i.sqlite" 2> /dev/null
    fi
  done
  report="$report  $c: ${duration} ms a run, $killed killed mid-run + $finished finished, all intact=$([ $failed -eq "$failed_before" ] && echo yes || echo no)\n"
done

# A full disk: no file may grow past 2 MB (the import's WAL needs more); a clear error,
# nothing changed.
p="$work/full-disk.sqlite"
cp "$base" "$p"
before=$("$hash" "$p")
out=$( (trap "" XFSZ; ulimit -f 2048; "$fangan" import "$p" --layer buildings --from "$sample/buildings.gpkg") 2>&1)
status=$?
check "full disk: exit" 1 "$status"
check "full disk: one clear line" 1 "$(echo "$out" | grep -c '^fangan: .*\(磁盘\|disk\|full\|File too large\|大\)')"
check "full disk: integrity" ok "$(sqlite3 "$p" "PRAGMA integrity_check" 2>&1)"
check "full disk: unchanged" "$before" "$("$hash" "$p")"
echo "  full disk: $(echo "$out" | tail -1)"

# A read-only project file (and folder): a clear error, nothing changed. Root may write any
# file, so as root the command runs as nobody.
ro="$work/ro"
mkdir -p "$ro"
p="$ro/read-only.sqlite"
cp "$base" "$p"
sqlite3 "$p" "PRAGMA wal_checkpoint(TRUNCATE)" > /dev/null
rm -f "$p-wal" "$p-shm"
chmod 444 "$p"
chmod 555 "$ro"
chmod 755 "$work"
before=$("$hash" "$p")
as_user=()
[ "$(id -u)" -eq 0 ] && as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
out=$("${as_user[@]}" "$fangan" import "$p" --layer buildings --from "$sample/buildings.gpkg" 2>&1)
status=$?
check "read-only: exit" 1 "$status"
check "read-only: one clear line" 1 "$(echo "$out" | grep -c "^fangan: .*$p")"
chmod 755 "$ro"
chmod 644 "$p"
check "read-only: unchanged" "$before" "$("$hash" "$p")"
echo "  read-only: $(echo "$out" | tail -1)"

printf "crash loops (%s kills each):\n%b" "$kills" "$report"
echo "crash: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
