#!/usr/bin/env bash
# Scale-out of the PostgreSQL deployment where the work dominates: OCR-heavy letters (the scans and photos in
# samples/scanned), read by one worker process and then by two, each worker pinned with taskset to a core of its own
# and running one job thread (Processing__Workers=1; its reader process inherits the pinning). The web process and
# PostgreSQL are not pinned: they share the cores with the workers, as they would share a machine's spare capacity.
# Prints letters/s from the batch's 202 to its last report for each run, the workers' CPU seconds per letter (their
# reader processes included), and the ratio of the two runs.
#   bench/scale-out.sh [COPIES] [CORE_A] [CORE_B]
# Defaults: 3 copies of each of the 12 scanned samples (36 letters), cores 0 and 1.
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-3}
cores=("${2:-0}" "${3:-1}")

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
for copy in $(seq 1 "$copies"); do
  for letter in samples/scanned/*; do form+=(-F "file=@$letter;filename=$copy-$(basename "$letter")"); done
done
letters=$((${#form[@]} / 2))
warmup=()
for letter in samples/scanned/scan-en-checkbox-unicode.pdf samples/scanned/photo-fr-sentences-study.png; do
  warmup+=(-F "file=@$letter;filename=warm-$(basename "$letter")")
done

start_app() { # role url log [core]
  local pin=()
  [[ $# -ge 4 ]] && pin=(taskset -c "$4")
  (cd "$(dirname "$dll")" && exec env ASPNETCORE_URLS="$2" Worker__HealthUrl="$2" Role="$1" DOTNET_gcServer=0 ApiKeys__0="$key" RateLimits__StatusReadsPerMinute=100000 \
    Storage__Provider=Postgres ConnectionStrings__LetterParser="$connection" Processing__Workers=1 \
    Logging__LogLevel__Default=Warning "${pin[@]}" dotnet "$dll") >"$3" 2>&1 &
  pids+=($!)
}
# The process and every process below it (the reader processes).
tree() { local pid; for pid in "$@"; do echo "$pid"; tree $(cat "/proc/$pid/task/"*/children 2>/dev/null); done; }
# User + system CPU seconds so far of the given processes, their live descendants and the children they waited for.
cpu_seconds() {
  local total=0 pid
  for pid in $(tree "$@"); do
    [[ -r /proc/$pid/stat ]] && total=$((total + $(awk '{print $14 + $15 + $16 + $17}' "/proc/$pid/stat" 2>/dev/null || echo 0)))
  done
  python3 -c "print($total / $(getconf CLK_TCK))"
}
wait_ready() { for _ in $(seq 1 240); do curl -fsS -H "X-Api-Key: $key" "$1/health/ready" >/dev/null 2>&1 && return 0; sleep 0.25; done; echo "not ready: $1" >&2; return 1; }
wait_batch() { until [[ $(curl -fsS -H "X-Api-Key: $key" "$web/api/batches/$1" | json 'd["complete"]') == "True" ]]; do sleep 0.2; done; }

declare -A rate
for workers in 1 2; do
  database=lp_scale_$workers
  psql -q -h 127.0.0.1 -p "$port" -U postgres -c "CREATE DATABASE $database" postgres
  connection="Host=127.0.0.1;Port=$port;Username=postgres;Database=$database"
  web="http://127.0.0.1:$(free_port)"
  start_app web "$web" "$work/web-$workers.log"
  urls=("$web")
  for w in $(seq 1 "$workers"); do
    url="http://127.0.0.1:$(free_port)"
    start_app worker "$url" "$work/worker-$workers-$w.log" "${cores[$((w - 1))]}"
    urls+=("$url")
  done
  for url in "${urls[@]}"; do wait_ready "$url"; done

  # Warm-up letters, so that start-up, JIT and the first Tesseract engines are not counted.
  warm=$(curl -fsS -H "X-Api-Key: $key" "${warmup[@]}" "$web/api/batches" | json 'd["id"]')
  wait_batch "$warm"
  cpu_before=$(cpu_seconds "${pids[@]:1}")
  started=$(date +%s.%N)
  batch=$(curl -fsS -H "X-Api-Key: $key" "${form[@]}" "$web/api/batches" | json 'd["id"]')
  wait_batch "$batch"
  finished=$(date +%s.%N)
  cpu=$(python3 -c "print($(cpu_seconds "${pids[@]:1}") - $cpu_before)")
  failed=$(curl -fsS -H "X-Api-Key: $key" "$web/api/batches/$batch" | json 'str(d["counts"]["failed"]) + " failed, " + str(sum(1 for l in d["letters"] if l["triage"] == "unreadable")) + " unreadable"')
  rate[$workers]=$(python3 -c "print($letters / ($finished - $started))")
  python3 -c "s = $finished - $started; print(f'$workers worker process(es), cores ${cores[*]:0:$workers}: $letters OCR letters in {s:.1f} s = {$letters / s:.2f} letters/s; workers used {$cpu:.1f} CPU s = {1000 * $cpu / $letters:.0f} ms CPU per letter; $failed')"

  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  pids=()
done
python3 -c "print(f'two workers / one worker: {${rate[2]} / ${rate[1]}:.2f}x')"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
