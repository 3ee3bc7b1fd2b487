#!/usr/bin/env bash
# End-to-end checks of the `fangan` command line on real files: exit codes, one-line errors,
# info JSON, and the ledger XLSX read back through GDAL equal to the CSV.
# usage: cli_test.sh FANGAN_BINARY
set -uo pipefail
fangan="$1"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source "$(dirname "$0")/check.sh"

cat > "$work/ledger.csv" <<'CSV'
房屋编码,镇街,自建房,用途,排查状态,初判隐患,复核无隐患,直接工程措施,鉴定等级,整治措施,整治完成,销号,销号依据,wkt
A1,东街街道,是,经营,已排查,有,,,C,加固,是,是,工程措施,"POLYGON((119.3 26.08,119.3001 26.08,119.3001 26.0801,119.3 26.08))"
A2,东街街道,是,居住,已排查,无,,,,,,,,"POLYGON((119.31 26.08,119.3101 26.08,119.3101 26.0801,119.31 26.08))"
A3,西街街道,是,居住,已排查,有,是,,,,,是,复核无隐患,"POLYGON((119.32 26.08,119.3201 26.08,119.3201 26.0801,119.32 26.08))"
A4,西街街道,是,居住,已排查,有,,,,,,,,"POLYGON((119.33 26.08,119.3301 26.08,119.3301 26.0801,119.33 26.08))"
A5,西街街道,是,居住,未排查,,,,,,,,,"POLYGON((119.34 26.08,119.3401 26.08,119.3401 26.0801,119.34 26.08))"
CSV

p="$work/p.sqlite"
"$fangan" init "$p" > /dev/null
check "init exit" 0 $?
"$fangan" import "$p" --layer buildings --from "$work/ledger.csv" > "$work/import.txt"
check "import exit" 0 $?
info=$("$fangan" info "$p" --json)
check "info srid (CGCS2000 GK CM 120E)" 1 "$(echo "$info" | grep -c '"srid":4549')"
check "info buildings" 1 "$(echo "$info" | grep -c '"buildings":5')"

# Errors: non-zero exit and exactly one line naming the reason.
err=$("$fangan" import "$p" --layer buildings --from "$work/missing.gpkg" 2>&1 >/dev/null)
rc=$?
check "missing file exit" 1 $rc
check "missing file one line" 1 "$(echo "$err" | wc -l)"
check "missing file named" 1 "$(echo "$err" | grep -c 'missing.gpkg')"
"$fangan" import "$p" --layer nonsense --from "$work/ledger.csv" > /dev/null 2>&1
check "bad layer exit" 2 $?
"$fangan" info "$work/nothing.sqlite" > /dev/null 2>&1
check "missing project exit" 1 $?

# Ledger: CSV values computed by hand for this fixture (self-built houses, by town).
csv=$("$fangan" ledger "$p" --by town)
check "ledger east all" "东街街道,all,2,1,0,0,1,1,1,1,1.0000,1.0000,1.0000" "$(echo "$csv" | grep '^东街街道,all')"
# West: ① = 2 (A3, A4), ② = 1, appraised 0 → appraisal rate 0/(2-1-0) = 0; ⑤+③ = 0 → —.
check "ledger west all" "西街街道,all,2,2,1,0,0,0,0,1,0.0000,—,0.5000" "$(echo "$csv" | grep '^西街街道,all')"

# XLSX through GDAL holds the same numbers as the CSV.
"$fangan" ledger "$p" --by town --out "$work/ledger.xlsx" > /dev/null 2> "$work/ledger-xlsx.err"
check_showing "xlsx exit" 0 $? "$work/ledger-xlsx.err"
ogrinfo -ro -q -al "$work/ledger.xlsx" > "$work/ledger-xlsx.txt" 2> "$work/ogrinfo.err"
xlsx_closed=$(grep -c '已销号⑦ (Integer) = 1' "$work/ledger-xlsx.txt")
csv_closed=$(echo "$csv" | tail -n +2 | awk -F, '$10 == 1' | wc -l)
check_showing "xlsx closed counts equal csv" "$csv_closed" "$xlsx_closed" \
  "$work/ogrinfo.err" "$work/ledger-xlsx.txt"
xlsx_rate=$(ogrinfo -ro -q -al "$work/ledger.xlsx" -where "\"区域\" = '西街街道' AND \"类别\" = '合计'" | grep '销号率' | awk '{print $NF}')
check "xlsx closure rate" "0.5" "$xlsx_rate"

# Priority: the never-surveyed A5 and awaiting-appraisal A4 come before closed cases.
top=$("$fangan" priority "$p" --top 2 --today 2024-06-01 | tail -n +2 | cut -d, -f2 | sort | tr '\n' ' ')
check "priority top 2" "A4 A5 " "$top"

