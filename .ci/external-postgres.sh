#!/usr/bin/env bash
# Starts or stops a throwaway PostgreSQL from Debian's `postgresql` package (15 on Debian 12) on
# 127.0.0.1:54315, to run the test suite against an external server with DATABASE_URL.
#   .ci/external-postgres.sh start   → prints the DATABASE_URL
#   .ci/external-postgres.sh stop
set -euo pipefail
DIR=${FOYER_EXTERNAL_PG_DIR:-/tmp/foyer-external-pg}
PORT=${FOYER_EXTERNAL_PG_PORT:-54315}
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$BIN" ] || { echo "Debian's postgresql package is not installed (apt-get install -y postgresql)" >&2; exit 1; }
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "${1:-}" in
  start)
    if [ ! -f "$DIR/PG_VERSION" ]; then
      mkdir -p "$DIR"
      [ "$(id -u)" = 0 ] && chown postgres:postgres "$DIR"
      pw="$DIR.pw"; echo foyer > "$pw" && chmod 644 "$pw"
      as_pg "$BIN/initdb" -D "$DIR" -U foyer --pwfile="$pw" --auth=scram-sha-256 -E UTF8 --no-locale >/dev/null
      rm -f "$pw"
    fi
    as_pg "$BIN/pg_ctl" start -D "$DIR" -w -l "$DIR/server.log" -o "-p $PORT -h 127.0.0.1 -c unix_socket_directories=''" >/dev/null
    echo "postgres://foyer:foyer@127.0.0.1:$PORT/postgres"
    ;;
  stop)
    as_pg "$BIN/pg_ctl" stop -D "$DIR" -m fast -w >/dev/null || true
    ;;
  *)
    echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
