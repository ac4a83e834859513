#!/usr/bin/env bash
# Cross-builds Twinning Tracker for 64-bit Windows with the toolchain of
# scripts/windows-toolchain.sh (the same CMake project, Qt's qt.toolchain.cmake
# over cmake/mingw-w64-x86_64.cmake), gathers beside twinning-tracker.exe the
# DLLs it needs, Qt's plugins and Qt's translations, and packs
#   build-windows/TwinningTracker-VERSION-setup.exe   (NSIS)
#   build-windows/TwinningTracker-VERSION-portable.zip
#
#   scripts/windows-build.sh [--tests]   (--tests: the Qt Test executables too)
#
# Environment: TWINNING_MINGW_PREFIX (the toolchain), TWINNING_WINDOWS_BUILD
# (the build folder, default build-windows), TWINNING_MINGW_JOBS (default 2).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=scripts/windows-common.sh
. "$root/scripts/windows-common.sh"
build=${TWINNING_WINDOWS_BUILD:-$root/build-windows}
jobs=${TWINNING_MINGW_JOBS:-2}

tests=OFF
for arg in "$@"; do
    case $arg in
    --tests) tests=ON ;;
    *)
        echo "usage: $0 [--tests]" >&2
        exit 2
        ;;
    esac
done

if ! "$root/scripts/windows-toolchain.sh" --check >/tmp/twinning-windows-check.$$ 2>&1; then
    cat /tmp/twinning-windows-check.$$ >&2
    rm -f /tmp/twinning-windows-check.$$
    exit 1
fi
rm -f /tmp/twinning-windows-check.$$

# Compiler-cache entries keyed by paths relative to the tree, as in
# scripts/test.sh, so that a clone elsewhere finds what this one compiled.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$root} CCACHE_NOHASHDIR=true

version=$(sed -n '/^project(TwinningTracker/,/)/s/^ *VERSION \([0-9.]*\)$/\1/p' "$root/CMakeLists.txt")
start=$SECONDS

nice -n 19 cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_TOOLCHAIN_FILE="$prefix/lib/cmake/Qt6/qt.toolchain.cmake" \
    -DTWINNING_MINGW_PREFIX="$prefix" \
    -DTWINNING_BUILD_TESTS=$tests -DTWINNING_WERROR=ON -DTWINNING_WITH_SVG=OFF
targets=(twinning-tracker)
if [ $tests = ON ]; then
    targets=(all)
fi
nice -n 19 ninja -C "$build" -j"$jobs" "${targets[@]}"
echo "built in $((SECONDS - start)) s"

# The folder an office gets: the program, its DLLs, Qt's plugins and
# translations, qt.conf, the licence and the README.
stage=$build/stage/TwinningTracker
rm -rf "$build/stage"
mkdir -p "$stage/translations"
cp "$build/twinning-tracker.exe" "$build/twinning-tracker.com" "$stage/"
cp "$root/resources/windows/qt.conf" "$stage/"
cp "$root/LICENSE" "$stage/LICENSE.txt"
cp "$root/README.md" "$stage/README.md"
plugins=(
    platforms/qwindows.dll platforms/qoffscreen.dll
    sqldrivers/qsqlite.dll
    styles/qwindowsvistastyle.dll
    imageformats/qico.dll imageformats/qgif.dll imageformats/qjpeg.dll
)
deploy_plugins "$stage" "${plugins[@]}"
# The reports' font family, DejaVu Sans (Debian's fonts-dejavu-core, free to
# pass on): Windows has none, and main() loads what lies in "fonts".
deploy_fonts "$stage/fonts"
# Qt 6 has Windows printing inside Qt6PrintSupport.dll; a printsupport plugin
# folder is copied only if the toolchain has one.
if [ -d "$prefix/plugins/printsupport" ]; then
    cp -r "$prefix/plugins/printsupport" "$stage/"
fi
deploy_dlls "$stage"
# Qt's own dialogs in Ukrainian and German: the .qm files are the same on every
# platform, so Debian's (qt6-translations-l10n) serve.
for lang in uk de en; do
    for qm in /usr/share/qt6/translations/qtbase_$lang.qm; do
        [ -f "$qm" ] && cp "$qm" "$stage/translations/"
    done
done
"$triplet"-strip --strip-unneeded "$stage"/*.exe "$stage"/*.com "$stage"/*.dll
find "$stage" -mindepth 2 -name '*.dll' -exec "$triplet"-strip --strip-unneeded {} +

# The uninstaller removes exactly what was installed.
list=$build/stage/files.nsh
: >"$list"
# shellcheck disable=SC2016 # $INSTDIR is for NSIS
(cd "$stage" && find . -type f | sed 's|^\./||' | sort) | while IFS= read -r f; do
    printf 'Delete "$INSTDIR\\%s"\n' "${f//\//\\}" >>"$list"
done
# shellcheck disable=SC2016
(cd "$stage" && find . -mindepth 1 -type d | sed 's|^\./||' | sort -r) | while IFS= read -r d; do
    printf 'RMDir "$INSTDIR\\%s"\n' "${d//\//\\}" >>"$list"
done

setup=$build/TwinningTracker-$version-setup.exe
makensis -V2 -DVERSION="$version" -DSTAGE="$stage" -DOUTFILE="$setup" -DFILE_LIST="$list" \
    "$root/resources/windows/installer.nsi"
zip_file=$build/TwinningTracker-$version-portable.zip
rm -f "$zip_file"
(cd "$build/stage" && zip -qr9 "$zip_file" TwinningTracker)
echo "$(du -h "$setup" | cut -f1) $setup"
echo "$(du -h "$zip_file" | cut -f1) $zip_file"
echo "done in $((SECONDS - start)) s"
