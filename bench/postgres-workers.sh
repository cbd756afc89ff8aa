#!/usr/bin/env bash
# Throughput of the PostgreSQL deployment with one worker process and then two: a web process (Role=web) and N
# worker processes (Role=worker) on a throwaway local PostgreSQL; a batch of LETTERS copies of one digital letter is
# uploaded, and the time from the batch's 202 to its last report gives letters/s.
#   bench/postgres-workers.sh [LETTERS] [LETTER.pdf] [THREADS_PER_WORKER]
# Defaults: 200, samples/digital/en-sentences-workpermit.pdf, one Hangfire worker thread per core.
set -euo pipefail
cd "$(dirname "$0")/.."
letters=${1:-200}
letter=${2:-samples/digital/en-sentences-workpermit.pdf}
threads=${3:-0}

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
json() { python3 -c "import json, sys; d = json.load(sys.stdin); print($1)"; }

dotnet build src/LetterParser.Web -c Release -v q --nologo >/dev/null
dll=$PWD/src/LetterParser.Web/bin/Release/net10.0/LetterParser.Web.dll

eval "$(scripts/start-test-postgres.sh)"
pids=()
work=$(mktemp -d)
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  scripts/start-test-postgres.sh stop "$LETTERPARSER_TEST_PG_DIR"
  rm -rf "$work"
}
trap cleanup EXIT
key=bench-$RANDOM$RANDOM
port=$(sed 's/.*Port=\([0-9]*\).*/\1/' <<<"$LETTERPARSER_TEST_PG")

form=()
for i in $(seq 1 "$letters"); do form+=(-F "file=@$letter;filename=letter-$i.pdf"); done

start_app() { # role url log
  (cd "$(dirname "$dll")" && exec env ASPNETCORE_URLS="$2" Worker__HealthUrl="$2" Role="$1" DOTNET_gcServer=0 ApiKeys__0="$key" RateLimits__StatusReadsPerMinute=100000 \
    Storage__Provider=Postgres ConnectionStrings__LetterParser="$connection" Processing__Workers="$threads" \
    Logging__LogLevel__Default=Warning dotnet "$dll") >"$3" 2>&1 &
  pids+=($!)
}
# User + system CPU seconds of the given processes so far (the wall clock means little on a shared machine).
cpu_seconds() { local total=0; for pid in "$@"; do total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat"))); done; python3 -c "print($total / $(getconf CLK_TCK))"; }
wait_ready() { for _ in $(seq 1 240); do curl -fsS -H "X-Api-Key: $key" "$1/health/ready" >/dev/null 2>&1 && return 0; sleep 0.25; done; echo "not ready: $1" >&2; return 1; }

for workers in 1 2; do
  database=lp_bench_$workers
  psql -q -h 127.0.0.1 -p "$port" -U postgres -c "CREATE DATABASE $database" postgres
  connection="Host=127.0.0.1;Port=$port;Username=postgres;Database=$database"
  web="http://127.0.0.1:$(free_port)"
  start_app web "$web" "$work/web-$workers.log"
  urls=("$web")
  for w in $(seq 1 "$workers"); do
    url="http://127.0.0.1:$(free_port)"
    start_app worker "$url" "$work/worker-$workers-$w.log"
    urls+=("$url")
  done
  for url in "${urls[@]}"; do wait_ready "$url"; done

  # Warm-up letter, so that start-up JIT is not counted.
  curl -fsS -H "X-Api-Key: $key" "${form[@]:0:2}" "$web/api/batches" >/dev/null
  sleep 2
  batch=$(curl -fsS -H "X-Api-Key: $key" "${form[@]}" "$web/api/batches" | json 'd["id"]')
  started=$(date +%s.%N)
  cpu_before=$(cpu_seconds "${pids[@]:1}")
  until [[ $(curl -fsS -H "X-Api-Key: $key" "$web/api/batches/$batch" | json 'd["complete"]') == "True" ]]; do sleep 0.1; done
  finished=$(date +%s.%N)
  cpu=$(python3 -c "print($(cpu_seconds "${pids[@]:1}") - $cpu_before)")
  python3 -c "s = $finished - $started; print(f'$workers worker process(es): $letters letters in {s:.1f} s = {$letters / s:.1f} letters/s; workers used {$cpu:.1f} CPU s = {1000 * $cpu / $letters:.0f} ms CPU per letter')"

  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  pids=()
done
