#!/usr/bin/env bash
# The .deb, for real: built with cpack in a scratch folder, checked (name, shlibdeps dependencies, contents),
# installed with dpkg on this machine (CI runs as root in a throwaway machine; elsewhere passwordless sudo),
# heapfix and heapfix-cli run from /usr/bin, then removed with dpkg -r: every file it brought is gone again.
# Usage: deb-install.sh CPACK BUILD_DIR VERSION WORK_DIR
set -euo pipefail
cpack=$1 build=$2 version=$3 work=$4
fail() { echo "FAIL: $*" >&2; exit 1; }
note() { echo "-- $*"; }
sudo_cmd=()
if [ "$(id -u)" != 0 ]; then
    sudo -n true 2>/dev/null || fail "installing a .deb needs root or passwordless sudo (CI runs as root)"
    sudo_cmd=(sudo -n)
fi
rm -rf "$work" && mkdir -p "$work"

note "cpack -G DEB / TGZ"
"$cpack" -G "DEB;TGZ" --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log"; fail "cpack"; }
deb=$(ls "$work"/out/heapfix_"$version"_*.deb)
tgz=$(ls "$work"/out/heapfix-"$version"-*.tar.gz)
echo "deb: $(stat -c %s "$deb") bytes, tgz: $(stat -c %s "$tgz") bytes"

note "control: name, version, dependencies found by dpkg-shlibdeps"
control=$(dpkg-deb -f "$deb")
echo "$control" | grep -E '^(Package|Version|Depends):'
grep -qx 'Package: heapfix' <<<"$control" || fail "package name"
grep -qx "Version: $version" <<<"$control" || fail "version"
depends=$(grep '^Depends:' <<<"$control")
for lib in libc6 libstdc++6 libqt6widgets6 libhivex0 qt6-translations-l10n; do
    grep -q "$lib" <<<"$depends" || fail "Depends lacks $lib: $depends"
done

note "contents"
contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
for path in ./usr/bin/heapfix ./usr/bin/heapfix-cli ./usr/share/applications/heapfix.desktop \
    ./usr/share/icons/hicolor/scalable/apps/heapfix.svg ./usr/share/icons/hicolor/48x48/apps/heapfix.png \
    ./usr/share/icons/hicolor/256x256/apps/heapfix.png; do
    grep -qx "$path" <<<"$contents" || fail "the .deb lacks $path"
done
if grep -q 'heapfix.portable' <<<"$contents"; then fail "the .deb carries the portable marker"; fi
tgz_contents=$(tar -tzf "$tgz") # whole, before grep -q: an early exit would break tar's pipe
for path in bin/heapfix bin/heapfix-cli share/applications/heapfix.desktop; do
    grep -qx "heapfix-$version-Linux/$path" <<<"$tgz_contents" || fail "the .tar.gz lacks $path"
done
dpkg-deb --fsys-tarfile "$deb" | tar -xO ./usr/share/applications/heapfix.desktop >"$work/heapfix.desktop"
desktop-file-validate "$work/heapfix.desktop" || fail "heapfix.desktop is not valid"

note "install with dpkg"
if dpkg-query -W -f='${Status}' heapfix 2>/dev/null | grep -q 'install ok installed'; then
    note "a heapfix package is installed already (an earlier run that stopped half-way?): removing it first"
    "${sudo_cmd[@]}" dpkg -r heapfix >/dev/null
fi
"${sudo_cmd[@]}" dpkg -i "$deb" >"$work/dpkg-i.log" 2>&1 || { cat "$work/dpkg-i.log"; fail "dpkg -i"; }
trap '"${sudo_cmd[@]}" dpkg -r heapfix >/dev/null 2>&1 || true' EXIT
dpkg -L heapfix >"$work/files"

note "run from the installed paths"
for exe in /usr/bin/heapfix /usr/bin/heapfix-cli; do
    [ -x "$exe" ] || fail "$exe missing"
    if readelf -d "$exe" | grep -E 'R(UN)?PATH' | grep -q "$build"; then fail "$exe has the build folder in its RUNPATH"; fi
done
out=$(cd / && env -i PATH=/usr/bin:/bin HOME="$work" QT_QPA_PLATFORM=offscreen heapfix --version) ||
    fail "heapfix --version exited with $?"
echo "$out"
grep -q "$version" <<<"$out" || fail "heapfix --version does not say $version"
out=$(cd / && env -i PATH=/usr/bin:/bin HOME="$work" heapfix-cli --sample win10-x64 status) ||
    fail "heapfix-cli --sample win10-x64 status exited with $?"
echo "$out" | head -n 12
grep -q '1024,20480,768' <<<"$out" || fail "status does not show the sample's 1024,20480,768"
env -i PATH=/usr/bin:/bin HOME="$work" heapfix-cli --sample win10-x64 --json status >"$work/status.json" ||
    fail "--json status exited with $?"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["change_needed"] is True, d' "$work/status.json" ||
    fail "status --json: $(cat "$work/status.json")"

note "dpkg -r: nothing of the package left"
"${sudo_cmd[@]}" dpkg -r heapfix >/dev/null || fail "dpkg -r"
trap - EXIT
status=$(dpkg-query -W -f='${Status}' heapfix 2>/dev/null || true)
case "$status" in "" | *not-installed*) ;; *) fail "after dpkg -r the package is still '$status'" ;; esac
while read -r path; do
    [ -d "$path" ] && continue # shared folders such as /usr/bin stay, as they should
    [ ! -e "$path" ] || fail "left behind: $path"
done <"$work/files"
rm -rf "$work"
echo PASS
