#!/usr/bin/env bash
# bench/analyze_vs_qgis.sh [BUILD_DIR] [N_BUILDINGS] [WORK_DIR]
#
# Runs analyze_bench (zone join + grid assignment) beside QGIS's
# native:joinattributesbylocation on the same synthetic district and prints the ratio:
#   zone join   = joinattributesbylocation PREDICATE=0 (intersects) METHOD=0 (one-to-many)
#   grid assign = joinattributesbylocation PREDICATE=0 METHOD=2 (largest overlap)
# and checks that both tools found the same links and the same grid for every building.
#
# Data: WORK_DIR/{buildings,zones,grids,towns}.gpkg from `fangan generate synthetic`
# (analyze_bench generates the same district itself when the files are missing).
# QGIS: `apt-get install -y --no-install-recommends qgis qgis-providers` (QGIS 3.22, Qt 5);
# without it only our figures are printed. qgis_process.bin is called directly: the
# /usr/bin/qgis_process wrapper fails on Debian 12 (../shared/TOOLCHAIN.md section 4).
#
# Timings are wall-clock. Ours: inside analyze_bench, each overlay alone (reading the buildings
# from the project) and both in one pass + writes + commit (total_s, what analyze runs), with
# two threads and again with one. QGIS: the whole qgis_process.bin run (about 1.4 s of it is
# start-up), reading the GeoPackages and writing a GeoPackage of the joined buildings. Since
# QGIS starts from the files, our import of the same GeoPackages into a fresh project is timed
# too and a "from the files" line adds it to ours. Different answers (links, the grid of any
# building) fail the script (exit 1).
#
# PostGIS as a second reference, when PG_URL is set (postgresql://user@host:port/db, e.g. a
# cluster from scripts/start-postgis.sh): the GeoPackages loaded with ogr2ogr into a schema of
# their own (GiST indexes; the load timed apart, as QGIS's read is not), then the same two
# overlays in SQL on the loaded tables: the zone join (ST_Intersects, one row per link) and the
# grid of largest overlap (ST_Area(ST_Intersection)) for every building, each one psql run. Its
# answers must be ours too.
set -euo pipefail

BUILD=${1:-build}
N=${2:-100000}
WORK=${3:-/tmp/fangan-analyze-bench-$N}
BENCH=$BUILD/bench/analyze_bench
FANGAN=$BUILD/app/fangan
mkdir -p "$WORK"

if [ ! -f "$WORK/buildings.gpkg" ] && [ -x "$FANGAN" ] && "$FANGAN" help | grep -q "generate"; then
  "$FANGAN" generate synthetic --buildings "$N" --out "$WORK"
fi
# /usr/bin/time: wall seconds and peak RSS (KB) of a command, into $WORK/time.txt
timed() { /usr/bin/time -f "%e %M" -o "$WORK/time.txt" "$@"; }

# Our import of the four GeoPackages into a fresh project (what QGIS's read of them stands for).
timed "$BENCH" "$WORK" --buildings "$N" --prepare-only --reimport > "$WORK/import.txt"
read -r OURS_IMPORT _ < "$WORK/time.txt"

timed "$BENCH" "$WORK" --threads 1 > "$WORK/ours1.txt"
RESULT1=$(grep '^RESULT' "$WORK/ours1.txt")
timed "$BENCH" "$WORK" --threads 2 | tee "$WORK/ours.txt"
read -r OURS_WALL OURS_RSS_KB < "$WORK/time.txt"
RESULT=$(grep '^RESULT' "$WORK/ours.txt")
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<< " $RESULT"; }
field1() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<< " $RESULT1"; }
if [ "$(field1 links)" != "$(field links)" ] || [ "$(field1 in_any_zone)" != "$(field in_any_zone)" ]; then
  echo "FAIL: one thread and two give different answers" >&2
  exit 1
fi
OURS_TOTAL=$(field total_s)
LINKS=$(field links)
IN_ANY=$(field in_any_zone)
BUILDINGS=$(field buildings)
echo "ours: analysis ${OURS_TOTAL} s, whole bench process ${OURS_WALL} s," \
  "peak RSS $((OURS_RSS_KB / 1024)) MB"

QP=$(command -v qgis_process.bin || true)
if [ -z "$QP" ]; then
  echo "QGIS not installed (apt-get install -y --no-install-recommends qgis qgis-providers):"
  echo "no comparison."
  exit 0
fi
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp/runtime-root
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
rm -f "$WORK/q_join.gpkg" "$WORK/q_grid.gpkg"

timed "$QP" run native:joinattributesbylocation --INPUT="$WORK/buildings.gpkg" \
  --JOIN="$WORK/zones.gpkg" --PREDICATE=0 --METHOD=0 --DISCARD_NONMATCHING=false --PREFIX=z_ \
  --OUTPUT="$WORK/q_join.gpkg" > "$WORK/q_join.log" 2>&1
