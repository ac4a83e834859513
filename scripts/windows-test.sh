#!/usr/bin/env bash
# Runs the cross-built Qt Test executables (scripts/windows-build.sh --tests)
# under wine64 in one fresh wine prefix, with Qt's offscreen platform, two at a
# time; prints a line per test and the totals, and keeps each test's output in
# BUILD/windows-tests/NAME.log.
#
#   scripts/windows-test.sh [REGEX]   only the tests whose name matches REGEX
#
# The tests in tests/windows-skip.txt are not run there: each line names a test
# and says why it cannot run under wine. Exit status 0 when every test run
# passes.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=scripts/windows-common.sh
. "$root/scripts/windows-common.sh"
build=${TWINNING_WINDOWS_BUILD:-$root/build-windows}
filter=${1:-.}
logs=$build/windows-tests
start=$SECONDS

if ! ls "$build"/tests/tst_*.exe >/dev/null 2>&1; then
    echo "error: no test programs in $build/tests; run scripts/windows-build.sh --tests" >&2
    exit 1
fi

# Beside the tests and beside the program they start (TT_BINARY): the DLLs they
# import, the plugins, and DejaVu Sans in lib/fonts, where the offscreen
# platform's font database looks on Windows (and in fonts/, which main() loads).
plugins=(platforms/qoffscreen.dll platforms/qwindows.dll sqldrivers/qsqlite.dll
    imageformats/qico.dll imageformats/qgif.dll imageformats/qjpeg.dll)
for dir in "$build/tests" "$build"; do
    deploy_plugins "$dir" "${plugins[@]}"
    deploy_fonts "$dir/fonts" "$dir/lib/fonts"
done
# Qt's own translations, where Qt looks beside a program without qt.conf.
mkdir -p "$build/tests/translations"
for lang in uk de en; do
    cp /usr/share/qt6/translations/qtbase_$lang.qm "$build/tests/translations/" 2>/dev/null || true
done
deploy_dlls "$build/tests"
# The program's own folder without descending into stage/ or tests/.
tmp_scan=$(mktemp -d)
cp "$build/twinning-tracker.exe" "$tmp_scan/"
deploy_dlls "$tmp_scan"
find "$tmp_scan" -name '*.dll' -exec cp -n {} "$build/" \;
rm -rf "$tmp_scan"

# A prefix given by the caller is kept; one made here is removed at the end.
if [ -z "${WINEPREFIX:-}" ]; then
    WINEPREFIX=$(fresh_wine_prefix)
    trap 'remove_wine_prefix "$WINEPREFIX"' EXIT
fi
export WINEPREFIX
export WINEDEBUG=-all TWINNING_USER=tester
wine=$(wine_program)
rm -rf "$logs"
mkdir -p "$logs"

# NAME REASON, one per line; # starts a comment.
declare -A skipped=()
while read -r name reason; do
    [ -z "$name" ] || [ "${name:0:1}" = "#" ] && continue
    skipped[$name]=$reason
done <"$root/tests/windows-skip.txt"

# Runs one test program under wine; a program that has printed its totals but
# does not end within 30 s is stopped and reported as "hung" (seen with test
# programs that ran threads: see docs/windows.md).
run_wine() {
    local out=$1 log=$2
    shift 2
    (cd "$build/tests" && exec timeout 900 "$wine" "$@") >"$log" 2>&1 &
    local pid=$! finished_at=""
    while kill -0 "$pid" 2>/dev/null; do
        sleep 1
        if [ -z "$finished_at" ] && grep -aq '^\*\*\*\*\*\*\*\*\* Finished testing' "$out" 2>/dev/null; then
            finished_at=$SECONDS
        fi
        if [ -n "$finished_at" ] && [ $((SECONDS - finished_at)) -ge 30 ]; then
            pkill -TERM -P "$pid" 2>/dev/null || true
            kill -TERM "$pid" 2>/dev/null || true
            wait "$pid" 2>/dev/null || true
            return 200
        fi
    done
    wait "$pid"
}

