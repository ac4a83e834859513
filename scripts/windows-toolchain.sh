#!/usr/bin/env bash
# Builds what cross-compiling Twinning Tracker for 64-bit Windows needs, from
# Debian 12's own source packages: Qt 6.4.2 (qtbase; the program is built
# without Qt Svg there, since this mirror lacks its source) for
# x86_64-w64-mingw32 with posix threads, and the libraries the program links
# (SQLite, zlib, minizip, libxlsxwriter). Debian's Qt 6.4.2 is the host Qt
# (moc, rcc, uic, lrelease).
#
#   scripts/windows-toolchain.sh           build what is missing
#   scripts/windows-toolchain.sh --check   exit 0 exactly when the toolchain is
#                                          complete; otherwise say what is missing
#   scripts/windows-toolchain.sh --fetch   only fetch and unpack the sources
#
# Environment:
#   TWINNING_MINGW_PREFIX  where it installs (default ~/.cache/twinning-mingw)
#   TWINNING_MINGW_WORK    sources, build trees and apt's private state
#                          (default ~/.cache/twinning-mingw-work)
#   TWINNING_MINGW_JOBS    parallel jobs (default 2)
#
# Each component leaves a stamp in PREFIX/share/twinning-mingw/stamps naming its
# source version and a digest of its recipe; a component whose stamp matches is
# skipped, so running the script again costs nothing, and a run that was
# interrupted resumes in the component it was building (ninja and ccache keep
# what was compiled). The sources come through apt's source mechanism with a
# private configuration under the work folder (deb-src lines, lists, cache):
# the machine's own apt set-up is not changed. Compiling runs under
# `nice -n 19`, since other builds share the machine.
# The build_* functions are called by name ("build_$c").
# shellcheck disable=SC2317
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
prefix=${TWINNING_MINGW_PREFIX:-$HOME/.cache/twinning-mingw}
work=${TWINNING_MINGW_WORK:-$HOME/.cache/twinning-mingw-work}
jobs=${TWINNING_MINGW_JOBS:-2}
# Qt compiles with precompiled headers, which ccache caches only with this
# sloppiness (what Qt's own documentation of ccache asks for).
export CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime
triplet=x86_64-w64-mingw32
stamps=$prefix/share/twinning-mingw/stamps
# The toolchain file is copied into the prefix: Qt records the path of the
# toolchain it was built with, and the copy outlives any work tree.
toolchain=$prefix/share/twinning-mingw/mingw-w64-x86_64.cmake
components=(sqlite3 zlib minizip libxlsxwriter qtbase)

mode=build
for arg in "$@"; do
    case $arg in
    --check) mode=check ;;
    --fetch) mode=fetch ;;
    -h | --help)
        sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    *)
        echo "usage: $0 [--check | --fetch]" >&2
        exit 2
        ;;
    esac
done

# What each component must have installed; --check looks for all of it.
expected_files() {
    case $1 in
    sqlite3) echo bin/libsqlite3-0.dll lib/libsqlite3.dll.a include/sqlite3.h lib/pkgconfig/sqlite3.pc ;;
    zlib) echo bin/zlib1.dll lib/libz.dll.a include/zlib.h lib/pkgconfig/zlib.pc ;;
    minizip) echo bin/libminizip-1.dll lib/libminizip.dll.a include/minizip/unzip.h lib/pkgconfig/minizip.pc ;;
    libxlsxwriter) echo bin/libxlsxwriter.dll include/xlsxwriter.h lib/pkgconfig/xlsxwriter.pc ;;
    qtbase)
        echo bin/Qt6Core.dll bin/Qt6Gui.dll bin/Qt6Widgets.dll bin/Qt6Sql.dll bin/Qt6PrintSupport.dll \
            bin/Qt6OpenGL.dll bin/Qt6OpenGLWidgets.dll bin/Qt6Test.dll \
            plugins/platforms/qwindows.dll plugins/platforms/qoffscreen.dll \
            plugins/sqldrivers/qsqlite.dll plugins/styles/qwindowsvistastyle.dll \
            lib/cmake/Qt6/qt.toolchain.cmake
        ;;
    qtsvg) echo bin/Qt6Svg.dll bin/Qt6SvgWidgets.dll plugins/iconengines/qsvgicon.dll plugins/imageformats/qsvg.dll ;;
    esac
}