read -r Q_JOIN Q_JOIN_RSS_KB < "$WORK/time.txt"
timed "$QP" run native:joinattributesbylocation --INPUT="$WORK/buildings.gpkg" \
  --JOIN="$WORK/grids.gpkg" --PREDICATE=0 --METHOD=2 --DISCARD_NONMATCHING=false --PREFIX=g_ \
  --OUTPUT="$WORK/q_grid.gpkg" > "$WORK/q_grid.log" 2>&1
read -r Q_GRID Q_GRID_RSS_KB < "$WORK/time.txt"

# Same answers? One-to-many output = one row per link + one per building in no zone.
Q_ROWS=$(sqlite3 "$WORK/q_join.gpkg" "SELECT count(*) FROM q_join")
Q_LINKS=$(sqlite3 "$WORK/q_join.gpkg" "SELECT count(*) FROM q_join WHERE z_type IS NOT NULL")
sqlite3 "$WORK/q_grid.gpkg" "SELECT code || '|' || coalesce(g_grid, '') FROM q_grid ORDER BY 1" \
  > "$WORK/q_grid.txt"
sqlite3 "$WORK/bench.sqlite" "SELECT code || '|' || coalesce(grid, '') FROM buildings ORDER BY 1" \
  > "$WORK/ours_grid.txt"
GRID_DIFF=$(diff "$WORK/q_grid.txt" "$WORK/ours_grid.txt" | grep -c '^<' || true)

echo
echo "buildings ${BUILDINGS}, zones $(field zones), grids $(field grids), threads $(field threads)"
printf "%-28s %10s %10s %12s\n" "" "ours (s)" "QGIS (s)" "QGIS/ours"
printf "%-28s %10s %10s %12s\n" "zone join (one-to-many)" "$(field join_s)" "$Q_JOIN" \
  "$(awk -v q="$Q_JOIN" -v o="$(field join_s)" 'BEGIN{printf "%.1f", q/o}')"
printf "%-28s %10s %10s %12s\n" "grid assign (largest)" "$(field grid_s)" "$Q_GRID" \
  "$(awk -v q="$Q_GRID" -v o="$(field grid_s)" 'BEGIN{printf "%.1f", q/o}')"
printf "%-28s %10s %10s %12s\n" "both, with writes" "$OURS_TOTAL" \
  "$(awk -v a="$Q_JOIN" -v b="$Q_GRID" 'BEGIN{printf "%.2f", a+b}')" \
  "$(awk -v a="$Q_JOIN" -v b="$Q_GRID" -v o="$OURS_TOTAL" 'BEGIN{printf "%.1f", (a+b)/o}')"
printf "%-28s %10s %10s %12s\n" "both, one thread" "$(field1 total_s)" \
  "$(awk -v a="$Q_JOIN" -v b="$Q_GRID" 'BEGIN{printf "%.2f", a+b}')" \
  "$(awk -v a="$Q_JOIN" -v b="$Q_GRID" -v o="$(field1 total_s)" 'BEGIN{printf "%.1f", (a+b)/o}')"
FROM_FILES=$(awk -v i="$OURS_IMPORT" -v o="$OURS_TOTAL" 'BEGIN{printf "%.2f", i+o}')
printf "%-28s %10s %10s %12s\n" "from the files (+ import)" "$FROM_FILES" \
  "$(awk -v a="$Q_JOIN" -v b="$Q_GRID" 'BEGIN{printf "%.2f", a+b}')" \
  "$(awk -v a="$Q_JOIN" -v b="$Q_GRID" -v o="$FROM_FILES" 'BEGIN{printf "%.1f", (a+b)/o}')"
echo "(our import of the four GeoPackages into a fresh project: ${OURS_IMPORT} s, the whole"
echo " process; QGIS reads the GeoPackages in each of its two runs)"
echo "(ours \"both\": one pass + writes + commit, as fangan analyze runs it; the whole"
echo " analyze_bench process, which also times each overlay alone, took ${OURS_WALL} s)"
echo "peak RSS: ours $((OURS_RSS_KB / 1024)) MB, QGIS join $((Q_JOIN_RSS_KB / 1024)) MB," \
  "QGIS grid $((Q_GRID_RSS_KB / 1024)) MB"
echo "links: ours ${LINKS}, QGIS ${Q_LINKS} (rows ${Q_ROWS} = links + $((Q_ROWS - Q_LINKS))" \
  "unmatched; ours unmatched $((BUILDINGS - IN_ANY)))"
echo "grid of each building: ${GRID_DIFF} differ between QGIS and ours"
if [ "$GRID_DIFF" != 0 ] || [ "$Q_LINKS" != "$LINKS" ]; then
  echo "FAIL: QGIS and ours give different answers" >&2
  exit 1
