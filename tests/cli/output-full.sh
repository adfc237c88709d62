#!/bin/sh
# Every heapfix-cli command whose report cannot be written (stdout is /dev/full) exits non-zero: 7, "the
# report could not be written", where the command itself succeeded (issue 11 item 11). The control: the same
# command with stdout to /dev/null exits 0, so the 7 comes from the full device alone.
set -u
cli="$1"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
check() {
    "$@" >/dev/null 2>"$work/err"
    control=$?
    "$@" >/dev/full 2>"$work/err"
    code=$?
    if [ "$control" -ne 0 ] || [ "$code" -ne 7 ] || ! grep -q "could not be written to standard output" "$work/err"; then
        echo "FAIL ($control to /dev/null, $code to /dev/full): $*"; cat "$work/err"; failed=1
    else
        echo "ok   (exit 7 to /dev/full): $*"
    fi
}
check "$cli" --version
check "$cli" --help
check "$cli" --sample win7-x86 status
check "$cli" --sample win7-x86 --json status
check "$cli" --sample win7-x86 --backup-dir "$work/b" backups
check "$cli" --sample win7-x86 --backup-dir "$work/b" --json backups
check "$cli" --sample win7-x86 --backup-dir "$work/b" apply --recommended --yes
check "$cli" --sample win7-x86 --backup-dir "$work/b" --json apply --recommended --yes
exit $failed
