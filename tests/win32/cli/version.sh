#!/usr/bin/env bash
# `wine winecfg -v` changes the Windows that heapfix-cli.exe status reports, and with it the recommendation
# (PRODUCT.md: XP x64 raises zzzz to 1024, 64-bit Vista and later to 2048). Runs in a prefix of its own.
set -euo pipefail
CLI=$1
source "$(dirname "$0")/common.sh"
source "$(dirname "$0")/../set-windows-version.sh"

check_version() { # winecfg-name major minor family non_interactive
    set_windows_version "$1"
    reg_set "$ORIGINAL"
    local report
    report=$(cli --json status)
    expect_equal "$1: version" "$(jq -r '"\(.windows.major).\(.windows.minor) \(.windows.family) \(.windows.bitness)"' <<<"$report")" "$2.$3 $4 64"
    expect_equal "$1: recommended" "$(jq -c '[.recommended.system,.recommended.interactive,.recommended.non_interactive]' <<<"$report")" "[1024,20480,$5]"
}

check_version winxp64 5 2 windows-xp 1024
check_version win10 10 0 windows-10 2048
check_version win7 6 1 windows-7 2048
