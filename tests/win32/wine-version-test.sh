#!/usr/bin/env bash
# The live target reports the Windows that Wine imitates: `winecfg -v` sets it per prefix, and the version the
# program reads must follow. Runs in its own prefix (WINEPREFIX, set by ctest) so that the other tests keep
# theirs; leaves that prefix at win7, Wine 8's default.
# Usage: wine-version-test.sh win32_live_test.exe
set -euo pipefail
test_exe=$1
source "$(dirname "$0")/set-windows-version.sh"
for version in winxp64 win10 win7; do
    echo "== winecfg -v $version"
    set_windows_version "$version"
    HEAPFIX_EXPECT_WINDOWS=$version wine "$test_exe" --gtest_filter=LiveTarget.VersionIsTheOneWineImitates \
        </dev/null
done
