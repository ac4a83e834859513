#!/usr/bin/env bash
# Proves the Windows toolchain of scripts/windows-toolchain.sh: cross-builds
# tests/windows-smoke (Qt Widgets + Sql) with it, puts the DLLs and plugins
# beside the program, and runs it under wine (64-bit) in a fresh wine prefix
# with the offscreen platform. It must paint a label, load the SQLite driver,
# print the SQLite version read through QSqlDatabase and say OK.
#
#   scripts/windows-smoke.sh [BUILD_DIR]     (default /tmp/twinning-windows-smoke)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=scripts/windows-common.sh
. "$root/scripts/windows-common.sh"
build=${1:-/tmp/twinning-windows-smoke}

for f in bin/Qt6Widgets.dll bin/Qt6Sql.dll plugins/sqldrivers/qsqlite.dll lib/cmake/Qt6/qt.toolchain.cmake; do
    if [ ! -e "$prefix/$f" ]; then
        echo "error: the toolchain in $prefix has no $f: run scripts/windows-toolchain.sh" >&2
        exit 1
    fi
done

start=$SECONDS
nice -n 19 cmake -S "$root/tests/windows-smoke" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_TOOLCHAIN_FILE="$prefix/lib/cmake/Qt6/qt.toolchain.cmake" \
    -DCMAKE_CXX_COMPILER_LAUNCHER=ccache >"$build.configure.log" 2>&1 || {
    cat "$build.configure.log" >&2
    exit 1
}
nice -n 19 ninja -C "$build" -j"${TWINNING_MINGW_JOBS:-2}"
echo "built in $((SECONDS - start)) s"

deploy=$build/deploy
rm -rf "$deploy"
mkdir -p "$deploy"
cp "$build/windows-smoke.exe" "$deploy/"
deploy_plugins "$deploy" platforms/qoffscreen.dll platforms/qwindows.dll sqldrivers/qsqlite.dll \
    styles/qwindowsvistastyle.dll
deploy_dlls "$deploy"
echo "deployed: $(cd "$deploy" && find . -type f | sort | tr '\n' ' ')"

wp=$(fresh_wine_prefix)
trap 'WINEPREFIX=$wp wineserver -k 2>/dev/null || true; rm -rf "$wp"' EXIT
echo "wine prefix: $wp ($(wine --version))"
out=$(cd "$deploy" && WINEPREFIX=$wp WINEDEBUG=-all QT_QPA_PLATFORM=offscreen "$(wine_program)" windows-smoke.exe 2>&1) || {
    echo "$out"
    echo "FAIL: windows-smoke.exe exited with an error under wine" >&2
    exit 1
}
echo "$out"
if ! echo "$out" | grep -q '^SQLite 3\.' || ! echo "$out" | grep -q '^OK'; then
    echo "FAIL: no SQLite version or no OK in the output" >&2
    exit 1
fi
echo "windows smoke test passed in $((SECONDS - start)) s"
