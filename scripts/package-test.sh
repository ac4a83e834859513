#!/usr/bin/env bash
# Builds the Debian package from a configured build directory, installs it
# (as a user would, with its dependencies), checks that the installed program
# starts (`--version`) and reads a database (`demo`, then `check`), that its
# AppStream metainfo and .desktop file are valid, and removes it again unless it
# was installed before. Needs root: scripts/test.sh runs it in CI (CI=true) and
# whenever it runs as root; TWINNING_PACKAGE_TEST=0 skips it there.
#   scripts/package-test.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-${BUILD_DIR:-build-test}}
[ "$(id -u)" -eq 0 ] || { echo "package-test: needs root (it installs the package)" >&2; exit 1; }

rm -f "$build"/twinning-tracker_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/twinning-tracker_*.deb)
echo "package-test: built $deb"
dpkg-deb --field "$deb" Package Version Depends

was_installed=no
dpkg-query -W -f='${Status}' twinning-tracker 2>/dev/null | grep -q "install ok installed" && was_installed=yes
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "./$deb" >/dev/null
cleanup() {
    rm -rf "$work"
    [ "$was_installed" = yes ] || dpkg -r twinning-tracker >/dev/null
}
work=$(mktemp -d)
trap cleanup EXIT

bin=/usr/bin/twinning-tracker
id=org.twinningtracker.TwinningTracker
for f in "$bin" /usr/share/applications/$id.desktop /usr/share/metainfo/$id.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/$id.svg /usr/share/mime/packages/$id.xml; do
    [ -e "$f" ] || { echo "package-test: $f is missing" >&2; exit 1; }
done
version=$(env -u DISPLAY -u WAYLAND_DISPLAY "$bin" --version)
expected=$(dpkg-deb --field "$deb" Version)
[ "$version" = "twinning-tracker $expected" ] ||
    { echo "package-test: --version printed '$version', expected 'twinning-tracker $expected'" >&2; exit 1; }
env -u DISPLAY -u WAYLAND_DISPLAY "$bin" demo --db "$work/demo.twinning" >/dev/null
env -u DISPLAY -u WAYLAND_DISPLAY "$bin" check --db "$work/demo.twinning"
appstreamcli validate --no-net /usr/share/metainfo/$id.metainfo.xml
desktop-file-validate /usr/share/applications/$id.desktop
echo "package-test: the installed package works"
