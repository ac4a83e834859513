#!/usr/bin/env bash
# Fuzzes the readers of imported files (CSV, XLSX, JSON backup) with libFuzzer,
# each for FUZZ_SECONDS (default 120), starting from the seed corpus kept in
# tests/fuzz/corpus/. Crashes, hangs (> 10 s per input) and inputs that need
# more than 2 GB are failures; the input that caused one is written to
# build-fuzz/findings/. FUZZ_MERGE=1 adds the inputs that reached new code to
# the kept corpus (minimised with -merge=1).
#
#   scripts/fuzz.sh                 # all three, 120 s each
#   FUZZ_SECONDS=600 scripts/fuzz.sh xlsx
set -euo pipefail
cd "$(dirname "$0")/.."
TWINNING_FUZZ=1 scripts/deps.sh
build=${FUZZ_BUILD_DIR:-build-fuzz}
seconds=${FUZZ_SECONDS:-120}
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(csv xlsx json)

CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DTWINNING_BUILD_TESTS=OFF -DTWINNING_BUILD_FUZZERS=ON -DTWINNING_SANITIZE=ON
cmake --build "$build" --target "${targets[@]/#/fuzz_}"

export ASAN_OPTIONS="detect_leaks=0:halt_on_error=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export QT_QPA_PLATFORM=offscreen
mkdir -p "$build/findings"
status=0
for t in "${targets[@]}"; do
    seeds="tests/fuzz/corpus/$t"
    scratch="$build/corpus/$t"
    mkdir -p "$scratch"
    dict=()
    [ -f "tests/fuzz/$t.dict" ] && dict=(-dict="tests/fuzz/$t.dict")
    echo "== fuzz_$t for ${seconds} s"
    rc=0
    "$build/tests/fuzz/fuzz_$t" "$scratch" "$seeds" "${dict[@]}" -max_total_time="$seconds" \
        -timeout=10 -rss_limit_mb=2048 -max_len=262144 -print_final_stats=1 \
        -artifact_prefix="$build/findings/$t-" >"$build/fuzz_$t.log" 2>&1 || rc=$?
    grep -E "^(#[0-9]+ +(INITED|DONE)|stat::number_of_executed_units|stat::peak_rss_mb|==[0-9]+==ERROR|SUMMARY)" \
        "$build/fuzz_$t.log" || true
    if [ $rc -ne 0 ]; then
        echo "fuzz_$t FAILED: see $build/fuzz_$t.log and $build/findings/"
        status=1
    fi
    if [ "${FUZZ_MERGE:-0}" = 1 ]; then
        "$build/tests/fuzz/fuzz_$t" -merge=1 "$seeds" "$scratch" >/dev/null 2>&1
    fi
done
exit $status
