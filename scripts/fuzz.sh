#!/usr/bin/env bash
# Fuzzing with libFuzzer: builds the fuzz targets in Fuzz/ with -sanitize=fuzzer,address and
# runs each one for SECONDS (default 60), one after another, on one core.
#
#   scripts/fuzz.sh [SECONDS] [TARGET…]      TARGET: grammar text xml html (default: all four)
#
# New corpus entries go to .build-fuzz/corpus/TARGET (the seeds, Fuzz/Corpus/TARGET and the
# samples in input/, are only read); crashes, timeouts and out-of-memory inputs go to
# Fuzz/Findings/TARGET/ (git-ignored).
# Replay a finding without the fuzzer: `swift run atsetl-fuzz-TARGET Fuzz/Findings/TARGET/…`.
# Exit status: 0 when no target found anything, 1 when one did, 2 on a build failure.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(grammar text xml html)
scratch=.build-fuzz
build_flags=(
  --scratch-path "$scratch" -c release
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -DFUZZING
)

for target in "${targets[@]}"; do
  if [ ! -d "Fuzz/Corpus/$target" ]; then
    echo "fuzz.sh: unknown target '$target' (grammar, text, xml, html)" >&2
    exit 2
  fi
  echo "building atsetl-fuzz-$target (release, fuzzer + address sanitizer)…"
  swift build "${build_flags[@]}" --product "atsetl-fuzz-$target" 2>&1 | tail -n 3 ||
    { echo "fuzz.sh: build of atsetl-fuzz-$target failed" >&2; exit 2; }
done
bin=$(swift build "${build_flags[@]}" --show-bin-path)

# The reader targets write each input to a scratch file in TMPDIR; keep any left behind here.
export TMPDIR="$PWD/$scratch/tmp"
mkdir -p "$TMPDIR"
if command -v llvm-symbolizer >/dev/null; then
  export ASAN_SYMBOLIZER_PATH=${ASAN_SYMBOLIZER_PATH:-$(command -v llvm-symbolizer)}
fi

# Seeds: Fuzz/Corpus/TARGET plus the shipped samples in input/ of the target's format.
declare -A sample_glob=([grammar]="input/*.txt" [text]="input/*.txt" [xml]="input/*.xml" [html]="input/*.html")

found=0
summary=()
for target in "${targets[@]}"; do
  corpus="$scratch/corpus/$target"
  findings="Fuzz/Findings/$target"
  log="$scratch/fuzz-$target.log"
  seeds="$scratch/seeds/$target"
  mkdir -p "$corpus" "$findings" "$seeds"
  cp Fuzz/Corpus/"$target"/* ${sample_glob[$target]} "$seeds"/
  dict=()
  [ -f "Fuzz/Dictionaries/$target.dict" ] && dict=(-dict="Fuzz/Dictionaries/$target.dict")
  stamp="$scratch/fuzz-$target.started"
  touch "$stamp"
  echo "fuzzing $target for $seconds s (log: $log)…"
  status=0
  "$bin/atsetl-fuzz-$target" "$corpus" "$seeds" "${dict[@]}" \
    -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
    -artifact_prefix="$findings/" -print_final_stats=1 >"$log" 2>&1 || status=$?
  new=$(find "$findings" -type f -newer "$stamp" | wc -l)
  [ "$new" -eq 0 ] && [ "$status" -eq 0 ] || found=1
  # The last status line ("#N … cov: C ft: F corp: U/S … exec/s: E …") and the final stats.
  last=$(grep -E '^#[0-9]+' "$log" | tail -n 1 || true)
  executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
  cov=$(grep -oE 'cov: [0-9]+' <<<"$last" | tail -n 1 || true)
  ft=$(grep -oE 'ft: [0-9]+' <<<"$last" | tail -n 1 || true)
  corp=$(grep -oE 'corp: [0-9]+/[0-9]+[a-zA-Z]*' <<<"$last" | tail -n 1 || true)
  line="$target: ${executions:-?} executions, ${rate:-?} exec/s, ${cov:-cov: ?}, ${ft:-ft: ?}"
  line+=", ${corp:-corp: ?}, findings: $new (exit status $status)"
  summary+=("$line")
  echo "$line"
  [ "$new" -eq 0 ] || find "$findings" -type f -newer "$stamp" | sort | sed 's/^/  /'
done

echo
echo "fuzz summary ($seconds s per target):"
printf '  %s\n' "${summary[@]}"
exit "$found"
