#!/usr/bin/env bash
# bench/open_vs_qgis.sh BUILD_DIR PROJECT BUILDINGS_GPKG [OUT_DIR]
#
# Opening a large project to its map (issue 14): Fangan's open_bench (store, map snapshots from
# the map cache, table ids, first full-extent render of every visible layer) beside QGIS's open
# of the GeoPackage the project was imported from plus its first full-extent draw
# (open_qgis.py), alternated RUNS times; medians and the ratio QGIS / Fangan. Peak RSS of each
# process from /usr/bin/time.
#
# Not the same work, and said so: Fangan reads its own project file (the cache inside it, which
# the first opening after a change writes — open_bench prints that opening separately), QGIS
# reads the GeoPackage through its spatial index; Fangan draws 1-px dots for buildings under a
# pixel at full extent, QGIS draws every polygon with an outline. Fangan's figure includes the
# attribute table's ids and the other layers (towns, grids).
set -euo pipefail

BUILD=${1:?BUILD_DIR}
PROJECT=${2:?PROJECT}
GPKG=${3:?BUILDINGS_GPKG}
OUT=${4:-/tmp/fangan-open-bench}
RUNS=${RUNS:-3}
HERE=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$OUT"
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-/tmp/runtime-root}

field() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<< " $1"; }
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

ours_ms=() ours_paint=() qgis_ms=() ours_rss=() qgis_rss=()
for run in $(seq 1 "$RUNS"); do
  echo "== run $run: Fangan (open_bench)"
  /usr/bin/time -f "%e %M" -o "$OUT/time.txt" "$BUILD/bench/open_bench" "$PROJECT" --runs 1 \
    --out "$OUT" | tee "$OUT/ours.txt"
  read -r _ rss < "$OUT/time.txt"
  ours_rss+=("$rss")
  OURS=$(grep '^RESULT' "$OUT/ours.txt")
  # The first opening in a fresh process, as QGIS's is.
  ours_ms+=("$(field "$OURS" first_open_draw_ms)")
  ours_paint+=("$(field "$OURS" first_open_paint_ms)")
  FULL=$(sed -n 's/^full extent //p' "$OUT/ours.txt")
  if ! /usr/bin/python3 -c "import qgis.core" 2>/dev/null; then
    echo "QGIS (python3-qgis) is not installed: only Fangan's figures above"
    continue
  fi
  echo "== run $run: QGIS (open_qgis.py)"
  /usr/bin/time -f "%e %M" -o "$OUT/time.txt" /usr/bin/python3 "$HERE/open_qgis.py" "$GPKG" \
    "$FULL" --out "$OUT" | tee "$OUT/qgis.txt"
  read -r _ rss < "$OUT/time.txt"
  qgis_rss+=("$rss")
  QGIS=$(grep '^RESULT' "$OUT/qgis.txt")
  qgis_ms+=("$(field "$QGIS" open_draw_ms)")
done

o=$(printf "%s\n" "${ours_ms[@]}" | median)
p=$(printf "%s\n" "${ours_paint[@]}" | median)
echo "== Summary (median of $RUNS alternated runs)"
echo "Fangan open → first paint (towns, grids, building density): ${p} ms"
echo "Fangan open → footprints on screen: ${o} ms, peak RSS $(( $(printf "%s\n" "${ours_rss[@]}" | median) / 1024 )) MB"
if [ ${#qgis_ms[@]} -gt 0 ]; then
  q=$(printf "%s\n" "${qgis_ms[@]}" | median)
  echo "QGIS open + first draw:      ${q} ms, peak RSS $(( $(printf "%s\n" "${qgis_rss[@]}" | median) / 1024 )) MB"
  awk -v q="$q" -v o="$o" -v p="$p" 'BEGIN { if (o > 0) printf "ratio QGIS / Fangan: %.1f (footprints), %.1f (first paint)\n", q / o, q / p }'
fi
