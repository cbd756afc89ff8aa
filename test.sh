#!/usr/bin/env bash
# Runs the whole LetterParser test suite: installs the system packages the tests use, builds, tests,
# and ends with one line "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")"

command -v dotnet >/dev/null || { echo "The .NET 10 SDK is required (dotnet not found on PATH)." >&2; exit 1; }
scripts/install-system-packages.sh test

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# axe-core for the browser tests' accessibility check, from npm at the version package-lock.json pins.
(cd tests/LetterParser.Web.Tests && npm ci --no-audit --no-fund --loglevel=error)
log=$(mktemp)
# The PostgreSQL tests read LETTERPARSER_TEST_PG; without it they fail under CI and are skipped locally.
LETTERPARSER_TEST_PG_DIR=""
if pg=$(scripts/start-test-postgres.sh); then eval "$pg"; else echo "Could not start a test PostgreSQL; its tests will say so." >&2; fi
trap 'rm -f "$log"; [[ -n "$LETTERPARSER_TEST_PG_DIR" ]] && scripts/start-test-postgres.sh stop "$LETTERPARSER_TEST_PG_DIR"' EXIT

status=0
dotnet test LetterParser.sln -c Release 2>&1 | tee "$log" || status=$?

# dotnet test prints one summary per test project; add them up into the closing line CI reads.
read -r passed failed skipped < <(awk '/^(Passed|Failed)!/ {
    for (i = 1; i <= NF; i++) {
      if ($i == "Passed:") p += $(i + 1) + 0
      if ($i == "Failed:") f += $(i + 1) + 0
      if ($i == "Skipped:") s += $(i + 1) + 0
    }
  } END { print p + 0, f + 0, s + 0 }' "$log")
# A bounded fuzz run (about 75 s on 2 cores) over PDFs, images and zips (README, "Fuzzing"), counted as one more test:
# any finding (a crashed or stopped reader, an internal error, a mutant over 10 s or 1 GB) fails it, and the mutant
# is kept in artifacts/fuzz-findings/ with a note that says how to get it again.
if dotnet run -c Release --project tests/LetterParser.Fuzz -- --seconds 75 --seed 1; then
  passed=$((passed + 1))
else
  failed=$((failed + 1))
  echo "Fuzz findings: see artifacts/fuzz-findings/" >&2
fi
# The Dockerfile's publish + start, outside Docker (scripts/docker-equivalent.sh), counted as one more test.
if scripts/docker-equivalent.sh; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
echo "${passed:-0} passed, ${failed:-0} failed, ${skipped:-0} skipped"
if [[ $status -ne 0 || "${failed:-0}" != "0" || "${passed:-0}" == "0" ]]; then
  exit 1
fi
