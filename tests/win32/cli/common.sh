# Shared by the heapfix-cli.exe tests under Wine: Wine's reg.exe is the peer that sets and checks the value.
# ctest sets WINEPREFIX, WINEDEBUG and WINEDLLOVERRIDES; the scripts run with `set -euo pipefail`.

KEY='HKLM\SYSTEM\CurrentControlSet\Control\Session Manager\SubSystems'
# Windows 7's default layout with low numbers, as a machine that needs the fix has it.
ORIGINAL='%SystemRoot%\system32\csrss.exe ObjectDirectory=\Windows SharedSection=1024,3072,512 Windows=On SubSystemType=Windows ServerDll=basesrv,1 ServerDll=winsrv:UserServerDllInitialization,3 ServerDll=sxssrv,4 ProfileControl=Off MaxRequestThreads=16'

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

expect_equal() { # what actual expected
    [ "$2" = "$3" ] || fail "$1: got [$2], expected [$3]"
    echo "ok: $1 = $3"
}

reg_set() { # data [name [type]]
    wine reg add "$KEY" /v "${2:-Windows}" /t "${3:-REG_EXPAND_SZ}" /d "$1" /f </dev/null >/dev/null
}

# "TYPE<tab>DATA" of a value as `reg query` prints it (CP437, CRLF, four-space columns).
reg_get() { # [name]
    local name=${1:-Windows}
    wine reg query "$KEY" /v "$name" </dev/null | iconv -f CP437 -t UTF-8 | tr -d '\r' |
        sed -n "s/^    $name    \(REG_[A-Z_]*\)    \(.*\)\$/\1\t\2/p"
}

# The value with its SharedSection token set to the given numbers.
with_shared_section() { # value numbers
    sed -E "s/SharedSection=[0-9,]+/SharedSection=$2/" <<<"$1"
}

cli() { # runs heapfix-cli.exe (CLI, set by the script) with no terminal; prints stdout, returns its exit code
    wine "$CLI" "$@" </dev/null
}

unix_path() { winepath -u "$1" 2>/dev/null | tr -d '\r'; }
windows_path() { winepath -w "$1" 2>/dev/null | tr -d '\r'; }

# A scratch folder, and the SubSystems key of this prefix removed again at the end (a fresh Wine prefix has none).
WORK=$(mktemp -d)
cleanup() {
    wine reg delete "$KEY" /f </dev/null >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap cleanup EXIT
