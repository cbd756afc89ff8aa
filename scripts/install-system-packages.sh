#!/usr/bin/env bash
# Installs the Debian packages LetterParser needs, only those missing. Used by run.sh and test.sh.
#   scripts/install-system-packages.sh runtime   OCR engine, language data, fonts
#   scripts/install-system-packages.sh test      runtime + what the tests use (Chromium, PostgreSQL, poppler)
set -euo pipefail

runtime=(libtesseract5 liblept5 tesseract-ocr-eng tesseract-ocr-fra tesseract-ocr-osd fonts-dejavu-core)
test_only=(tesseract-ocr poppler-utils chromium postgresql curl)
# The browser tests need Node.js and npm; a machine may already have them from another source
# (NodeSource's nodejs bundles npm and conflicts with Debian's npm package), so only ask apt when
# the commands are missing.

wanted=("${runtime[@]}")
if [[ "${1:-runtime}" == "test" ]]; then
  wanted+=("${test_only[@]}")
  command -v node >/dev/null || wanted+=(nodejs)
  command -v npm >/dev/null || wanted+=(npm)
fi

missing=()
for package in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "Installing system packages: ${missing[*]}" >&2
sudo=""
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "Need root (or sudo) to install: ${missing[*]}" >&2; exit 1; }
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