# Gaps by key zone: 一小 holds A1, A2; 二小 overlaps it at A2 and holds A2–A5; the unnamed
# corridor holds A5, the one building not surveyed. Counts by hand.
cat > "$work/zones.csv" <<'CSV'
type,name,wkt
school,一小,"POLYGON((119.299 26.079,119.3115 26.079,119.3115 26.081,119.299 26.081,119.299 26.079))"
school,二小,"POLYGON((119.309 26.079,119.3415 26.079,119.3415 26.081,119.309 26.081,119.309 26.079))"
rail_road,,"POLYGON((119.339 26.079,119.3415 26.079,119.3415 26.081,119.339 26.081,119.339 26.079))"
CSV
"$fangan" import "$p" --layer zones --from "$work/zones.csv" > /dev/null
check "zones import exit" 0 $?
err=$("$fangan" gaps "$p" --by-zone 2>&1 >/dev/null)
check "by-zone before analyze hints" 1 "$(echo "$err" | grep -c 'fangan analyze')"
"$fangan" analyze "$p" > /dev/null
check "analyze exit" 0 $?
csv=$("$fangan" gaps "$p" --by-zone)
check "by-zone exit" 0 $?
# A2 is in both schools but counts once for the type: 5 buildings, not 6.
check "by-zone school type" "type,school,,,5,4,1,0.8000" "$(echo "$csv" | grep '^type,school,')"
check "by-zone biggest school gap first" "二小,4,3,1,0.7500" \
  "$(echo "$csv" | grep -A1 '^type,school,' | tail -1 | cut -d, -f4-)"
check "by-zone 一小" "一小,2,2,0,1.0000" "$(echo "$csv" | grep ',一小,' | cut -d, -f4-)"
check "by-zone corridor" "type,rail_road,,,1,0,1,0.0000" "$(echo "$csv" | grep '^type,rail_road,')"
check "by-zone unnamed zone" ",1,0,1,0.0000" "$(echo "$csv" | grep '^zone,rail_road,' | cut -d, -f4-)"
check "by-zone any zone" "all,,,,5,4,1,0.8000" "$(echo "$csv" | tail -1)"
json=$("$fangan" gaps "$p" --by-zone --json)
check "by-zone json any zone" 1 \
  "$(echo "$json" | grep -c '"in_any_zone":{"total":5,"checked":4,"unchecked":1,"coverage_rate":0.8}')"
check "by-zone json links" 1 "$(echo "$json" | grep -c '"links":7')"
"$fangan" gaps "$p" --by grid --by-zone > /dev/null 2>&1
check "by and by-zone together exit" 2 $?

# A ledger table without geometry only updates attributes: no --src-crs asked (CSV and XLSX).
# A4 closed by management measures only: not counted in ⑦ (west ⑦ stays 1), but in the re-check
# ledger (attachment 1).
cat > "$work/update.csv" <<'CSV'
房屋编码,销号,销号依据
A4,是,管理措施
CSV
"$fangan" import "$p" --layer buildings --from "$work/update.csv" > "$work/update.txt" 2>&1
check "attribute-only csv import exit" 0 $?
printf '房屋编码,排查状态\nA5,已排查\n' > "$work/update2.csv"
ogr2ogr -f XLSX "$work/update2.xlsx" "$work/update2.csv" > "$work/ogr2ogr.err" 2>&1
"$fangan" import "$p" --layer buildings --from "$work/update2.xlsx" > "$work/update2.err" 2>&1
check_showing "attribute-only xlsx import exit" 0 $? "$work/ogr2ogr.err" "$work/update2.err"
csv=$("$fangan" ledger "$p" --by town)
check "management-only closure not in ⑦" "西街街道,all,3,2,1,0,0,0,0,1,0.0000,—,0.5000" "$(echo "$csv" | grep '^西街街道,all')"
check "management-only closure in attachment 1" "西街街道,all,1,0,0,0" \
  "$("$fangan" ledger "$p" --by town --recheck | grep '^西街街道,all')"

# Figures as of a date: the fixture's records carry no dates of their own, so they count from
# the day they entered the project (today): as of yesterday nothing had entered.
today=$(date +%F)
yesterday=$(date -d yesterday +%F)
check "ledger as-of today equals today" "$("$fangan" ledger "$p" --by town)" \
  "$("$fangan" ledger "$p" --by town --as-of "$today")"
check "ledger as-of yesterday is empty" 1 "$("$fangan" ledger "$p" --by town --as-of "$yesterday" | wc -l)"
check "gaps as-of today equals today" "$("$fangan" gaps "$p" --by town)" \
  "$("$fangan" gaps "$p" --by town --as-of "$today")"
"$fangan" ledger "$p" --as-of 2024-13-45 > /dev/null 2>&1
check "bad as-of exit" 2 $?
"$fangan" ledger "$p" --bogus 1 > /dev/null 2>&1
check "unknown option exit" 2 $?

# import --date: the data stands for that day, so as of the next day the ledger is already there.
p2="$work/dated.sqlite"
"$fangan" init "$p2" > /dev/null
"$fangan" import "$p2" --layer buildings --from "$work/ledger.csv" --date 2020-01-01 > /dev/null
check "dated import exit" 0 $?
check "as of the import day's morrow equals today" "$("$fangan" ledger "$p2" --by town)" \
  "$("$fangan" ledger "$p2" --by town --as-of 2020-01-02)"
check "as of the day before the import: nothing" 1 "$("$fangan" ledger "$p2" --by town --as-of 2019-12-31 | wc -l)"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
