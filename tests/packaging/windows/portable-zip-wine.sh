#!/usr/bin/env bash
# The portable ZIP: it carries heapfix.portable beside heapfix-cli.exe; unpacked (as on a USB stick) and run
# under Wine, heapfix-cli.exe keeps its backups in heapfix-data\ beside itself and writes nothing anywhere
# else: nothing in the prefix's AppData or temp folders, no registry settings. Then the same program without
# the marker, as a contrast, does use %LOCALAPPDATA%\heapfix: so the emptiness checked above means something.
# Usage: portable-zip-wine.sh CPACK BUILD_DIR VERSION WORK_DIR
set -euo pipefail
cpack=$1 build=$2 version=$3
export HF_WORK=$4
source "$(dirname "$0")/wine-env.sh"
rm -rf "$HF_WORK" && mkdir -p "$HF_WORK"

note "cpack -G ZIP"
"$cpack" -G ZIP --config "$build/CPackConfig.cmake" -B "$HF_WORK/out" >"$HF_WORK/cpack.log" 2>&1 ||
    { cat "$HF_WORK/cpack.log"; fail "cpack -G ZIP"; }
zip="$HF_WORK/out/heapfix-$version-win64-portable.zip"
[ -f "$zip" ] || fail "no $zip"
echo "portable zip: $(stat -c %s "$zip") bytes"
mkdir -p "$HF_WORK/stick"
unzip -q "$zip" -d "$HF_WORK/stick"
bin="$HF_WORK/stick/heapfix-$version-win64-portable/bin"
[ -f "$bin/heapfix.portable" ] || fail "the ZIP has no heapfix.portable beside the programs"
[ -f "$bin/heapfix-cli.exe" ] || fail "the ZIP has no heapfix-cli.exe"

hf_wine_prefix
hf_set_windows10_value
stamp="$HF_WORK/stamp"
touch "$stamp"
sleep 1 # mtimes have one-second resolution on some filesystems

note "apply from the unpacked folder (working folder elsewhere)"
cli_windows=$(winepath -w "$bin/heapfix-cli.exe" 2>/dev/null)
(cd "$HF_WORK" && hf_wine "$cli_windows" --json apply --recommended --yes >"$HF_WORK/apply.json") ||
    fail "apply exited with $?: $(cat "$HF_WORK/apply.json")"
[ "$(hf_json_field "$HF_WORK/apply.json" changed)" = true ] || fail "apply: $(cat "$HF_WORK/apply.json")"
[ "$(hf_shared_section)" = "1024,20480,2048" ] || fail "Wine's reg.exe reads $(hf_shared_section)"

note "the backup is in heapfix-data beside the program"
regs=("$bin"/heapfix-data/backups/*.reg)
[ -f "${regs[0]}" ] || fail "no backup in $bin/heapfix-data/backups: $(find "$bin")"
[ "$(head -c 2 "${regs[0]}" | od -An -tx1 | tr -d ' ')" = fffe ] || fail "the backup is not UTF-16LE with a BOM"
hf_wine "$cli_windows" --json backups >"$HF_WORK/backups.json" || fail "backups exited with $?"
grep -q 'heapfix-data' "$HF_WORK/backups.json" || fail "backups does not list heapfix-data: $(cat "$HF_WORK/backups.json")"
unexpected=$(cd "$bin" && find . -type f -not -name heapfix-cli.exe -not -name heapfix.portable \
    -not -path './heapfix-data/backups/*')
[ -z "$unexpected" ] || fail "unexpected files beside the program: $unexpected"

note "nothing written anywhere else"
touched=$(find "$WINEPREFIX/drive_c" -newer "$stamp" -type f | grep -iv '\.log$' || true)
[ -z "$touched" ] || fail "files written in the prefix: $touched"
if find "$WINEPREFIX/drive_c" -iname '*heapfix*' | grep -q .; then
    fail "heapfix in the prefix: $(find "$WINEPREFIX/drive_c" -iname '*heapfix*')"
fi
if grep -qil heapfix "$WINEPREFIX"/*.reg; then fail "heapfix settings in the registry"; fi

note "contrast: the same program without the marker uses %LOCALAPPDATA%\\heapfix"
hf_set_windows10_value
mkdir -p "$WINEPREFIX/drive_c/tools"
cp "$bin/heapfix-cli.exe" "$WINEPREFIX/drive_c/tools/"
hf_wine 'C:\tools\heapfix-cli.exe' --json apply --recommended --yes >"$HF_WORK/apply2.json" ||
    fail "installed-style apply exited with $?"
appdata=$(find "$WINEPREFIX/drive_c/users" -ipath '*/AppData/Local/heapfix/backups/*.reg')
[ -n "$appdata" ] || fail "no backup in %LOCALAPPDATA%\\heapfix without the marker"
[ "$(ls "$bin"/heapfix-data/backups/*.reg | wc -l)" = 1 ] || fail "the non-portable run wrote to the stick"
hf_wine_done
