#!/usr/bin/env bash
# A file written by Wine's `reg export` of the SubSystems key (UTF-16LE with BOM, CRLF, hex(2) for
# REG_EXPAND_SZ) is accepted by heapfix-cli.exe restore, which puts the original value back.
# The key holds only "Windows" here: heapfix-cli refuses restore files with other values in them.
set -euo pipefail
CLI=$1
source "$(dirname "$0")/common.sh"

reg_set "$ORIGINAL"
exported=$(windows_path "$WORK")'\subsystems.reg'
wine reg export "$KEY" "$exported" /y </dev/null >/dev/null
head -c 2 "$WORK/subsystems.reg" | od -An -tx1 | grep -q 'ff fe' || fail "reg export did not write UTF-16LE"
iconv -f UTF-16LE -t UTF-8 "$WORK/subsystems.reg" | grep -q '"Windows"=hex(2):' ||
    fail "reg export did not write the value as hex(2)"

cli --backup-dir "$(windows_path "$WORK")" apply --recommended --yes >/dev/null
[ "$(reg_get)" != "$(printf 'REG_EXPAND_SZ\t%s' "$ORIGINAL")" ] || fail "apply did not change the value"

cli --backup-dir "$(windows_path "$WORK")" restore "$exported" --yes
expect_equal "value after restore of the reg export" "$(reg_get)" "$(printf 'REG_EXPAND_SZ\t%s' "$ORIGINAL")"
