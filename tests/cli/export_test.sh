#!/usr/bin/env bash
# End-to-end checks of `fangan export-map` and `fangan atlas` on the sample district: the PDF's
# text holds its Chinese title and legend labels, the CJK font is embedded, a PNG has the pixel
# size its DPI implies, an SVG keeps text, an atlas has one page per grid plus its contents,
# --pages writes only those pages, and mistakes exit non-zero with one line.
# usage: export_test.sh FANGAN_BINARY   (needs poppler-utils: pdftotext, pdffonts, pdfinfo)
set -uo pipefail
fangan="$1"
here="$(cd "$(dirname "$0")/../.." && pwd)"
sample="$here/data/sample"
# shellcheck source=../support/missing_input.sh
source "$here/tests/support/missing_input.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-/tmp/runtime-root}"
source "$(dirname "$0")/check.sh"
for tool in pdftotext pdffonts pdfinfo; do
  if ! command -v "$tool" > /dev/null; then
    missing_input "$tool not installed (apt-get install poppler-utils)"
  fi
done
if [ ! -f "$sample/buildings.gpkg" ]; then
  missing_input "no sample district in $sample"
fi

p="$work/sample.sqlite"
"$fangan" init "$p" > /dev/null
for layer in buildings towns grids; do
  "$fangan" import "$p" --layer "$layer" --from "$sample/$layer.gpkg" > /dev/null
  check "import $layer" 0 $?
done

# A vector PDF of the whole district: searchable Chinese title and legend labels, CJK font embedded.
"$fangan" export-map "$p" --template hazard-grade --out "$work/map.pdf" --district 样例区 \
  --date 2024-06-01 > /dev/null
check "export-map pdf exit" 0 $?
text=$(pdftotext -enc UTF-8 "$work/map.pdf" - | tr -d ' \n')
check "pdf title" 1 "$(echo "$text" | grep -c '样例区房屋安全隐患等级分布图')"
for label in 图例 未排查 无隐患 初判隐患 比例尺 2024年6月1日; do
  check "pdf text $label" 1 "$(echo "$text" | grep -c "$label")"
done
check "pdf has no radical look-alikes" 0 "$(echo "$text" | LC_ALL=C.UTF-8 grep -cP '[\x{2E80}-\x{2FDF}]')"
check "pdf cjk font embedded" 1 \
  "$(pdffonts "$work/map.pdf" | grep -c 'NotoSansCJKsc-Regular .*Identity-H *yes')"

# --title replaces the template's title.
"$fangan" export-map "$p" --template coverage-gaps --town 卡尼略 --title "卡尼略漏排专题图" \
  --out "$work/town.pdf" > /dev/null
check "town pdf exit" 0 $?
check "town pdf title" 1 "$(pdftotext -enc UTF-8 "$work/town.pdf" - | tr -d ' \n' | grep -c '卡尼略漏排专题图')"

# PNG: pixel size = page mm / 25.4 × dpi (A4 portrait at 300 dpi: 2480 × 3508).
"$fangan" export-map "$p" --template patrol --grid G-ALV-03 --out "$work/grid.png" --dpi 300 > /dev/null
check "png exit" 0 $?
size=$(od -An -tu1 -j16 -N8 "$work/grid.png" | awk '{print $1*16777216+$2*65536+$3*256+$4 "x" $5*16777216+$6*65536+$7*256+$8}')
check "png 300 dpi size" "2480x3508" "$size"

# SVG keeps text as text.
"$fangan" export-map "$p" --template key-zones --out "$work/map.svg" --dpi 96 > /dev/null
check "svg exit" 0 $?
check "svg text" 1 "$(grep -c '<text' "$work/map.svg" | awk '{print ($1 > 0)}')"

# Atlas by grid: contents pages + one page per grid.
out=$("$fangan" atlas "$p" --by grid --template patrol --out "$work/atlas.pdf")
check "atlas exit" 0 $?
grids=$("$fangan" info "$p" --json | sed -n 's/.*"grids":\([0-9]*\).*/\1/p')
contents=$(echo "$out" | sed -n 's/.*目录 \([0-9]*\) 页.*/\1/p')
pages=$(pdfinfo "$work/atlas.pdf" | awk '/^Pages:/ {print $2}')
check "atlas pages = grids + contents" "$((grids + contents))" "$pages"
check "atlas contents lists a grid" 1 \
  "$(pdftotext -enc UTF-8 -f 1 -l 1 "$work/atlas.pdf" - | grep -c '卡尼略第1网格（G-CAN-01）')"

# Chosen pages only, numbered as in the whole atlas.
"$fangan" atlas "$p" --by grid --template patrol --out "$work/chosen.pdf" --pages 1,3-5 > /dev/null
check "pages exit" 0 $?
check "pages count" 4 "$(pdfinfo "$work/chosen.pdf" | awk '/^Pages:/ {print $2}')"
check "pages keep numbers" 1 \
  "$(pdftotext -enc UTF-8 -f 2 -l 2 "$work/chosen.pdf" - | tr -d ' ' | grep -c "第3页/共${pages}页")"

# Atlas by town.
"$fangan" atlas "$p" --by town --template hazard-grade --out "$work/towns.pdf" > /dev/null
check "town atlas pages" 8 "$(pdfinfo "$work/towns.pdf" | awk '/^Pages:/ {print $2}')"

# Mistakes: exit code and one line.
err=$("$fangan" export-map "$p" --template nonesuch --out "$work/x.pdf" 2>&1 >/dev/null)
check "unknown template exit" 1 $?
check "unknown template one line" 1 "$(echo "$err" | wc -l)"
check "unknown template lists names" 1 "$(echo "$err" | grep -c 'hazard-grade')"
"$fangan" export-map "$p" --template patrol --grid NOPE --out "$work/x.pdf" > /dev/null 2>&1
check "unknown grid exit" 1 $?
"$fangan" export-map "$p" --template patrol --out "$work/x.jpg" > /dev/null 2>&1
check "bad extension exit" 2 $?
"$fangan" atlas "$p" --by grid --template patrol --out "$work/x.pdf" --pages 0 > /dev/null 2>&1
check "bad pages exit" 1 $?
check "nothing written on error" 0 "$(ls "$work"/x.* 2> /dev/null | wc -l)"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
