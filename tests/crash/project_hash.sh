#!/usr/bin/env bash
# The content hash of a Fangan project: every row of its tables (and the buildings' spatial
# index), without the wall-clock stamps that differ between two runs of the same command.
# usage: project_hash.sh PROJECT   → prints a sha256, or "unreadable"
set -uo pipefail
p="$1"
tables=$(sqlite3 -readonly "$p" "SELECT name FROM sqlite_master WHERE type='table' AND name IN
  ('settings','buildings','zones','grids','towns','source_pois','source_lines','dem_sources',
   'survey_points','building_zones','idx_buildings_geom','idx_zones_geom') ORDER BY name" 2> /dev/null) || {
  echo unreadable
  exit 0
}
{
  for t in $tables; do
    echo "== $t"
    sqlite3 -readonly "$p" "SELECT * FROM \"$t\" ORDER BY 1, 2" || echo "error in $t"
  done
  echo "== events"
  sqlite3 -readonly "$p" "SELECT id, building_id, code, date, kind, inspector, result, note, photos
                          FROM events ORDER BY id" || echo "error in events"
  echo "== audit_log"
  sqlite3 -readonly "$p" "SELECT id, who, action, target, field, old_value, new_value,
                          effective_date FROM audit_log ORDER BY id" || echo "error in audit_log"
} | sha256sum | cut -d' ' -f1
