#!/usr/bin/env bash
# Installs the Windows build (scripts/windows-build.sh) silently into a fresh
# wine prefix and uses the installed program as an office would: its version,
# a demo database in a folder with a Cyrillic name, the check, the statistics,
# a Ukrainian dossier whose text is read back with pdftotext, and, where
# xvfb-run and ImageMagick are present, its window painted on the demo (the
# screenshot is kept as BUILD/windows-window.png). Then it uninstalls silently
# and checks that nothing is left. Exit status 0 when all of it works.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=scripts/windows-common.sh
. "$root/scripts/windows-common.sh"
build=${TWINNING_WINDOWS_BUILD:-$root/build-windows}
version=$(sed -n '/^project(TwinningTracker/,/)/s/^ *VERSION \([0-9.]*\)$/\1/p' "$root/CMakeLists.txt")
setup=$build/TwinningTracker-$version-setup.exe
[ -f "$setup" ] || {
    echo "error: no installer at $setup; run scripts/windows-build.sh" >&2
    exit 1
}
start=$SECONDS
export WINEPREFIX
WINEPREFIX=$(fresh_wine_prefix)
trap 'remove_wine_prefix "$WINEPREFIX"' EXIT
export WINEDEBUG=-all
wine=$(wine_program)
fail() {
    echo "FAIL: $*" >&2
    exit 1
}

"$wine" "$setup" /S
wineserver --wait
installed="$WINEPREFIX/drive_c/Program Files/Twinning Tracker"
exe="$installed/twinning-tracker.exe"
console="$installed/twinning-tracker.com"
[ -f "$exe" ] || fail "the installer put no twinning-tracker.exe in $installed"
[ -f "$console" ] || fail "the installer put no twinning-tracker.com in $installed"
# The window opens without a console beside it; the .com serves the console.
subsystem=$("$triplet"-objdump -p "$exe" | sed -n 's/^Subsystem.*(\(.*\))$/\1/p')
[ "$subsystem" = "Windows GUI" ] || fail "twinning-tracker.exe is no GUI program ($subsystem)"
# Its icon (resources/windows/twinning-tracker.rc) for Explorer and the Start menu.
sections=$("$triplet"-objdump -h "$exe")
grep -q '\.rsrc' <<<"$sections" || fail "twinning-tracker.exe carries no icon"
"$wine" reg query 'HKLM\Software\Classes\.twinning' 2>/dev/null | grep -q TwinningTracker.Database ||
    fail ".twinning is not associated with the program"
ls "$WINEPREFIX/drive_c/ProgramData/Microsoft/Windows/Start Menu/Programs/Twinning Tracker.lnk" \
    >/dev/null || fail "no Start-menu entry"
echo "installed silently into C:\\Program Files\\Twinning Tracker"

# As typed in cmd.exe, where "twinning-tracker" finds the .com first.
run() { "$wine" "$console" "$@" 2>&1 | tr -d '\r'; }
run --version | grep -q "$version" || fail "--version does not say $version"

# An office's documents folder with a Cyrillic name.
docs="$WINEPREFIX/drive_c/users/Користувач/Документи"
mkdir -p "$docs"
db='C:\users\Користувач\Документи\громади.twinning'
run demo --db "$db" --lang uk >/dev/null
[ -f "$docs/громади.twinning" ] || fail "demo wrote no database at $db"
run check --db "$db" --lang uk | grep -q . || fail "check printed nothing"
run check --db "$db" >/dev/null || fail "check found a problem"
pairs=$(run stats --db "$db" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["totals"]["pairs"])')
[ "$pairs" -gt 0 ] || fail "stats counts no pairs"
pdf='C:\users\Користувач\Документи\досьє.pdf'
run report --db "$db" --lang uk --type dossier --partnership 1 -o "$pdf" >/dev/null
text=$(pdftotext "$docs/досьє.pdf" - 2>/dev/null)
grep -q "Вінниця" <<<"$text" || fail "the dossier's text does not read back in Ukrainian"
echo "demo, check, stats ($pairs pairs) and a Ukrainian dossier under a Cyrillic path: ok"
# A script sees a failure in the exit status, through the .com as well.
if "$wine" "$console" check --db 'C:\users\Користувач\Документи\немає.twinning' >/dev/null 2>&1; then
    fail "check of a missing database exited 0"
fi
# The .exe alone, with its output redirected as a script would, prints as well.
"$wine" "$exe" --version 2>&1 | tr -d '\r' | grep -q "$version" ||
    fail "twinning-tracker.exe --version printed nothing into a pipe"

if command -v xvfb-run >/dev/null && command -v import >/dev/null; then
    shot=$build/windows-window.png
    rm -f "$shot"
    # The wine session of the commands above has no display: a new one, under Xvfb.
    wineserver -k 2>/dev/null || true
    wineserver --wait 2>/dev/null || true
    xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
        "$0" "$1" --lang uk "$2" >/dev/null 2>&1 &
        for _ in $(seq 1 60); do
            sleep 1
            import -window root "$3" 2>/dev/null || continue
            # Painted: a window with text and a table has many colours.
            [ "$(convert "$3" -format %k info:)" -gt 200 ] && sleep 3 && break
        done
        import -window root "$3"
        wineserver -k' "$wine" "$exe" "$db" "$shot" || true
    colours=$(convert "$shot" -format %k info: 2>/dev/null || echo 0)
    [ "$colours" -gt 200 ] || fail "the window did not paint (screenshot $shot)"
    echo "the window painted ($colours colours; $shot)"
fi

"$wine" "$installed/uninstall.exe" /S
wineserver --wait
sleep 2
[ ! -f "$exe" ] || fail "the uninstaller left the program"
echo "uninstalled silently"
echo "Windows install test: ok in $((SECONDS - start)) s"
