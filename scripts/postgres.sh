#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on 127.0.0.1 for tests and load runs.
#   scripts/postgres.sh start DIR PORT   -> prints the DATABASE_URL
#   scripts/postgres.sh stop DIR
set -euo pipefail
action=${1:?start or stop}; dir=${2:?data directory}
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
run() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case "$action" in
  start)
    port=${3:?port}
    mkdir -p "$dir"; chmod 700 "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    run "$bin/initdb" -D "$dir/data" -A trust -U hmic -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1
    run "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
      -o "-p $port -c listen_addresses=127.0.0.1 -k $dir -c fsync=off -c max_connections=200" start >/dev/null
    run "$bin/createdb" -h 127.0.0.1 -p "$port" -U hmic hmic
    echo "postgresql+psycopg://hmic@127.0.0.1:$port/hmic"
    ;;
  stop)
    run "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  *) echo "usage: $0 start DIR PORT | stop DIR" >&2; exit 2 ;;
esac
