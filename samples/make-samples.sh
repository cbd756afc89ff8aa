#!/usr/bin/env bash
# Makes every sample letter under samples/:
#   digital/*.pdf + expected/*.json   drawn by SampleMaker (C#, PdfPig) from one description per letter;
#   scanned/*                         scan, fax and photo variants of some of them, made with poppler-utils,
#                                     ImageMagick and img2pdf, each with its own expected/<variant>.json.
# The output is deterministic (fixed noise seeds), so re-running it only changes files when the letters change.
# Usage: samples/make-samples.sh            (from anywhere; needs dotnet and, for the variants, the apt packages below)
#        samples/make-samples.sh --digital-only
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"

packages=(poppler-utils imagemagick img2pdf fonts-dejavu-core)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "Installing ${missing[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "Missing packages: ${missing[*]} (run as root, or: sudo apt-get install ${missing[*]})" >&2
    exit 1
  fi
fi

echo "== digital letters"
dotnet run --project SampleMaker/SampleMaker.csproj -c Release -- "$here"
[[ "${1:-}" == "--digital-only" ]] && exit 0

# The Debian binary, not any wrapper earlier on PATH.
convert=/usr/bin/convert
[[ -x $convert ]] || convert=convert
mkdir -p scanned
rm -f scanned/*
expected_rm=(expected/scan-* expected/fax-* expected/photo-* expected/multipage-*)
rm -f "${expected_rm[@]}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# expect ORIGINAL VARIANT_FILE: the variant's expected result is its original's with "file" pointing at the variant.
expect() {
  local name="${2%.*}"
  sed "s#\"file\": \"digital/$1.pdf\"#\"file\": \"scanned/$2\"#" "expected/$1.json" > "expected/$name.json"
  grep -q "\"scanned/$2\"" "expected/$name.json" || { echo "could not retarget expected/$1.json" >&2; exit 1; }
}

# render ORIGINAL DPI -> $work/ORIGINAL-DPI-N.png, one grayscale PNG per page
render() {
  pdftoppm -r "$2" -gray -png "digital/$1.pdf" "$work/$1-$2"
}

# scan IN OUT ANGLE SEED [DPI]: a flatbed scan of a page rendered at DPI (default 200): slight skew, a little blur
# and sensor noise, stored as a 200 dpi grayscale JPEG q75.
scan() {
  local size; size="$(identify -format '%wx%h' "$1")"
  "$convert" "$1" -resize "$((20000 / ${5:-200}))%" -background white -rotate "$3" +repage -gravity center -extent "$((${size%x*} * 200 / ${5:-200}))x$((${size#*x} * 200 / ${5:-200}))" \
    -seed "$4" -attenuate 0.25 +noise Gaussian -blur 0x0.6 -level 0,88% -colorspace Gray \
    -density 200 -units PixelsPerInch -quality 75 "$2"
}

# fax IN OUT SEED: black and white, speckles, 200 dpi, CCITT G4 TIFF.
fax() {
  "$convert" "$1" -background white -rotate 0.4 +repage -seed "$3" -attenuate 0.015 +noise Impulse \
    -colorspace Gray -threshold 55% -type bilevel -density 200 -units PixelsPerInch -compress Group4 "$2"
}

# photo IN OUT SEED: a phone photo of the page on a desk: perspective, uneven light, blur, noise, downsized.
photo() {
  local dims w h; dims="$(identify -format '%w %h' "$1")"; w="${dims% *}"; h="${dims#* }"
  "$convert" "$1" -bordercolor white -border 20 -bordercolor 'gray(38%)' -border 90 +repage \
    -background 'gray(38%)' -virtual-pixel background \
    -distort Perspective "0,0 70,40  $((w+219)),0 $((w+160)),95  0,$((h+219)) 120,$((h+190))  $((w+219)),$((h+219)) $((w+205)),$((h+150))" \
    \( +clone -sparse-color Bilinear "0,0 gray(100%)  $((w+219)),0 gray(86%)  0,$((h+219)) gray(78%)  $((w+219)),$((h+219)) gray(62%)" \) \
    -compose Multiply -composite -rotate -2.5 +repage -seed "$3" -attenuate 0.3 +noise Gaussian -blur 0x1 \
    -resize 1300x "$2"
}

echo "== scanned variants"
# 1. checkbox, Unicode boxes: skewed JPEG scan in a PDF
render en-checkbox-unicode 200
scan "$work/en-checkbox-unicode-200-1.png" "$work/a.jpg" 1.2 11
img2pdf --nodate --engine internal -o scanned/scan-en-checkbox-unicode.pdf "$work/a.jpg"
expect en-checkbox-unicode scan-en-checkbox-unicode.pdf

# 2. checkbox, drawn boxes, two pages scanned at 300 dpi (kept at 200 dpi)
render en-checkbox-drawn-2page 300
scan "$work/en-checkbox-drawn-2page-300-1.png" "$work/b1.jpg" -0.8 12 300
scan "$work/en-checkbox-drawn-2page-300-2.png" "$work/b2.jpg" 0.6 13 300
img2pdf --nodate --engine internal -o scanned/scan-en-checkbox-drawn-2page.pdf "$work/b1.jpg" "$work/b2.jpg"
expect en-checkbox-drawn-2page scan-en-checkbox-drawn-2page.pdf

# 3. French checkbox, ZapfDingbats boxes: 300 dpi scan, the strongest skew (-1.5 degrees)
render fr-checkbox-zapf 300
scan "$work/fr-checkbox-zapf-300-1.png" "$work/c.jpg" -1.5 14 300
img2pdf --nodate --engine internal -o scanned/scan-fr-checkbox-zapf.pdf "$work/c.jpg"
expect fr-checkbox-zapf scan-fr-checkbox-zapf.pdf

# 4. checkbox, ASCII boxes: fax-like G4 TIFF
render en-checkbox-ascii 200
fax "$work/en-checkbox-ascii-200-1.png" scanned/fax-en-checkbox-ascii.tif 15
expect en-checkbox-ascii fax-en-checkbox-ascii.tif

# 5. French in-Canada letter: G4 fax image inside a PDF
render fr-incanada-truthfulness-a16 200
fax "$work/fr-incanada-truthfulness-a16-200-1.png" "$work/e.tif" 16
img2pdf --nodate --engine internal -o scanned/fax-fr-incanada-truthfulness-a16.pdf "$work/e.tif"
expect fr-incanada-truthfulness-a16 fax-fr-incanada-truthfulness-a16.pdf

# 6. letter + officer notes: a two-page G4 TIFF
render en-nested-officer-notes-2025 200
fax "$work/en-nested-officer-notes-2025-200-1.png" "$work/f1.tif" 17
fax "$work/en-nested-officer-notes-2025-200-2.png" "$work/f2.tif" 18
"$convert" "$work/f1.tif" "$work/f2.tif" -compress Group4 scanned/multipage-en-nested-officer-notes-2025.tif
expect en-nested-officer-notes-2025 multipage-en-nested-officer-notes-2025.tif

# 7. sentences letter scanned upside down
render en-sentences-workpermit 200
scan "$work/en-sentences-workpermit-200-1.png" "$work/g.jpg" 0.5 19
"$convert" "$work/g.jpg" -rotate 180 -quality 75 "$work/g180.jpg"
img2pdf --nodate --engine internal -o scanned/scan-en-sentences-workpermit-rot180.pdf "$work/g180.jpg"
expect en-sentences-workpermit scan-en-sentences-workpermit-rot180.pdf

# 8. French nested letter scanned sideways (page rotated 90 degrees)
render fr-nested-2024 200
scan "$work/fr-nested-2024-200-1.png" "$work/h.jpg" -0.4 20
"$convert" "$work/h.jpg" -rotate 90 -quality 75 "$work/h90.jpg"
img2pdf --nodate --engine internal -o scanned/scan-fr-nested-2024-rot90.pdf "$work/h90.jpg"
expect fr-nested-2024 scan-fr-nested-2024-rot90.pdf

# 9. in-Canada A16 letter, plain light scan
render en-incanada-documents-a16 200
scan "$work/en-incanada-documents-a16-200-1.png" "$work/i.jpg" 0.7 21
img2pdf --nodate --engine internal -o scanned/scan-en-incanada-documents-a16.pdf "$work/i.jpg"
expect en-incanada-documents-a16 scan-en-incanada-documents-a16.pdf

# 10. phone photos: JPEG (English nested letter) and PNG (French sentence letter)
render en-nested-2024 200
photo "$work/en-nested-2024-200-1.png" "$work/j.png" 22
"$convert" "$work/j.png" -quality 75 scanned/photo-en-nested-2024.jpg
expect en-nested-2024 photo-en-nested-2024.jpg

render fr-sentences-study 200
photo "$work/fr-sentences-study-200-1.png" "$work/k.png" 23
"$convert" "$work/k.png" -colorspace Gray -depth 8 -define png:compression-level=9 -define png:exclude-chunks=date,time \
  scanned/photo-fr-sentences-study.png
expect fr-sentences-study photo-fr-sentences-study.png

# 11. checkbox list photographed
render en-checkbox-zapf 200
photo "$work/en-checkbox-zapf-200-1.png" "$work/l.png" 24
"$convert" "$work/l.png" -quality 75 scanned/photo-en-checkbox-zapf.jpg
expect en-checkbox-zapf photo-en-checkbox-zapf.jpg

ls -l scanned
du -ch digital expected scanned | tail -1
