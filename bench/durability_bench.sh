#!/usr/bin/env bash
# The cost of durable commits (docs/rules.md#durability): the same import with
# synchronous=FULL (what projects use) and synchronous=NORMAL (the former setting), each into a
# fresh project, median of RUNS alternated runs; then 200 one-row transactions (the app saving edits one by one)
# both ways through `fangan results` on a one-row sheet.
# usage: durability_bench.sh FANGAN BUILDINGS.gpkg [RUNS=1] [WORKDIR] [COMMITS=200]
set -euo pipefail
fangan="$1"
input="$2"
runs="${3:-1}"
work="${4:-$(mktemp -d)}"
commits="${5:-200}"
mkdir -p "$work"
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
import_ms() {  # import_ms MODE → milliseconds of one import into a fresh project
  local p="$work/d-$1.sqlite"
  rm -f "$p" "$p-wal" "$p-shm"
  "$fangan" init "$p" > /dev/null
  local t
  t=$(date +%s%3N)
  FANGAN_BENCH_SYNCHRONOUS=$1 "$fangan" import "$p" --layer buildings --from "$input" > /dev/null
  echo $(($(date +%s%3N) - t))
}
# Alternated (FULL, NORMAL, FULL, …) so that a change in the machine's load hits both alike.
rm -f "$work/runs-FULL" "$work/runs-NORMAL"
for _ in $(seq 1 "$runs"); do
  for mode in FULL NORMAL; do import_ms $mode >> "$work/runs-$mode"; done
done
for mode in FULL NORMAL; do median < "$work/runs-$mode" > "$work/import-$mode"; done
echo "import runs (ms): FULL $(tr '\n' ' ' < "$work/runs-FULL")| NORMAL $(tr '\n' ' ' < "$work/runs-NORMAL")"
n=$(sqlite3 "$work/d-FULL.sqlite" "SELECT count(*) FROM buildings")
full=$(cat "$work/import-FULL")
normal=$(cat "$work/import-NORMAL")
echo "import of $n buildings: synchronous=FULL ${full} ms, NORMAL ${normal} ms," \
  "cost $(awk -v f="$full" -v n="$normal" 'BEGIN { printf "%.1f", (n > 0 ? (f - n) * 100 / n : 0) }')%"
# Small transactions: COMMITS one-row result sheets, each its own commit.
code=$(sqlite3 "$work/d-FULL.sqlite" "SELECT code FROM buildings ORDER BY id LIMIT 1")
for mode in FULL NORMAL; do
  p="$work/d-$mode.sqlite"
  t=$(date +%s%3N)
  for i in $(seq 1 "$commits"); do
    printf 'code,result_date,inspector,result,note\n%s,2024-03-11,张三,无隐患,第%d次\n' "$code" "$i" > "$work/one.csv"
    FANGAN_BENCH_SYNCHRONOUS=$mode "$fangan" results "$p" --from "$work/one.csv" --today 2024-03-12 > /dev/null
  done
  echo "$commits one-row result commits: synchronous=$mode $(($(date +%s%3N) - t)) ms"
done
