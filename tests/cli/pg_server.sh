# Sourced by the CLI tests that run against the PostGIS test server named by FANGAN_PG_URL
# (scripts/test.sh starts it): without a reachable server the test exits 77 (skipped), but
# fails under CI=true. Defines psql_, psql on that server stopping at the first error.
if [ -z "${FANGAN_PG_URL:-}" ] || ! psql -X -q "$FANGAN_PG_URL" -Atc "SELECT 1" >/dev/null 2>&1; then
  echo "PostGIS test server unavailable (FANGAN_PG_URL=${FANGAN_PG_URL:-unset})"
  if [ "${CI:-}" = true ]; then exit 1; fi
  exit 77
fi
psql_() { psql -X -q "$FANGAN_PG_URL" -v ON_ERROR_STOP=1 "$@"; }
