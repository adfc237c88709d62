#!/usr/bin/env bash
# A DLL planted beside heapfix-cli.exe (as in a Downloads folder or on a USB stick) and in the current folder,
# under the name version.dll (a system DLL that is not a KnownDLL, loaded under Wine by user32 when shell32
# loads) is NOT loaded: its DllMain would write "version.dll.loaded" beside it (planted.c).
#
# Wine loads its own builtin of a system DLL before one beside the program, unless WINEDLLOVERRIDES says
# "native first" (version=n,b). Windows always looks beside the program first for a DLL that is not a
# KnownDLL, so every run here says version=n,b: Wine then searches as Windows does. The controls show that
# the marker does appear under this search when the protection is off, so its absence means something.
# What this Wine does not do: honour DependentLoadFlags (dll_probe_dlf.exe below loads the planted DLL despite
# 0x800); heapfix-cli.exe is protected here by restrictDllSearch() and delay-loading alone.
#
# Usage: dll-planting-wine.sh CLI PROBE_SHELL32 PROBE_DLF PLANTED_DLL WORK
# (environment: WINEPREFIX of a made prefix, from tests/win32's wine_prefix fixture)
set -euo pipefail
cli=$1 probe=$2 dlf=$3 planted=$4 work=$5
fail() { echo "FAIL: $*" >&2; exit 1; }
said() { # what the last run printed, for a failure message
    printf '\n  stdout: %s\n  stderr: %s' "$(tr -d '\r' <"$work/out.txt")" "$(tr -d '\r' <"$work/err.txt")"
}
export WINEDLLOVERRIDES="${WINEDLLOVERRIDES:+$WINEDLLOVERRIDES;}version=n,b"
rm -rf "$work" && mkdir -p "$work/downloads" "$work/cwd"

markers() { find "${1:-$work}" -iname 'version.dll.loaded' | sort; } # Wine keeps the case it was asked by
run() { # folder program args...: runs the program copied into folder, from $work/cwd; prints its exit code
    local folder=$1 program=$2
    shift 2
    cp "$program" "$folder/"
    local status=0
    (cd "$work/cwd" && wine "$folder/$(basename "$program")" "$@" </dev/null >"$work/out.txt" 2>"$work/err.txt") ||
        status=$?
    echo "$status"
}
# The controls only show what this Wine does. A start that Wine itself fails gets two more tries, each reported
# (CI saw dll_probe_shell32.exe exit 1 once, the whole test taking 0.14 s; 220 runs here, 150 of them beside
# the other Wine tests, never did). heapfix-cli.exe gets no second try, and markers left by a failed try count.
run_control() { # folder program args...: as run, up to three tries while the exit code is not 0
    local try status
    for try in 1 2 3; do
        status=$(run "$@")
        [ "$status" = 0 ] && break
        echo "note: $(basename "$2") ${*:3} (try $try of 3) exited $status$(said)" >&2
    done
    echo "$status"
}
plant() { cp "$planted" "$1/version.dll"; }

plant "$work/downloads"
plant "$work/cwd"

# heapfix-cli.exe: --version, and `backups`, which asks shell32 for %LOCALAPPDATA% (shell32, ole32 and under
# them user32 and version.dll load), with planted DLLs beside it and in the current folder.
for args in "--version" "backups"; do
    status=$(run "$work/downloads" "$cli" $args)
    [ "$status" = 0 ] || fail "heapfix-cli.exe $args exited $status$(said)"
    [ -z "$(markers)" ] || fail "heapfix-cli.exe $args loaded a planted DLL: $(markers)"
    echo "ok: heapfix-cli.exe $args ($(head -n 1 "$work/out.txt" | tr -d '\r')): no planted DLL loaded"
done

# Controls, each in a folder of its own with its own planted DLL.
mkdir -p "$work/control" && plant "$work/control"
status=$(run_control "$work/control" "$probe")
[ "$status" = 0 ] || fail "dll_probe_shell32.exe exited $status (each try is reported above)"
[ -n "$(markers "$work/control")" ] ||
    fail "control: without restrictDllSearch() the planted DLL beside the program was not loaded either, so this Wine does not search as Windows does and the check above proves nothing"
echo "ok: control: the same shell32 call without restrictDllSearch() loads the planted DLL beside the program"
markers | xargs -r rm -f
status=$(run_control "$work/control" "$probe" restrict)
[ "$status" = 0 ] && [ -z "$(markers)" ] || fail "dll_probe_shell32.exe restrict: exit $status, markers: $(markers)"
echo "ok: control: the same program with restrictDllSearch() does not"

mkdir -p "$work/dlf" && plant "$work/dlf"
status=$(run_control "$work/dlf" "$dlf")
[ "$status" = 0 ] || fail "dll_probe_dlf.exe exited $status (each try is reported above)"
[ -n "$(markers "$work/dlf")" ] ||
    fail "this Wine now honours DependentLoadFlags (dll_probe_dlf.exe did not load the planted version.dll): update this test, LoadConfig.cpp and README.md"
echo "ok: as known, this Wine ignores DependentLoadFlags 0x800 (a static import of version.dll came from beside the program)"
rm -rf "$work"
