#pragma once
// Paths to and from UTF-8 without the platform's ANSI code page (which std::filesystem uses for std::string
// on Windows): arguments arrive as UTF-8 and JSON/text output is UTF-8.

#include <filesystem>
#include <string>
#include <string_view>

namespace heapfix::cli {

inline std::filesystem::path pathFromUtf8(std::string_view text) {
    return std::filesystem::path(std::u8string(text.begin(), text.end()));
}

inline std::string pathToUtf8(const std::filesystem::path& path) {
    const std::u8string text = path.u8string();
    return std::string(text.begin(), text.end());
}

} // namespace heapfix::cli
