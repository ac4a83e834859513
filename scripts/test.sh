#!/usr/bin/env bash
# Builds Twinning Tracker with its tests (warnings are errors) and runs every test,
# the Debian package's test and scripts/fresh-test.sh (as root or in CI). Then it builds it a second time with AddressSanitizer and
# UndefinedBehaviorSanitizer and runs every test again, failing on the first
# finding (memory error, leak, undefined behaviour); TWINNING_SANITIZE_TESTS=0
# leaves that round out.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
# Compiler-cache entries keyed by paths relative to the tree, so that a clone
# elsewhere and scripts/fresh-test.sh's root (the tree at /src) share them.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true
build=${BUILD_DIR:-build-test}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DTWINNING_BUILD_TESTS=ON -DTWINNING_WERROR=ON
cmake --build "$build"
# The repository and database tests run against a real PostgreSQL server as
# well: a throwaway cluster on loopback, stopped again however the tests end.
eval "$(scripts/pg-test-server.sh start)"
trap 'scripts/pg-test-server.sh stop "$TWINNING_TEST_PG_DIR"' EXIT
QT_QPA_PLATFORM=offscreen ctest --test-dir "$build" --output-on-failure --timeout 900
# The Debian package, installed and started: in CI (CI=true) and whenever this
# runs as root, since it installs into /usr; TWINNING_PACKAGE_TEST=0 skips it.
if [ "${TWINNING_PACKAGE_TEST:-1}" != 0 ] && { [ "${CI:-}" = true ] || [ "$(id -u)" -eq 0 ]; }; then
    if [ "$(id -u)" -eq 0 ]; then
        scripts/package-test.sh "$build"
    else
        sudo scripts/package-test.sh "$build"
    fi
fi

echo "Build and tests: $SECONDS s"
# The README's commands from nothing, on minimal Debian 12 roots: in CI and
# whenever this runs as root (it needs chroot); TWINNING_FRESH_TEST=0 skips it.
if [ "${TWINNING_FRESH_TEST:-1}" != 0 ] && { [ "${CI:-}" = true ] || [ "$(id -u)" -eq 0 ]; }; then
    start=$SECONDS
    if [ "$(id -u)" -eq 0 ]; then
        scripts/fresh-test.sh
    else
        sudo --preserve-env=CCACHE_BASEDIR,CCACHE_NOHASHDIR scripts/fresh-test.sh
    fi
    echo "Fresh Debian 12 roots: $((SECONDS - start)) s"
fi
if [ "${TWINNING_SANITIZE_TESTS:-1}" = 0 ]; then
    echo "Sanitizer round left out (TWINNING_SANITIZE_TESTS=0)."
    exit 0
fi
asan=${SANITIZE_BUILD_DIR:-build-asan}
start=$SECONDS
cmake -S . -B "$asan" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DTWINNING_BUILD_TESTS=ON -DTWINNING_WERROR=ON -DTWINNING_SANITIZE=ON \
    -DTWINNING_BUILD_BENCHMARKS=OFF
cmake --build "$asan"
supp="$PWD/tests/sanitizers"
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:suppressions=$supp/ubsan.supp"
export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0"
QT_QPA_PLATFORM=offscreen ctest --test-dir "$asan" --output-on-failure --timeout 1800
echo "Sanitizer build and tests: $((SECONDS - start)) s"
