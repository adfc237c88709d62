#!/usr/bin/env bash
# The NSIS installer of the cross build: made with makensis through cpack, checked (64-bit, English and Dutch
# only, the program's manifest and version resource), installed silently (/S) under Wine in a private prefix,
# run there, and uninstalled silently without leaving files, shortcuts or its uninstall key behind.
# Usage: nsis-wine.sh CPACK BUILD_DIR VERSION WORK_DIR
set -euo pipefail
cpack=$1 build=$2 version=$3
export HF_WORK=$4
source "$(dirname "$0")/wine-env.sh"
rm -rf "$HF_WORK" && mkdir -p "$HF_WORK"

note "cpack -G NSIS"
"$cpack" -G NSIS --config "$build/CPackConfig.cmake" -B "$HF_WORK/out" >"$HF_WORK/cpack.log" 2>&1 ||
    { cat "$HF_WORK/cpack.log"; fail "cpack -G NSIS"; }
setup="$HF_WORK/out/heapfix-$version-win64-setup.exe"
[ -f "$setup" ] || fail "no $setup"
file "$setup" | grep -q 'PE32+ executable (GUI) x86-64' || fail "the installer is not a 64-bit program: $(file "$setup")"
echo "installer: $(stat -c %s "$setup") bytes"

note "installer languages: English and Dutch, nothing else"
languages=$(grep -o 'MUI_LANGUAGE "[A-Za-z]*"' "$HF_WORK/out/_CPack_Packages/win64/NSIS/project.nsi" | sort | tr '\n' ' ')
[ "$languages" = 'MUI_LANGUAGE "Dutch" MUI_LANGUAGE "English" ' ] || fail "languages: $languages"

note "heapfix-cli.exe carries its manifest and version resource"
exe="$HF_WORK/out/_CPack_Packages/win64/NSIS/heapfix-$version-win64-setup/bin/heapfix-cli.exe"
manifest=$(strings "$exe")
grep -q 'requestedExecutionLevel level="asInvoker"' <<<"$manifest" || fail "no asInvoker manifest"
[ "$(grep -c '<supportedOS Id=' <<<"$manifest")" = 5 ] || fail "not five supportedOS entries"
grep -q 'PerMonitorV2' <<<"$manifest" || fail "no PerMonitorV2 DPI awareness"
grep -q '<longPathAware[^>]*>true<' <<<"$manifest" || fail "not longPathAware"
resource=$(strings -el "$exe")
grep -A1 -x 'FileVersion' <<<"$resource" | grep -qx "$version" || fail "FileVersion is not $version"
grep -A1 -x 'OriginalFilename' <<<"$resource" | grep -qx 'heapfix-cli.exe' || fail "OriginalFilename"

note "silent install under Wine"
hf_wine_prefix
key='HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\{DB7B0B70-C6F1-4374-9DBD-4532340ED711}'
hf_wine "$setup" /S >/dev/null || fail "the installer exited with $?"
installed="$C/Program Files/heapfix"
[ -f "$installed/bin/heapfix-cli.exe" ] || fail "no $installed/bin/heapfix-cli.exe"
[ -f "$installed/Uninstall.exe" ] || fail "no uninstaller"
[ ! -e "$installed/bin/heapfix.portable" ] || fail "the installer must not carry the portable marker"
menu="$C/ProgramData/Microsoft/Windows/Start Menu/Programs/heapfix"
[ -f "$menu/heapfix command line.lnk" ] || fail "no Start-menu shortcut in $menu"
hf_wine reg query "$key" /v DisplayVersion | tr -d '\r' | grep -q "$version" || fail "no uninstall key $key"

note "runs from where it was installed"
out=$(hf_wine 'C:\Program Files\heapfix\bin\heapfix-cli.exe' --version) || fail "--version exited with $?"
echo "$out"
grep -q "$version" <<<"$out" || fail "--version did not say $version"
hf_set_windows10_value
hf_wine 'C:\Program Files\heapfix\bin\heapfix-cli.exe' --json status >"$HF_WORK/status.json" ||
    fail "status exited with $?"
[ "$(hf_json_field "$HF_WORK/status.json" change_needed)" = true ] || fail "status: $(cat "$HF_WORK/status.json")"

note "silent uninstall"
hf_wine 'C:\Program Files\heapfix\Uninstall.exe' /S >/dev/null || fail "the uninstaller exited with $?"
# NSIS's uninstaller copies itself to %TEMP% and returns at once: wait for the copy to finish.
for _ in $(seq 60); do [ -e "$installed" ] || break; sleep 1; done
[ ! -e "$installed" ] || fail "left behind: $(find "$installed")"
[ ! -e "$menu" ] || fail "Start-menu folder left behind"
if hf_wine reg query "$key" >/dev/null 2>&1; then fail "uninstall key left behind"; fi
left=$(find "$C" -iname '*heapfix*' | head -5 || true) # a SIGPIPE from head must not end the script unsaid
[ -z "$left" ] || fail "files left behind: $left"
hf_wine_done
