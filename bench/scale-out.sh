#!/usr/bin/env bash
# Scale-out of the PostgreSQL deployment where the work dominates: OCR-heavy letters (the scans and photos in
# samples/scanned), read by one worker process and then by two, each worker pinned with taskset to a core of its own
# and running one job thread (Processing__Workers=1; its reader process inherits the pinning). The web process and
# PostgreSQL are not pinned: they share the cores with the workers, as they would share a machine's spare capacity.
# Prints letters/s from the upload to the last report for each run, the workers' CPU seconds per letter (their
# reader processes included), and the ratio of the two runs.
#   bench/scale-out.sh [COPIES] [CORE_A] [CORE_B]
# Defaults: 3 copies of each of the 12 scanned samples (36 letters), cores 0 and 1.
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-3}
cores=("${2:-0}" "${3:-1}")
source bench/postgres-service.sh

form=()
for copy in $(seq 1 "$copies"); do
  for letter in samples/scanned/*; do form+=(-F "file=@$letter;filename=$copy-$(basename "$letter")"); done
done
letters=$((${#form[@]} / 2))
warmup=()
for letter in samples/scanned/scan-en-checkbox-unicode.pdf samples/scanned/photo-fr-sentences-study.png; do
  warmup+=(-F "file=@$letter;filename=warm-$(basename "$letter")")
done

declare -A rate
for workers in 1 2; do
  new_database "lp_scale_$workers"
  web="http://127.0.0.1:$(free_port)"
  start_app web "$web" "$work/web-$workers.log" 1
  urls=("$web")
  for w in $(seq 1 "$workers"); do
    url="http://127.0.0.1:$(free_port)"
    start_app worker "$url" "$work/worker-$workers-$w.log" 1 "${cores[$((w - 1))]}"
    urls+=("$url")
  done
  for url in "${urls[@]}"; do wait_ready "$url"; done

  # Warm-up letters, so that start-up, JIT and the first Tesseract engines are not counted.
  warm=$(upload "$web" "${warmup[@]}")
  wait_batch "$web" "$warm"
  cpu_before=$(cpu_seconds "${pids[@]:1}")
  started=$(date +%s.%N)
  batch=$(upload "$web" "${form[@]}")
  wait_batch "$web" "$batch"
  finished=$(date +%s.%N)
  cpu=$(python3 -c "print($(cpu_seconds "${pids[@]:1}") - $cpu_before)")
  errors=$(batch_errors "$web" "$batch")
  rate[$workers]=$(python3 -c "print($letters / ($finished - $started))")
  python3 -c "s = $finished - $started; print(f'$workers worker process(es), cores ${cores[*]:0:$workers}: $letters OCR letters in {s:.1f} s = {$letters / s:.2f} letters/s; workers used {$cpu:.1f} CPU s = {1000 * $cpu / $letters:.0f} ms CPU per letter; $errors')"
  stop_apps
done
python3 -c "print(f'two workers / one worker: {${rate[2]} / ${rate[1]}:.2f}x')"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
