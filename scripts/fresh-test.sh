#!/usr/bin/env bash
# Proves that the README's two commands set themselves up on a fresh Debian 12
# machine, and that the Debian package installs on one.
#
# 1. The build root: a minimal Debian 12 root (mmdebstrap --variant=apt, from
#    this machine's own apt sources) with the tree copied in by `git archive`.
#    Inside it, scripts/deps.sh --run (what scripts/run.sh installs), configure,
#    build the program, and run `demo`, `check` and a `report` on the demo;
#    then scripts/deps.sh (what scripts/test.sh installs), configure again with
#    the tests and the benchmarks on, read the report's PDF back with pdftotext
#    and build the .deb.
# 2. The install root: a second fresh root, where `apt-get install ./….deb`
#    alone must bring everything the program loads; there `--version`, `demo`,
#    `check`, a dossier `report` (its text read back on this machine), and
#    `check` of a server database on a closed port, which must say that the
#    server cannot be reached rather than that a driver is missing.
#
# The root's tarball is cached in ${TWINNING_FRESH_CACHE:-~/.cache/twinning-fresh}
# and made again when the apt sources change or it is a week old; every run
# unpacks new roots from it, so a root is never reused. The downloaded packages
# and the compiler cache are shared with the roots. Needs root (chroot, mount).
#   scripts/fresh-test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
src=$PWD
[ "$(id -u)" -eq 0 ] || { echo "fresh-test: needs root (mmdebstrap, chroot, mount)" >&2; exit 1; }
command -v mmdebstrap >/dev/null || { echo "fresh-test: mmdebstrap is missing (scripts/deps.sh installs it)" >&2; exit 1; }
start=$SECONDS
log() { echo "fresh-test [$((SECONDS - start)) s]: $*"; }

cache=${TWINNING_FRESH_CACHE:-$HOME/.cache/twinning-fresh}
mkdir -p "$cache/apt-archives/partial"

