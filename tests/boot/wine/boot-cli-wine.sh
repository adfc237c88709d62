#!/usr/bin/env bash
# heapfix-cli.exe's boot commands under Wine, on a disk made from the real hives. The Windows build loads the
# SYSTEM hive and the BCD store with RegLoadKeyW, which Wine refuses for every real hive (ERROR_BADDB, as
# PLATFORM-NOTES says): so here boot-check and boot-repair must refuse in those words, make no backup, change no
# byte and leave no HKLM\HEAPFIX_* key behind. Their reads and edits themselves run against Wine's registry in
# boot_tree_wine. boot-revert needs no registry: it is run for real on a backup folder laid out as boot-repair
# writes it (manifest.json), over files hivexregedit changed, and hivexget reads the result.
# Usage: boot-cli-wine.sh <heapfix-cli.exe> <folder with testdata/hives>
set -euo pipefail
cli_exe=$1
hives=$2/testdata/hives
fixtures=$(cd "$(dirname "$0")/../../fixtures/bcd" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() {
    echo "FAIL: $*" >&2
    exit 1
}
winpath() { winepath -w "$1" 2>/dev/null | tr -d '\r'; }
cli() { # exit code in $status, stdout in $work/out, stderr in $work/err
    status=0
    wine "$cli_exe" "$@" </dev/null >"$work/out" 2>"$work/err" || status=$?
    tr -d '\r' <"$work/out" >"$work/out.txt"
    tr -d '\r' <"$work/err" >"$work/err.txt"
}
hashes() { find "$1" -type f -print0 | sort -z | xargs -0 sha256sum; }
sha() { sha256sum <"$1" | cut -d' ' -f1; }
no_loaded_keys() {
    ! wine reg query 'HKLM' 2>/dev/null | tr -d '\r' | grep -qi 'HEAPFIX_' || fail "$1: a HKLM\\HEAPFIX_* key is left"
}

disk=$work/disk
system=$disk/Windows/System32/config/SYSTEM
bcd=$disk/EFI/Microsoft/Boot/BCD
mkdir -p "$(dirname "$system")" "$(dirname "$bcd")" "$work/backups"
xz -dc "$hives/win7-sp1-x86.SYSTEM.xz" >"$system"
xz -dc "$hives/efi-2021.BCD.xz" >"$bcd"
target=(--windows-dir "$(winpath "$disk/Windows")" --backup-dir "$(winpath "$work/backups")")
hashes "$disk" >"$work/before.sha"

# 1. boot-check: Wine's RegLoadKeyW refuses the real SYSTEM hive, and heapfix says so.
cli "${target[@]}" --json boot-check
[ "$status" -eq 2 ] || fail "boot-check: exit $status, expected 2 (the hive cannot be loaded)"
jq -e '.error.code == "corrupt" and (.error.detail | test("Windows does not accept this file as a registry hive"))' \
    "$work/out.txt" >/dev/null || fail "boot-check --json: $(cat "$work/out.txt")"
grep -q "under Wine only Wine's own text hives load" "$work/err.txt" || fail "boot-check: stderr does not say why"
no_loaded_keys boot-check
echo "ok: boot-check refuses: the hive cannot be loaded under Wine, exit 2"

# 2. boot-repair: refused at the same step, before any backup; not one byte changed.
cli "${target[@]}" boot-repair --enable-ems --clear-badmemory --reset-pagefile --enable-crashdump --yes
[ "$status" -eq 2 ] || fail "boot-repair: exit $status, expected 2"
grep -q "does not accept this file as a registry hive" "$work/err.txt" || fail "boot-repair: $(cat "$work/err.txt")"
[ -z "$(ls -A "$work/backups")" ] || fail "boot-repair made a backup: $(ls "$work/backups")"
hashes "$disk" | diff - "$work/before.sha" >/dev/null || fail "boot-repair changed the disk"
no_loaded_keys boot-repair
echo "ok: boot-repair refuses before the backup: no backup, no byte changed"

# 3. boot-revert for real: a backup of the original files, the disk then changed (as a repair would have).
folder=$work/backups/boot-20261204T100000Z
mkdir -p "$folder"
cp "$system" "$folder/SYSTEM"
cp "$bcd" "$folder/BCD"
hivexregedit --merge "$system" "$fixtures/system-pagefile-on-d.reg"
hivexregedit --merge "$bcd" "$fixtures/efi-2021-badmemory-ems-off.reg"
manifest() { # after-sha of SYSTEM, after-sha of BCD
    jq -n --arg sys "$(winpath "$system")" --arg bcd "$(winpath "$bcd")" --arg s0 "$(sha "$folder/SYSTEM")" \
        --arg b0 "$(sha "$folder/BCD")" --arg s1 "$1" --arg b1 "$2" \
        '{kind: "heapfix-boot-backup", created: "2026-12-04T10:00:00Z", files: [
            {copy: "SYSTEM", original: $sys, sha256: $s0, sha256_after: $s1},
            {copy: "BCD", original: $bcd, sha256: $b0, sha256_after: $b1}]}' >"$folder/manifest.json"
}

# 3a. A file changed since heapfix left it: the whole revert refuses and touches nothing.
manifest "$(sha "$system")" 0000000000000000000000000000000000000000000000000000000000000000
hashes "$disk" >"$work/changed.sha"
cli boot-revert "$(winpath "$folder")" --yes
[ "$status" -eq 3 ] || fail "boot-revert over a file changed since: exit $status, expected 3"
grep -q "BCD: the file changed after heapfix's repair" "$work/err.txt" || fail "boot-revert: $(cat "$work/err.txt")"
hashes "$disk" | diff - "$work/changed.sha" >/dev/null || fail "the refused boot-revert changed the disk"
echo "ok: boot-revert refuses when a file changed since the repair (exit $status), nothing touched"

# 3b. Both files as heapfix left them: both put back, the changed ones kept aside.
manifest "$(sha "$system")" "$(sha "$bcd")"
cli boot-revert "$(winpath "$folder")" --yes --json
[ "$status" -eq 0 ] || fail "boot-revert: exit $status: $(cat "$work/err.txt")"
[ "$(sha "$system")" = "$(sha "$folder/SYSTEM")" ] || fail "SYSTEM is not the original again"
[ "$(sha "$bcd")" = "$(sha "$folder/BCD")" ] || fail "BCD is not the original again"
[ "$(jq '.restored | length' "$work/out.txt")" -eq 2 ] || fail "boot-revert --json: $(cat "$work/out.txt")"
aside=$(find "$disk" -name '*.heapfix-before-revert-*' | wc -l)
[ "$aside" -eq 2 ] || fail "$aside files kept aside, expected 2"
# The peer: hivexget reads the original page file setting back.
paging=$(hivexget "$system" '\ControlSet001\Control\Session Manager\Memory Management' PagingFiles | head -n 1)
[ "$paging" = '?:\pagefile.sys' ] || fail "hivexget reads PagingFiles '$paging' after the revert"
echo "ok: boot-revert under Wine put both files back (hivexget agrees) and kept the changed ones aside"
