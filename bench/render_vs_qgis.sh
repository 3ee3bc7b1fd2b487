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
# Like for like, and what still differs (printed with the figures):
# - Fangan draws as the canvas draws ("canvas": sub-pixel buildings as 1-px dots, no outlines on
#   fills under 4 px, vertices within a pixel dropped) and "whole" (MapSettings::levelOfDetail
#   off: every polygon drawn with its outline). QGIS draws with its own defaults (its geometry
#   simplification included), in the same colours, 0.8-px outlines of the fill made darker and the
#   same background.
# - QGIS draws from the GeoPackage (each redraw reads the file, as QGIS does) and from a memory
#   layer of the same features (loaded once, timed apart); Fangan from its snapshots (loaded once,
#   their load printed). The like-for-like ratio is QGIS memory / Fangan whole.
# - Both sides render with 2 threads at most (this machine has 2 cores): QGIS's parallel job
#   renders one layer on one thread, as Fangan does.
# - Fangan's "whole" image and QGIS's memory image are compared pixel by pixel
#   (compare_images.py): more than MAX_SHARE of the pixels differing fails the script.
# - ROUNDS alternated process runs (Fangan, QGIS, Fangan, ...), each a median of RUNS renders
#   after a warm-up; the medians of the rounds are printed.
set -euo pipefail

BUILD=${1:-build-app2}
PROJECT=${2:-/tmp/app2/syn1m.sqlite}
GPKG=${3:-/tmp/syn1m/buildings.gpkg}
OUT=${4:-/tmp/fangan-render-bench}
RUNS=${RUNS:-3}
ROUNDS=${ROUNDS:-1}
MAX_SHARE=${MAX_SHARE:-0.05}
HERE=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$OUT"
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-/tmp/runtime-root}

timed() { /usr/bin/time -f "%e %M" -o "$OUT/time.txt" "$@"; }
field() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<< " $1"; }
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
have_qgis=1
/usr/bin/python3 -c "import qgis.core" 2>/dev/null || have_qgis=0

declare -A ours qgis
ours_rss=() qgis_rss=()
for round in $(seq 1 "$ROUNDS"); do
  echo "== round $round: Fangan (render_bench)"
  timed "$BUILD/bench/render_bench" "$PROJECT" --out "$OUT" --runs "$RUNS" | tee "$OUT/ours.txt"
  read -r _ rss < "$OUT/time.txt"
  ours_rss+=("$rss")
  OURS=$(grep '^RESULT' "$OUT/ours.txt")
  FULL=$(sed -n 's/^full extent //p' "$OUT/ours.txt")
  STREET=$(sed -n 's/^street extent //p' "$OUT/ours.txt")
  for key in load_ms full_extent_buildings_ms full_extent_buildings_whole_ms street_buildings_ms \
      street_buildings_whole_ms; do
    ours[$key]+="$(field "$OURS" "$key") "
  done
  if [ "$have_qgis" = 0 ]; then
    echo "QGIS (python3-qgis) is not installed: only Fangan's figures above"
    exit 0
  fi
  echo "== round $round: QGIS (render_qgis.py)"
  timed /usr/bin/python3 "$HERE/render_qgis.py" "$GPKG" "$FULL" "$STREET" --out "$OUT" \
    --runs "$RUNS" | tee "$OUT/qgis.txt"
  read -r _ rss < "$OUT/time.txt"
  qgis_rss+=("$rss")
  QGIS=$(grep '^RESULT' "$OUT/qgis.txt")
  for key in open_ms memory_load_ms full_extent_ms full_extent_single_ms full_extent_memory_ms \
      full_extent_memory_single_ms street_ms street_single_ms street_memory_ms \
      street_memory_single_ms; do
    qgis[$key]+="$(field "$QGIS" "$key") "
  done
done

m() { tr ' ' '\n' <<< "$1" | grep -v '^$' | median; }
ratio() { awk -v q="$1" -v o="$2" 'BEGIN { if (o > 0) printf "%.1f", q / o; else print "—" }'; }
echo "== Summary (1920x1080, buildings layer; medians of $ROUNDS round(s) of $RUNS renders)"
printf "%-12s %9s %9s | %9s %9s %9s %9s | %10s %8s\n" "view" "F canvas" "F whole" "Q disk" \
  "Q disk 1s" "Q memory" "Q mem 1s" "like/like" "canvas"
for view in full_extent street; do
  oc=$(m "${ours[${view}_buildings_ms]}")
  ow=$(m "${ours[${view}_buildings_whole_ms]}")
  qd=$(m "${qgis[${view}_ms]}")
  qs=$(m "${qgis[${view}_single_ms]}")
  qm=$(m "${qgis[${view}_memory_ms]}")
  qms=$(m "${qgis[${view}_memory_single_ms]}")
  printf "%-12s %9s %9s | %9s %9s %9s %9s | %9sx %7sx\n" "$view" "$oc" "$ow" "$qd" "$qs" "$qm" \
    "$qms" "$(ratio "$qm" "$ow")" "$(ratio "$qd" "$oc")"
done
echo "(F = Fangan, Q = QGIS, 1s = single symbol; like/like = Q memory / F whole;"
echo " canvas = Q disk / F canvas, each side as its users get it)"
echo "Fangan snapshot load $(m "${ours[load_ms]}") ms (once per project open); QGIS layer open" \
  "$(m "${qgis[open_ms]}") ms, memory layer load $(m "${qgis[memory_load_ms]}") ms"
echo "peak RSS: Fangan $(( $(printf "%s\n" "${ours_rss[@]}" | median) / 1024 )) MB, QGIS" \
  "$(( $(printf "%s\n" "${qgis_rss[@]}" | median) / 1024 )) MB (QGIS holds the memory layer)"

echo "== Pixel comparison of the last round: Fangan whole vs QGIS memory, by hazard class"
failed=0
for view in full_extent street; do
  printf "%-12s " "$view"
  /usr/bin/python3 "$HERE/compare_images.py" "$OUT/ours_${view}_buildings_whole.png" \
    "$OUT/qgis_${view}_memory.png" --max-share "$MAX_SHARE" || failed=1
done
echo "(for scale, Fangan as the canvas draws vs QGIS)"
for view in full_extent street; do
  printf "%-12s " "$view"
  /usr/bin/python3 "$HERE/compare_images.py" "$OUT/ours_${view}_buildings.png" \
    "$OUT/qgis_${view}_memory.png" --max-share 1 | cut -d' ' -f2- || true
done
if [ "$failed" = 1 ]; then
  echo "render_vs_qgis: the two renders of the same window differ in more than $MAX_SHARE of" \
    "their pixels" >&2
  exit 1
fi
