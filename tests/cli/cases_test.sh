#!/usr/bin/env bash
# Case management end to end on real files (docs/rules.md#responsibility, #problem, #plan):
# a ledger with owners imports; a problem list (XLSX made by ogr2ogr) registers; refused and
# allowed steps; the figures; attachment 2's 线上检查 cells; 一栋一策 refused and drafted; an
# overdue plan in priority and audit.
# usage: cases_test.sh FANGAN_BINARY
set -uo pipefail
fangan="$1"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
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

{
  echo "房屋编码,镇街,地址,自建房,用途,排查状态,排查日期,初判隐患,隐患发现日期,鉴定等级,产权人,产权人电话,消防手续,wkt"
  echo "A1,东镇,东镇一街1号,是,经营,已排查,2025-01-02,有,2025-01-02,C,陈一,13812345678,无,\"POLYGON((119.30 26.08,119.3001 26.08,119.3001 26.0801,119.30 26.08))\""
  echo "A2,东镇,东镇一街2号,是,经营,已排查,2025-01-02,有,2025-01-02,,林二,13900001111,有,\"POLYGON((119.31 26.08,119.3101 26.08,119.3101 26.0801,119.31 26.08))\""
  echo "B1,西镇,西镇老街1号,是,居住,已排查,2025-01-02,无,,,王三,,,\"POLYGON((119.40 26.08,119.4001 26.08,119.4001 26.0801,119.40 26.08))\""
} > "$work/buildings.csv"
p="$work/p.sqlite"
"$fangan" init "$p" > /dev/null
"$fangan" import "$p" --layer buildings --from "$work/buildings.csv" > /dev/null
check "import exit" 0 $?
# Version 3 brought the case tables; later migrations may follow (never a fixed number).
check "schema version 3 or later" 1 "$("$fangan" info "$p" --json | grep -cE '"schema_version":([3-9]|[1-9][0-9]+)[,}]')"

# Problem list as the offices receive it: XLSX with Chinese headers.
{
  echo "问题编号,问题来源,发现日期,房屋编码,位置,镇街,问题描述,责任单位,整改期限"
  echo "XS-1,线上巡检,2025-02-01,A1,,,C级房屋未停用,东镇,2025-02-28"
  echo "XS-2,线上巡检,2025-02-01,B1,,,违规加层,,"
  echo "GZ-1,工作组,2025-02-03,,西镇集市,西镇,集市棚屋开裂,西镇,2025-03-15"
} > "$work/problems.csv"
ogr2ogr -f XLSX "$work/problems.xlsx" "$work/problems.csv" -oo AUTODETECT_TYPE=NO > /dev/null 2>&1
"$fangan" problems "$p" import --file "$work/problems.xlsx" > "$work/import.txt"
check "problems import exit" 0 $?
check "problems imported" "导入问题 3 条，已登记跳过 0 条" "$(cat "$work/import.txt")"
"$fangan" problems "$p" import --file "$work/problems.xlsx" > "$work/import2.txt"
check "problems import again skips" "导入问题 0 条，已登记跳过 3 条" "$(cat "$work/import2.txt")"

# XS-2 has neither a responsible unit nor a deadline: confirming is refused with its code (the
# unit is checked first), and nothing changes; with a unit but no deadline, the next code.
"$fangan" problems "$p" set --id 2 --state confirmed --date 2025-02-02 2> "$work/refused.txt"
check "refused exit" 1 $?
check "refused code" 1 "$(grep -c 'confirm_needs_responsible' "$work/refused.txt")"
"$fangan" problems "$p" set --id 2 --unit 西镇 --state confirmed --date 2025-02-02 2> "$work/refused2.txt"
check "refused without deadline" 1 "$(grep -c 'confirm_needs_deadline' "$work/refused2.txt")"
"$fangan" problems "$p" set --id 2 --deadline 2025-03-01 --unit 西镇 --state confirmed --date 2025-02-02 > /dev/null
check "confirm with deadline exit" 0 $?
"$fangan" problems "$p" set --id 1 --state confirmed --date 2025-02-02 > /dev/null
"$fangan" problems "$p" set --id 1 --state rectifying --date 2025-02-05 > /dev/null
"$fangan" problems "$p" set --id 1 --state rectified --date 2025-02-20 2> /dev/null
check "rectified without evidence exit" 1 $?
"$fangan" problems "$p" set --id 1 --state rectified --date 2025-02-20 --evidence "停用照片2张" > /dev/null
check "rectified exit" 0 $?
"$fangan" problems "$p" set --id 1 --state closed --date 2025-01-01 2> "$work/early.txt"
check "closed before found refused" 1 "$(grep -c 'date_before_found' "$work/early.txt")"
"$fangan" problems "$p" set --id 1 --state closed --date 2025-02-10 2> "$work/early2.txt"
check "closed before last change refused" 1 "$(grep -c 'date_before_last_change' "$work/early2.txt")"
"$fangan" problems "$p" set --id 9 --state confirmed 2> /dev/null
check "unknown problem exit" 1 $?
"$fangan" problems "$p" set --id 1 --state bogus 2> /dev/null
check "bad state usage exit" 2 $?

