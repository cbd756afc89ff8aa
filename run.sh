#!/usr/bin/env bash
# Starts the LetterParser web service with the embedded default (Hangfire in memory, files under ./data)
# on http://127.0.0.1:5080 (set ASPNETCORE_URLS to listen elsewhere). Installs the OCR runtime first if missing.
#   ./run.sh                     # then open http://127.0.0.1:5080/
#   ApiKeys__0=secret ./run.sh   # clinic key for the batch API
set -euo pipefail
cd "$(dirname "$0")"

packages=(libtesseract5 tesseract-ocr-eng tesseract-ocr-fra tesseract-ocr-osd fonts-dejavu-core)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if (( ${#missing[@]} > 0 )); then
  echo "installing ${missing[*]}..." >&2
  sudo_cmd=(); [[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -q
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -q "${missing[@]}"
fi

if ! command -v dotnet >/dev/null; then
  echo "the .NET 10 SDK is needed (dotnet on PATH)" >&2
  exit 1
fi

export ASPNETCORE_URLS="${ASPNETCORE_URLS:-http://127.0.0.1:5080}"
echo "LetterParser on $ASPNETCORE_URLS (data in ${Storage__DataPath:-./data})" >&2
exec dotnet run --project src/LetterParser.Web -c Release
