#!/usr/bin/env bash
# heapfix-cli's boot commands as separate steps, so that the program under test can be the Windows
# heapfix-cli.exe run by Wine while everything around it runs on Linux with the peers (hivexregedit,
# hivexget, sha256sum), which a Windows program under Wine cannot start:
#
#   setup            (Linux) a broken installation's disk from the real hives: the BCD store with a bad memory
#                    list and EMS off, the SYSTEM hive with the page file on D:; a disk without a BCD store;
#                    a BCD file that is not a hive. SHA-256 of every file and hivexregedit exports, before.
#   check            (CLI)   boot-check --json reports all of it
#   repair           (CLI)   boot-repair with every flag; the backup folder it names exists
#   verify-repaired  (Linux) hivexregedit/hivexget read the BCD store and the SYSTEM hive as bcdedit and
#                    reg add would have left them, and nothing else changed
#   revert           (CLI)   boot-revert refuses without --yes and no terminal, then puts the files back
#   verify-reverted  (Linux) every file has its original bytes again (sha256sum -c); removes the work folder
#   refusals         (CLI)   a missing BCD store, a BCD that is not a hive, a folder that is not a backup:
#                    exit codes 2, 2, 2 and 1, and not one byte changed on the disks
#
# Environment (set by tests/boot/wine/BootCliTests.cmake): WORK (the work folder), CLI (the program),
# EMULATOR (empty, or "wine"), HIVES (the real hives, .xz), FIXTURES (tests/fixtures/bcd).
set -euo pipefail
step=${1:?usage: boot-cli.sh STEP}
: "${WORK:?}" "${CLI:?}" "${HIVES:?}" "${FIXTURES:?}"
EMULATOR=${EMULATOR:-}

fail() {
    echo "FAIL: $*" >&2
    exit 1
}
expect_equal() { # what actual expected
    [ "$2" = "$3" ] || fail "$1: got [$2], expected [$3]"
    echo "ok: $1 = $3"
}

# Paths as the program under test sees them (Z:\... under Wine), and back.
cli_path() { if [ -n "$EMULATOR" ]; then winepath -w "$1" 2>/dev/null | tr -d '\r'; else printf '%s\n' "$1"; fi; }
host_path() { if [ -n "$EMULATOR" ]; then winepath -u "$1" 2>/dev/null | tr -d '\r'; else printf '%s\n' "$1"; fi; }
cli() { # no terminal; prints stdout (CRLF made LF), returns the program's exit code
    local status=0
    if [ -n "$EMULATOR" ]; then
        "$EMULATOR" "$CLI" "$@" </dev/null >"$WORK/cli.out" 2>"$WORK/cli.err" || status=$?
    else
        "$CLI" "$@" </dev/null >"$WORK/cli.out" 2>"$WORK/cli.err" || status=$?
    fi
    tr -d '\r' <"$WORK/cli.out"
    return $status
}
exit_code() { # the exit code of cli "$@"
    local status=0
    cli "$@" >/dev/null || status=$?
    echo "$status"
}

broken=$WORK/broken/disk
bcd=$broken/EFI/Microsoft/Boot/BCD
system=$broken/Windows/System32/config/SYSTEM
target=(--windows-dir "$(cli_path "$broken/Windows")" --backup-dir "$(cli_path "$WORK/broken/backups")")

make_disk() { # folder with_bcd
    local config=$1/disk/Windows/System32/config
    mkdir -p "$config"
    xz -dc "$HIVES/win7-sp1-x86.SYSTEM.xz" >"$config/SYSTEM"
    if [ "$2" = yes ]; then
        mkdir -p "$1/disk/EFI/Microsoft/Boot"
        xz -dc "$HIVES/efi-2021.BCD.xz" >"$1/disk/EFI/Microsoft/Boot/BCD"
    fi
}
hashes() { # folder: "sha256  path" of every file below it, sorted
    find "$1" -type f -print0 | sort -z | xargs -0 sha256sum
}
export_lines() { # hive: hivexregedit's export of the whole hive as "[key]" and "[key]<tab>"name"=value", sorted
    hivexregedit --export "$1" '\' | tr -d '\r' | awk '/^\[/ { key = $0; print key; next } /^"/ { print key "\t" $0 }' |
        LC_ALL=C sort
}
changed_lines() { # hive before.reg: the lines of export_lines that differ from the file, either way
    export_lines "$1" | LC_ALL=C comm -3 "$2" - | sed 's/^\t//'
}
key_exists() { # hive key
    hivexregedit --export "$1" "$2" >/dev/null 2>&1
}
export_key() { # hive key: the key's "name"=value lines, nothing when it does not exist
    hivexregedit --export "$1" "$2" 2>/dev/null | grep '^"' || true
}

case "$step" in
setup)
    rm -rf "$WORK"
    make_disk "$WORK/broken" yes
    hivexregedit --merge "$bcd" "$FIXTURES/efi-2021-badmemory-ems-off.reg"
    hivexregedit --merge "$system" "$FIXTURES/system-pagefile-on-d.reg"
    hashes "$broken" >"$WORK/broken/before.sha256"
    export_lines "$bcd" >"$WORK/broken/bcd-before.reg"
    export_lines "$system" >"$WORK/broken/system-before.reg"
    make_disk "$WORK/nobcd" no
    mkdir -p "$WORK/nothive"
    head -c 8192 /dev/zero >"$WORK/nothive/BCD"
    printf 'bcdedit /enum all\r\n' >"$WORK/nothive/BCD.txt"
    (hashes "$WORK/nobcd" && hashes "$WORK/nothive") >"$WORK/refusals-before.sha256"
    echo "ok: disks made in $WORK"
    ;;