fi

if [ -z "${PG_URL:-}" ]; then
  echo "PostGIS: PG_URL not set, no SQL reference"
  exit 0
fi
psql_() { PGOPTIONS="-c client_min_messages=warning" psql -X -q -v ON_ERROR_STOP=1 "$PG_URL" "$@"; }
secs() {
  local s
  s=$(date +%s.%N)
  "$@" > "$WORK/last.log" 2>&1 || { cat "$WORK/last.log" >&2; return 1; }
  echo "$(date +%s.%N) - $s" | bc
}
host=$(sed -E 's#.*@([^:/]+).*#\1#' <<< "$PG_URL")
port=$(sed -E 's#.*:([0-9]+)/.*#\1#' <<< "$PG_URL")
user=$(sed -E 's#.*://([^@]+)@.*#\1#' <<< "$PG_URL")
db=$(sed -E 's#.*/([^/?]+)$#\1#' <<< "$PG_URL")
psql_ -c "DROP SCHEMA IF EXISTS bench_analyze CASCADE; CREATE SCHEMA bench_analyze"
load() {
  for layer in buildings zones grids; do
    ogr2ogr -f PostgreSQL "PG:host=$host port=$port dbname=$db user=$user" "$WORK/$layer.gpkg" \
      -lco SCHEMA=bench_analyze -lco GEOMETRY_NAME=geom -nln "$layer"
  done
  for layer in buildings zones grids; do psql_ -c "VACUUM ANALYZE bench_analyze.$layer"; done
}
P_LOAD=$(secs load)
P_JOIN=$(secs psql_ -Atc "SELECT count(*) FROM bench_analyze.buildings b
  JOIN bench_analyze.zones z ON ST_Intersects(b.geom, z.geom)" -o "$WORK/p_links.txt")
P_LINKS=$(cat "$WORK/p_links.txt")
P_GRID=$(secs psql_ -Atc "SELECT t FROM (SELECT b.code || '|' || coalesce(x.grid, '') AS t
  FROM bench_analyze.buildings b LEFT JOIN LATERAL (SELECT g.grid FROM bench_analyze.grids g
  WHERE ST_Intersects(b.geom, g.geom) ORDER BY ST_Area(ST_Intersection(b.geom, g.geom)) DESC
  LIMIT 1) x ON true) s ORDER BY t COLLATE \"C\"" -o "$WORK/p_grid.txt")
P_LOAD=$(printf "%.2f" "$P_LOAD")
P_JOIN=$(printf "%.2f" "$P_JOIN")
P_GRID=$(printf "%.2f" "$P_GRID")
P_GRID_DIFF=$(diff "$WORK/p_grid.txt" "$WORK/ours_grid.txt" | grep -c '^<' || true)
ratio() { awk -v p="$1" -v o="$2" 'BEGIN { if (o > 0) printf "%.1f", p / o; else print "—" }'; }
echo
echo "PostGIS $(psql_ -Atc "SELECT postgis_lib_version()") SQL on the loaded tables" \
  "(ogr2ogr load of the three GeoPackages + VACUUM ANALYZE: ${P_LOAD} s, not counted):"
printf "%-28s %10s %10s %12s\n" "" "ours (s)" "PostGIS (s)" "PostGIS/ours"
printf "%-28s %10s %10s %12s\n" "zone join (one-to-many)" "$(field join_s)" "$P_JOIN" \
  "$(ratio "$P_JOIN" "$(field join_s)")"
printf "%-28s %10s %10s %12s\n" "grid assign (largest)" "$(field grid_s)" "$P_GRID" \
  "$(ratio "$P_GRID" "$(field grid_s)")"
P_BOTH=$(awk -v a="$P_JOIN" -v b="$P_GRID" 'BEGIN{printf "%.2f", a+b}')
printf "%-28s %10s %10s %12s\n" "both (ours with writes)" "$OURS_TOTAL" "$P_BOTH" \
  "$(ratio "$P_BOTH" "$OURS_TOTAL")"
printf "%-28s %10s %10s %12s\n" "both, one thread" "$(field1 total_s)" "$P_BOTH" \
  "$(ratio "$P_BOTH" "$(field1 total_s)")"
echo "(PostGIS answers in SQL and writes nothing; its server uses one core per query)"
echo "links: ours ${LINKS}, PostGIS ${P_LINKS}; grid of each building: ${P_GRID_DIFF} differ"
psql_ -c "DROP SCHEMA bench_analyze CASCADE"
if [ "$P_GRID_DIFF" != 0 ] || [ "$P_LINKS" != "$LINKS" ]; then
  echo "FAIL: PostGIS and ours give different answers" >&2
  exit 1
fi
