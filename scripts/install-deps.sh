#!/usr/bin/env bash
# Installs the Debian 12 packages Fangan needs to build, test and run.
# Idempotent: packages already present are skipped, so a second run costs ~1 s.
# --fuzz adds clang and its libFuzzer runtime for bench/fuzz.sh (CI does not need them: it replays
# the fuzz corpora through the ordinary build).
set -euo pipefail

packages=(
  # build
  cmake ninja-build pkg-config g++ libgtest-dev libgmock-dev clang-format
  # Qt 6 (libqt6opengl6-dev is needed by Qt Charts' CMake config; the SQLite driver is separate)
  qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-svg-dev qt6-charts-dev libqt6sql6-sqlite
  qt6-l10n-tools
  # GIS stack
  libgdal-dev libgeos-dev libproj-dev libspatialite-dev libsqlite3-mod-spatialite libsqlite3-dev
  # JSON documents (command outputs, stored zone parameters)
  nlohmann-json3-dev
  # the campaign forms as styled workbooks (merged headers, borders, formats)
  libxlsxwriter-dev
  # EXIF time and GPS position of photos attached to a building's archive
  libexif-dev
  # the shared district server: PostgreSQL + PostGIS (scripts/start-postgis.sh) and libpq
  postgresql-15 postgresql-15-postgis-3 libpq-dev
  # reference tools used by tests (ogrinfo/ogr2ogr, cs2cs, sqlite3, pdftotext/pdffonts)
  gdal-bin proj-bin sqlite3 poppler-utils
  # running the GUI headless and rendering Chinese text
  xvfb xauth fonts-noto-cjk
)
if [ "${1:-}" = "--fuzz" ]; then
  packages+=(clang-14 libclang-rt-14-dev)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
