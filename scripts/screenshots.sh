#!/usr/bin/env bash
# Takes the screenshots of docs/images from the demo database: the dashboard in
# Ukrainian and in English, and the partnerships table in English. The program
# runs under Xvfb with a home and settings of its own in a temporary folder (the
# user's settings are not touched), told by its settings which page to open on.
# A picture is taken once two successive captures of the window are the same.
#
#   scripts/screenshots.sh [PROGRAM]      # default build/twinning-tracker
#
# Needs xvfb, xauth and imagemagick (import, compare, convert, identify), which
# scripts/deps.sh installs; it installs nothing itself.
set -euo pipefail
cd "$(dirname "$0")/.."
program=$(realpath "${1:-build/twinning-tracker}")
out=docs/images
size=1400x900

for tool in xvfb-run xauth import compare convert identify; do
    command -v "$tool" >/dev/null ||
        { echo "screenshots: $tool is missing; scripts/deps.sh installs it" >&2; exit 1; }
done
[ -x "$program" ] || { echo "screenshots: no program at $program" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$program" demo --db "$work/demo.twinning" >/dev/null
mkdir -p "$out"

# shot LANG PAGE FILE: the window on PAGE, in LANG, written to FILE.
shot() {
    local lang=$1 page=$2 file=$3
    local home="$work/home-$lang-$page"
    mkdir -p "$home/.config/TwinningTracker" "$home/runtime"
    chmod 700 "$home/runtime"
    printf '[mainwindow]\npage=%s\n' "$page" >"$home/.config/TwinningTracker/twinning-tracker.conf"
    HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
        XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$home/runtime" LANGUAGE= LC_ALL=C.UTF-8 \
        xvfb-run -a -s "-screen 0 ${size}x24" bash -c '
            set -euo pipefail
            # Without a window manager, the window takes the whole screen.
            "$1" -qwindowgeometry "$5+0+0" --lang "$2" "$3" &
            app=$!
            trap "kill $app 2>/dev/null; wait $app 2>/dev/null || true" EXIT
            # The window is up when the screen is no longer one colour.
            up=no
            for _ in $(seq 1 150); do
                kill -0 "$app" 2>/dev/null ||
                    { echo "screenshots: the program ended early" >&2; exit 1; }
                if import -window root "$4.a.png" 2>/dev/null &&
                    [ "$(identify -format %k "$4.a.png")" -gt 1 ]; then
                    up=yes
                    break
                fi
                sleep 0.2
            done
            [ "$up" = yes ] || { echo "screenshots: the window did not appear" >&2; exit 1; }
            # Settled: two captures a second apart are the same.
            for _ in $(seq 1 30); do
                sleep 1
                import -window root "$4.b.png"
                diff=$(compare -metric AE "$4.a.png" "$4.b.png" null: 2>&1 || true)
                [ "$diff" = 0 ] && break
                mv "$4.b.png" "$4.a.png"
            done
            [ "$diff" = 0 ] || echo "screenshots: $4 still changing; taken as it is" >&2
            mv "$4.a.png" "$4"
            rm -f "$4.b.png"
        ' shot "$program" "$lang" "$work/demo.twinning" "$work/$(basename "$file")" "$size"
    # 8-bit palette PNG: a fraction of the size, and the screen has few colours.
    convert "$work/$(basename "$file")" -strip -colors 256 "PNG8:$file"
    echo "screenshots: $file ($(identify -format '%wx%h' "$file"), $(du -k "$file" | cut -f1) KB)"
}

shot uk dashboard "$out/dashboard-uk.png"
shot en dashboard "$out/dashboard-en.png"
shot en partnerships "$out/partnerships-en.png"
