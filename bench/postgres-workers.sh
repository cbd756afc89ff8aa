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

source bench/postgres-service.sh

form=()
for i in $(seq 1 "$letters"); do form+=(-F "file=@$letter;filename=letter-$i.pdf"); done

for workers in 1 2; do
  new_database "lp_bench_$workers"
  web="http://127.0.0.1:$(free_port)"
  start_app web "$web" "$work/web-$workers.log" "$threads"
  urls=("$web")
  for w in $(seq 1 "$workers"); do
    url="http://127.0.0.1:$(free_port)"
    start_app worker "$url" "$work/worker-$workers-$w.log" "$threads"
    urls+=("$url")
  done
  for url in "${urls[@]}"; do wait_ready "$url"; done

  # Warm-up letter, so that start-up JIT is not counted.
  upload "$web" "${form[@]:0:2}" >/dev/null
  sleep 2
  batch=$(upload "$web" "${form[@]}")
  started=$(date +%s.%N)
  cpu_before=$(cpu_seconds "${pids[@]:1}")
  wait_batch "$web" "$batch"
  finished=$(date +%s.%N)
  cpu=$(python3 -c "print($(cpu_seconds "${pids[@]:1}") - $cpu_before)")
  python3 -c "s = $finished - $started; print(f'$workers worker process(es): $letters letters in {s:.1f} s = {$letters / s:.1f} letters/s; workers used {$cpu:.1f} CPU s = {1000 * $cpu / $letters:.0f} ms CPU per letter')"
  stop_apps
done
