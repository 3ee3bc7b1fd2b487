#!/usr/bin/env bash
# End-to-end checks of `fangan report` (docs/rules.md#report) on a real project: the weekly
# report as PDF (its text through pdftotext: town names, the summary's numbers) and as XLSX
# (read back with ogrinfo), and the usage errors. Dates are relative to today, so the project
# (imported today) and the report's week agree whatever day the test runs.
# usage: report_test.sh FANGAN_BINARY
set -uo pipefail
fangan="$1"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source "$(dirname "$0")/check.sh"

today=$(date +%F)
monday=$(date -d "$today -$(( $(date -d "$today" +%u) - 1 )) days" +%F)
last_week=$(date -d "$monday -3 days" +%F)
ten_ago=$(date -d "$today -10 days" +%F)

# E1 surveyed last week; E2 surveyed today with a hazard (new this week); W1 a hazard found ten
# days ago with no order to appraise (overdue); W2 never surveyed.
cat > "$work/buildings.csv" <<CSV
房屋编码,镇街,自建房,用途,排查状态,排查日期,初判隐患,隐患发现日期,wkt
E1,东街街道,是,居住,已排查,$last_week,无,,"POLYGON((119.3 26.08,119.3001 26.08,119.3001 26.0801,119.3 26.08))"
E2,东街街道,是,经营,已排查,$today,有,$today,"POLYGON((119.31 26.08,119.3101 26.08,119.3101 26.0801,119.31 26.08))"
W1,西街街道,是,居住,已排查,$ten_ago,有,$ten_ago,"POLYGON((119.32 26.08,119.3201 26.08,119.3201 26.0801,119.32 26.08))"
W2,西街街道,是,居住,未排查,,,,"POLYGON((119.33 26.08,119.3301 26.08,119.3301 26.0801,119.33 26.08))"
CSV

p="$work/p.sqlite"
"$fangan" init "$p" > /dev/null
"$fangan" import "$p" --layer buildings --from "$work/buildings.csv" > /dev/null
check "import exit" 0 $?

# PDF: the towns, the summary's figures and the laggards in the text layer.
out=$("$fangan" report "$p" --period week --date "$today" --out "$work/week.pdf" --district 示例区)
check "pdf exit" 0 $?
check "pdf written" 1 "$([ -s "$work/week.pdf" ] && echo 1 || echo 0)"
text=$(pdftotext "$work/week.pdf" - | tr -d '\n')
check "pdf title" 1 "$(echo "$text" | grep -c '示例区房屋安全隐患排查整治工作周报')"
check "pdf east town" 1 "$(echo "$text" | grep -c '东街街道')"
check "pdf west town" 1 "$(echo "$text" | grep -c '西街街道')"
check "pdf newly surveyed" 1 "$(echo "$text" | grep -c '本周.*新增排查 1 栋，新增初判隐患 1 栋')"
check "pdf coverage" 1 "$(echo "$text" | grep -c '排查覆盖率 75.0%')"
check "pdf overdue" 1 "$(echo "$text" | grep -c '超过5日未责成鉴定 1 栋')"
check "pdf laggard" 1 "$(echo "$text" | grep -c '覆盖率低于全区的镇街：西街街道')"
check "stdout summary" 1 "$(echo "$out" | grep -c '新增排查 1 栋')"

# XLSX: two sheets, the per-town changes and the trend of 8 weeks, read back through GDAL.
"$fangan" report "$p" --period week --date "$today" --out "$work/week.xlsx" > /dev/null
check "xlsx exit" 0 $?
info=$(ogrinfo -ro -so "$work/week.xlsx")
check "xlsx town sheet" 1 "$(echo "$info" | grep -c '各镇街情况')"
check "xlsx trend sheet" 1 "$(echo "$info" | grep -c '趋势')"
rows=$(ogrinfo -ro -q "$work/week.xlsx" 各镇街情况)
east=$(echo "$rows" | awk '/区域 \(String\) = 东街街道/{f=1} f&&/本期新增排查/{print; exit}')
check "xlsx east newly surveyed" "本期新增排查 (Integer) = 1" "$(echo "$east" | sed 's/^ *//; s/Integer64/Integer/')"
check "xlsx total row" 1 "$(echo "$rows" | grep -c '区域 (String) = 合计')"
check "xlsx trend rows" 8 "$(ogrinfo -ro -q "$work/week.xlsx" 趋势 | grep -c '截至日期 (')"

# Per grid of one town, other periods.
"$fangan" report "$p" --period month --date "$today" --town 东街街道 --out "$work/m.xlsx" > /dev/null
check "town report exit" 0 $?
"$fangan" report "$p" --period dekad --date "$today" --out "$work/d.pdf" > /dev/null
check "dekad exit" 0 $?

# Usage errors exit 2.
"$fangan" report "$p" --period fortnight --date "$today" --out "$work/x.pdf" > /dev/null 2>&1
check "bad period exit" 2 $?
"$fangan" report "$p" --period week --out "$work/x.pdf" > /dev/null 2>&1
check "missing date exit" 2 $?
"$fangan" report "$p" --period week --date "$today" --town 无此镇 --out "$work/x.pdf" > /dev/null 2>&1
check "unknown town exit" 2 $?
"$fangan" report "$p" --period week --date "$today" --out "$work/x.docx" > /dev/null 2>&1
check "bad output exit" 2 $?
"$fangan" report "$p" --period week --date "$today" --out "$work/x.pdf" --as-of "$today" > /dev/null 2>&1
check "unknown option exit" 2 $?

echo "report_test: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
