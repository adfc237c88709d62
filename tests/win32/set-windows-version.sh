#!/usr/bin/env bash
# Sets the Windows that Wine imitates in this prefix (WINEPREFIX): `wine winecfg -v VERSION`. Sourced by the
# version tests, which then check the version the program reports (that is the assertion; this only sets it).
#
# Wine sometimes fails to start winecfg at all ("Application could not be started, or no application associated
# with the specified file. ShellExecuteEx failed: Internal error", seen once in CI right after another test of
# the same prefix ended). That is a fault of Wine's start-up, not of heapfix, so winecfg gets three tries; the
# test fails if none of them runs.
set_windows_version() { # winxp64 | win10 | win7 ...
    local attempt
    for attempt in 1 2 3; do
        wine winecfg -v "$1" </dev/null && return 0
        echo "set_windows_version: Wine could not run winecfg -v $1 (try $attempt of 3)" >&2
        sleep 2
    done
    echo "FAIL: winecfg -v $1 did not run" >&2
    exit 1
}
