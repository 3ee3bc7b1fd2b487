#!/usr/bin/env bash
# The command line refuses what it does not know: unknown options, missing values, repeated
# single options and malformed dates or numbers exit 2 with the usage line of that command,
# before anything is opened or written.
# usage: options_test.sh FANGAN
set -uo pipefail
fangan="$1"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
p="$work/p.sqlite"
"$fangan" init "$p" --crs EPSG:4547 > /dev/null || exit 1
passed=0
failed=0
refused() {  # refused COMMAND... → exit 2, "fangan: " line and the command's usage line
  "$fangan" "$@" > "$work/out" 2> "$work/err"
  local status=$?
  if [ "$status" -eq 2 ] && grep -q "^fangan: " "$work/err" && grep -q "usage: $1 " "$work/err"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL: fangan $*: exit $status: $(head -2 "$work/err" | tr '\n' ' ')"
  fi
}
refused ledger "$p" --by town --bogus 1
refused notice "$p" --code A1 --date 2025-02-30 --out "$work/n"
refused notice "$p" --code A1 --new --bogus --out "$work/n"
refused referrals "$p" set --id 1 --state closed --date 2025-13-01
refused referrals "$p" list --bogus
refused ledger "$p" --by town --as-off 2024-01-01
refused ledger "$p" --by town --by grid
refused ledger "$p" --by
refused ledger "$p" --by town --as-of 2024-02-30
refused ledger "$p" --by town --as-of 2024-13-01
refused ledger "$p" --by town --as-of yesterday
refused import "$p" --layer buildings --from
refused import "$p" --layer buildings --from --json
refused import "$p" --layer buildings --layer zones --from x.gpkg
refused import "$p" --layer buildings --from x.gpkg --date 2024-02-30
refused gaps "$p" --by town --top 5x
refused gaps "$p" --by town --top -1
refused gaps "$p" --by town --top 99999999999999999999
refused analyze "$p" --threads 2.5
refused analyze "$p" --threads 0
refused sample "$p" --rate 0.1x --seed 1
refused sample "$p" --rate 0.1 --seed abc
refused patrol "$p" --all --days 2 --start 2024-02-30 --out "$work/o"
refused patrol "$p" --all --days 2x --out "$work/o"
refused priority "$p" --today 2024-02-30
refused results "$p" --from x.csv --today 2024-03-01x
refused report "$p" --period week --date 2024-02-30 --out "$work/r.pdf"
refused info "$p" --json --json
refused generate synthetic --buildings 10 --out "$work/g" --seed 1 --seed 2
check_untouched=$("$fangan" info "$p" --json)
echo "$check_untouched" | grep -q '"buildings":0' && passed=$((passed + 1)) || {
  failed=$((failed + 1))
  echo "FAIL: project changed: $check_untouched"
}
echo "options: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
