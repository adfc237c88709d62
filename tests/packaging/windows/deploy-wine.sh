#!/usr/bin/env bash
# docs/deploy.md's command lines under Wine, as a fleet tool would run them: packaging/deploy/heapfix-deploy.cmd
# from a "share" holding the installer (install silently, apply after a backup), the detection command
# (`heapfix-cli --json status`: exit code and change_needed), a second run changing nothing, the exit code of
# a malformed value, and the silent uninstall (which leaves the fix and the backups in place).
# Usage: deploy-wine.sh CPACK BUILD_DIR VERSION WORK_DIR
set -euo pipefail
cpack=$1 build=$2 version=$3
export HF_WORK=$4
here=$(cd "$(dirname "$0")" && pwd)
source "$here/wine-env.sh"
source_dir=$(cd "$here/../../.." && pwd)
rm -rf "$HF_WORK" && mkdir -p "$HF_WORK/share"

note "docs/deploy.md names the command lines tested here"
for line in 'heapfix-deploy.cmd' '"C:\Program Files\heapfix\bin\heapfix-cli.exe" --json status' \
    '"C:\Program Files\heapfix\Uninstall.exe" /S' "heapfix-$version-win64-setup.exe /S"; do
    grep -qF -- "$line" "$source_dir/docs/deploy.md" || fail "docs/deploy.md does not say: $line"
done

"$cpack" -G NSIS --config "$build/CPackConfig.cmake" -B "$HF_WORK/out" >"$HF_WORK/cpack.log" 2>&1 ||
    { cat "$HF_WORK/cpack.log"; fail "cpack -G NSIS"; }
cp "$HF_WORK/out/heapfix-$version-win64-setup.exe" "$source_dir/packaging/deploy/heapfix-deploy.cmd" "$HF_WORK/share/"

hf_wine_prefix
hf_set_windows10_value
script=$(winepath -w "$HF_WORK/share/heapfix-deploy.cmd" 2>/dev/null)
cli='C:\Program Files\heapfix\bin\heapfix-cli.exe'
data="$WINEPREFIX/drive_c/ProgramData/heapfix"

note "first run: installs and applies"
hf_wine cmd /c "$script" >/dev/null || fail "heapfix-deploy.cmd exited with $?: $(cat "$data/apply.log" 2>/dev/null)"
[ -f "$WINEPREFIX/drive_c/Program Files/heapfix/bin/heapfix-cli.exe" ] || fail "not installed"
[ "$(hf_shared_section)" = "1024,20480,2048" ] || fail "Wine's reg.exe reads $(hf_shared_section)"
ls "$data"/backups/*.reg >/dev/null 2>&1 || fail "no backup in C:\\ProgramData\\heapfix\\backups"

note "detection: exit code 0 and change_needed false"
hf_wine "$cli" --json status >"$HF_WORK/status.json" || fail "status exited with $?"
[ "$(hf_json_field "$HF_WORK/status.json" change_needed)" = false ] || fail "$(cat "$HF_WORK/status.json")"

note "second run: nothing to change, exit code 0"
hf_wine cmd /c "$script" >/dev/null || fail "second run exited with $?"
changes=$(python3 - "$data/apply.log" <<'PY'
import json, sys
text, decoder, at, out = open(sys.argv[1]).read(), json.JSONDecoder(), 0, []
while at < len(text.rstrip()):
    while text[at].isspace(): at += 1
    doc, at = decoder.raw_decode(text, at)
    out.append(str(doc["changed"]).lower())
print(" ".join(out))
PY
)
[ "$changes" = "true false" ] || fail "apply.log says changed: $changes"

note "a malformed value: status exits 2 (not detected), the value is left as it was"
hf_wine reg add 'HKLM\SYSTEM\CurrentControlSet\Control\Session Manager\SubSystems' /v Windows \
    /t REG_EXPAND_SZ /d 'SharedSection=1024,abc' /f >/dev/null
set +e
hf_wine "$cli" --json status >/dev/null
code=$?
set -e
[ "$code" = 2 ] || fail "status on a malformed value exited with $code, not 2"
hf_set_windows10_value

note "silent uninstall: the program goes, the backups stay"
hf_wine 'C:\Program Files\heapfix\Uninstall.exe' /S >/dev/null || fail "the uninstaller exited with $?"
for _ in $(seq 60); do [ -e "$WINEPREFIX/drive_c/Program Files/heapfix" ] || break; sleep 1; done
[ ! -e "$WINEPREFIX/drive_c/Program Files/heapfix" ] || fail "not uninstalled"
ls "$data"/backups/*.reg >/dev/null 2>&1 || fail "the uninstaller removed the backups"
hf_wine_done
