#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests, on 127.0.0.1 only, in a temporary folder.
#   eval "$(scripts/start-test-postgres.sh)"        start; prints export lines for LETTERPARSER_TEST_PG
#                                                   (an Npgsql connection string) and LETTERPARSER_TEST_PG_DIR
#   scripts/start-test-postgres.sh stop DIR          stop the cluster and remove its folder
#   scripts/start-test-postgres.sh restart DIR       restart it on the same port (the fault tests use this)
# PostgreSQL refuses to run as root, so as root the cluster belongs to the 'postgres' user (Debian's package
# creates it). Authentication is 'trust' because only loopback connections are accepted and the data is thrown away.
set -euo pipefail

bin=""
for candidate in /usr/lib/postgresql/*/bin; do
  [[ -x "$candidate/initdb" ]] && bin="$candidate"
done
if [[ -z "$bin" ]]; then
  echo "PostgreSQL server binaries not found under /usr/lib/postgresql (apt-get install postgresql)." >&2
  exit 1
fi

as_owner() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

ctl() {
  local dir=$1; shift
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 "$@"
}

case "${1:-start}" in
  stop)
    dir=${2:?usage: $0 stop DIR}
    [[ -d "$dir/data" ]] && ctl "$dir" stop -m fast >/dev/null 2>&1 || true
    rm -rf "$dir"
    exit 0
    ;;
  restart)
    dir=${2:?usage: $0 restart DIR}
    ctl "$dir" restart -m fast >/dev/null
    exit 0
    ;;
  start) ;;
  *) echo "usage: $0 [start | stop DIR | restart DIR]" >&2; exit 2 ;;
esac

dir=$(mktemp -d /tmp/letterparser-pg.XXXXXX)
chmod 755 "$dir"
[[ $(id -u) -eq 0 ]] && chown postgres: "$dir"

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()' 2>/dev/null \
  || shuf -i 20000-40000 -n 1)

as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; exit 1; }
cat >>"$dir/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
max_connections = 300
fsync = off
synchronous_commit = off
full_page_writes = off
CONF
ctl "$dir" start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }

echo "export LETTERPARSER_TEST_PG='Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres'"
echo "export LETTERPARSER_TEST_PG_DIR='$dir'"