# Figures as of 2025-03-10: 东镇 1 registered, 1 confirmed, 1 rectified; 西镇 2, 1 confirmed
# (XS-2, past its deadline 03-01: overdue), GZ-1 pending (deadline 03-15, in time).
"$fangan" problems "$p" figures --today 2025-03-10 > "$work/figures.csv"
check "figures 东镇" "东镇,1,1,0,0,1,0,0,1.0000,1.0000" "$(grep '^东镇' "$work/figures.csv")"
check "figures 西镇" "西镇,2,1,0,0,0,0,1,0.5000,0.0000" "$(grep '^西镇' "$work/figures.csv")"
check "figures total" "合计,3,2,0,0,1,0,1,0.6667,0.5000" "$(grep '^合计' "$work/figures.csv")"
"$fangan" problems "$p" list --overdue --today 2025-03-10 > "$work/overdue.csv"
check "overdue list" 2 "$(wc -l < "$work/overdue.csv")"
check "overdue is XS-2" 1 "$(grep -c '^2,XS-2,online_inspection' "$work/overdue.csv")"
"$fangan" problems "$p" figures --source online_inspection --as-of 2025-02-01 > "$work/asof.csv"
check "as of registration day" "合计,2,0,0,0,0,0,0,0.0000,—" "$(grep '^合计' "$work/asof.csv")"

# Attachment 2's 线上检查 cells by town: 东镇 1/1, 西镇 1/1 (online only), 合计 2/2.
"$fangan" ledger "$p" --by town --form attachment2 --out "$work/附件2.xlsx" > /dev/null
check "form exit" 0 $?
ogrinfo --config OGR_XLSX_HEADERS DISABLE -ro -al "$work/附件2.xlsx" > "$work/form.txt" 2>/dev/null
check "form 线上检查 cells" 3 "$(grep -c '(String) = 1/1\|(String) = 2/2' "$work/form.txt")"

# 一栋一策: refused for a building without hazard and repair for grade C; drafted for A1.
"$fangan" plans "$p" add --code B1 --measure reinforce --due 2025-04-30 --unit 西镇 2> "$work/p1.txt"
check "plan refused no hazard" 1 "$(grep -c 'building_not_hazardous' "$work/p1.txt")"
"$fangan" plans "$p" add --code A1 --measure repair --due 2025-04-30 --unit 东镇 2> "$work/p2.txt"
check "plan refused repair for C" 1 "$(grep -c 'cd_needs_engineering' "$work/p2.txt")"
"$fangan" plans "$p" add --code A1 --measure reinforce --due 2025-04-30 --unit 东镇 --person 陈工 \
  --start 2025-03-01 --milestones "2025-03-20 设计审查；2025-04-20 施工完成" --date 2025-02-25 > /dev/null
check "plan drafted" 0 $?
"$fangan" plans "$p" set --id 1 --state completed --date 2025-03-01 2> /dev/null
check "plan complete from drafted refused" 1 $?
check "plan overdue listed" 2 "$("$fangan" plans "$p" list --overdue --today 2025-05-01 | wc -l)"
check "plan not overdue before due" 1 "$("$fangan" plans "$p" list --overdue --today 2025-04-30 | wc -l)"
check "priority plan_overdue" 1 \
  "$("$fangan" priority "$p" --format json --today 2025-05-01 | grep -c '"plan_overdue"')"
check "audit plan_overdue" 1 \
  "$("$fangan" audit "$p" --format json --today 2025-05-01 | grep -c '"id":"plan_overdue","severity":"warning","message":"一栋一策整治方案逾期未完成","count":1,"codes":\["A1"\]')"
"$fangan" plans "$p" frobnicate 2> /dev/null
check "plans unknown verb exit" 2 $?
"$fangan" problems "$p" list --bogus 2> /dev/null
check "problems unknown option exit" 2 $?

echo "cases_test: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
