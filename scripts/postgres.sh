#!/usr/bin/env bash
# Start (or stop) a throwaway PostgreSQL server on loopback for the tests, and print its URL.
# initdb refuses to run as root, so the cluster belongs to the postgres user.
# Usage: scripts/postgres.sh start|stop|url
set -euo pipefail

PGPORT=${HABEAS_TEST_PGPORT:-54329}
PGDIR=${HABEAS_TEST_PGDIR:-/tmp/habeas-test-pg}
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
url="postgresql+psycopg://habeas@127.0.0.1:${PGPORT}/postgres"

as_owner() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-start}" in
  start)
    [[ -n "$bindir" ]] || { echo "PostgreSQL is not installed: scripts/system-deps.sh postgres" >&2; exit 1; }
    if ! as_owner "$bindir/pg_ctl" -D "$PGDIR" status >/dev/null 2>&1; then
      if [[ ! -f "$PGDIR/PG_VERSION" ]]; then
        mkdir -p "$PGDIR"
        [[ $(id -u) -eq 0 ]] && chown postgres:postgres "$PGDIR"
        as_owner "$bindir/initdb" -D "$PGDIR" -U habeas --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
      fi
      as_owner "$bindir/pg_ctl" -D "$PGDIR" -l "$PGDIR/server.log" -w \
        -o "-p $PGPORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
    fi
    echo "$url" ;;
  stop) as_owner "$bindir/pg_ctl" -D "$PGDIR" -m fast stop >/dev/null ;;
  url) echo "$url" ;;
  *) echo "usage: $0 start|stop|url" >&2; exit 2 ;;
esac
