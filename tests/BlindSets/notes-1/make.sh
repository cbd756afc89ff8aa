#!/bin/sh
# Regenerates letters/ and labels/ from src/ (see make.py). Intermediate files go to build/.
set -e
cd "$(dirname "$0")"
python3 make.py "$@"
