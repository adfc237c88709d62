#!/usr/bin/env bash
# The backup .reg that heapfix-cli.exe apply writes puts the original back through Wine's own `reg import`.
set -euo pipefail
CLI=$1
source "$(dirname "$0")/common.sh"

reg_set "$ORIGINAL"
result=$(cli --json --backup-dir "$(windows_path "$WORK")" apply --recommended --yes)
[ "$(reg_get)" != "$(printf 'REG_EXPAND_SZ\t%s' "$ORIGINAL")" ] || fail "apply did not change the value"
backup_reg=$(jq -r .backup.reg <<<"$result")
echo "importing $backup_reg"
wine reg import "$backup_reg" </dev/null
expect_equal "value after reg import of the backup" "$(reg_get)" "$(printf 'REG_EXPAND_SZ\t%s' "$ORIGINAL")"