# The Debian source package of each component.
source_package() {
    case $1 in
    qtbase) echo qt6-base ;;
    qtsvg) echo qt6-svg ;;
    *) echo "$1" ;;
    esac
}

# What each component needs built before it.
depends_on() {
    case $1 in
    minizip) echo zlib ;;
    libxlsxwriter) echo zlib minizip ;;
    qtbase) echo sqlite3 zlib ;;
    qtsvg) echo qtbase ;;
    esac
}

# The recipe of a component: its configure arguments. A change of the recipe
# changes the stamp's digest, so the component is built again (incrementally).
recipe() {
    local c=$1
    case $c in
    sqlite3 | zlib | minizip) sha256sum "$root/cmake/windows/$c/CMakeLists.txt" | cut -c1-16 ;;
    *) echo "${cmake_args_of[$c]:-}" ;;
    esac
    sha256sum "$root/cmake/mingw-w64-x86_64.cmake" | cut -c1-16
}

# --- the toolchain's packages ------------------------------------------------
packages=(
    g++-mingw-w64-x86-64-posix gcc-mingw-w64-x86-64-posix binutils-mingw-w64-x86-64
    mingw-w64-tools mingw-w64-x86-64-dev
    cmake ninja-build ccache pkg-config dpkg-dev tcl
    # The host Qt: moc, rcc, uic and the CMake packages of the tools.
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    # Running and packaging the result (scripts/windows-build.sh).
    nsis wine wine64 zip fonts-dejavu-core
)
install_packages() {
    local missing=() p
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "Installing: ${missing[*]}"
        local sudo=""
        [ "$(id -u)" -ne 0 ] && sudo="sudo"
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
}

# --- the sources, through a private apt configuration --------------------------
apt_opts=(
    -o "Dir::Etc::SourceList=$work/apt/sources.list"
    -o Dir::Etc::SourceParts=/dev/null
    -o "Dir::State::Lists=$work/apt/lists"
    -o "Dir::Cache=$work/apt/cache"
    -o APT::Sandbox::User=root
)
apt_update() {
    mkdir -p "$work/apt/lists/partial" "$work/apt/cache/archives/partial" "$work/src"
    local keyring=/usr/share/keyrings/debian-archive-keyring.gpg
    cat >"$work/apt/sources.list.new" <<EOF
deb-src [signed-by=$keyring] http://deb.debian.org/debian bookworm main
deb-src [signed-by=$keyring] http://deb.debian.org/debian bookworm-updates main
deb-src [signed-by=$keyring] http://deb.debian.org/debian-security bookworm-security main
EOF
    mv "$work/apt/sources.list.new" "$work/apt/sources.list"
    # Once a day is enough; the lists decide which versions are fetched.
    if [ -z "$(find "$work/apt/lists" -maxdepth 1 -name '*Sources*' -mtime -1 2>/dev/null)" ]; then
        apt-get "${apt_opts[@]}" update -qq
    fi
}

