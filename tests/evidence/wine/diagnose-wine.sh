#!/usr/bin/env bash
# heapfix-cli.exe diagnose and status under Wine: the live System log is reported as not readable (Wine's
# wevtapi is a stub), exit 2, never "no evidence"; the offline logs of a Windows folder likewise (Wine reads
# neither .evtx nor .Evt); a folder without a log says so. Wine's reg.exe sets the SubSystems value for status.
# Usage: diagnose-wine.sh heapfix-cli.exe SCM-EVTX XP-EVT
set -euo pipefail
CLI=$1 EVTX=$2 EVT=$3
source "$(dirname "$0")/../../win32/cli/common.sh"

set +e
report=$(cli diagnose --json)
code=$?
set -e
expect_equal "live: exit code" "$code" 2
expect_equal "live: log" "$(jq -c '[.log.source, .log.path, .log.readable, .log.records]' <<<"$report")" '["live","System",false,0]'
jq -e '.log.error | test("the System log cannot be read here")' <<<"$report" >/dev/null || fail "live: error $(jq .log.error <<<"$report")"
expect_equal "live: no symptom from an unread log" "$(jq -c '.suggested_symptom' <<<"$report")" null
jq -e '.heap_size_kb == null or (.heap_size_kb | type == "number" and . > 0)' <<<"$report" >/dev/null ||
    fail "live: heap_size_kb $(jq .heap_size_kb <<<"$report")"
set +e
text=$(cli diagnose 2>&1)
set -e
grep -q 'This is not "no evidence"' <<<"$text" || fail "live text: $text"
grep -q '^This desktop:  ' <<<"$text" || fail "live text has no desktop heap line: $text"

reg_set "$ORIGINAL"
status=$(cli --json status)
expect_equal "status: evidence readable" "$(jq -c '.evidence.log.readable' <<<"$status")" false
expect_equal "status: symptom" "$(jq -c '[.symptom, .symptom_source]' <<<"$status")" '["programs","default"]'
# The proof that the size took effect: Wine's UOI_HEAPSIZE answers or not; either way the verdict must follow
# from the measured size and the second number of the value reg.exe set (1024,3072,512: 3072).
jq -e '.heap | (.measured_kb == null and .setting_kb == null and .verdict == "unknown" and (.reason | type == "string"))
       or (.measured_kb > 0 and .setting_kb == 3072 and .verdict == (if .measured_kb == 3072 then "as_set"
           elif .measured_kb < 3072 then "smaller" else "larger" end))' <<<"$status" >/dev/null ||
    fail "status: heap $(jq -c .heap <<<"$status")"
status_text=$(cli status)
grep -q '^This desktop:  ' <<<"$status_text" || fail "status text has no desktop heap line: $status_text"

mkdir -p "$WORK/vista/Windows/System32/winevt/Logs" "$WORK/xp/WINDOWS/system32/config" "$WORK/none/Windows/System32"
cp "$EVTX" "$WORK/vista/Windows/System32/winevt/Logs/System.evtx"
cp "$EVT" "$WORK/xp/WINDOWS/system32/config/SysEvent.Evt"
for case in "vista/Windows:evtx:cannot be read here" "xp/WINDOWS:evt:returned no records, yet the log's header counts" \
            "none/Windows:null:no System event log below this folder"; do
    IFS=: read -r folder source says <<<"$case"
    set +e
    report=$(cli --windows-dir "$(windows_path "$WORK/$folder")" diagnose --json)
    code=$?
    set -e
    expect_equal "$folder: exit code" "$code" 2
    expect_equal "$folder: source, readable" "$(jq -c '[.log.source, .log.readable]' <<<"$report")" "[$( [ "$source" = null ] && echo null || echo "\"$source\""),false]"
    jq -e --arg says "$says" '.log.error | contains($says)' <<<"$report" >/dev/null || fail "$folder: error $(jq .log.error <<<"$report")"
done
echo "ok: diagnose under Wine"
