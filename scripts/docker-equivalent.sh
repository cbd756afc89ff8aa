#!/usr/bin/env bash
# Does what the Dockerfile does, without Docker (which cannot run everywhere the tests run): the same
# `dotnet publish` into a fresh folder, then the app started from there with the image's environment, except that it
# listens on a free loopback port instead of 0.0.0.0:8080. Checks /health and /health/ready, then processes one
# sample letter end to end. Prints "docker-equivalent: ok" and exits 0 on success.
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
pid=""
cleanup() {
  [[ -n "$pid" ]] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
fail() {
  echo "docker-equivalent: FAILED: $*" >&2
  [[ -f "$work/app.log" ]] && tail -n 40 "$work/app.log" >&2
  exit 1
}

# The Dockerfile's build stage.
dotnet publish src/LetterParser.Web/LetterParser.Web.csproj -c Release -o "$work/app" -p:UseAppHost=false -v q --nologo >"$work/publish.log" 2>&1 \
  || { cat "$work/publish.log" >&2; fail "dotnet publish"; }
mkdir -p "$work/data"

# A free port: ask the kernel through Python when it is there, otherwise pick one nobody is listening on.
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()' 2>/dev/null) || {
  port=$(shuf -i 20000-40000 -n 1)
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$(shuf -i 20000-40000 -n 1); done
}
base="http://127.0.0.1:$port"

# The runtime stage's ENV and ENTRYPOINT (URL on loopback here).
(
  cd "$work/app"
  export ASPNETCORE_URLS="$base" ASPNETCORE_HTTP_PORTS="" Storage__DataPath="$work/data" DOTNET_CLI_TELEMETRY_OPTOUT=1 \
    Logging__Console__FormatterName=json
  exec dotnet LetterParser.Web.dll
) >"$work/app.log" 2>&1 &
pid=$!

for _ in $(seq 1 120); do
  curl -fsS "$base/health" >/dev/null 2>&1 && break
  kill -0 "$pid" 2>/dev/null || fail "the app exited"
  sleep 0.5
done
health=$(curl -fsS "$base/health") || fail "/health did not answer"
ready=$(curl -fsS "$base/health/ready") || fail "/health/ready did not answer"
[[ "$health" == "Healthy" && "$ready" == "Healthy" ]] || fail "/health said '$health', /health/ready said '$ready'"

letter=$(ls samples/digital/*.pdf | head -n 1)
# Plain sed for the two JSON fields, so that the script needs nothing beyond bash and curl.
# The statusUrl carries the letter's secret: the bare /api/letters/{id} answers 404 (docs/security.md).
status_url=$(curl -fsS -F "file=@$letter" "$base/api/letters" | sed -n 's/.*"statusUrl":"\([^"]*\)".*/\1/p')
[[ -n "$status_url" ]] || fail "uploading $letter"
status=""
for _ in $(seq 1 120); do
  status=$(curl -fsS "$base$status_url" | sed -n 's/^{"id":"[^"]*","status":"\([a-z]*\)".*/\1/p')
  [[ "$status" == "completed" || "$status" == "failed" ]] && break
  sleep 0.5
done
[[ "$status" == "completed" ]] || fail "the sample letter ended '$status'"

echo "docker-equivalent: ok (published, /health and /health/ready Healthy, $(basename "$letter") completed)"