check)
    report=$(cli --json "${target[@]}" boot-check)
    for key in free_space_bytes bad_memory_list page_files crash_dump ems; do
        [ "$(jq "has(\"$key\")" <<<"$report")" = true ] || fail "boot-check --json has no \"$key\""
    done
    [ "$(jq '.free_space_bytes > 0' <<<"$report")" = true ] || fail "free_space_bytes is not positive"
    expect_equal "bad_memory_list" "$(jq -c .bad_memory_list <<<"$report")" "[74565,1,11259375]"
    expect_equal "PagingFiles" "$(jq -c .page_files.PagingFiles <<<"$report")" '["D:\\pagefile.sys 0 0"]'
    expect_equal "ExistingPageFiles" "$(jq -c .page_files.ExistingPageFiles <<<"$report")" \
        '["\\??\\D:\\pagefile.sys"]'
    expect_equal "ControlSet002 CrashDumpEnabled" "$(jq .crash_dump.ControlSet002.CrashDumpEnabled <<<"$report")" 2
    expect_equal "ControlSet002 NMICrashDump" "$(jq .crash_dump.ControlSet002.NMICrashDump <<<"$report")" null
    expect_equal "ems" "$(jq -c '[.ems.enabled,.ems.port,.ems.baud]' <<<"$report")" "[false,2,9600]"
    expect_equal "bcd" "$(host_path "$(jq -r .bcd <<<"$report")")" "$bcd"
    hashes "$broken" | cmp -s - "$WORK/broken/before.sha256" || fail "boot-check changed the disk"
    echo "ok: boot-check changed nothing"
    ;;
repair)
    result=$(cli --json "${target[@]}" boot-repair --clear-badmemory --reset-pagefile --enable-crashdump \
        --enable-ems --yes) || fail "boot-repair exited $? ($(cat "$WORK/cli.err"))"
    expect_equal "misplaced_page_files" "$(jq -c .misplaced_page_files <<<"$result")" '["D:\\pagefile.sys"]'
    expect_equal "stores written" "$(jq -c .done <<<"$result")" '["bcd","system"]'
    expect_equal "outcome" "$(jq -r .outcome <<<"$result")" changed
    expect_equal "steps" "$(jq -c '[.steps[] | [.step, .store, .outcome]]' <<<"$result")" \
        '[["inspect",null,"done"],["backup",null,"done"],["write","bcd","done"],["write","system","done"],["verify",null,"done"]]'
    folder=$(host_path "$(jq -r .backup_folder <<<"$result")")
    case "$folder" in "$WORK/broken/backups/"*) ;; *) fail "the backup $folder is not in --backup-dir" ;; esac
    [ -s "$folder/manifest.json" ] || fail "the backup folder $folder has no manifest.json"
    printf '%s\n' "$folder" >"$WORK/broken/backup-folder"
    echo "ok: backup in $folder"
    ;;
