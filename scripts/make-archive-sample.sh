#!/usr/bin/env bash
# Makes docs/archive-sample.pdf: the 一楼一档 archive of one appraised (grade C) building of the
# bundled sample district, with its 一栋一策 plan, a patrol visit whose returned sheet names two
# photos (self-made, tests/data/attach), and an appraisal report PDF attached.
# usage: make-archive-sample.sh FANGAN_BINARY [OUT.pdf]
set -euo pipefail
fangan="$1"
here="$(cd "$(dirname "$0")/.." && pwd)"
out="${2:-$here/docs/archive-sample.pdf}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
code=AD-ENC-000059
p="$work/sample.sqlite"
"$fangan" init "$p" > /dev/null
for layer in buildings towns grids; do
  "$fangan" import "$p" --layer "$layer" --from "$here/data/sample/$layer.gpkg" --date 2024-12-31 > /dev/null
done
"$fangan" plans "$p" add --code "$code" --measure reinforce --due 2025-06-30 --unit 恩坎普镇建设办 \
  --person 王工 --route "砖混墙体钢筋网砂浆面层加固" --start 2025-02-01 \
  --milestones "2025-03-15 完成加固设计；2025-05-31 完成加固施工" > /dev/null
mkdir -p "$work/sheet/photos"
cp "$here/tests/data/attach/front.jpg" "$here/tests/data/attach/side.png" "$work/sheet/photos/"
{
  echo "code,result_date,inspector,result,note,photos"
  echo "$code,2025-01-15,张三,停止使用,已设警示牌，人员已撤离,photos/front.jpg;photos/side.png"
} > "$work/sheet/results.csv"
"$fangan" results "$p" --from "$work/sheet/results.csv" --today 2025-01-31
"$fangan" attach "$p" --code "$code" "$here/tests/data/attach/report.pdf"
"$fangan" archive "$p" --code "$code" --out "$out" --today 2025-02-01
