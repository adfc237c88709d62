#pragma once
// Conversions between the registry's UTF-16LE bytes, UTF-16 code units and UTF-8 (for JSON, logs, the UI).

#include "Error.h"
#include "Expected.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace heapfix {

// Every code unit of the bytes, terminating NULs included. Fails only on an odd byte count.
Expected<std::u16string, Error> decodeUtf16Le(const std::vector<std::uint8_t>& bytes);
std::vector<std::uint8_t> encodeUtf16Le(std::u16string_view text);

// UTF-8 of the text; a lone surrogate becomes U+FFFD. Trailing NULs are kept unless told otherwise.
std::string toUtf8(std::u16string_view text);
std::u16string fromUtf8(std::string_view text); // invalid sequences become U+FFFD

// The text without its terminating NUL code units.
std::u16string_view withoutTrailingNuls(std::u16string_view text);

} // namespace heapfix
