#!/usr/bin/env bash
# `wine reg add` sets the value, heapfix-cli.exe apply --recommended raises it, `wine reg query` shows exactly the
# new SharedSection numbers, type REG_EXPAND_SZ, the rest of the value as it was, and a backup on disk.
# Without --yes and without a terminal, apply refuses (exit 1) and changes nothing.
set -euo pipefail
CLI=$1
source "$(dirname "$0")/common.sh"

reg_set "$ORIGINAL"
backups=$(windows_path "$WORK")

set +e
cli --backup-dir "$backups" apply --recommended >/dev/null 2>&1
status=$?
set -e
expect_equal "apply without --yes and without a terminal: exit code" "$status" 1
expect_equal "value after the refused apply" "$(reg_get)" "$(printf 'REG_EXPAND_SZ\t%s' "$ORIGINAL")"

report=$(cli --json status)
interactive=$(jq -r .recommended.interactive <<<"$report")
non_interactive=$(jq -r .recommended.non_interactive <<<"$report")
expect_equal "status: current numbers" "$(jq -c '[.shared_section.system,.shared_section.interactive,.shared_section.non_interactive]' <<<"$report")" "[1024,3072,512]"
[ "$(jq -r .change_needed <<<"$report")" = true ] || fail "status says no change is needed for 1024,3072,512"

result=$(cli --json --backup-dir "$backups" apply --recommended --yes)
expect_equal "apply: changed" "$(jq -r .changed <<<"$result")" true
expect_equal "apply: verified" "$(jq -r .verified <<<"$result")" true
expected=$(with_shared_section "$ORIGINAL" "1024,$interactive,$non_interactive")
expect_equal "value after apply (reg query)" "$(reg_get)" "$(printf 'REG_EXPAND_SZ\t%s' "$expected")"

backup_reg=$(unix_path "$(jq -r .backup.reg <<<"$result")")
[ -s "$backup_reg" ] || fail "the backup .reg file $backup_reg is missing or empty"
case "$backup_reg" in "$WORK"/*) ;; *) fail "the backup $backup_reg is not in --backup-dir $WORK" ;; esac
echo "ok: backup written to $backup_reg"

again=$(cli --json --backup-dir "$backups" apply --recommended --yes)
expect_equal "second apply: changed" "$(jq -r .changed <<<"$again")" false
