#pragma once
// What the .reg writer and reader share: the two headers regedit writes (RegFile.cpp, RegFileParser.cpp).

#include <string_view>

namespace heapfix::regfile {

inline constexpr std::u16string_view kHeader5 = u"Windows Registry Editor Version 5.00";
inline constexpr std::u16string_view kHeader4 = u"REGEDIT4";

} // namespace heapfix::regfile
