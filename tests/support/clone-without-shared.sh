#!/usr/bin/env bash
# A fresh clone with no shared/ beside it (issue 11 item 8): scripts/test must stop at once, name
# HEAPFIX_SHARED_DIR and never report success; scripts/run --version must configure, build and run.
# Usage: clone-without-shared.sh SOURCE_CHECKOUT   (its committed HEAD is cloned)
set -uo pipefail
source=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
git clone -q "$source" "$work/heapfix" || { echo "FAIL: git clone"; exit 1; }
[ ! -e "$work/shared" ] || { echo "FAIL: $work/shared exists"; exit 1; }
cd "$work/heapfix"
unset HEAPFIX_SHARED_DIR

start=$(date +%s)
scripts/test ci >"$work/test.out" 2>"$work/test.err"
code=$?
took=$(($(date +%s) - start))
echo "scripts/test ci without the data: exit $code after ${took}s"
cat "$work/test.err"
if [ "$code" -eq 0 ] || ! grep -q HEAPFIX_SHARED_DIR "$work/test.err" || grep -q "passed" "$work/test.out" ||
    [ "$took" -gt 10 ] || [ -e build/ci ]; then
    echo "FAIL: scripts/test did not stop at once with HEAPFIX_SHARED_DIR"; exit 1
fi

scripts/run --version >"$work/run.out" 2>"$work/run.err"
code=$?
echo "scripts/run --version: exit $code: $(cat "$work/run.out")"
if [ "$code" -ne 0 ] || ! grep -q "^heapfix " "$work/run.out"; then
    tail -n 30 "$work/run.err"; echo "FAIL: scripts/run --version"; exit 1
fi
# The same build's ctest reports the missing data as a failure, not as success.
if (cd build/dev && ctest --output-on-failure -R test_data_missing >"$work/ctest.out" 2>&1); then
    cat "$work/ctest.out"; echo "FAIL: ctest succeeded without the data"; exit 1
fi
grep -q "HEAPFIX_SHARED_DIR" "$work/ctest.out" || { cat "$work/ctest.out"; echo "FAIL: ctest output"; exit 1; }
echo "ok"
