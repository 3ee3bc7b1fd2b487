#!/usr/bin/env bash
# Every fuzz target for SECONDS each (bench/fuzz.sh), JOBS at a time, then a table: target,
# seconds, executions, executions/s, inputs kept (corpus size after), findings (crash, leak,
# timeout, out-of-memory files in build-fuzz/findings/TARGET). With --merge the new inputs are
# minimised into the committed corpus tests/fuzz/corpus/TARGET (libFuzzer -merge=1).
# usage: bench/fuzz_all.sh SECONDS [JOBS=1] [--merge]
set -uo pipefail
seconds=${1:?usage: bench/fuzz_all.sh SECONDS [JOBS=1] [--merge]}
jobs=${2:-1}
merge=${3:-}
cd "$(dirname "$0")/.."
targets=$(ls tests/fuzz/*_fuzz.cpp | sed 's#.*/##; s#_fuzz.cpp##')
mkdir -p build-fuzz/logs
# One build first, so the parallel runs do not build at the same time.
bash bench/fuzz.sh row_parser 1 > /dev/null 2>&1
for t in $targets; do cmake --build build-fuzz --target "fuzz_$t" > /dev/null || exit 1; done
running=0
for t in $targets; do
  bash bench/fuzz.sh "$t" "$seconds" > "build-fuzz/logs/$t.log" 2>&1 &
  running=$((running + 1))
  if [ "$running" -ge "$jobs" ]; then wait -n; running=$((running - 1)); fi
done
wait
printf '%-16s %8s %12s %8s %8s %9s\n' target seconds executions exec/s corpus findings
for t in $targets; do
  log="build-fuzz/logs/$t.log"
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  time=$(grep -o 'Done [0-9]* runs in [0-9]* second' "$log" | tail -1 | awk '{print $5}')
  corpus=$(ls "build-fuzz/corpus/$t" "tests/fuzz/corpus/$t" 2> /dev/null | grep -vc ':$\|^$')
  found=$(ls "build-fuzz/findings/$t" 2> /dev/null | wc -l)
  rate=$([ -n "$time" ] && [ "$time" -gt 0 ] && echo $((${runs:-0} / time)) || echo -)
  printf '%-16s %8s %12s %8s %8s %9s\n' "$t" "${time:--}" "${runs:--}" "$rate" "$corpus" "$found"
done
if [ "$merge" == --merge ]; then
  source scripts/sanitizer-env.sh
  export QT_QPA_PLATFORM=offscreen
  for t in $targets; do
    "build-fuzz/tests/fuzz/fuzz_$t" -merge=1 "tests/fuzz/corpus/$t" "build-fuzz/corpus/$t" \
      > "build-fuzz/logs/$t.merge.log" 2>&1
    echo "merged $t: $(ls "tests/fuzz/corpus/$t" | wc -l) inputs committed"
  done
fi
