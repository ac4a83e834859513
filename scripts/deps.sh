#!/usr/bin/env bash
# Installs the Debian 12 packages Twinning Tracker needs, and only those that
# are missing. Every package is named here: nothing is left to a Recommends
# (the installs use --no-install-recommends) or to what a machine happens to
# hold. scripts/fresh-test.sh proves the lists on a minimal Debian 12 root.
#
#   scripts/deps.sh          everything: configure with tests and benchmarks,
#                            build, tests, benchmarks, the package test, the
#                            screenshots and the fresh-root test
#   scripts/deps.sh --run    only what building and running the program needs
#                            (scripts/run.sh)
#   scripts/deps.sh --list [--run]   prints the list and installs nothing
set -euo pipefail

mode=all
list_only=0
for arg in "$@"; do
    case $arg in
    --run) mode=run ;;
    --list) list_only=1 ;;
    *)
        echo "usage: $0 [--run] [--list]" >&2
        exit 2
        ;;
    esac
done

# Building and running the program.
packages=(
    build-essential cmake ninja-build pkg-config ccache
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    # What the program loads at run time: the platform plugins xcb and offscreen
    # (libqt6gui6), the database drivers, the SVG icon engine and Qt's own
    # translations.
    libqt6gui6 libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 qt6-translations-l10n
    libsqlite3-dev libxlsxwriter-dev libminizip-dev zlib1g-dev
    # The reports' fonts.
    fonts-dejavu-core
)
if [ "$mode" = all ]; then
    packages+=(
        # The tests: a throwaway PostgreSQL cluster (scripts/pg-test-server.sh
        # asks python3 for a free port), a display for the window tests, PDFs
        # read back as text, workbooks read back by openpyxl, sqlite3 for
        # bench_import's side-by-side figure.
        postgresql python3 python3-openpyxl sqlite3 xvfb xauth poppler-utils
        # bench_firstpaint and bench_memory watch the window through the X
        # server's DAMAGE extension.
        libx11-dev libxdamage-dev
        # The package test: dpkg-shlibdeps, and the validators of the
        # installed desktop entry and metainfo.
        dpkg-dev file appstream desktop-file-utils
        # scripts/screenshots.sh and scripts/fresh-test.sh.
        imagemagick mmdebstrap
    )
    # scripts/fuzz.sh builds with clang's libFuzzer; the normal build does not need it.
    if [ "${TWINNING_FUZZ:-0}" = 1 ]; then
        packages+=(clang)
    fi
fi

if [ "$list_only" = 1 ]; then
    printf '%s\n' "${packages[@]}"
    exit 0
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
