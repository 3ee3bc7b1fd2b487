#!/usr/bin/env bash
# Stops the cluster scripts/start-postgis.sh started in DIR (fast shutdown). Idempotent: a
# cluster that is not running (or a DIR without one) is fine.
# Usage: scripts/stop-postgis.sh DIR
set -euo pipefail
if [ $# -ne 1 ]; then
  echo "用法: $0 DIR" >&2
  exit 2
fi
data="$1/data"
[ -f "$data/PG_VERSION" ] || exit 0
run=()
if [ "$(id -u)" -eq 0 ]; then run=(runuser -u postgres --); fi
if "${run[@]}" /usr/lib/postgresql/15/bin/pg_ctl -D "$data" status >/dev/null 2>&1; then
  "${run[@]}" /usr/lib/postgresql/15/bin/pg_ctl -D "$data" -m fast -w -t 30 stop >/dev/null
fi
