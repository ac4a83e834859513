# Shared by scripts/windows-smoke.sh and scripts/windows-build.sh (sourced).
# shellcheck shell=bash

prefix=${TWINNING_MINGW_PREFIX:-$HOME/.cache/twinning-mingw}
triplet=x86_64-w64-mingw32
# The MinGW-w64 runtime DLLs of the -posix compilers.
mingw_runtime_dirs=(
    "$(dirname "$($triplet-g++-posix -print-file-name=libstdc++-6.dll)")"
    "$(dirname "$($triplet-gcc-posix -print-file-name=libwinpthread-1.dll)")"
    "/usr/$triplet/lib"
)

# wine for 64-bit programs: Debian's wine64 package puts its loader under
# /usr/lib/wine; the `wine` wrapper picks it for a 64-bit program as well.
wine_program() {
    if command -v wine64 >/dev/null; then
        command -v wine64
    elif [ -x /usr/lib/wine/wine64 ]; then
        echo /usr/lib/wine/wine64
    else
        command -v wine
    fi
}

# Copies into DIR every DLL that the programs and DLLs under DIR import and
# that the toolchain's prefix or the MinGW-w64 runtime provides, until nothing
# is missing; Windows' own DLLs are left to Windows.
deploy_dlls() {
    local dir=$1 changed=1 f name src d
    while [ $changed = 1 ]; do
        changed=0
        while IFS= read -r -d '' f; do
            for name in $($triplet-objdump -p "$f" | sed -n 's/^\s*DLL Name: //p'); do
                [ -e "$dir/$name" ] && continue
                src=""
                for d in "$prefix/bin" "${mingw_runtime_dirs[@]}"; do
                    if [ -f "$d/$name" ]; then
                        src=$d/$name
                        break
                    fi
                done
                if [ -n "$src" ]; then
                    cp "$src" "$dir/$name"
                    changed=1
                fi
            done
        done < <(find "$dir" -type f \( -iname '*.exe' -o -iname '*.dll' \) -print0)
    done
}

# Copies Qt plugins: deploy_plugins DIR platforms/qwindows.dll sqldrivers/qsqlite.dll ...
deploy_plugins() {
    local dir=$1 p
    shift
    for p in "$@"; do
        if [ ! -f "$prefix/plugins/$p" ]; then
            echo "error: the toolchain has no Qt plugin $p" >&2
            return 1
        fi
        mkdir -p "$dir/$(dirname "$p")"
        cp "$prefix/plugins/$p" "$dir/$p"
    done
}

# A fresh wine prefix under /tmp, made once per run; prints its path.
fresh_wine_prefix() {
    local wp
    wp=$(mktemp -d /tmp/twinning-wine.XXXXXX)
    WINEPREFIX=$wp WINEARCH=win64 WINEDEBUG=-all wineboot --init >/dev/null 2>&1 || true
    WINEPREFIX=$wp wineserver --wait 2>/dev/null || true
    echo "$wp"
}

# Stops wine in a prefix made by fresh_wine_prefix and removes it; each prefix
# takes about 700 MB, so a script removes its own however it ends:
#   trap 'remove_wine_prefix "$WINEPREFIX"' EXIT
remove_wine_prefix() {
    local wp=$1
    case $wp in /tmp/twinning-wine.*) ;; *) return 0 ;; esac
    WINEPREFIX=$wp wineserver -k 2>/dev/null || true
    rm -rf --one-file-system "$wp"
}

# Copies DejaVu Sans (Debian's fonts-dejavu-core, free to pass on), the family of
# the reports, into each DIR given: deploy_fonts DIR...
deploy_fonts() {
    local dir face
    for dir in "$@"; do
        mkdir -p "$dir"
        for face in DejaVuSans DejaVuSans-Bold DejaVuSans-Oblique DejaVuSans-BoldOblique; do
            cp "/usr/share/fonts/truetype/dejavu/$face.ttf" "$dir/"
        done
    done
}
