#!/usr/bin/env bash
# pe-load-config.sh EXE NM: points the PE data directory's load configuration entry (index 10) at the
# program's `_load_config_used` structure and recomputes the header checksum. GNU ld before 2.42 links the
# structure but leaves the entry empty (and has no --dependent-load-flag), so Windows would never read it;
# MSVC's linker does this itself. The structure holds DependentLoadFlags (app/win32/LoadConfig.cpp).
set -euo pipefail
exe=${1:?usage: pe-load-config.sh EXE NM}
nm=${2:?usage: pe-load-config.sh EXE NM}

u32() { od -An -v -tu4 -j "$1" -N 4 "$exe" | tr -d ' '; }
u16() { od -An -v -tu2 -j "$1" -N 2 "$exe" | tr -d ' '; }
u64() { od -An -v -tu8 -j "$1" -N 8 "$exe" | tr -d ' '; }
put_u32() { # offset value: four little-endian bytes, in place
    local v=$2
    printf "$(printf '\\x%02x\\x%02x\\x%02x\\x%02x' $((v & 255)) $((v >> 8 & 255)) $((v >> 16 & 255)) $((v >> 24 & 255)))" |
        dd of="$exe" bs=1 seek="$1" conv=notrunc status=none
}

pe=$(u32 60)
[ "$(u32 "$pe")" = 17744 ] || { echo "pe-load-config.sh: $exe is not a PE file" >&2; exit 1; } # "PE\0\0"
optional=$((pe + 24))
case $(u16 "$optional") in
267) image_base=$(u32 $((optional + 28))) directories=$((optional + 96)) size=72 ;;    # PE32
523) image_base=$(u64 $((optional + 24))) directories=$((optional + 112)) size=112 ;; # PE32+
*) echo "pe-load-config.sh: unknown optional header in $exe" >&2; exit 1 ;;
esac
address=$("$nm" "$exe" | awk '$3 == "_load_config_used" || $3 == "__load_config_used" { print $1 }')
[ -n "$address" ] || { echo "pe-load-config.sh: $exe has no _load_config_used" >&2; exit 1; }
put_u32 $((directories + 10 * 8)) $((16#$address - image_base))
put_u32 $((directories + 10 * 8 + 4)) "$size"

# The checksum (at optional header + 64): the file's 16-bit words summed with end-around carry, the checksum
# field itself counted as zero, plus the file's length.
checksum_at=$((optional + 64))
put_u32 "$checksum_at" 0
length=$(stat -c %s "$exe")
sum=$( (cat "$exe"; [ $((length % 2)) = 0 ] || printf '\0') | od -An -v -tu2 | awk '
    { for (i = 1; i <= NF; i++) s += $i }
    END { while (s > 65535) s = (s % 65536) + int(s / 65536); printf "%d", s }')
put_u32 "$checksum_at" $((sum + length))
