#!/usr/bin/env bash
# Initialises (once) and starts a private PostgreSQL 15 + PostGIS cluster in DIR, listening on
# loopback only, and makes the database `fangan` with the postgis extension.
# Usage: scripts/start-postgis.sh DIR [PORT]     (PORT defaults to 55432)
# Idempotent: a cluster already initialised is reused, one already running is left running.
# Run as root, the server runs as the unprivileged user `postgres` (initdb refuses root).
# Prints the connection string of the database on its last line. Local connections use trust
# authentication (a throw-away test/CI cluster); a district server sets passwords (README).
set -euo pipefail

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
  echo "用法: $0 DIR [PORT]" >&2
  exit 2
fi
dir=$(mkdir -p "$1" && cd "$1" && pwd)
port=${2:-55432}
pgbin=$(ls -d /usr/lib/postgresql/15/bin 2>/dev/null || true)
if [ -z "$pgbin" ] || [ ! -x "$pgbin/initdb" ]; then
  echo "start-postgis: 未找到 PostgreSQL 15 (请运行 scripts/install-deps.sh)" >&2
  exit 1
fi
if [ ! -f /usr/share/postgresql/15/extension/postgis.control ]; then
  echo "start-postgis: 未找到 PostGIS 扩展 (postgresql-15-postgis-3，请运行 scripts/install-deps.sh)" >&2
  exit 1
fi

data="$dir/data"
sock="$dir/sock"
run=()
if [ "$(id -u)" -eq 0 ]; then
  run=(runuser -u postgres --)
  install -d -o postgres -g postgres -m 700 "$data"
  install -d -o postgres -g postgres -m 755 "$sock"
  chown postgres:postgres "$dir"
else
  install -d -m 700 "$data"
  install -d -m 755 "$sock"
fi
owner=$(stat -c %U "$data")

if [ ! -f "$data/PG_VERSION" ]; then
  "${run[@]}" "$pgbin/initdb" -D "$data" -A trust -U "$owner" -E UTF8 --locale=C.UTF-8 \
    >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
fi

if ! "${run[@]}" "$pgbin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
  "${run[@]}" "$pgbin/pg_ctl" -D "$data" -l "$dir/server.log" -w -t 30 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $sock" start >/dev/null ||
    { tail -20 "$dir/server.log" >&2; exit 1; }
fi

psql_() { PGOPTIONS="-c client_min_messages=warning" psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U "$owner" "$@"; }
if [ "$(psql_ -d postgres -Atc "SELECT count(*) FROM pg_database WHERE datname = 'fangan'")" = 0 ]; then
  psql_ -d postgres -c "CREATE DATABASE fangan"
fi
psql_ -d fangan -c "CREATE EXTENSION IF NOT EXISTS postgis"
echo "postgresql://$owner@127.0.0.1:$port/fangan"
