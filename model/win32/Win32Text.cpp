#include "Win32Text.h"

#include "../core/Utf16.h"

#include <fmt/format.h>

namespace heapfix {

static_assert(sizeof(wchar_t) == sizeof(char16_t), "Windows wide characters are UTF-16 code units");

std::wstring toWide(std::string_view utf8) {
    const std::u16string text = fromUtf8(utf8);
    return std::wstring(text.begin(), text.end());
}

std::string fromWide(std::wstring_view wide) {
    const std::u16string text(wide.begin(), wide.end());
    return toUtf8(text);
}

std::string systemMessage(DWORD code) {
    wchar_t* buffer = nullptr;
    const DWORD flags =
        FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS;
    // English first, so that logs and the CLI read the same everywhere; the user's language where it is
    // missing.
    DWORD length = FormatMessageW(flags, nullptr, code, MAKELANGID(LANG_ENGLISH, SUBLANG_ENGLISH_US),
                                  reinterpret_cast<wchar_t*>(&buffer), 0, nullptr);
    if (length == 0)
        length = FormatMessageW(flags, nullptr, code, 0, reinterpret_cast<wchar_t*>(&buffer), 0, nullptr);
    std::wstring text = length ? std::wstring(buffer, length) : std::wstring();
    if (buffer)
        LocalFree(buffer);
    while (!text.empty() && (text.back() == L'\n' || text.back() == L'\r' || text.back() == L' '))
        text.pop_back();
    if (text.empty())
        return fmt::format("error {}", code);
    return fmt::format("{} (error {})", fromWide(text), code);
}

Error win32Error(LSTATUS status, std::string subject, std::string_view doing) {
    const auto code = static_cast<DWORD>(status);
    ErrorCode kind = ErrorCode::Io;
    if (code == ERROR_ACCESS_DENIED || code == ERROR_PRIVILEGE_NOT_HELD)
        kind = ErrorCode::AccessDenied;
    else if (code == ERROR_FILE_NOT_FOUND || code == ERROR_PATH_NOT_FOUND)
        kind = ErrorCode::NotFound;
    return makeError(kind, std::move(subject), fmt::format("{}: {}", doing, systemMessage(code)));
}

} // namespace heapfix
