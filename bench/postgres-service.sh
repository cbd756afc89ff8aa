# Sourced by the PostgreSQL benchmarks (postgres-workers.sh, scale-out.sh): a Release build of the web app, a throwaway
# PostgreSQL (scripts/start-test-postgres.sh) stopped at exit, and helpers to start web and worker processes on a
# database of their own, wait for them and for a batch, and count their CPU time. Needs: set -euo pipefail, cwd = repo.

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
json() { python3 -c "import json, sys; d = json.load(sys.stdin); print($1)"; }

dotnet build src/LetterParser.Web -c Release -v q --nologo >/dev/null
dll=$PWD/src/LetterParser.Web/bin/Release/net10.0/LetterParser.Web.dll

eval "$(scripts/start-test-postgres.sh)"
pids=()
work=$(mktemp -d)
stop_apps() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  pids=()
}
cleanup() {
  stop_apps
  scripts/start-test-postgres.sh stop "$LETTERPARSER_TEST_PG_DIR"
  rm -rf "$work"
}
trap cleanup EXIT
key=bench-$RANDOM$RANDOM
port=$(sed 's/.*Port=\([0-9]*\).*/\1/' <<<"$LETTERPARSER_TEST_PG")

# A fresh database for one run; sets $connection.
new_database() {
  psql -q -h 127.0.0.1 -p "$port" -U postgres -c "CREATE DATABASE $1" postgres
  connection="Host=127.0.0.1;Port=$port;Username=postgres;Database=$1"
}

# start_app ROLE URL LOG THREADS [CORE]: a web or worker process on $connection, pinned to CORE when given.
start_app() {
  local pin=()
  [[ $# -ge 5 ]] && pin=(taskset -c "$5")
  (cd "$(dirname "$dll")" && exec env ASPNETCORE_URLS="$2" Worker__HealthUrl="$2" Role="$1" DOTNET_gcServer=0 \
    ApiKeys__0="$key" RateLimits__StatusReadsPerMinute=100000 Storage__Provider=Postgres \
    ConnectionStrings__LetterParser="$connection" Processing__Workers="$4" Logging__LogLevel__Default=Warning \
    "${pin[@]}" dotnet "$dll") >"$3" 2>&1 &
  pids+=($!)
}

# The process and every process below it (a worker's reader processes).
process_tree() { local pid; for pid in "$@"; do echo "$pid"; process_tree $(cat "/proc/$pid/task/"*/children 2>/dev/null); done; }
# User + system CPU seconds so far of the given processes, their live descendants and the children they waited for
# (the wall clock means little on a shared machine).
cpu_seconds() {
  local total=0 pid
  for pid in $(process_tree "$@"); do
    [[ -r /proc/$pid/stat ]] && total=$((total + $(awk '{print $14 + $15 + $16 + $17}' "/proc/$pid/stat" 2>/dev/null || echo 0)))
  done
  python3 -c "print($total / $(getconf CLK_TCK))"
}
wait_ready() { for _ in $(seq 1 240); do curl -fsS "$1/health/ready" >/dev/null 2>&1 && return 0; sleep 0.25; done; echo "not ready: $1" >&2; return 1; }
# upload WEB CURL_FORM_ARGS...: posts a batch and prints its id.
upload() { local web=$1; shift; curl -fsS -H "X-Api-Key: $key" "$@" "$web/api/batches" | json 'd["id"]'; }
wait_batch() { until [[ $(curl -fsS -H "X-Api-Key: $key" "$1/api/batches/$2" | json 'd["complete"]') == "True" ]]; do sleep 0.2; done; }
batch_errors() { curl -fsS -H "X-Api-Key: $key" "$1/api/batches/$2" | json 'str(d["counts"]["failed"]) + " failed, " + str(sum(1 for l in d["letters"] if l["triage"] == "unreadable")) + " unreadable"'; }