# One run of a test program; sets `status` and `totals`, and leaves its output
# in $log.
attempt() {
    local exe=$1 log=$2 out=$3
    status=0
    # wine does not hand QT_QPA_PLATFORM on, so the platform goes as an
    # argument, which only a test with a QGuiApplication takes. Qt Test's own
    # output goes to a file (-o): under wine its console output is lost when
    # redirected.
    run_wine "$out" "$log" "$exe" -platform offscreen -o "$out,txt" || status=$?
    if grep -aq "Unknown option: '-platform'" "$log"; then
        status=0
        run_wine "$out" "$log" "$exe" -o "$out,txt" || status=$?
    fi
    cat "$out" >>"$log" 2>/dev/null || true
    totals=$(grep -a '^Totals:' "$out" 2>/dev/null | tail -1 || true)
    rm -f "$out"
}

# Passed: exit status 0, or stopped after totals with nothing failed.
attempt_passed() {
    [ "$status" = 0 ] || { [ "$status" = 200 ] && [[ $totals =~ \ 0\ failed ]]; }
}

# What failed and where, so that a log elsewhere says it too.
failures() {
    grep -a -A1 '^FAIL!' "$1" | grep -av '^--$' | head -20 | sed 's/^/      /' || true
}

# A program that fails is run once more: under wine on a loaded machine a GUI
# test can fail where Windows and Linux do not. One that then passes is
# reported as "flaky" with the first run's failures, and counts as passed; one
# that fails twice fails the round.
run_one() {
    local exe=$1 name status totals
    name=$(basename "$exe" .exe)
    local log=$logs/$name.log out=$logs/$name.txt
    local t0=$SECONDS
    attempt "$exe" "$log" "$out"
    local first=""
    if ! attempt_passed; then
        mv "$log" "$logs/$name.first.log"
        first="$logs/$name.first.log"
        attempt "$exe" "$log" "$out"
    fi
    local time=$((SECONDS - t0))
    if attempt_passed && [ -n "$first" ]; then
        printf 'flaky %-28s %4d s  %s (failed once, then passed)\n' "$name" $time "${totals#Totals: }"
        failures "$first"
    elif attempt_passed && [ "$status" = 200 ]; then
        printf 'hung  %-28s %4d s  %s\n' "$name" $time "${totals#Totals: }"
    elif attempt_passed; then
        printf 'pass  %-28s %4d s  %s\n' "$name" $time "${totals#Totals: }"
    else
        printf 'FAIL  %-28s %4d s  status %s  %s\n' "$name" $time "$status" "${totals#Totals: }"
        failures "$log"
    fi
}
export -f run_one run_wine attempt attempt_passed failures
export logs build wine

list=()
for exe in "$build"/tests/tst_*.exe; do
    name=$(basename "$exe" .exe)
    [[ $name =~ $filter ]] || continue
    if [ -n "${skipped[$name]+x}" ]; then
        printf 'skip  %-28s %s\n' "$name" "${skipped[$name]}" | tee -a "$logs/summary.txt"
        continue
    fi
    list+=("$exe")
done
if [ ${#list[@]} -gt 0 ]; then
    printf '%s\0' "${list[@]}" | xargs -0 -n1 -P2 bash -c 'run_one "$0"' | tee -a "$logs/summary.txt"
fi
wineserver --wait 2>/dev/null || true

passed=$(grep -c '^pass' "$logs/summary.txt" || true)
failed=$(grep -c '^FAIL' "$logs/summary.txt" || true)
skips=$(grep -c '^skip' "$logs/summary.txt" || true)
hung=$(grep -c '^hung' "$logs/summary.txt" || true)
flaky=$(grep -c '^flaky' "$logs/summary.txt" || true)
echo "Windows tests under wine: $passed passed, $hung passed but hung at exit," \
    "$flaky passed when run again, $failed failed, $skips not run; $((SECONDS - start)) s" |
    tee -a "$logs/summary.txt"
[ "$failed" = 0 ]
