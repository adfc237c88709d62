#!/usr/bin/env bash
# Issue 11 item 1 on the Win32 backend: heapfix-cli.exe restore may only put back a value that differs from the
# live one inside the SharedSection numbers. Against Wine's real registry (reg.exe is the peer): a REG_SZ for the
# REG_EXPAND_SZ, an empty value, "C:\Users\Public\evil.exe --pwn" and another program with the same numbers are
# refused with exit 1 and the reason in --json, the value and its type unchanged (reg query) and no backup
# written; a file that changes only the numbers goes through, and the type stays REG_EXPAND_SZ.
set -euo pipefail
CLI=$1
source "$(dirname "$0")/common.sh"

# A regedit file in the backups' own form, holding only the Windows value with this data.
write_reg() { # file data
    printf 'Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\SubSystems]\r\n"Windows"=%s\r\n' "$2" >"$1"
}
hex2() { # text -> hex(2):.. of its UTF-16LE bytes with the terminating NUL
    printf 'hex(2):%s' "$( (printf '%s' "$1" | iconv -f UTF-8 -t UTF-16LE; printf '\0\0') | od -An -tx1 -v |
        tr -s ' \n' ',' | sed 's/^,//; s/,$//')"
}
quoted() { # text -> "text" with regedit's escapes
    printf '"%s"' "$(sed 's/\\/\\\\/g; s/"/\\"/g' <<<"$1")"
}

reg_set "$ORIGINAL"
before=$(reg_get)
raised=$(with_shared_section "$ORIGINAL" 1024,20480,768)
other=${raised/csrss.exe/evil.exe}
mkdir -p "$WORK/backups"
for case in "REG_SZ|$(quoted "$raised")|type-would-change" \
            "empty|hex(2):|value-does-not-parse" \
            "evil|$(hex2 'C:\Users\Public\evil.exe --pwn')|value-does-not-parse" \
            "other-program|$(hex2 "$other")|other-characters-differ"; do
    IFS='|' read -r name data reason <<<"$case"
    write_reg "$WORK/$name.reg" "$data"
    set +e
    out=$(cli --backup-dir "$(windows_path "$WORK/backups")" --json restore "$(windows_path "$WORK/$name.reg")" --yes 2>"$WORK/err")
    code=$?
    set -e
    expect_equal "$name: exit code" "$code" 1
    expect_equal "$name: reason" "$(jq -r '.error.reason' <<<"$out")" "$reason"
    expect_equal "$name: value and type unchanged" "$(reg_get)" "$before"
    expect_equal "$name: no backup written" "$(ls -A "$WORK/backups")" ""
done

write_reg "$WORK/numbers.reg" "$(hex2 "$raised")"
cli --backup-dir "$(windows_path "$WORK/backups")" restore "$(windows_path "$WORK/numbers.reg")" --yes >/dev/null
expect_equal "numbers only: restored, type kept" "$(reg_get)" "$(printf 'REG_EXPAND_SZ\t%s' "$raised")"
echo "ok: restore under Wine refuses every value but the numbers"
