#!/usr/bin/env bash
# Installs the Debian 12 packages the build, the tests and the program need,
# and only those that are missing. Used by scripts/run.sh and scripts/test.sh.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-charts-dev qt6-svg-dev
    # The shared database on a PostgreSQL server: Qt's driver, and the server the
    # tests start a throwaway cluster of (scripts/pg-test-server.sh, which asks
    # python3 for a free port).
    libqt6sql6-psql postgresql python3
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libgl-dev libxlsxwriter-dev libminizip-dev
    fonts-dejavu-core xvfb xauth poppler-utils
    appstream desktop-file-utils dpkg-dev
)
# scripts/fuzz.sh builds with clang's libFuzzer; the normal build does not need it.
if [ "${TWINNING_FUZZ:-0}" = 1 ]; then
    packages+=(clang)
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
