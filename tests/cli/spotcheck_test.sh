#!/usr/bin/env bash
# The spot-check workflow end to end on real files (docs/rules.md#spot-check): draw and save a
# sample with its sheet, fill the sheet in as the district's checkers would, import it (dry run,
# then for real, then again), check that `audit` flags the town below 90 %, read the 抽查台账
# XLSX back through ogrinfo, write the PDF, and order the re-survey.
# usage: spotcheck_test.sh FANGAN_BINARY
set -uo pipefail
fangan="$1"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source "$(dirname "$0")/check.sh"

# 东镇: 20 commercial self-built houses first judged no hazard; 西镇: 10; plus one residential.
{
  echo "房屋编码,镇街,地址,自建房,用途,排查状态,排查日期,初判隐患,wkt"
  for i in $(seq 10 29); do
    echo "E$i,东镇,东镇商业街${i}号,是,经营,已排查,2024-03-01,无,\"POLYGON((119.3$i 26.08,119.3${i}1 26.08,119.3${i}1 26.0801,119.3$i 26.08))\""
  done
  for i in $(seq 10 19); do
    echo "W$i,西镇,西镇老街${i}号,是,经营,已排查,2024-03-01,无,\"POLYGON((119.4$i 26.08,119.4${i}1 26.08,119.4${i}1 26.0801,119.4$i 26.08))\""
  done
  echo "R1,西镇,西镇民居1号,是,居住,已排查,2024-03-01,无,\"POLYGON((119.5 26.08,119.5001 26.08,119.5001 26.0801,119.5 26.08))\""
} > "$work/buildings.csv"

p="$work/p.sqlite"
"$fangan" init "$p" > /dev/null
"$fangan" import "$p" --layer buildings --from "$work/buildings.csv" > /dev/null
check "import exit" 0 $?

# 1. Draw at 50 %: 10 of 东镇's 20, 5 of 西镇's 10; saved, with the sheet to hand out.
"$fangan" sample "$p" --rate 0.5 --seed 7 --today 2024-04-01 --out "$work/抽查表.csv" > "$work/sample.txt"
check "sample exit" 0 $?
check "sample sheet rows" 16 "$(wc -l < "$work/抽查表.csv")"
check "sample sheet header" "房屋编码,镇街,地址,镇街初判,检查日期,检查人,抽查结果,初判隐患,备注" \
  "$(head -1 "$work/抽查表.csv" | sed '1s/^\xEF\xBB\xBF//')"
"$fangan" sample "$p" --rate 0.5 --seed 7 --out "$work/抽查表.xlsx" --today 2024-04-01 > /dev/null
check "sample xlsx exit" 0 $?
check "sample xlsx rows" 15 "$(ogrinfo --config OGR_XLSX_HEADERS FORCE -ro -q -al "$work/抽查表.xlsx" | grep -c '房屋编码 (String) = ')"
"$fangan" sample "$p" --rate 0.5 --seed 7 --out "$work/x.txt" > /dev/null 2>&1
check "sample bad sheet type exit" 2 $?
"$fangan" spotcheck "$p" > "$work/accuracy0.txt"
check "nothing checked yet" "东镇,20,10,0,0,0,0,—," "$(grep '^东镇' "$work/accuracy0.txt")"

# 2. The checkers fill it in: 东镇 8 正确, one 错排 and one 漏排 with 初判隐患 有 (80 %);
#    西镇 all 5 正确 (100 %).
sed '1s/^\xEF\xBB\xBF//' "$work/抽查表.csv" | awk -F, 'BEGIN { OFS = "," }
  NR == 1 { print; next }
  {
    $5 = "2024-04-03"; $6 = "区住建委"
    if ($2 == "东镇") {
      east++
      if (east <= 8) $7 = "正确"
      else if (east == 9) { $7 = "错排"; $8 = "有"; $9 = "擅自加层" }
      else { $7 = "漏排"; $8 = "有"; $9 = "未到现场" }
    } else {
      $7 = "正确"
    }
    print
  }' > "$work/returned.csv"
ogr2ogr -f XLSX "$work/returned.xlsx" "$work/returned.csv" > /dev/null 2>&1
check "returned xlsx written" 0 $?

out=$("$fangan" spotcheck "$p" --from "$work/returned.xlsx" --dry-run --today 2024-04-05)
check "dry run exit" 0 $?
check "dry run counts" "试导入（未写入）：将导入 15 条抽查结果，将更正 2 栋房屋" "$(echo "$out" | sed -n 2p)"
check "dry run wrote nothing" "东镇,20,10,0,0,0,0,—," "$("$fangan" spotcheck "$p" | grep '^东镇')"

out=$("$fangan" spotcheck "$p" --from "$work/returned.xlsx" --today 2024-04-05)
check "import exit" 0 $?
check "import counts" "已导入：15 条抽查结果，更正 2 栋房屋" "$(echo "$out" | sed -n 2p)"
out=$("$fangan" spotcheck "$p" --from "$work/returned.csv" --today 2024-04-05)
check "same sheet again adds nothing" "已导入：0 条抽查结果，更正 0 栋房屋" "$(echo "$out" | sed -n 2p)"
check "same sheet again duplicates" "重复：15" "$(echo "$out" | grep '^重复')"

