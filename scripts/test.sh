#!/usr/bin/env bash
# Builds Twinning Tracker with its tests (warnings are errors) and runs every
# test. As root or in CI (CI=true) it then tries the Debian package
# (scripts/package-test.sh) and proves the set-up from nothing on minimal
# Debian 12 roots (scripts/fresh-test.sh, beside the next round). Then it
# builds everything a second time with AddressSanitizer and
# UndefinedBehaviorSanitizer and runs every test again, failing on the first
# finding (memory error, leak, undefined behaviour).
#   TWINNING_PACKAGE_TEST=0   leaves the package test out
#   TWINNING_FRESH_TEST=0     leaves the fresh roots out
#   TWINNING_SANITIZE_TESTS=0 leaves the sanitizer round out
#   TWINNING_WINDOWS_ROUND=0  leaves the Windows round out
# The Windows round (docs/windows.md) cross-builds the program and its tests,
# installs the installer silently under wine and uses the program, and runs the
# tests under wine; it runs when the Windows toolchain is on this machine
# (scripts/windows-toolchain.sh builds it once, in hours) and says so when not.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
# Compiler-cache entries keyed by paths relative to the tree, so that a clone
# elsewhere and scripts/fresh-test.sh's root (the tree at /src) share them.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true
as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo --preserve-env=CCACHE_BASEDIR,CCACHE_NOHASHDIR "$@"; fi
}
privileged=no
{ [ "${CI:-}" = true ] || [ "$(id -u)" -eq 0 ]; } && privileged=yes

build=${BUILD_DIR:-build-test}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DTWINNING_BUILD_TESTS=ON -DTWINNING_WERROR=ON
cmake --build "$build"
echo "Build: $SECONDS s"

# The repository and database tests run against a real PostgreSQL server as
# well: a throwaway cluster on loopback. It, and the fresh roots if they are
# still being tried, are stopped however this script ends.
fresh_pid=""
fresh_log="$build/fresh-test.log"
finish() {
    scripts/pg-test-server.sh stop "$TWINNING_TEST_PG_DIR" || true
    if [ -n "$fresh_pid" ] && kill -0 "$fresh_pid" 2>/dev/null; then
        kill -TERM "$fresh_pid" 2>/dev/null || true
        wait "$fresh_pid" 2>/dev/null || true
    fi
}
eval "$(scripts/pg-test-server.sh start)"
trap finish EXIT
start=$SECONDS
QT_QPA_PLATFORM=offscreen ctest --test-dir "$build" --output-on-failure --timeout 900 -j2
echo "Tests: $((SECONDS - start)) s"

# The Debian package, installed and started; it installs into /usr.
if [ "${TWINNING_PACKAGE_TEST:-1}" != 0 ] && [ $privileged = yes ]; then
    start=$SECONDS
    as_root scripts/package-test.sh "$build"
    echo "Package test: $((SECONDS - start)) s"
fi

# The README's commands from nothing, on minimal Debian 12 roots (chroot needs
# root). Most of its time is apt's, so it runs beside the sanitizer build; its
# log is shown when it ends.
if [ "${TWINNING_FRESH_TEST:-1}" != 0 ] && [ $privileged = yes ]; then
    as_root scripts/fresh-test.sh >"$fresh_log" 2>&1 &
    fresh_pid=$!
    fresh_start=$SECONDS
fi
wait_fresh() {
    [ -n "$fresh_pid" ] || return 0
    local status=0
    wait "$fresh_pid" || status=$?
    fresh_pid=""
    echo "--- scripts/fresh-test.sh ---"
    cat "$fresh_log"
    echo "Fresh Debian 12 roots: ended $((SECONDS - fresh_start)) s after they began, status $status"
    return $status
}

windows_round() {
    local toolchain=${TWINNING_MINGW_PREFIX:-$HOME/.cache/twinning-mingw}
    if [ "${TWINNING_WINDOWS_ROUND:-1}" = 0 ]; then
        echo "Windows round left out (TWINNING_WINDOWS_ROUND=0)."
        return 0
    fi
    if ! scripts/windows-toolchain.sh --check >/dev/null 2>&1; then
        echo "Windows round skipped: this machine has no complete Windows toolchain in" \
            "$toolchain (scripts/windows-toolchain.sh builds it once; docs/windows.md)."
        return 0
    fi
    local start=$SECONDS
    scripts/windows-build.sh --tests
    scripts/windows-install-test.sh
    scripts/windows-test.sh
    echo "Windows round: $((SECONDS - start)) s"
}
windows_round

if [ "${TWINNING_SANITIZE_TESTS:-1}" = 0 ]; then
    echo "Sanitizer round left out (TWINNING_SANITIZE_TESTS=0)."
    wait_fresh
    echo "Everything: $SECONDS s"
    exit 0
fi
asan=${SANITIZE_BUILD_DIR:-build-asan}
start=$SECONDS
cmake -S . -B "$asan" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DTWINNING_BUILD_TESTS=ON -DTWINNING_WERROR=ON -DTWINNING_SANITIZE=ON \
    -DTWINNING_BUILD_BENCHMARKS=OFF
cmake --build "$asan"
echo "Sanitizer build: $((SECONDS - start)) s"
wait_fresh
start=$SECONDS
supp="$PWD/tests/sanitizers"
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:suppressions=$supp/ubsan.supp"
export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0"
QT_QPA_PLATFORM=offscreen ctest --test-dir "$asan" --output-on-failure --timeout 1800 -j2
echo "Sanitizer tests: $((SECONDS - start)) s"
echo "Everything: $SECONDS s"
