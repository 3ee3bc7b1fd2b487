#!/usr/bin/env bash
# The shared server against the file and against the reference tools, on one synthetic district:
#   1. import the buildings into PostGIS (`fangan import`, COPY) beside `ogr2ogr -f PostgreSQL`
#      of the same file, and beside `fangan import` into a SpatiaLite file;
#   2. `fangan analyze` on PostGIS and on SpatiaLite, and the same building × zone join done by
#      PostGIS itself in SQL (ST_Intersects);
#   3. `fangan ledger --by town|grid` and `fangan gaps --by town` on the server project (counted in
#      SQL on the server, gis/analysis/LedgerSql.h, CoverageSql.h) and on the file (goal < 2 s).
# Ratios: import fangan/ogr2ogr (goal ≤ 1), analyze PostGIS/SpatiaLite (goal ≤ 1.5), analyze
# PostGIS / the SQL join.
# usage: postgis_bench.sh FANGAN PG_URL WORKDIR [BUILDINGS]   (PG_URL: postgresql://user@host:port/db)
# Prints one line per step with wall seconds, then a RESULT line.
set -euo pipefail
fangan="$1"
url="$2"
work="$3"
n="${4:-1000000}"
mkdir -p "$work"
psql_() { PGOPTIONS="-c client_min_messages=warning" psql -X -q -v ON_ERROR_STOP=1 "$url" "$@"; }
secs() { local s; s=$(date +%s.%N); "$@" >"$work/last.log" 2>&1 || { cat "$work/last.log" >&2; return 1; }; echo "$(date +%s.%N) - $s" | bc; }

if [ ! -f "$work/d$n/buildings.gpkg" ]; then
  "$fangan" generate synthetic --buildings "$n" --out "$work/d$n" >/dev/null
fi
d="$work/d$n"
psql_ -c "DROP SCHEMA IF EXISTS bench_fangan CASCADE; DROP SCHEMA IF EXISTS bench_ogr CASCADE; CREATE SCHEMA bench_ogr"
rm -f "$work/bench.sqlite" "$work/bench.sqlite-wal" "$work/bench.sqlite-shm"
pgurl="$url?schema=bench_fangan"
"$fangan" init "$pgurl" >/dev/null
"$fangan" init "$work/bench.sqlite" >/dev/null

host=$(echo "$url" | sed -E 's#.*@([^:/]+).*#\1#')
port=$(echo "$url" | sed -E 's#.*:([0-9]+)/.*#\1#')
user=$(echo "$url" | sed -E 's#.*://([^@]+)@.*#\1#')
db=$(echo "$url" | sed -E 's#.*/([^/?]+)$#\1#')
t_pg=$(secs "$fangan" import "$pgurl" --layer buildings --from "$d/buildings.gpkg" --date 2024-12-31)
echo "import $n buildings: fangan → PostGIS        $t_pg s"
t_ogr=$(secs ogr2ogr -f PostgreSQL "PG:host=$host port=$port dbname=$db user=$user" "$d/buildings.gpkg" \
  -lco SCHEMA=bench_ogr -lco GEOMETRY_NAME=geom -nln buildings)
echo "import $n buildings: ogr2ogr -f PostgreSQL    $t_ogr s"
t_sl=$(secs "$fangan" import "$work/bench.sqlite" --layer buildings --from "$d/buildings.gpkg" --date 2024-12-31)
echo "import $n buildings: fangan → SpatiaLite     $t_sl s"
for layer in zones grids towns; do
  "$fangan" import "$pgurl" --layer $layer --from "$d/$layer.gpkg" --date 2024-12-31 >/dev/null
  "$fangan" import "$work/bench.sqlite" --layer $layer --from "$d/$layer.gpkg" --date 2024-12-31 >/dev/null
done
a_pg=$(secs "$fangan" analyze "$pgurl")
echo "analyze on PostGIS                            $a_pg s"
a_sl=$(secs "$fangan" analyze "$work/bench.sqlite")
echo "analyze on SpatiaLite                         $a_sl s"
psql_ -c "ANALYZE bench_fangan.buildings; ANALYZE bench_fangan.zones"
j_sql=$(secs psql_ -Atc "SELECT count(*) FROM bench_fangan.buildings b JOIN bench_fangan.zones z ON ST_Intersects(b.geom, z.geom)")
echo "zone join in SQL by PostGIS (ST_Intersects)   $j_sql s ($(psql_ -Atc "SELECT count(*) FROM bench_fangan.buildings b JOIN bench_fangan.zones z ON ST_Intersects(b.geom, z.geom)") pairs; fangan links $(psql_ -Atc "SELECT count(*) FROM bench_fangan.building_zones"))"
l_pg=$(secs "$fangan" ledger "$pgurl" --by town --format csv)
echo "ledger --by town on PostGIS (SQL)             $l_pg s"
l_sl=$(secs "$fangan" ledger "$work/bench.sqlite" --by town --format csv)
echo "ledger --by town on SpatiaLite                $l_sl s"
lg_pg=$(secs "$fangan" ledger "$pgurl" --by grid --format csv)
echo "ledger --by grid on PostGIS (SQL)             $lg_pg s"
g_pg=$(secs "$fangan" gaps "$pgurl" --by town --format csv)
echo "gaps --by town on PostGIS (SQL)               $g_pg s"
g_sl=$(secs "$fangan" gaps "$work/bench.sqlite" --by town --format csv)
echo "gaps --by town on SpatiaLite                  $g_sl s"
"$fangan" ledger "$pgurl" --by town --format csv >"$work/ledger-pg.csv"
"$fangan" ledger "$work/bench.sqlite" --by town --format csv >"$work/ledger-sl.csv"
cmp -s "$work/ledger-pg.csv" "$work/ledger-sl.csv" && same=yes || same=NO
echo "ledger --by town identical on both            $same"
ratio() { echo "scale=2; $1 / $2" | bc; }
echo "ratio import fangan/ogr2ogr                   $(ratio "$t_pg" "$t_ogr") (goal <= 1)"
echo "ratio analyze PostGIS/SpatiaLite              $(ratio "$a_pg" "$a_sl") (goal <= 1.5)"
echo "ratio analyze PostGIS/SQL join                $(ratio "$a_pg" "$j_sql")"
echo "RESULT buildings=$n import_pg_s=$t_pg import_ogr2ogr_pg_s=$t_ogr import_sqlite_s=$t_sl analyze_pg_s=$a_pg analyze_sqlite_s=$a_sl join_sql_s=$j_sql ledger_town_pg_s=$l_pg ledger_town_sqlite_s=$l_sl ledger_grid_pg_s=$lg_pg gaps_town_pg_s=$g_pg gaps_town_sqlite_s=$g_sl ledger_identical=$same"