# This machine's apt sources for Debian 12, the files as they are.
sources=()
for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] && grep -qE '^[^#]*bookworm' "$f" && sources+=("$f")
done
[ ${#sources[@]} -gt 0 ] || { echo "fresh-test: no apt source names bookworm in /etc/apt" >&2; exit 1; }
key=$( (cat "${sources[@]}"; mmdebstrap --version) | sha256sum | cut -c1-12)
base=$cache/bookworm-apt-$key.tar
if [ -f "$base" ] && [ -z "$(find "$base" -mtime +7)" ]; then
    log "minimal Debian 12 root from the cache ($base)"
else
    log "making a minimal Debian 12 root with mmdebstrap from ${sources[*]}"
    rm -f "$cache"/bookworm-apt-*.tar "$cache"/partial-*.tar
    # Written under another name and renamed once whole: an interrupted run
    # leaves no tarball that a later run would take.
    mmdebstrap --quiet --variant=apt bookworm "$cache/partial-$key.tar" "${sources[@]}"
    mv "$cache/partial-$key.tar" "$base"
fi

work=$(mktemp -d /var/tmp/twinning-fresh.XXXXXX)
# Unmounts everything under $work, innermost first, and only then removes it:
# a bind mount still in place would let rm reach the caches it shows.
cleanup() {
    local status=$?
    local m
    for m in $(awk -v w="$work" 'index($2, w "/") == 1 { print $2 }' /proc/mounts | sort -r); do
        umount "$m" 2>/dev/null || umount -l "$m"
    done
    if awk -v w="$work" 'index($2, w "/") == 1 { found = 1 } END { exit !found }' /proc/mounts; then
        echo "fresh-test: mounts under $work remain; left in place" >&2
    else
        rm -rf --one-file-system "$work"
    fi
    [ $status -eq 0 ] && log "passed in $((SECONDS - start)) s" || echo "fresh-test: FAILED" >&2
    exit $status
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# new_root DIR: unpacks the cached root into DIR and mounts what a chroot needs.
new_root() {
    local root=$1
    mkdir -p "$root"
    tar -xf "$base" -C "$root"
    mount -t proc proc "$root/proc"
    mount --rbind /dev "$root/dev"
    mount --make-rslave "$root/dev"
    mount --bind "$cache/apt-archives" "$root/var/cache/apt/archives"
    cp -L /etc/resolv.conf "$root/etc/resolv.conf"
}
# in_root DIR COMMAND: runs COMMAND in DIR's root with a plain environment.
in_root() {
    local root=$1
    shift
    chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        CCACHE_DIR=/ccache CCACHE_BASEDIR=/src CCACHE_NOHASHDIR=true \
        /bin/bash -euo pipefail -c "$*"
}

# --- The build root -----------------------------------------------------------
root=$work/build-root
new_root "$root"
log "build root: $root ($(in_root "$root" 'cat /etc/debian_version'), $(in_root "$root" 'dpkg-query -W | wc -l') packages)"
mkdir -p "$root/src" "$root/ccache"
tree=$(git stash create 2>/dev/null || true)
git archive "${tree:-HEAD}" | tar -x -C "$root/src"
if command -v ccache >/dev/null; then
    mount --bind "$(ccache -k cache_dir)" "$root/ccache"
fi
in_root "$root" '! command -v cmake && ! command -v g++ && ! dpkg-query -W qt6-base-dev 2>/dev/null' >/dev/null ||
    { echo "fresh-test: the new root already holds a compiler or Qt" >&2; exit 1; }

log "build root: scripts/deps.sh --run (what scripts/run.sh installs)"
in_root "$root" 'cd /src && scripts/deps.sh --run' >"$work/deps-run.log" 2>&1 ||
    { tail -30 "$work/deps-run.log" >&2; exit 1; }
log "build root: $(in_root "$root" 'dpkg-query -W | wc -l') packages; configure and build the program"
# The flags of scripts/test.sh, so that the compiler cache it filled serves here.
configure='cmake -S /src -B /src/build-test -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTWINNING_WERROR=ON'
in_root "$root" "$configure -DTWINNING_BUILD_TESTS=OFF -DTWINNING_BUILD_BENCHMARKS=OFF >/dev/null &&
    cmake --build /src/build-test --target twinning-tracker" >"$work/build.log" 2>&1 ||
    { tail -40 "$work/build.log" >&2; exit 1; }
log "build root: $(grep -c '^\[' "$work/build.log") build steps; demo, check and report"
in_root "$root" 'cd /tmp && export QT_QPA_PLATFORM=offscreen; tt=/src/build-test/twinning-tracker
    $tt --version
    $tt demo --db demo.twinning
    $tt check --db demo.twinning
    $tt --lang en report --db demo.twinning --type summary -o summary.pdf'
[ -s "$root/tmp/summary.pdf" ] || { echo "fresh-test: the report wrote no PDF" >&2; exit 1; }

log "build root: scripts/deps.sh (what scripts/test.sh installs)"
in_root "$root" 'cd /src && scripts/deps.sh' >"$work/deps.log" 2>&1 ||
    { tail -30 "$work/deps.log" >&2; exit 1; }
in_root "$root" 'pdftotext /tmp/summary.pdf /tmp/summary.txt && grep -q Vinnytsia /tmp/summary.txt' ||
    { echo "fresh-test: the summary's PDF does not read back with Vinnytsia in it" >&2; exit 1; }
log "build root: $(in_root "$root" 'dpkg-query -W | wc -l') packages; configure with the tests and the benchmarks, build the .deb"
in_root "$root" "$configure -DTWINNING_BUILD_TESTS=ON -DTWINNING_BUILD_BENCHMARKS=ON >/dev/null &&
    cmake --build /src/build-test --target twinning-tracker && cd /src/build-test && cpack -G DEB >/dev/null" \
    >"$work/package.log" 2>&1 || { tail -40 "$work/package.log" >&2; exit 1; }
deb=$(cd "$root/src/build-test" && ls twinning-tracker_*.deb)
cp "$root/src/build-test/$deb" "$work/"
log "build root: made $deb ($(du -h "$work/$deb" | cut -f1)); Depends: $(dpkg-deb --field "$work/$deb" Depends)"
# The build root goes before the install root comes: two roots' worth of disk
# at once is not needed.
for m in $(awk -v w="$root" 'index($2, w "/") == 1 { print $2 }' /proc/mounts | sort -r); do umount "$m"; done
rm -rf --one-file-system "$root"

# --- The install root ---------------------------------------------------------
root=$work/install-root
new_root "$root"
log "install root: $root ($(in_root "$root" 'dpkg-query -W | wc -l') packages); apt-get install ./$deb"
cp "$work/$deb" "$root/tmp/"
in_root "$root" "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends /tmp/$deb" \
    >"$work/install.log" 2>&1 || { tail -30 "$work/install.log" >&2; exit 1; }
log "install root: $(in_root "$root" 'dpkg-query -W | wc -l') packages; --version, demo, check, report"
in_root "$root" "cd /tmp && unset DISPLAY WAYLAND_DISPLAY
    v=\$(twinning-tracker --version); echo \"\$v\"
    [ \"\$v\" = \"twinning-tracker $(dpkg-deb --field "$work/$deb" Version)\" ]
    twinning-tracker demo --db demo.twinning
    twinning-tracker check --db demo.twinning
    twinning-tracker --lang en report --db demo.twinning --type dossier --partnership 1 -o dossier.pdf"
text=$(pdftotext "$root/tmp/dossier.pdf" -)
grep -q "Vinnytsia" <<<"$text" && grep -q "Karlsruhe" <<<"$text" ||
    { echo "fresh-test: the dossier does not read back as Vinnytsia – Karlsruhe:" >&2; head -20 <<<"$text" >&2; exit 1; }
log "install root: the dossier reads back ($(wc -w <<<"$text") words)"
# A closed port: the driver is there and says so by failing to connect.
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
set +e
out=$(in_root "$root" "PGCONNECT_TIMEOUT=5 twinning-tracker check --db postgresql://127.0.0.1:$port/twinning" 2>&1)
rc=$?
set -e
echo "$out"
[ $rc -ne 0 ] || { echo "fresh-test: check of a closed port succeeded" >&2; exit 1; }
if grep -qi "driver" <<<"$out" || ! grep -qiE "connect|reach" <<<"$out"; then
    echo "fresh-test: check of a closed port did not say that the server cannot be reached" >&2
    exit 1
fi
log "install root: a server on a closed port is reported as unreachable"
