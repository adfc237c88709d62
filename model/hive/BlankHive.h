#pragma once
// A blank regf hive (8 KiB: base block, one hbin with the root key, its security cell and a free cell), which
// hivex cannot create by itself. See PLATFORM-NOTES.md and the public regf specification.

#include <cstdint>
#include <string_view>
#include <vector>

namespace heapfix {

std::vector<std::uint8_t> blankHive(std::u16string_view rootName = u"ROOT");

} // namespace heapfix
