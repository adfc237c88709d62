#!/usr/bin/env bash
# The boot repair's reads and edits through the Win32 backend (Win32Tree, the RegOpenKeyExW/RegSetValueExW
# calls boot repair makes on a hive loaded with RegLoadKeyW) under Wine, against Wine's real registry: each
# real BCD store and SYSTEM hive is exported by hivexregedit (with the same fixtures merged in as tree-dump.sh),
# imported by Wine's reg.exe under HKCU\Software\heapfix-tree\<hive>, read and edited by boot_tree_dump.exe,
# and its answer compared with expected/<hive>.txt, the hivex backend's answer on the same data (tree-dump.sh
# checks that one). Wine's reg.exe then reads the edited values back as an independent peer.
# Wine's RegLoadKeyW refuses real hives (ERROR_BADDB), so the loading itself is tested by boot-check under
# Wine (it must say so) and only on Windows for real.
# Usage: tree-dump-wine.sh <boot_tree_dump.exe> <folder with testdata/hives>
set -euo pipefail
dump=$1
hives=$2/testdata/hives
here=$(cd "$(dirname "$0")" && pwd)
fixtures=$here/../../fixtures/bcd
root='HKEY_CURRENT_USER\Software\heapfix-tree'
work=$(mktemp -d)
cleanup() {
    wine reg delete "$root" /f >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
wine reg delete "$root" /f >/dev/null 2>&1 || true

status=0
fail() {
    echo "FAIL: $*" >&2
    status=1
}
# reg query's data column for one value ("" when there is none).
query() { # key value
    wine reg query "$1" /v "$2" 2>/dev/null | tr -d '\r' | awk -v v="$2" '$1 == v { print $3 }'
}

while read -r hive kind fixture; do
    name=$hive${fixture:++$fixture}
    key="$root\\$name"
    xz -dc "$hives/$hive.xz" >"$work/$name"
    [ -z "$fixture" ] || hivexregedit --merge "$work/$name" "$fixtures/$fixture.reg"
    if [ "$kind" = bcd ]; then
        hivexregedit --export --prefix "$key" "$work/$name" '\' >"$work/$name.reg"
    else
        # Only what the boot repair reads of a SYSTEM hive (the whole hive is 12 MB of .reg): each control set's
        # Memory Management and CrashControl.
        : >"$work/$name.reg"
        for set in $(echo ls | hivexsh "$work/$name" | tr -d '\r' | grep -E '^ControlSet[0-9]{3}$'); do
            for sub in 'Control\Session Manager\Memory Management' 'Control\CrashControl'; do
                hivexregedit --export --prefix "$key" "$work/$name" "\\$set\\$sub" >>"$work/$name.reg" 2>/dev/null ||
                    true # a control set without it: the Linux side sees the same absence
            done
        done
    fi
    # As Windows' regedit saves a version 5 file: UTF-16LE with a BOM. (Wine's reg.exe reads hex(2) and hex(7)
    # data of an 8-bit file as ANSI text and widens every byte, whatever the header says: a REG_MULTI_SZ
    # "a\0b" came out as "a", "b"... with a NUL after each byte; seen with Wine 8.)
    { printf '\xff\xfe'; iconv -f UTF-8 -t UTF-16LE "$work/$name.reg"; } >"$work/$name.utf16.reg"
    wine reg import "$(winepath -w "$work/$name.utf16.reg")" >/dev/null 2>&1 ||
        { fail "$name: reg import refused the export"; continue; }
    wine "$dump" "$kind" "$key" 2>"$work/$name.err" | tr -d '\r' >"$work/$name.txt" || true
    if ! diff -u "$here/expected/$name.txt" "$work/$name.txt"; then
        cat "$work/$name.err" >&2
        fail "$name: the Win32 backend's answer under Wine differs from the hivex backend's (expected/$name.txt)"
        continue
    fi
    # The peer: Wine's reg.exe reads what the Win32 backend wrote.
    if [ "$kind" = bcd ]; then
        port=$(query "$key\\Objects\\{0ce4991b-e6b3-4b16-b23c-5e0d9250e5d9}\\Elements\\15000022" Element)
        baud=$(query "$key\\Objects\\{0ce4991b-e6b3-4b16-b23c-5e0d9250e5d9}\\Elements\\15000023" Element)
        [ "$port" = 0100000000000000 ] || fail "$name: reg query sees EMS port $port, not 1"
        [ "$baud" = 00C2010000000000 ] || fail "$name: reg query sees EMS baud rate $baud, not 115200"
        ! wine reg query "$key\\Objects\\{5189b25c-5558-4bf2-bca4-289b11bd29e2}\\Elements\\1700000a" >/dev/null 2>&1 ||
            fail "$name: reg query still finds the bad memory list"
    else
        paging=$(query "$key\\ControlSet001\\Control\\Session Manager\\Memory Management" PagingFiles)
        dumps=$(query "$key\\ControlSet001\\Control\\CrashControl" CrashDumpEnabled)
        [ "$paging" = '?:\pagefile.sys' ] || fail "$name: reg query sees PagingFiles '$paging'"
        [ "$dumps" = 0x1 ] || fail "$name: reg query sees CrashDumpEnabled '$dumps'"
        [ -z "$(query "$key\\ControlSet001\\Control\\CrashControl" NMICrashDump)" ] ||
            fail "$name: reg query still finds NMICrashDump, which was deleted"
    fi
    echo "ok: $name ($kind): Wine's registry gives the hivex backend's answer"
done <"$here/hives.txt"
exit $status
