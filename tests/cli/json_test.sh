#!/usr/bin/env bash
# Every JSON output of the `fangan` command line parses as JSON (python3 -m json.tool) when the
# project, its rules and its data lie in a folder whose name holds a quote, a backslash, a space
# and Chinese, and when names inside the data hold them too; the strings read back equal what went
# in. Also: the importer's "give the source CRS" failure comes out naming the option.
# usage: json_test.sh FANGAN_BINARY
set -uo pipefail
fangan="$1"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source "$(dirname "$0")/check.sh"
# parses NAME FILE: the file is one JSON document.
parses() {
  if python3 -m json.tool "$2" > /dev/null 2> "$work/json.err"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL: $1: not JSON: $(cat "$work/json.err")"
    head -c 400 "$2"
    echo
  fi
}
# field FILE PYTHON-EXPRESSION-ON-d: a value read back from the JSON document; the expression
# may use `town`, the town name with the quote and the backslash.
field() {
  TOWN="$town" python3 -c "import json,os,sys; town=os.environ['TOWN']; \
d=json.load(open(sys.argv[1], encoding='utf-8')); print($2)" "$1"
}

dir="$work/"'a"b\c 房安'
town='东"街\街道'
mkdir -p "$dir"
# A town whose name holds a quote and a backslash (CSV doubles the quote).
cat > "$dir/ledger.csv" <<'CSV'
房屋编码,镇街,自建房,用途,排查状态,初判隐患,复核无隐患,直接工程措施,鉴定等级,整治措施,整治完成,销号,销号依据,wkt
A1,"东""街\街道",是,经营,已排查,有,,,C,加固,是,是,工程措施,"POLYGON((119.3 26.08,119.3001 26.08,119.3001 26.0801,119.3 26.08))"
A2,"东""街\街道",是,经营,已排查,无,,,,,,,,"POLYGON((119.31 26.08,119.3101 26.08,119.3101 26.0801,119.31 26.08))"
A3,西街街道,是,经营,已排查,无,,,,,,,,"POLYGON((119.32 26.08,119.3201 26.08,119.3201 26.0801,119.32 26.08))"
A4,西街街道,是,经营,已排查,无,,,,,,,,"POLYGON((119.33 26.08,119.3301 26.08,119.3301 26.0801,119.33 26.08))"
A5,西街街道,是,居住,未排查,,,,,,,,,"POLYGON((119.34 26.08,119.3401 26.08,119.3401 26.0801,119.34 26.08))"
CSV
cp "$(dirname "$0")/../../data/rules/zones.rules" "$dir/zones.rules"
p="$dir/p.sqlite"

"$fangan" init "$p" > /dev/null
check "init exit" 0 $?

"$fangan" import "$p" --layer buildings --from "$dir/ledger.csv" --json > "$work/import.json"
check "import exit" 0 $?
parses "import --json" "$work/import.json"
check "import file" "$dir/ledger.csv" "$(field "$work/import.json" 'd["file"]')"
check "import imported" 5 "$(field "$work/import.json" 'd["imported"]')"

"$fangan" info "$p" --json > "$work/info.json"
check "info exit" 0 $?
parses "info --json" "$work/info.json"
check "info project" "$p" "$(field "$work/info.json" 'd["project"]')"
check "info buildings" 5 "$(field "$work/info.json" 'd["layers"]["buildings"]')"

"$fangan" analyze "$p" --rules "$dir/zones.rules" --json > "$work/analyze.json"
check "analyze exit" 0 $?
parses "analyze --json" "$work/analyze.json"
check "analyze rules" "$dir/zones.rules" "$(field "$work/analyze.json" 'd["rules"]')"
check "analyze project" "$p" "$(field "$work/analyze.json" 'd["project"]')"

for by in grid town zone; do
  "$fangan" gaps "$p" --by $by --json > "$work/gaps-$by.json" 2> /dev/null
  check "gaps --by $by exit" 0 $?
  parses "gaps --by $by --json" "$work/gaps-$by.json"
done
check "gaps town rate" 1.0 \
  "$(field "$work/gaps-town.json" '[r["coverage_rate"] for r in d["rows"] if r["area"] == town][0]')"
"$fangan" gaps "$p" --by-zone --json > "$work/gaps-by-zone.json" 2> /dev/null
check "gaps --by-zone exit" 0 $?
parses "gaps --by-zone --json" "$work/gaps-by-zone.json"

"$fangan" audit "$p" --format json --today 2024-06-01 > "$work/audit.json"
check "audit exit" 0 $?
parses "audit --format json" "$work/audit.json"

"$fangan" priority "$p" --format json --today 2024-06-01 > "$work/priority.json"
check "priority exit" 0 $?
parses "priority --format json" "$work/priority.json"
check "priority towns" "$town" \
  "$(field "$work/priority.json" 'sorted({r["town"] for r in d if r["code"] in ("A1","A2")})[0]')"

"$fangan" sample "$p" --rate 1 --seed 3 --format json > "$work/sample.json"
check "sample exit" 0 $?
parses "sample --format json" "$work/sample.json"
check "sample first town" "$town" "$(field "$work/sample.json" 'd["towns"][0]["town"]')"

"$fangan" sample "$p" --rate 1 --seed 3 --today 2024-06-01 --out "$dir/抽查\"表.csv" > /dev/null
check "sample --out exit" 0 $?
"$fangan" spotcheck "$p" --format json > "$work/spotcheck.json"
check "spotcheck exit" 0 $?
parses "spotcheck --format json" "$work/spotcheck.json"
check "spotcheck towns" 2 "$(field "$work/spotcheck.json" 'len(d)')"

# The importer says what is missing; the command line names the option that gives it.
cat > "$dir/metric.csv" <<'CSV'
房屋编码,wkt
M1,"POLYGON((500000 3300000,500010 3300000,500010 3300010,500000 3300000))"
CSV
err=$("$fangan" import "$p" --layer buildings --from "$dir/metric.csv" 2>&1 > /dev/null)
check "no CRS exit" 1 $?
check "no CRS names --src-crs" 1 "$(echo "$err" | grep -c -- '--src-crs')"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
