#!/usr/bin/env bash
# The boot repair's reads and edits through the hivex backend (Linux) on the real BCD stores and SYSTEM
# hives, against expected/<hive>.txt: the same text tree-dump-wine.sh asks of the Win32 backend under Wine.
# expected/ was written by this program and checked against hivexget (see expected/README.md); a change in
# what either backend reads or writes shows here as a diff.
# Usage: tree-dump.sh <boot_tree_dump> <folder with testdata/hives>
set -euo pipefail
dump=$1
hives=$2/testdata/hives
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
fixtures=$here/../../fixtures/bcd
while read -r hive kind fixture; do
    name=$hive${fixture:++$fixture}
    xz -dc "$hives/$hive.xz" >"$work/$name"
    # The real stores hold no bad memory list: the fixtures add one (and a page file on D:) with hivexregedit.
    [ -z "$fixture" ] || hivexregedit --merge "$work/$name" "$fixtures/$fixture.reg"
    hive=$name
    failed=$status status=0
    before=$(sha256sum <"$work/$hive")
    "$dump" "$kind" "$work/$hive" >"$work/$hive.txt"
    if ! diff -u "$here/expected/$hive.txt" "$work/$hive.txt"; then
        echo "FAIL: $hive: the hivex backend's answer differs from expected/$hive.txt" >&2
        status=1
    fi
    # The peer: hivexget reads the same facts from the file.
    if [ "$kind" = bcd ]; then
        loader=$(hivexget "$work/$hive" '\Objects\{9dea862c-5cdd-4e70-acc1-f32b344d4795}\Elements\23000003' Element)
        grep -qx "ems loader: $loader" <(sed -n '/^== before/,/^== after/p' "$work/$hive.txt") ||
            { echo "FAIL: $hive: hivexget names the default loader $loader" >&2; status=1; }
    else
        enabled=$(hivexget "$work/$hive" '\ControlSet001\Control\CrashControl' CrashDumpEnabled)
        grep -qx "ControlSet001 crash dump: enabled $enabled .*" <(sed -n '/^== before/,/^== after/p' "$work/$hive.txt") ||
            { echo "FAIL: $hive: hivexget reads CrashDumpEnabled $enabled" >&2; status=1; }
    fi
    # The edits stay in memory: the hive file is untouched.
    [ "$(sha256sum <"$work/$hive")" = "$before" ] || { echo "FAIL: $hive was changed on disk" >&2; status=1; }
    grep -q '^== after' "$work/$hive.txt" || { echo "FAIL: $hive: no state after the edits" >&2; status=1; }
    [ $status -ne 0 ] || echo "ok: $hive ($kind)"
    status=$((status | failed))
done <"$here/hives.txt"
exit $status
