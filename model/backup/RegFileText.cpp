#include "RegFileText.h"
#include "RegFile.h"

#include "../core/Utf16.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <optional>

namespace heapfix::regfile {
namespace {

// Windows-1252, the ANSI code page of the Western Windows installations REGEDIT4 files come from; its
// 0x80-0x9F.
constexpr std::array<char16_t, 32> kCp1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

bool isValidUtf8(std::string_view bytes) {
    // fromUtf8 turns each invalid sequence into U+FFFD: more U+FFFD out than encoded ones in means invalid.
    const std::u16string decoded = fromUtf8(bytes);
    const auto replaced = std::count(decoded.begin(), decoded.end(), u'\xFFFD');
    std::size_t encoded = 0;
    for (std::size_t at = bytes.find("\xEF\xBF\xBD"); at != std::string_view::npos;
         at = bytes.find("\xEF\xBF\xBD", at + 3))
        ++encoded;
    return static_cast<std::size_t>(replaced) == encoded;
}

// Text files have no NULs and no control characters other than tab, CR, LF (and a DOS end-of-file mark).
std::optional<std::size_t> firstBinaryCharacter(std::u16string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] < 0x20 && text[i] != u'\t' && text[i] != u'\r' && text[i] != u'\n' && text[i] != 0x1A)
            return i;
    return std::nullopt;
}

} // namespace

Error fileError(ErrorCode code, std::string_view fileName, std::string detail) {
    return makeError(code, std::string(fileName), std::move(detail));
}

std::u16string fromAnsi(std::span<const std::uint8_t> bytes) {
    std::u16string text;
    for (std::uint8_t byte : bytes)
        text.push_back(byte >= 0x80 && byte < 0xA0 ? kCp1252High[byte - 0x80] : char16_t(byte));
    return text;
}

Expected<Text, Error> decodeText(const std::vector<std::uint8_t>& bytes, std::string_view fileName) {
    if (bytes.size() > kMaxRegFileBytes)
        return unexpected(
            fileError(ErrorCode::Malformed, fileName,
                      fmt::format("{} bytes is too large for a .reg restore file (at most {} bytes)",
                                  bytes.size(), kMaxRegFileBytes)));
    Text result;
    if (bytes.size() >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) {
        if (bytes.size() % 2 != 0)
            return unexpected(
                fileError(ErrorCode::Corrupt, fileName,
                          "truncated UTF-16: an odd number of bytes after the byte order mark"));
        Expected<std::u16string, Error> decoded = decodeUtf16Le({bytes.begin() + 2, bytes.end()});
        if (!decoded)
            return unexpected(fileError(ErrorCode::Corrupt, fileName, decoded.error().detail));
        result.text = std::move(*decoded);
    } else if (bytes.size() >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) {
        return unexpected(
            fileError(ErrorCode::Corrupt, fileName, "UTF-16 big-endian is not a .reg file encoding"));
    } else {
        const bool bom = bytes.size() >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        const std::string_view raw(reinterpret_cast<const char*>(bytes.data()) + (bom ? 3 : 0),
                                   bytes.size() - (bom ? 3 : 0));
        if (raw.find('\0') != std::string_view::npos)
            return unexpected(
                fileError(ErrorCode::Corrupt, fileName, "binary data (NUL bytes): not a .reg text file"));
        result.ansi = !bom && !isValidUtf8(raw);
        if (result.ansi)
            result.text = fromAnsi({reinterpret_cast<const std::uint8_t*>(raw.data()), raw.size()});
        else
            result.text = fromUtf8(raw);
    }
    if (const auto at = firstBinaryCharacter(result.text))
        return unexpected(
            fileError(ErrorCode::Corrupt, fileName,
                      fmt::format("binary data (control character {:#04x} at character {}): not a "
                                  ".reg text file",
                                  static_cast<unsigned>(result.text[*at]), *at)));
    return result;
}

} // namespace heapfix::regfile
