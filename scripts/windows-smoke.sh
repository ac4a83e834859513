#!/usr/bin/env bash
# Proves the Windows toolchain of scripts/windows-toolchain.sh: cross-builds
# tests/windows-smoke with it, puts the DLLs and plugins beside the programs,
# and runs them under wine (64-bit) in a fresh wine prefix, the Qt one on the
# offscreen platform:
#   windows-smoke-libs  SQLite answers its version, libxlsxwriter writes a
#                       workbook with Cyrillic text, minizip reads it back;
#   windows-smoke       Qt Widgets paint a label (offscreen platform), the SQLite
#                       driver plugin loads, the SQLite version is read through
#                       QSqlDatabase, a database under a Cyrillic path works.
# Each prints OK. Exit status 0 only when both ran and passed; while the
# toolchain has no Qt yet, the first is tried alone and the run says so.
#
#   scripts/windows-smoke.sh [BUILD_DIR]     (default /tmp/twinning-windows-smoke)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=scripts/windows-common.sh
. "$root/scripts/windows-common.sh"
build=${1:-/tmp/twinning-windows-smoke}

for f in bin/libsqlite3-0.dll bin/libxlsxwriter.dll bin/libminizip-1.dll lib/pkgconfig/xlsxwriter.pc; do
    if [ ! -e "$prefix/$f" ]; then
        echo "error: the toolchain in $prefix has no $f: run scripts/windows-toolchain.sh" >&2
        exit 1
    fi
done
with_qt=1
toolchain=$prefix/lib/cmake/Qt6/qt.toolchain.cmake
for f in bin/Qt6Widgets.dll bin/Qt6Sql.dll plugins/sqldrivers/qsqlite.dll lib/cmake/Qt6/qt.toolchain.cmake; do
    [ -e "$prefix/$f" ] || with_qt=0
done
if [ $with_qt = 0 ]; then
    toolchain=$root/cmake/mingw-w64-x86_64.cmake
    echo "The toolchain has no Qt yet (run scripts/windows-toolchain.sh): only windows-smoke-libs."
fi

start=$SECONDS
# A new cache: the toolchain file may differ from the last run's.
rm -f "$build/CMakeCache.txt"
nice -n 19 cmake -S "$root/tests/windows-smoke" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_TOOLCHAIN_FILE="$toolchain" -DTWINNING_MINGW_PREFIX="$prefix" \
    -DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache >"$build.configure.log" 2>&1 || {
    cat "$build.configure.log" >&2
    exit 1
}
nice -n 19 ninja -C "$build" -j"${TWINNING_MINGW_JOBS:-2}"
echo "built in $((SECONDS - start)) s"

deploy=$build/deploy
rm -rf "$deploy"
mkdir -p "$deploy"
cp "$build"/*.exe "$deploy/"
if [ $with_qt = 1 ]; then
    deploy_plugins "$deploy" platforms/qoffscreen.dll platforms/qwindows.dll sqldrivers/qsqlite.dll \
        styles/qwindowsvistastyle.dll
fi
deploy_dlls "$deploy"
echo "deployed: $(cd "$deploy" && find . -type f | sort | tr '\n' ' ')"

wp=$(fresh_wine_prefix)
trap 'WINEPREFIX=$wp wineserver -k 2>/dev/null || true; rm -rf "$wp"' EXIT
echo "wine prefix: $wp ($("$(wine_program)" --version))"
# Runs one program in the deploy folder with its arguments; it must exit 0 and
# print OK.
run() {
    local out
    echo "== $*"
    out=$(cd "$deploy" && WINEPREFIX=$wp WINEDEBUG=-all "$(wine_program)" "$@" 2>&1) || {
        echo "$out"
        echo "FAIL: $1 exited with an error under wine" >&2
        return 1
    }
    echo "$out"
    if ! echo "$out" | grep -q '^SQLite 3\.' || ! echo "$out" | grep -q '^OK'; then
        echo "FAIL: $1 printed no SQLite version or no OK" >&2
        return 1
    fi
}
run windows-smoke-libs.exe
if [ $with_qt = 0 ]; then
    echo "windows-smoke-libs passed; the Qt half was not tried: the toolchain has no Qt yet" >&2
    exit 1
fi
# wine 8.0 does not hand QT_QPA_PLATFORM on to the Windows program (other
# variables pass): the platform goes as Qt's command-line option instead.
run windows-smoke.exe -platform offscreen
echo "windows smoke test passed in $((SECONDS - start)) s"
