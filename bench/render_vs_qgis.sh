#!/usr/bin/env bash
# bench/render_vs_qgis.sh [BUILD_DIR] [PROJECT] [BUILDINGS_GPKG] [OUT_DIR]
#
# Renders the same buildings to 1920x1080 with Fangan's MapRenderer (render_bench, reading the
# project's snapshots) and with QGIS (render_qgis.py, QgsMapRendererParallelJob reading the
# GeoPackage the project was imported from), at full extent and at street level, and prints
# both medians and the ratio QGIS / Fangan. Peak RSS of each process from /usr/bin/time.
#
# Data (the synthetic 1,000,000-building district):
#   fangan generate synthetic --buildings 1000000 --out /tmp/syn1m
#   fangan init P.sqlite && fangan import P.sqlite --layer buildings --from /tmp/syn1m/buildings.gpkg
#   (+ --layer grids / towns from the same folder)
# QGIS 3.22 with python3-qgis; /usr/bin/python3 (the python3 on PATH cannot import qgis).
#
# Not the same work, and said so in the output: render_bench draws from snapshots already in
# memory (their load time is printed separately), while each QGIS job reads the GeoPackage
# through its spatial index, as QGIS does on every redraw.
set -euo pipefail

BUILD=${1:-build-app2}
PROJECT=${2:-/tmp/app2/syn1m.sqlite}
GPKG=${3:-/tmp/syn1m/buildings.gpkg}
OUT=${4:-/tmp/fangan-render-bench}
RUNS=${RUNS:-3}
HERE=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$OUT"
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-/tmp/runtime-root}

timed() { /usr/bin/time -f "%e %M" -o "$OUT/time.txt" "$@"; }
field() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<< " $1"; }

echo "== Fangan (render_bench)"
timed "$BUILD/bench/render_bench" "$PROJECT" --out "$OUT" --runs "$RUNS" | tee "$OUT/ours.txt"
read -r _ OURS_RSS_KB < "$OUT/time.txt"
OURS=$(grep '^RESULT' "$OUT/ours.txt")
FULL=$(sed -n 's/^full extent //p' "$OUT/ours.txt")
STREET=$(sed -n 's/^street extent //p' "$OUT/ours.txt")

if ! /usr/bin/python3 -c "import qgis.core" 2>/dev/null; then
  echo "QGIS (python3-qgis) is not installed: only Fangan's figures above"
  exit 0
fi
echo "== QGIS (render_qgis.py)"
timed /usr/bin/python3 "$HERE/render_qgis.py" "$GPKG" "$FULL" "$STREET" --out "$OUT" \
  --runs "$RUNS" | tee "$OUT/qgis.txt"
read -r _ QGIS_RSS_KB < "$OUT/time.txt"
QGIS=$(grep '^RESULT' "$OUT/qgis.txt")

ratio() { awk -v q="$1" -v o="$2" 'BEGIN { if (o > 0) printf "%.1f", q / o; else print "—" }'; }
echo "== Summary (median of $RUNS renders, 1920x1080, buildings layer)"
printf "%-12s %10s %22s %8s %20s %8s\n" "view" "Fangan ms" "QGIS by hazard class" "ratio" \
  "QGIS single symbol" "ratio"
for view in full_extent street; do
  o=$(field "$OURS" "${view}_buildings_ms")
  q=$(field "$QGIS" "${view}_ms")
  s=$(field "$QGIS" "${view}_single_ms")
  printf "%-12s %10s %22s %8s %20s %8s\n" "$view" "$o" "$q" "$(ratio "$q" "$o")" "$s" \
    "$(ratio "$s" "$o")"
done
echo "(ratio = QGIS ms / Fangan ms)"
echo "Fangan snapshot load $(field "$OURS" load_ms) ms (once per project open); QGIS layer open $(field "$QGIS" open_ms) ms"
echo "peak RSS: Fangan $((OURS_RSS_KB / 1024)) MB, QGIS $((QGIS_RSS_KB / 1024)) MB"
