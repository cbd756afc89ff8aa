#!/usr/bin/env bash
# Batch throughput: `letterparser batch` over N copies of one digital letter, timed end to end (process start
# included). Target: >= 300 letters/s on 2 cores.
#   bench/batch-throughput.sh [COUNT] [LETTER.pdf] [extra batch options...]
# e.g. bench/batch-throughput.sh 1000 samples/digital/en-checkbox.pdf --parallel 2
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
count="${1:-1000}"
letter="${2:-$root/tests/LetterParser.Cli.Tests/Fixtures/refusal-2-page.pdf}"
shift $(( $# > 2 ? 2 : $# )) || true

work="$(mktemp -d -t letterparser-bench-XXXXXX)"
trap 'rm -rf "$work"' EXIT

echo "building letterparser (Release)..." >&2
dotnet publish "$root/src/LetterParser.Cli" -c Release -o "$work/bin" -v q --nologo >/dev/null

mkdir "$work/letters"
for i in $(seq -w 1 "$count"); do
  cp "$letter" "$work/letters/letter-$i.pdf"
done

echo "reading $count copies of $(basename "$letter") on $(nproc) cores..." >&2
start=$(date +%s.%N)
"$work/bin/letterparser" batch "$work/letters" --format jsonl --out "$work/out.jsonl" "$@"
end=$(date +%s.%N)

lines=$(wc -l < "$work/out.jsonl")
errors=$(grep -c '"error":' "$work/out.jsonl" || true)
awk -v n="$lines" -v e="$errors" -v s="$start" -v f="$end" 'BEGIN {
  t = f - s; printf "%d reports (%d errors) in %.2f s wall: %.1f letters/s\n", n, e, t, n / t }'
