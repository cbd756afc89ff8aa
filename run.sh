#!/usr/bin/env bash
# Starts the LetterParser web service with the embedded default (Hangfire in memory, files under ./data)
# on http://127.0.0.1:5080 (set ASPNETCORE_URLS to listen elsewhere). Installs the OCR runtime first if missing.
#   ./run.sh                     # then open http://127.0.0.1:5080/
#   ApiKeys__0=secret ./run.sh   # clinic key for the batch API
#   Access__OperatorKey=... ./run.sh   # opens /hangfire (basic auth, any user name)
# Personal mode: for one person on their own machine, batches need no key (the log says so at start-up).
# A server (Docker, compose, Role=web) keeps the default, Access__Mode=server.
set -euo pipefail
cd "$(dirname "$0")"

scripts/install-system-packages.sh runtime

if ! command -v dotnet >/dev/null; then
  echo "the .NET 10 SDK is needed (dotnet on PATH)" >&2
  exit 1
fi

export ASPNETCORE_URLS="${ASPNETCORE_URLS:-http://127.0.0.1:5080}"
# Uploads and reports under ./data of the checkout (the web project's own default is relative to its folder).
export Storage__DataPath="${Storage__DataPath:-$PWD/data}"
export Access__Mode="${Access__Mode:-personal}"
echo "LetterParser on $ASPNETCORE_URLS (data in $Storage__DataPath, access mode $Access__Mode)" >&2
exec dotnet run --project src/LetterParser.Web -c Release
