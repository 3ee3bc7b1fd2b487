#!/usr/bin/env bash
# Hazard notices and referrals end to end on real files (docs/rules.md#notice, #referral):
# a notice for one building (number, page, owner in the text), a town batch (one page per
# building still without a notice), a re-issue keeping the number, one case event per issue,
# unknown code / building without hazard refused with nothing written; referrals added, refused
# with their codes, stepped, listed and counted per month, kind and department.
# usage: notice_test.sh FANGAN_BINARY   (needs poppler-utils: pdfinfo, pdftotext; sqlite3)
set -uo pipefail
fangan="$1"
here="$(cd "$(dirname "$0")/../.." && pwd)"
# shellcheck source=../support/missing_input.sh
source "$here/tests/support/missing_input.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-/tmp/runtime-root}"
source "$(dirname "$0")/check.sh"
for tool in pdftotext pdfinfo sqlite3; do
  if ! command -v "$tool" > /dev/null; then
    missing_input "$tool not installed (apt-get install poppler-utils sqlite3)"
  fi
done
pages() { pdfinfo "$1" 2> /dev/null | awk '/^Pages:/ {print $2}'; }
count() { sqlite3 "$p" "$1"; }

{
  echo "房屋编码,镇街,地址,自建房,用途,排查状态,排查日期,初判隐患,隐患发现日期,鉴定等级,产权人,产权人电话,wkt"
  echo "A1,东镇,东镇一街1号,是,经营,已排查,2025-01-02,有,2025-01-02,C,陈一,13812345678,\"POLYGON((119.30 26.08,119.3001 26.08,119.3001 26.0801,119.30 26.08))\""
  echo "A2,东镇,东镇一街2号,是,经营,已排查,2025-01-02,有,2025-01-02,,,,\"POLYGON((119.3003 26.08,119.3004 26.08,119.3004 26.0801,119.3003 26.08))\""
  echo "A3,东镇,东镇一街3号,是,经营,已排查,2025-01-02,存疑,2025-01-02,,林三,,\"POLYGON((119.3006 26.08,119.3007 26.08,119.3007 26.0801,119.3006 26.08))\""
  echo "B1,西镇,西镇老街1号,是,居住,已排查,2025-01-02,无,,,王四,,\"POLYGON((119.40 26.08,119.4001 26.08,119.4001 26.0801,119.40 26.08))\""
  echo "B2,西镇,西镇老街2号,是,经营,已排查,2025-01-02,有,2025-01-02,D,赵五,,\"POLYGON((119.4003 26.08,119.4004 26.08,119.4004 26.0801,119.4003 26.08))\""
} > "$work/buildings.csv"
p="$work/p.sqlite"
out="$work/out"
"$fangan" init "$p" > /dev/null
"$fangan" import "$p" --layer buildings --from "$work/buildings.csv" > /dev/null
check "import exit" 0 $?

# One building: C grade → the shipped template's 30 days.
"$fangan" notice "$p" --code A1 --date 2025-03-01 --out "$out" > "$work/one.txt" 2> "$work/one.err"
check "notice exit" 0 $?
check "notice row" "2025-东镇-001,A1,东镇,2025-03-31,issued" "$(sed -n 2p "$work/one.txt")"
one="$out/隐患通知书_2025-东镇-001.pdf"
check "notice pages" 1 "$(pages "$one")"
pdftotext "$one" "$work/one-text.txt"
check "title in text" 1 "$(grep -c '房屋安全隐患通知书' "$work/one-text.txt")"
check "owner in text (not masked)" 1 "$(grep -c '陈一：' "$work/one-text.txt")"
check "number in text" 1 "$(grep -c '编号：2025-东镇-001' "$work/one-text.txt")"
check "grade finding in text" 1 "$(grep -c '鉴定等级为C级' "$work/one-text.txt")"
check "deadline in text" 1 "$(grep -c '整改期限：2025年3月31日前' "$work/one-text.txt")"

# The town batch: A2 (no owner) and A3 (suspect), not A1 (noticed), one page each.
"$fangan" notice "$p" --town 东镇 --new --date 2025-03-02 --out "$out" > "$work/batch.txt"
check "batch exit" 0 $?
check "batch rows" "2025-东镇-002,A2,东镇,2025-03-17,issued|2025-东镇-003,A3,东镇,2025-04-01,issued" \
  "$(sed -n '2,3p' "$work/batch.txt" | paste -sd'|')"
batch="$out/隐患通知书_东镇_2025-03-02.pdf"
check "batch pages = buildings" 2 "$(pages "$batch")"
pdftotext "$batch" "$work/batch-text.txt"
check "blank owner line" 1 "$(grep -c '^＿＿＿＿＿＿＿＿＿＿：' "$work/batch-text.txt")"
"$fangan" notice "$p" --town 东镇 --new --date 2025-03-03 --out "$out" > "$work/none.txt"
check "batch again: nothing left" "镇街 东镇 没有待下达隐患通知书的房屋" "$(cat "$work/none.txt")"

