#!/usr/bin/env bash
# Web throughput: starts the service (Release, embedded default, a temporary data folder) on a loopback port,
# measures the median upload-to-report time of single letters and letters/s for one 1,000-letter batch, stops it.
# Targets: median <= 300 ms, >= 100 letters/s on 2 cores.
#   bench/web-throughput/run.sh [LETTER.pdf] [BATCH_SIZE] [SINGLE_RUNS]
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
letter="${1:-$root/samples/digital/en-nested-2024.pdf}"
batch="${2:-1000}"
runs="${3:-50}"
port="${BENCH_PORT:-5181}"
work="$(mktemp -d -t letterparser-web-bench-XXXXXX)"

echo "building the web service (Release)..." >&2
dotnet publish "$root/src/LetterParser.Web" -c Release -o "$work/bin" -v q --nologo >/dev/null

# Server mode, as deployed: batches need a clinic key; the abuse limits are raised past what one benchmark client sends.
key="bench-$(od -An -N8 -tx8 /dev/urandom | tr -d ' ')"
export LETTERPARSER_API_KEY="$key"
Access__Mode=server ApiKeys__0="$key" RateLimits__UploadsPerMinute=100000 RateLimits__BatchesPerMinute=1000 \
  RateLimits__StatusReadsPerMinute=10000000 RateLimits__MaxQueuedPerClient=100000 RateLimits__MaxQueuedPerKey=100000 \
  Storage__DataPath="$work/data" ASPNETCORE_URLS="http://127.0.0.1:$port" Logging__LogLevel__Default=Warning \
  "$work/bin/LetterParser.Web" >"$work/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -rf "$work"' EXIT

for _ in $(seq 1 100); do
  curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
  sleep 0.2
done

dotnet run "$root/bench/web-throughput/WebThroughput.cs" -- "http://127.0.0.1:$port" "$letter" "$batch" "$runs" "$server"
