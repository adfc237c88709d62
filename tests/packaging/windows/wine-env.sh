# Sourced by the package tests: a fresh private Wine prefix in $HF_WORK/prefix with its own persistent
# wineserver (standard streams detached, so Wine's services never hold ctest's pipes), removed on exit.
# Also the checks every test shares. Needs HF_WORK set.
set -euo pipefail

fail() { echo "FAIL: $*" >&2; exit 1; }
note() { echo "-- $*"; }

hf_wine_prefix() {
    export WINEPREFIX="$HF_WORK/prefix" WINEDEBUG=-all
    export WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d;winedbg.exe=d"
    unset DISPLAY
    mkdir -p "$WINEPREFIX"
    trap 'wineserver -k </dev/null >/dev/null 2>&1 || true' EXIT
    wineboot -i </dev/null >/dev/null 2>&1 || fail "wineboot could not make $WINEPREFIX"
    wineserver -p60 </dev/null >/dev/null 2>&1 || true
    C="$WINEPREFIX/drive_c"
}

# wine with its input closed and its noise in a log; prints the program's stdout.
hf_wine() { wine "$@" </dev/null 2>>"$HF_WORK/wine-stderr.log"; }

# What a Windows 10 x64 machine has in the value heapfix fixes (Wine's registry has no such value).
hf_set_windows10_value() {
    local value='%SystemRoot%\system32\csrss.exe ObjectDirectory=\Windows SharedSection=1024,20480,768 Windows=On SubSystemType=Windows ServerDll=basesrv,1 ServerDll=winsrv:UserServerDllInitialization,3 ServerDll=sxssrv,4 ProfileControl=Off MaxRequestThreads=16'
    hf_wine reg add 'HKLM\SYSTEM\CurrentControlSet\Control\Session Manager\SubSystems' /v Windows \
        /t REG_EXPAND_SZ /d "$value" /f >/dev/null || fail "wine reg add of the SubSystems value"
}

hf_shared_section() { # prints the SharedSection numbers Wine's own reg.exe reads back
    hf_wine reg query 'HKLM\SYSTEM\CurrentControlSet\Control\Session Manager\SubSystems' /v Windows |
        tr -d '\r' | grep -o 'SharedSection=[0-9,]*' | cut -d= -f2
}

hf_json_field() { # file key: the value of "key" in a flat-enough JSON document
    python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(json.dumps(d[sys.argv[2]]))' "$1" "$2"
}

hf_wine_done() { # stops this prefix's wineserver, removes the work folder
    wineserver -k </dev/null >/dev/null 2>&1 || true
    trap - EXIT
    rm -rf "$HF_WORK"
    echo PASS
}
