#!/usr/bin/env bash
# Batch throughput over VARIED digital letters: every text-layer PDF under samples/digital and the frozen blind sets
# (tests/BlindSets/*/letters), cycled to COUNT files, read by `letterparser batch` end to end (process start
# included). One letter copied 1,000 times flatters the JIT and the caches; a mix of layouts, languages and
# lengths is what a clinic's batch looks like. Target: >= 250 letters/s on 2 cores.
#   bench/batch-varied.sh [COUNT] [extra batch options...]
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
count="${1:-1000}"
shift $(( $# > 0 ? 1 : 0 )) || true
command -v pdffonts >/dev/null || { echo "needs poppler-utils (pdffonts)" >&2; exit 1; }

work="$(mktemp -d -t letterparser-varied-XXXXXX)"
trap 'rm -rf "$work"' EXIT

echo "building letterparser (Release)..." >&2
dotnet publish "$root/src/LetterParser.Cli" -c Release -o "$work/bin" -v q --nologo >/dev/null

# A digital letter is a PDF with fonts (a text layer); scans and photos are OCR's benchmark, not this one.
mapfile -t mix < <(for f in "$root"/samples/digital/*.pdf "$root"/tests/BlindSets/*/letters/*.pdf; do
  [[ $(pdffonts "$f" 2>/dev/null | wc -l) -gt 2 ]] && echo "$f"; done)
[[ ${#mix[@]} -gt 0 ]] || { echo "no digital letters found" >&2; exit 1; }

mkdir "$work/letters"
for i in $(seq 0 $((count - 1))); do
  cp "${mix[$((i % ${#mix[@]}))]}" "$work/letters/letter-$(printf %05d "$i").pdf"
done

echo "reading $count files cycled from ${#mix[@]} different digital letters on $(nproc) cores..." >&2
# --today fixes the deadlines, so that the digest of the reports below is the same from day to day: two builds
# that read the mix alike print the same digest. /usr/bin/time counts the reader processes' CPU too (they are
# waited for before the batch exits), which the batch's own summary line cannot.
start=$(date +%s.%N)
/usr/bin/time -f "%e s wall, %U s user + %S s system CPU (batch and readers)" -o "$work/time" \
  "$work/bin/letterparser" batch "$work/letters" --format jsonl --out "$work/out.jsonl" --today 2026-06-01 "$@"
end=$(date +%s.%N)

lines=$(wc -l < "$work/out.jsonl")
errors=$(grep -c '"error":' "$work/out.jsonl" || true)
awk -v n="$lines" -v e="$errors" -v s="$start" -v f="$end" 'BEGIN {
  t = f - s; printf "%d reports (%d errors) in %.2f s wall: %.1f letters/s\n", n, e, t, n / t }'
cat "$work/time"
awk -v n="$lines" '{ printf "%.2f ms CPU per letter, all processes\n", ($4 + $8) * 1000 / n }' "$work/time"
echo "reports digest: $(sha256sum < "$work/out.jsonl" | cut -c1-16)"
# To compare two builds row by row: KEEP_REPORTS=/some/file.jsonl bench/batch-varied.sh
[[ -n "${KEEP_REPORTS:-}" ]] && cp "$work/out.jsonl" "$KEEP_REPORTS"
exit 0