verify-repaired)
    loader='\Objects\{733b62e5-f608-11eb-825c-c112f60133ab}\Elements'
    emssettings='\Objects\{0ce4991b-e6b3-4b16-b23c-5e0d9250e5d9}\Elements'
    # bcdedit /deletevalue {badmemory} badmemorylist; /ems {default} ON; /emssettings EMSPORT:1 EMSBAUDRATE:115200
    ! key_exists "$bcd" '\Objects\{5189b25c-5558-4bf2-bca4-289b11bd29e2}\Elements\1700000a' ||
        fail "the badmemorylist element (1700000a) is still there"
    echo "ok: the badmemorylist element (1700000a) is gone"
    expect_equal "default loader ems (260000b0)" "$(export_key "$bcd" "$loader\\260000b0")" '"Element"=hex(3):01'
    expect_equal "emsport (15000022)" "$(export_key "$bcd" "$emssettings\\15000022")" \
        '"Element"=hex(3):01,00,00,00,00,00,00,00'
    expect_equal "emsbaudrate (15000023)" "$(export_key "$bcd" "$emssettings\\15000023")" \
        '"Element"=hex(3):00,c2,01,00,00,00,00,00'
    # Nothing else in the store: every line that changed belongs to one of the four elements above.
    others=$(changed_lines "$bcd" "$WORK/broken/bcd-before.reg" |
        grep -v -e '^\[\\Objects\\{5189b25c-5558-4bf2-bca4-289b11bd29e2}\\Elements\\1700000a\]' \
            -e '^\[\\Objects\\{733b62e5-f608-11eb-825c-c112f60133ab}\\Elements\\260000b0\]'$'\t''"Element"=' \
            -e '^\[\\Objects\\{0ce4991b-e6b3-4b16-b23c-5e0d9250e5d9}\\Elements\\1500002[23]\]'$'\t''"Element"=' || true)
    expect_equal "other BCD lines changed" "$others" ""
    for set in ControlSet001 ControlSet002; do
        crash="\\$set\\Control\\CrashControl"
        expect_equal "$set CrashDumpEnabled" "$(hivexget "$system" "$crash" CrashDumpEnabled)" 1
        expect_equal "$set NMICrashDump" "$(hivexget "$system" "$crash" NMICrashDump)" 1
        expect_equal "$set DumpFile" "$(hivexget "$system" "$crash" DumpFile)" '%SystemRoot%\MEMORY.DMP'
    done
    memory='\ControlSet001\Control\Session Manager\Memory Management'
    expect_equal "PagingFiles" "$(hivexget "$system" "$memory" PagingFiles | head -n 1)" '?:\pagefile.sys'
    others=$(changed_lines "$system" "$WORK/broken/system-before.reg" |
        grep -v -e '^\[\\ControlSet00[12]\\Control\\CrashControl\]'$'\t''"\(CrashDumpEnabled\|NMICrashDump\|DumpFile\)"=' \
            -e '^\[\\ControlSet001\\Control\\Session Manager\\Memory Management\]'$'\t''"PagingFiles"=' || true)
    expect_equal "other SYSTEM lines changed" "$others" ""
    ;;
revert)
    folder=$(cat "$WORK/broken/backup-folder")
    expect_equal "boot-revert without --yes, no terminal: exit code" \
        "$(exit_code boot-revert "$(cli_path "$folder")")" 1
    result=$(cli --json boot-revert "$(cli_path "$folder")" --yes) ||
        fail "boot-revert exited $? ($(cat "$WORK/cli.err"))"
    expect_equal "files restored" "$(jq -r '.restored | length' <<<"$result")" 2
    ;;
verify-reverted)
    # The files as they were before the repair, byte for byte; the repaired ones are kept aside beside them.
    (cd / && sha256sum --quiet -c "$WORK/broken/before.sha256") || fail "the revert did not restore the bytes"
    echo "ok: $(wc -l <"$WORK/broken/before.sha256") files have their original SHA-256"
    rm -rf "$WORK"
    ;;
refusals)
    nobcd=(--windows-dir "$(cli_path "$WORK/nobcd/disk/Windows")" --backup-dir "$(cli_path "$WORK/refusals-backups")")
    all=(--clear-badmemory --reset-pagefile --enable-crashdump --enable-ems --yes)
    expect_equal "boot-repair, no BCD store on the disk" "$(exit_code "${nobcd[@]}" boot-repair "${all[@]}")" 2
    expect_equal "boot-check --bcd of a missing file" \
        "$(exit_code "${nobcd[@]}" --bcd "$(cli_path "$WORK/nothive/missing")" boot-check)" 2
    for file in BCD BCD.txt; do
        expect_equal "boot-repair --bcd of a file that is not a hive ($file)" \
            "$(exit_code "${nobcd[@]}" --bcd "$(cli_path "$WORK/nothive/$file")" boot-repair --clear-badmemory --yes)" 2
    done
    expect_equal "boot-revert of a folder that is not a backup" \
        "$(exit_code boot-revert "$(cli_path "$WORK/nobcd/disk")" --yes)" 1
    (hashes "$WORK/nobcd" && hashes "$WORK/nothive") | cmp -s - "$WORK/refusals-before.sha256" ||
        fail "a refused command changed a file"
    [ ! -e "$WORK/refusals-backups" ] || [ -z "$(ls -A "$WORK/refusals-backups")" ] ||
        fail "a refused command left a backup behind"
    echo "ok: nothing changed"
    ;;
*) fail "unknown step $step" ;;
esac
