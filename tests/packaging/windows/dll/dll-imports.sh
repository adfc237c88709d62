#!/usr/bin/env bash
# What heapfix-cli.exe imports and how (CWE-427, DLL planting), read by binutils' objdump and nm:
# - every DLL in its import table (resolved by the loader before main, from the program's folder first) is a
#   KnownDLL, which Windows always maps from System32 whatever lies beside the program;
# - the other system DLLs it uses are delay-loaded (they load after restrictDllSearch(), from System32);
# - (x86_64) the load configuration is in the PE header and its DependentLoadFlags is 0x800,
#   LOAD_LIBRARY_SEARCH_SYSTEM32 (honoured from Windows 10 1607 on).
# Usage: dll-imports.sh EXE OBJDUMP NM [--no-load-config]
set -euo pipefail
exe=$1 objdump=$2 nm=$3 load_config=${4:-}
fail() { echo "FAIL: $*" >&2; exit 1; }

# KnownDLLs present in HKLM\SYSTEM\CurrentControlSet\Control\Session Manager\KnownDLLs on Windows 7 SP1 as
# well as on Windows 10 and 11 (lower case; heapfix supports Vista to 11, so a DLL known only on newer
# Windows does not count).
known="advapi32 comdlg32 difxapi gdi32 imagehlp imm32 kernel32 msctf msvcrt normaliz nsi ole32 oleaut32
       psapi rpcrt4 setupapi shell32 shlwapi user32 wldap32 ws2_32"

headers=$("$objdump" -p "$exe")
imports=$(sed -n 's/^\tDLL Name: //p' <<<"$headers" | tr 'A-Z' 'a-z' | sed 's/\.dll$//' | sort -u)
[ -n "$imports" ] || fail "objdump found no import table in $exe"
echo "import table: $(echo $imports)"
for dll in $imports; do
    grep -qw "$dll" <<<"$known" || fail "$dll.dll is imported at link time but is not a KnownDLL: delay-load it (HEAPFIX_DELAY_LOADED_DLLS in cmake/HeapfixDllSafety.cmake)"
done
echo "ok: every DLL in the import table is a KnownDLL"

delayed=$("$nm" "$exe" | sed -n 's/^.* __DELAY_IMPORT_DESCRIPTOR_lib\(.*\)_delay_a$/\1/p' | sort -u)
echo "delay-loaded: $(echo $delayed)"
for dll in shell32 ole32; do # what heapfix-cli.exe uses from them: SHGetKnownFolderPath, CoTaskMemFree
    grep -qx "$dll" <<<"$delayed" || fail "$dll.dll is not delay-loaded"
done
echo "ok: shell32 and ole32 are delay-loaded"

[ "$load_config" = --no-load-config ] && exit 0
entry=$(sed -n 's/^Entry a \([0-9a-f]*\) \([0-9a-f]*\) Load Configuration Directory$/\1 \2/p' <<<"$headers")
read -r rva size <<<"$entry"
[ -n "$rva" ] && [ $((16#$rva)) -ne 0 ] && [ $((16#$size)) -ge 80 ] ||
    fail "the PE header has no load configuration directory (entry: [$entry])"
base=$(sed -n 's/^ImageBase[[:space:]]*\([0-9a-f]*\)$/\1/p' <<<"$headers")
at=$((16#$base + 16#$rva + 78)) # IMAGE_LOAD_CONFIG_DIRECTORY64.DependentLoadFlags (a WORD)
bytes=$("$objdump" -s --start-address=$at --stop-address=$((at + 2)) "$exe" |
    sed -n 's/^ [0-9a-f]* \([0-9a-f]\{4\}\) .*/\1/p')
flags=$((16#${bytes:2:2}${bytes:0:2}))
printf 'DependentLoadFlags: 0x%x\n' "$flags"
[ "$flags" = $((0x800)) ] || fail "DependentLoadFlags is $flags, not 0x800 (LOAD_LIBRARY_SEARCH_SYSTEM32)"
echo "ok: DependentLoadFlags is LOAD_LIBRARY_SEARCH_SYSTEM32"
