#!/usr/bin/env bash
# Builds the sample district project (Andorra, from data/sample/) with the `fangan` command
# line: init, import every layer, analyse. usage: make-sample-project.sh FANGAN OUT.sqlite
set -euo pipefail
fangan="$1"
out="$2"
here="$(cd "$(dirname "$0")/.." && pwd)"
sample="$here/data/sample"
rm -f "$out" "$out-wal" "$out-shm"
"$fangan" init "$out"
for layer in buildings towns grids pois lines zones; do
  if [ -f "$sample/$layer.gpkg" ]; then
    "$fangan" import "$out" --layer "$layer" --from "$sample/$layer.gpkg" | head -n 4
  fi
done
if "$fangan" help | grep -q '^  analyze'; then
  dem=()
  [ -f "$sample/dem.tif" ] && dem=(--dem "$sample/dem.tif")
  "$fangan" analyze "$out" "${dem[@]}"
fi
"$fangan" info "$out"