acc=$("$fangan" spotcheck "$p")
check "east accuracy" "东镇,20,10,10,8,1,1,0.8000,责令重新排查" "$(echo "$acc" | grep '^东镇')"
check "west accuracy" "西镇,10,5,5,5,0,0,1.0000," "$(echo "$acc" | grep '^西镇')"
check "corrected record" 1 "$("$fangan" ledger "$p" --by town | grep -c '^东镇,commercial,20,2,')"

# A bad row is reported with its row number and nothing of the sheet is written.
s1=$(sed -n 2p "$work/returned.csv" | cut -d, -f1)
s2=$(sed -n 3p "$work/returned.csv" | cut -d, -f1)
s3=$(sed -n 4p "$work/returned.csv" | cut -d, -f1)
{
  echo "房屋编码,检查日期,抽查结果,初判隐患"
  echo "$s1,2024-04-04,正确,"
  echo "NOPE,2024-04-04,正确,"
  echo "$s2,2099-01-01,正确,"
  echo "$s3,2024-04-04,错排,"
} > "$work/bad.csv"
out=$("$fangan" spotcheck "$p" --from "$work/bad.csv" --today 2024-04-05 --dry-run)
check "bad rows rejected" "拒绝：3" "$(echo "$out" | grep '^拒绝')"
check "bad row 2 named" 1 "$(echo "$out" | grep -c '第 2 行 NOPE：房屋编码不存在')"
check "bad row 3 future" 1 "$(echo "$out" | grep -c "第 3 行 $s2：检查日期晚于今天")"
check "bad row 4 no right value" 1 "$(echo "$out" | grep -c "第 4 行 $s3：错排须填写核实后的初判隐患")"
check "good row would import" "试导入（未写入）：将导入 1 条抽查结果，将更正 0 栋房屋" "$(echo "$out" | sed -n 2p)"
"$fangan" spotcheck "$p" --from "$work/missing.csv" > /dev/null 2>&1
check "missing sheet exit" 1 $?
"$fangan" spotcheck "$p" --from "$work/bad.csv" --bogus 1 > /dev/null 2>&1
check "unknown option exit" 2 $?

# 3. audit flags the town (town-level finding).
audit=$("$fangan" audit "$p" --format json | grep '"spot_check_resurvey"')
check "audit flags 东镇" 1 "$(echo "$audit" | grep -c '"count":1,"codes":\["东镇"\]')"

# 4. The 抽查台账: XLSX read back through ogrinfo, PDF, CSV.
"$fangan" spotcheck "$p" --ledger --out "$work/台账.xlsx" > /dev/null
check "ledger xlsx exit" 0 $?
info=$(ogrinfo --config OGR_XLSX_HEADERS FORCE -ro -q -al "$work/台账.xlsx")
check "ledger rows" 15 "$(echo "$info" | grep -c '房屋编码 (String) = ')"
check "ledger 错排 rows" 1 "$(echo "$info" | grep -c '抽查结果 (String) = 错排')"
check "ledger 漏排 rows" 1 "$(echo "$info" | grep -c '抽查结果 (String) = 漏排')"
town=$(ogrinfo -ro -q "$work/台账.xlsx" 镇街汇总 -where "\"镇街\" = '东镇'")
check "town base" 1 "$(echo "$town" | grep -c '经营性自建房总数 (Integer) = 20')"
check "town sampled" 1 "$(echo "$town" | grep -c '抽查数 (Integer) = 10')"
check "town correct" 1 "$(echo "$town" | grep -c '正确 (Integer) = 8')"
check "town 错排" 1 "$(echo "$town" | grep -c '错排 (Integer) = 1')"
check "town 漏排" 1 "$(echo "$town" | grep -c '漏排 (Integer) = 1')"
check "town accuracy" 1 "$(echo "$town" | grep -c '正确率 (Real) = 0.8')"
check "town action" 1 "$(echo "$town" | grep -c '处理意见 (String) = 责令重新排查')"
"$fangan" spotcheck "$p" --ledger --out "$work/台账.pdf" > /dev/null
check "ledger pdf exit" 0 $?
if command -v pdftotext > /dev/null; then
  check "ledger pdf names the order" 1 "$(pdftotext "$work/台账.pdf" - | grep -q '责令重新排查' && echo 1)"
fi
"$fangan" spotcheck "$p" --ledger --out "$work/台账.csv" > /dev/null
check "ledger csv towns" 1 "$(grep -c '^东镇,20,10,10,8,1,1,0.8000,责令重新排查' "$work/台账-镇街汇总.csv")"

# 5. 责令重新排查: refused for a town at 100 %, done for 东镇's 18 buildings still judged no
#    hazard (E-codes corrected to a hazard are not "no hazard" any more).
"$fangan" spotcheck "$p" --resurvey 西镇 --today 2024-04-06 > /dev/null 2>&1
check "resurvey refused for 西镇" 1 $?
out=$("$fangan" spotcheck "$p" --resurvey 东镇 --today 2024-04-06)
check "resurvey exit" 0 $?
check "resurvey count" "resurvey 东镇: 18 buildings ordered" "$out"
out=$("$fangan" spotcheck "$p" --resurvey 东镇 --today 2024-04-06)
check "resurvey twice adds nothing" "resurvey 东镇: 0 buildings ordered" "$out"

echo "spotcheck_test: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
