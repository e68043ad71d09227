#!/usr/bin/env bash
# Benchmarks (release build). Prints what it measured; never fails on a slow machine.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product atsetl-grammar-bench >/dev/null
corpus=$(mktemp)
trap 'rm -f "$corpus"' EXIT
# Report prose: the two sample reports, paragraph by paragraph (page chrome and titles are
# harmless here: the grammar sees them as sentences without numbers).
cat input/stavanger-2021.txt input/stavanger-2017.txt > "$corpus"
echo "machine: $(nproc) cores, $(uname -m), $(swift --version 2>/dev/null | head -1)"
.build/release/atsetl-grammar-bench "$corpus" "${GRAMMAR_MB:-50}"
