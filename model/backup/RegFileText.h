#pragma once
// A .reg file's bytes as text (RegFileParser.cpp): UTF-16LE with its BOM (regedit 5), UTF-8 (Wine, editors),
// or REGEDIT4's ANSI code page; binary data is refused.

#include "../core/Error.h"
#include "../core/Expected.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace heapfix::regfile {

struct Text {
    std::u16string text;
    bool ansi = false; // no BOM and not UTF-8: REGEDIT4's ANSI code page
};

Expected<Text, Error> decodeText(const std::vector<std::uint8_t>& bytes, std::string_view fileName);
// Windows-1252, the ANSI code page of the Western Windows installations REGEDIT4 files come from.
std::u16string fromAnsi(std::span<const std::uint8_t> bytes);
Error fileError(ErrorCode code, std::string_view fileName, std::string detail);

} // namespace heapfix::regfile
