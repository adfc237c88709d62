#pragma once
// A blank regf hive (8 KiB: base block, one hbin with the root key, its security cell and a free cell), which
// hivex cannot create by itself. See PLATFORM-NOTES.md and the public regf specification.

#include <cstdint>
#include <string_view>
#include <vector>

namespace heapfix {

// rootName: the root key's name. fileName: the base block's debugging file name (its last 31 characters are
// kept). minorVersion: the regf minor version (3 for NT 4.0, 5 for XP and later; hivex writes "lh" subkey
// lists, which need 5). Integers are written little-endian whatever the host.
std::vector<std::uint8_t> blankHive(std::u16string_view rootName = u"ROOT", std::u16string_view fileName = {},
                                    std::uint32_t minorVersion = 5);

} // namespace heapfix