# Re-issue keeps the number and the first deadline; one more event, no more notices.
"$fangan" notice "$p" --code A1 --code B2 --date 2025-04-01 --out "$out" > "$work/again.txt"
check "re-issue exit" 0 $?
check "re-issue rows" "2025-东镇-001,A1,东镇,2025-03-31,reissued|2025-西镇-001,B2,西镇,2025-04-08,issued" \
  "$(sed -n '2,3p' "$work/again.txt" | paste -sd'|')"
check "two codes, two pages" 2 "$(pages "$out/隐患通知书_东镇_西镇_2025-04-01.pdf")"
check "notices stored" 4 "$(count "SELECT count(*) FROM notices")"
check "numbers unique" 4 "$(count "SELECT count(DISTINCT number) FROM notices")"
check "events: one per issue" 5 "$(count "SELECT count(*) FROM case_events WHERE subject='notice'")"
check "A1 issued twice" "issued|reissued" \
  "$(count "SELECT group_concat(to_state, '|') FROM (SELECT e.to_state FROM case_events e JOIN notices n ON n.id = e.subject_id WHERE e.subject='notice' AND n.code='A1' ORDER BY e.id)")"

# Refusals write nothing.
"$fangan" notice "$p" --code ZZ9 --date 2025-04-02 --out "$out" 2> "$work/unknown.err"
check "unknown code exit" 1 $?
check "unknown code named" 1 "$(grep -c 'ZZ9' "$work/unknown.err")"
"$fangan" notice "$p" --code B1 --date 2025-04-02 --out "$out" 2> "$work/nohazard.err"
check "no hazard exit" 1 $?
check "no hazard code" 1 "$(grep -c 'building_not_hazardous' "$work/nohazard.err")"
check "still 5 events" 5 "$(count "SELECT count(*) FROM case_events WHERE subject='notice'")"
"$fangan" notice "$p" --code A1 --bogus --out "$out" 2> /dev/null
check "notice unknown option exit" 2 $?
"$fangan" notice "$p" --town 东镇 --out "$out" 2> /dev/null
check "town without --new exit" 2 $?

# Referrals.
"$fangan" referrals "$p" add --code A1 --kind 消防安全 --department 区消防救援大队 --date 2025-03-04 > "$work/r1.txt"
check "referral add exit" 0 $?
check "referral add line" "移送 1：A1 消防安全 → 区消防救援大队，2025-03-04" "$(cat "$work/r1.txt")"
"$fangan" referrals "$p" add --code A1 --kind 噪音 --department 区城管局 --date 2025-03-04 2> "$work/r-kind.err"
check "unknown kind exit" 1 $?
check "unknown kind code" 1 "$(grep -c 'unknown_kind' "$work/r-kind.err")"
"$fangan" referrals "$p" add --code A1 --kind fire_safety --date 2025-03-04 2> "$work/r-dep.err"
check "missing department code" 1 "$(grep -c 'missing_department' "$work/r-dep.err")"
"$fangan" referrals "$p" set --id 1 --state closed --date 2025-03-05 2> "$work/r-close.err"
check "close without feedback exit" 1 $?
check "close without feedback code" 1 "$(grep -c 'close_without_feedback' "$work/r-close.err")"
"$fangan" referrals "$p" set --id 1 --state answered --feedback 已责令停业整改 --date 2025-03-10 > /dev/null
check "answered exit" 0 $?
"$fangan" referrals "$p" set --id 1 --state closed --date 2025-03-09 2> "$work/r-early.err"
check "close before feedback date code" 1 "$(grep -c 'date_before_last_change' "$work/r-early.err")"
"$fangan" referrals "$p" set --id 1 --state closed --date 2025-03-12 > /dev/null
check "closed exit" 0 $?
"$fangan" referrals "$p" add --code B2 --kind structural_safety --department 区住建局 --date 2025-04-02 > /dev/null
"$fangan" referrals "$p" add --code A2 --kind fire_safety --department 区消防救援大队 --date 2025-03-20 > /dev/null
check "referral rows" 3 "$("$fangan" referrals "$p" list | tail -n +2 | wc -l)"
check "referral 1 listed" "1,A1,,东镇,fire_safety,消防安全,2025-03-04,区消防救援大队,,closed,2025-03-12,已责令停业整改,2025-03-10,2025-03-12" \
  "$("$fangan" referrals "$p" list | sed -n 2p)"
cat > "$work/figures-expected.csv" <<'CSV'
month,group,key,name,referred,awaiting,answered,closed
2025-03,kind,fire_safety,消防安全,2,1,0,1
2025-03,department,区消防救援大队,区消防救援大队,2,1,0,1
2025-04,kind,structural_safety,房屋结构安全,1,1,0,0
2025-04,department,区住建局,区住建局,1,1,0,0
CSV
"$fangan" referrals "$p" figures > "$work/figures.csv"
check "figures exit" 0 $?
check "figures equal hand counts" "" "$(diff "$work/figures-expected.csv" "$work/figures.csv")"
check "figures json rows of March" 2 "$("$fangan" referrals "$p" figures --json | grep -c '"month":"2025-03"')"
check "referral events" 5 "$(count "SELECT count(*) FROM case_events WHERE subject='referral'")"
"$fangan" referrals "$p" list --bogus 2> /dev/null
check "referrals unknown option exit" 2 $?

echo "notice_test: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
