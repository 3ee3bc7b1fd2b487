#!/usr/bin/env bash
# Every command works the same on a server project as on a file (issue 12 item 1), for the
# commands the other server scripts do not run: the sample district is made as a file, copied
# onto the PostGIS test server (FANGAN_PG_URL), and `sample`, `priority --format json`,
# `patrol`, `export-map`, `atlas`, `analyze` and `gaps --by-zone` run on both. Their outputs must
# be equal (the output folder, the project's name and timings aside); the map images pixel for
# pixel (same PNG bytes, with the same --source: by default the footer names the project).
# Without a server: exit 77 (skipped), but a failure under CI=true.
set -uo pipefail
fangan="$1"
here="$(cd "$(dirname "$0")/../.." && pwd)"
source "$here/tests/cli/pg_server.sh"
source "$here/tests/cli/check.sh"
work=$(mktemp -d); [ -n "${KEEP:-}" ] && echo "work: $work"
schema="cmd_$$"
url="$FANGAN_PG_URL?schema=$schema"
cleanup() {
  psql_ -c "SET client_min_messages=warning; DROP SCHEMA IF EXISTS $schema CASCADE" >/dev/null 2>&1
  [ -n "${KEEP:-}" ] || rm -rf "$work"
}
trap cleanup EXIT

bash "$here/scripts/make-sample-project.sh" "$fangan" "$work/a.sqlite" >"$work/make.log" 2>&1 ||
  { cat "$work/make.log"; exit 1; }
"$fangan" copy "$work/a.sqlite" "$url" >"$work/up.log" 2>&1 || { cat "$work/up.log"; exit 1; }

# both NAME ARGS...: runs `fangan ARGS` on the file and on the server ({P} stands for the
# project, {D} for an output folder of its own) and checks that stdout and exit are equal.
both() {
  local name="$1"
  shift
  local side out
  for side in a s; do
    local project="$work/a.sqlite"
    [ "$side" = s ] && project="$url"
    mkdir -p "$work/$name-$side"
    local args=()
    for x in "$@"; do
      x="${x//\{P\}/$project}"
      args+=("${x//\{D\}/$work/$name-$side}")
    done
    "$fangan" "${args[@]}" >"$work/$name-$side.out" 2>"$work/$name-$side.err"
    echo $? >>"$work/$name-$side.out"
    # The paths, the project's name and the timings differ by nature.
    sed -i -E "s#$work/$name-$side#DIR#g; /^项目: /d; s/[0-9.]+ (ms|s)\b/T/g" "$work/$name-$side.out"
  done
  check "$name: exit 0" 0 "$(tail -1 "$work/$name-a.out")"
  check "$name: same output" "$(md5sum <"$work/$name-a.out")" "$(md5sum <"$work/$name-s.out")"
}
# files NAME PATTERN: the files of both runs' folders are byte-identical.
files() {
  local f n=0
  for f in "$work/$1-a"/$2; do
    [ -f "$f" ] || continue
    n=$((n + 1))
    check "$1: $(basename "$f") equal" "$(md5sum <"$f")" "$(md5sum <"$work/$1-s/$(basename "$f")")"
  done
  check "$1: files written ($2)" 1 "$([ "$n" -gt 0 ] && echo 1 || echo 0)"
}

both sample sample "{P}" --rate 0.1 --seed 7 --today 2025-02-01 --format json
both priority priority "{P}" --format json --top 50 --today 2025-02-01
both patrol patrol "{P}" --all --days 2 --start 2025-02-03 --straight --out "{D}"
files patrol "*.csv"
both map export-map "{P}" --template hazard-grade --out "{D}/map.png" --dpi 72 --date 2025-02-01 --source 样例区
files map "*.png"
both atlas atlas "{P}" --by town --template coverage-gaps --out "{D}/atlas.pdf" --date 2025-02-01 --source 样例区
check "atlas: same page count" "$(pdfinfo "$work/atlas-a/atlas.pdf" | grep Pages)" \
  "$(pdfinfo "$work/atlas-s/atlas.pdf" | grep Pages)"
both analyze analyze "{P}" --dem "$here/data/sample/dem.tif"
both gaps-by-zone gaps "{P}" --by-zone --format csv

echo "pg_commands_test: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
