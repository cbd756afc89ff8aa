#!/usr/bin/env bash
# Regenerates the committed OCR fixtures. Needs: dotnet, poppler-utils (pdftoppm), imagemagick, img2pdf, python3.
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet run make-letter-pdf.cs -- "$work"
pdftoppm -r 300 -gray -png -singlefile "$work/letter-en.pdf" "$work/en"
pdftoppm -r 300 -gray -png -singlefile "$work/letter-fr.pdf" "$work/fr"

# Grey 300 DPI scans, as a flatbed writes them.
convert "$work/en.png" -units PixelsPerInch -density 300 -depth 8 letter-en-300dpi.png
convert "$work/fr.png" -units PixelsPerInch -density 300 -depth 8 letter-fr-300dpi.png
# Upside down and sideways (turned clockwise by 180 / 90 degrees).
convert letter-en-300dpi.png -rotate 180 letter-en-rotated180.png
convert letter-en-300dpi.png -rotate 90 letter-en-rotated90.png
# JPEG scan, also cut in two strips for the multi-strip PDF page.
convert letter-en-300dpi.png -quality 85 letter-en-300dpi.jpg
convert letter-en-300dpi.png -crop 100%x50% +repage -quality 85 "$work/strip-%d.jpg"
cp "$work/strip-0.jpg" letter-en-strip-top.jpg
cp "$work/strip-1.jpg" letter-en-strip-bottom.jpg
# Sideways JPEG in a PDF page whose /Rotate turns it upright.
convert letter-en-300dpi.png -rotate -90 -quality 85 "$work/sideways.jpg"
img2pdf --rotation=90 "$work/sideways.jpg" -o letter-en-rotate90-page.pdf
# Bilevel fax-style scans: single-page and two-page CCITT G4 TIFF, one strip per page.
convert letter-en-300dpi.png -threshold 60% -monochrome -compress Group4 -define tiff:rows-per-strip=100000 -units PixelsPerInch -density 300 letter-en-g4.tif
convert letter-en-300dpi.png letter-fr-300dpi.png -threshold 60% -monochrome -compress Group4 -define tiff:rows-per-strip=100000 -units PixelsPerInch -density 300 letters-en-fr-g4.tif
# Skewed by 3 degrees, as a sheet laid crooked on the glass.
convert letter-en-300dpi.png -background white -rotate 3 +repage -units PixelsPerInch -density 300 letter-en-skewed3.png
# Out of focus: OCR confidence falls to ≈ 0.3.
convert letter-en-300dpi.png -blur 0x7 -quality 70 -units PixelsPerInch -density 300 letter-en-blurred.jpg
# Raw 1-bit bitmap (PBM, 1 = black) for the Flate-compressed bilevel PDF page built in OcrFixtures.
convert letter-en-300dpi.png -threshold 60% -monochrome -strip pbm:- | gzip -9 > letter-en-1bit.pbm.gz