# Prints "DIR VERSION" of the unpacked source of a Debian source package,
# fetching it first. `apt-get source --download-only` keeps the files in
# WORK/downloads and checks them against the .dsc, so files put there by hand
# (copied from a mirror that has them) serve as they are. The newest version in
# bookworm (with its updates) is taken; where it cannot be had, the next older
# one, with a warning. dpkg-source unpacks it with Debian's patches into a
# folder that gets its name only when complete.
fetch_source() {
    local pkg=$1
    if [ -f "$work/src/$pkg.done" ]; then
        cat "$work/src/$pkg.done"
        return 0
    fi
    local versions newest version
    versions=$(apt-cache "${apt_opts[@]}" showsrc "$pkg" | sed -n 's/^Version: //p' | sort -u | sort -rV)
    if [ -z "$versions" ]; then
        echo "error: no source package $pkg in the lists of $work/apt" >&2
        return 1
    fi
    newest=$(echo "$versions" | head -n 1)
    mkdir -p "$work/downloads"
    local log=$work/log/fetch-$pkg.log
    for version in $versions; do
        local upstream=${version#*:}
        local dir=$work/src/$pkg-$upstream
        if (cd "$work/downloads" && apt-get "${apt_opts[@]}" source --download-only -q "$pkg=$version") >"$log" 2>&1; then
            rm -rf "$dir" "$dir.partial"
            dpkg-source --no-check --no-copy -x "$work/downloads/${pkg}_$upstream.dsc" "$dir.partial" >>"$log" 2>&1 || {
                tail -n 5 "$log" >&2
                echo "error: unpacking $pkg $version failed; see $log" >&2
                return 1
            }
            mv "$dir.partial" "$dir"
            if [ "$version" != "$newest" ]; then
                echo "warning: $pkg $newest is not on the mirror; using $version" >&2
            fi
            echo "$dir $version" >"$work/src/$pkg.done"
            echo "$dir $version"
            return 0
        fi
    done
    echo "error: could not fetch the source of $pkg (tried $(echo "$versions" | paste -sd " "))" >&2
    grep -E '^E:' "$log" >&2 || tail -n 5 "$log" >&2
    echo "  The files the .dsc names, copied by hand into $work/downloads, would serve." >&2
    return 1
}

# --- --check -------------------------------------------------------------------
check() {
    local incomplete=0 c f
    for c in "${components[@]}"; do
        local absent=()
        for f in $(expected_files "$c"); do
            [ -e "$prefix/$f" ] || absent+=("$f")
        done
        if [ ! -f "$stamps/$c" ]; then
            echo "missing: $c (not built: no stamp $stamps/$c)"
            incomplete=1
        elif [ ${#absent[@]} -gt 0 ]; then
            echo "missing: $c (stamp present, but not installed: ${absent[*]})"
            incomplete=1
        else
            echo "ok: $c ($(head -n 1 "$stamps/$c" | cut -d' ' -f2-))"
        fi
    done
    for p in ${triplet}-g++-posix ${triplet}-windres wine makensis; do
        command -v "$p" >/dev/null || {
            echo "missing: the program $p"
            incomplete=1
        }
    done
    if [ $incomplete = 0 ]; then
        echo "The Windows toolchain in $prefix is complete."
    else
        echo "The Windows toolchain in $prefix is not complete: run scripts/windows-toolchain.sh"
    fi
    return $incomplete
}

# --- building ------------------------------------------------------------------
declare -A cmake_args_of
# Every CMake build: the toolchain, the prefix, ccache, Release.
common_cmake=(
    -G Ninja
    -DCMAKE_TOOLCHAIN_FILE="$toolchain"
    -DTWINNING_MINGW_PREFIX="$prefix"
    -DCMAKE_INSTALL_PREFIX="$prefix"
    -DCMAKE_PREFIX_PATH="$prefix"
    -DCMAKE_BUILD_TYPE=Release
    -DCMAKE_C_COMPILER_LAUNCHER=ccache
    -DCMAKE_CXX_COMPILER_LAUNCHER=ccache
    -DBUILD_SHARED_LIBS=ON
)
cmake_args_of[libxlsxwriter]="-DUSE_SYSTEM_MINIZIP=ON -DMINIZIP_ROOT=$prefix -DBUILD_TESTS=OFF -DBUILD_EXAMPLES=OFF"
# Qt: only the modules and features the program uses. The modules: Core, Gui,
# Widgets, Sql, PrintSupport and Test; OpenGL with OpenGLWidgets, which only
# Qt Charts needed (the program paints its charts itself now), stays on so that
# a qtbase already built keeps its stamp. Direct2D stays on: Qt 6.4 builds the
# DirectWrite font engine (which PrintSupport's print engine calls) only with it; the Direct2D platform plugin
# (direct2d1_1) is off. Debian's source leaves out src/3rdparty/sqlite, iaccessible2 and
# wintab: SQLite is the one built here (system_sqlite), and tablet events
# (wintab) are off; Qt 6.4 does not use iaccessible2 any more. zlib is the one
# built here too, so the program and Qt share one zlib1.dll.
cmake_args_of[qtbase]="-DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake
    -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF -DQT_BUILD_BENCHMARKS=OFF -DQT_BUILD_MANUAL_TESTS=OFF
    -DFEATURE_concurrent=OFF -DFEATURE_dbus=OFF -DFEATURE_network=OFF -DFEATURE_xml=OFF
    -DFEATURE_sql=ON -DFEATURE_testlib=ON -DFEATURE_printsupport=ON -DFEATURE_widgets=ON
    -DFEATURE_opengl=ON -DFEATURE_opengl_desktop=ON -DFEATURE_opengl_dynamic=OFF
    -DFEATURE_vulkan=OFF -DFEATURE_direct2d=ON -DFEATURE_direct2d1_1=OFF
    -DFEATURE_tabletevent=OFF
    -DFEATURE_sql_sqlite=ON -DFEATURE_system_sqlite=ON
    -DFEATURE_sql_odbc=OFF -DFEATURE_sql_psql=OFF -DFEATURE_sql_mysql=OFF -DFEATURE_sql_ibase=OFF
    -DFEATURE_sql_oci=OFF -DFEATURE_sql_db2=OFF
    -DFEATURE_system_zlib=ON -DFEATURE_style_windowsvista=ON -DFEATURE_freetype=ON
    -DFEATURE_system_freetype=OFF -DFEATURE_harfbuzz=ON -DFEATURE_system_harfbuzz=OFF
    -DFEATURE_system_pcre2=OFF -DFEATURE_system_png=OFF -DFEATURE_system_jpeg=OFF
    -DINPUT_openssl=no"
cmake_args_of[qtsvg]="-DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF"

# Configures (unless configured), builds and installs a CMake source tree.
cmake_component() {
    local c=$1 src=$2
    local build=$work/build/$c
    shift 2
    # shellcheck disable=SC2086 # the recipe's arguments are words
    nice -n 19 cmake -S "$src" -B "$build" "${common_cmake[@]}" ${cmake_args_of[$c]:-} "$@" \
        >"$work/log/$c-configure.log" 2>&1 || {
        tail -n 30 "$work/log/$c-configure.log" >&2
        echo "error: configuring $c failed; the whole log: $work/log/$c-configure.log" >&2
        return 1
    }
    nice -n 19 ninja -C "$build" -j"$jobs" >"$work/log/$c-build.log" 2>&1 || {
        grep -E -A5 'error|FAILED' "$work/log/$c-build.log" | head -n 40 >&2
        echo "error: building $c failed; the whole log: $work/log/$c-build.log" >&2
        return 1
    }
    nice -n 19 ninja -C "$build" install >"$work/log/$c-install.log" 2>&1 || {
        tail -n 20 "$work/log/$c-install.log" >&2
        return 1
    }
}

build_sqlite3() {
    local src=$1 version=$2
    local amalgamation=$work/build/sqlite3-amalgamation
    if [ ! -f "$amalgamation/sqlite3.c" ] || [ ! -f "$amalgamation/sqlite3ext.h" ]; then
        # The amalgamation is made by host tools (lemon, mkkeywordhash, tclsh).
        mkdir -p "$amalgamation"
        (cd "$amalgamation" && nice -n 19 "$src/configure" --disable-tcl >"$work/log/sqlite3-amalgamation.log" 2>&1 &&
            nice -n 19 make -j"$jobs" sqlite3.c sqlite3.h >>"$work/log/sqlite3-amalgamation.log" 2>&1 &&
            cp "$src/src/sqlite3ext.h" .) || {
            tail -n 20 "$work/log/sqlite3-amalgamation.log" >&2
            return 1
        }
    fi
    local upstream=${version#*:}
    upstream=${upstream%%-*}
    cmake_component sqlite3 "$root/cmake/windows/sqlite3" -DAMALGAMATION_DIR="$amalgamation" -DSQLITE_VERSION="$upstream"
}

build_zlib() {
    local upstream=${2#*:}
    upstream=${upstream%%.dfsg*}
    cmake_component zlib "$root/cmake/windows/zlib" -DZLIB_SOURCE_DIR="$1" -DZLIB_VERSION="$upstream"
}

build_minizip() {
    cmake_component minizip "$root/cmake/windows/minizip" -DMINIZIP_SOURCE_DIR="$1"
}

build_libxlsxwriter() {
    cmake_component libxlsxwriter "$1"
}

build_qtbase() {
    cmake_component qtbase "$1"
}

build_qtsvg() {
    cmake_component qtsvg "$1" -DCMAKE_TOOLCHAIN_FILE="$prefix/lib/cmake/Qt6/qt.toolchain.cmake"
}

seconds() {
    local s=$1
    printf '%dm%02ds' $((s / 60)) $((s % 60))
}

main() {
    if [ "$mode" = check ]; then
        check
        return
    fi
    local started=$SECONDS
    install_packages
    mkdir -p "$prefix/share/twinning-mingw" "$stamps" "$work/log" "$work/build"
    cp -f "$root/cmake/mingw-w64-x86_64.cmake" "$toolchain.new"
    if cmp -s "$toolchain.new" "$toolchain"; then
        rm -f "$toolchain.new"
    else
        mv -f "$toolchain.new" "$toolchain"
    fi
    apt_update

    local c failed=()
    if [ "$mode" = fetch ]; then
        for c in "${components[@]}"; do
            fetch_source "$(source_package "$c")" >/dev/null || failed+=("$c")
        done
        echo "Sources in $work/src ($(seconds $((SECONDS - started))))."
        [ ${#failed[@]} = 0 ] || echo "Not fetched: ${failed[*]}" >&2
        [ ${#failed[@]} = 0 ]
        return
    fi

    local timings=()
    for c in "${components[@]}"; do
        local got src version
        # A source the mirror does not hold stops only its own component.
        if ! got=$(fetch_source "$(source_package "$c")"); then
            failed+=("$c (no source)")
            continue
        fi
        local d blocked=""
        for d in $(depends_on "$c"); do
            [ -f "$stamps/$d" ] || blocked="$blocked $d"
        done
        if [ -n "$blocked" ]; then
            echo "== $c: skipped, it needs$blocked"
            failed+=("$c (needs$blocked)")
            continue
        fi
        src=${got% *}
        version=${got##* }
        local stamp_text
        stamp_text="$c $(source_package "$c") $version
$(recipe "$c" | sha256sum | cut -c1-16)"
        if [ -f "$stamps/$c" ] && [ "$(cat "$stamps/$c")" = "$stamp_text" ]; then
            echo "== $c: done already ($(source_package "$c") $version)"
            continue
        fi
        echo "== $c: $(source_package "$c") $version ($(date +%H:%M:%S))"
        rm -f "$stamps/$c"
        local t0=$SECONDS
        if ! "build_$c" "$src" "$version"; then
            failed+=("$c (build failed)")
            continue
        fi
        local missing=()
        for f in $(expected_files "$c"); do
            [ -e "$prefix/$f" ] || missing+=("$f")
        done
        if [ ${#missing[@]} -gt 0 ]; then
            echo "error: $c built, but it did not install ${missing[*]}" >&2
            failed+=("$c (incomplete)")
            continue
        fi
        echo "$stamp_text" >"$stamps/$c"
        local took=$((SECONDS - t0))
        echo "$(date -Is) $c $took" >>"$work/log/timings"
        timings+=("$c $(seconds $took),")
        echo "== $c: built in $(seconds $took)"
    done
    echo "Wall time: ${timings[*]:+${timings[*]} }total $(seconds $((SECONDS - started)))."
    [ ${#failed[@]} = 0 ] || echo "Failed: ${failed[*]}" >&2
    check
}

# One line, read whole before it runs: editing this file while it builds
# cannot change what the running copy does next.
main; exit
