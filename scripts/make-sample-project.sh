#!/usr/bin/env bash
# Builds the sample district project (Andorra, from data/sample/) with the `fangan` command
# line: init, import every layer (as the data stood on 2024-12-31), analyse, then replay a month
# of generated field work (January 2025) so that figures as of a date and the periodic reports
# have a history to show. usage: make-sample-project.sh FANGAN OUT.sqlite
set -euo pipefail
fangan="$1"
out="$2"
here="$(cd "$(dirname "$0")/.." && pwd)"
sample="$here/data/sample"
rm -f "$out" "$out-wal" "$out-shm"
"$fangan" init "$out"
for layer in buildings towns grids pois lines zones; do
  if [ -f "$sample/$layer.gpkg" ]; then
    "$fangan" import "$out" --layer "$layer" --from "$sample/$layer.gpkg" --date 2024-12-31 | head -n 4
  fi
done
if "$fangan" help | grep -q '^  analyze'; then
  dem=()
  [ -f "$sample/dem.tif" ] && dem=(--dem "$sample/dem.tif")
  "$fangan" analyze "$out" "${dem[@]}"
fi
if "$fangan" help | grep -q 'generate history'; then
  "$fangan" generate history "$out" --start 2025-01-01 --days 31 --share 0.03 --seed 2025
fi
"$fangan" info "$out"
