#!/usr/bin/env bash
# Photos and documents in a building's archive and the 一楼一档 PDF end to end on real files
# (docs/rules.md#attachments, #archive-pdf): the sample district's buildings; two self-made
# photos and a PDF attached (tests/data/attach); refusals (corrupt, foreign, duplicate) leave
# the project unchanged; the listing, a returned patrol sheet's photos and the archive PDF.
# usage: archive_test.sh FANGAN_BINARY
set -uo pipefail
fangan="$1"
here="$(cd "$(dirname "$0")/../.." && pwd)"
data="$here/tests/data/attach"
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

p="$work/p.sqlite"
"$fangan" init "$p" > /dev/null
"$fangan" import "$p" --layer buildings --from "$here/data/sample/buildings.gpkg" --date 2024-12-31 > /dev/null
code=$(sqlite3 "$p" "SELECT code FROM buildings ORDER BY id LIMIT 1")
other=$(sqlite3 "$p" "SELECT code FROM buildings ORDER BY id LIMIT 1 OFFSET 1")
check "sample buildings imported" "1" "$([ -n "$code" ] && [ -n "$other" ] && echo 1)"

out=$("$fangan" attach "$p" --code "$code" "$data/front.jpg" "$data/side.png" "$data/report.pdf")
check "attach exit" "0" "$?"
check "attach front" "attached 1 photo front.jpg 2025-01-15T10:20:30 42.506944,1.521667" \
  "$(echo "$out" | sed -n 1p)"
check "attach side" "attached 2 photo side.png" "$(echo "$out" | sed -n 2p)"
check "attach report" "attached 3 document report.pdf" "$(echo "$out" | sed -n 3p)"

list=$("$fangan" attachments "$p" --code "$code")
check "list rows" "3" "$(echo "$list" | wc -l | tr -d ' ')"
check "list front" "1 photo front.jpg image/jpeg $(stat -c %s "$data/front.jpg") B 800x600 2025-01-15T10:20:30 42.506944,1.521667" \
  "$(echo "$list" | sed -n 1p)"
check "list pdf" "3 document report.pdf application/pdf $(stat -c %s "$data/report.pdf") B" \
  "$(echo "$list" | sed -n 3p)"
json=$("$fangan" attachments "$p" --code "$code" --json)
check "json sha256 of the pdf" "$(sha256sum "$data/report.pdf" | cut -d' ' -f1)" \
  "$(echo "$json" | python3 -c 'import json,sys; print(json.load(sys.stdin)[2]["sha256"])')"
check "stored bytes equal the file" "$(sha256sum "$data/side.png" | cut -d' ' -f1)" \
  "$(sqlite3 "$p" "SELECT writefile('$work/side.out', bytes) FROM attachments WHERE id = 2" > /dev/null; sha256sum "$work/side.out" | cut -d' ' -f1)"

# Refusals: nothing written, the project file unchanged.
before=$(sha256sum "$p" | cut -d' ' -f1)
head -c 9000 "$data/front.jpg" > "$work/cut.jpg"
err=$("$fangan" attach "$p" --code "$code" "$data/side.png" "$work/cut.jpg" 2>&1 >/dev/null)
check "corrupt jpeg exit" "1" "$?"
check "corrupt jpeg message" "fangan: 无法添加 cut.jpg：文件不完整（缺少图像结束标记，可能被截断）" "$err"
printf 'MZ\x90\x00\x03\x00\x00\x00' > "$work/setup.jpg"
err=$("$fangan" attach "$p" --code "$code" "$work/setup.jpg" 2>&1 >/dev/null)
check "exe renamed jpg" "fangan: 无法添加 setup.jpg：这是可执行程序，不是照片或 PDF 文件（只接受 JPEG、PNG 照片和 PDF 文件）" "$err"
cp "$data/front.jpg" "$work/again.jpg"
err=$("$fangan" attach "$p" --code "$code" "$work/again.jpg" 2>&1 >/dev/null)
check "duplicate exit" "1" "$?"
check "duplicate message" "fangan: 文件 again.jpg 已在档案中（与附件 1 front.jpg 内容相同），未重复添加" "$err"
err=$("$fangan" attach "$p" --code NO-SUCH "$data/front.jpg" 2>&1 >/dev/null)
check "unknown building" "fangan: 房屋编码不存在：NO-SUCH" "$err"
check "project unchanged after refusals" "$before" "$(sha256sum "$p" | cut -d' ' -f1)"
check "attachments still 3" "3" "$(sqlite3 "$p" "SELECT count(*) FROM attachments")"

# Usage errors.
"$fangan" attach "$p" --code "$code" > /dev/null 2>&1
check "attach without files" "2" "$?"
"$fangan" attachments "$p" --code "$code" --bogus > /dev/null 2>&1
check "unknown option" "2" "$?"
"$fangan" archive "$p" --code "$code" > /dev/null 2>&1
check "archive without --out" "2" "$?"

# A returned patrol sheet names photos relative to itself; a missing one is reported by row.
mkdir -p "$work/sheet/photos"
cp "$data/side.png" "$work/sheet/photos/s.png"
{
  echo "code,result_date,inspector,result,note,photos"
  echo "$other,2025-01-20,张三,无隐患,,photos/s.png;photos/gone.jpg"
} > "$work/sheet/results.csv"
out=$("$fangan" results "$p" --from "$work/sheet/results.csv" --today 2025-01-31)
check "results photos attached" "已附加照片：1" "$(echo "$out" | grep '^已附加照片')"
check "results missing photo" "  第 1 行 $other：照片文件不存在：$work/sheet/photos/gone.jpg" \
  "$(echo "$out" | grep -A1 '^照片问题' | sed -n 2p)"
check "photo tied to the event" "1" \
  "$(sqlite3 "$p" "SELECT count(*) FROM attachments a JOIN events e ON e.id = a.event_id WHERE e.code = '$other'")"

# The archive PDF: two photos, phones masked unless asked.
out=$("$fangan" archive "$p" --code "$code" --out "$work/a.pdf" --today 2025-02-01)
check "archive exit" "0" "$?"
pages=$(pdfinfo "$work/a.pdf" | awk '/^Pages:/ {print $2}')
check "archive output" "archive $code: $pages pages → $work/a.pdf" "$out"
check "archive has at least 2 pages" "1" "$([ "$pages" -ge 2 ] && echo 1)"
text=$(pdftotext "$work/a.pdf" -)
check "archive title" "1" "$(echo "$text" | grep -c "房屋档案（一楼一档）$code$")"
check "archive photo captions" "2" "$(echo "$text" | grep -c '^照片 [12] ')"
check "archive exif time" "1" "$(echo "$text" | grep -c '拍摄于 2025-01-15 10:20:30')"
check "archive document listed" "1" "$(echo "$text" | grep -c '^文件 1 report.pdf')"
images=$(pdfimages -list "$work/a.pdf" | tail -n +3 | wc -l)
check "archive embeds the two photos" "1" "$([ "$images" -ge 2 ] && echo 1)"

echo "archive_test: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
