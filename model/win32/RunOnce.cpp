#include "RunOnce.h"

#include "Win32Text.h"

#include <fmt/format.h>

#include <vector>

namespace heapfix {

namespace {

constexpr const char* kSubject = "HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\RunOnce";

struct Key {
    HKEY handle = nullptr;
    ~Key() {
        if (handle)
            RegCloseKey(handle);
    }
};

} // namespace

std::string feedbackCommandLine(const std::filesystem::path& program, const std::filesystem::path& record) {
    return fmt::format("\"{}\" --feedback \"{}\"", fromWide(program.wstring()), fromWide(record.wstring()));
}

Expected<void, Error> registerFeedbackRunOnce(const std::filesystem::path& program,
                                              const std::filesystem::path& record) {
    const std::wstring command = toWide(feedbackCommandLine(program, record));
    if (command.size() > kRunOnceMaxCommand)
        return unexpected(
            makeError(ErrorCode::Refused, kSubject,
                      fmt::format("the command line would be {} characters; Windows runs RunOnce "
                                  "entries of at most {}: keep heapfix and its backups in a shorter "
                                  "folder",
                                  command.size(), kRunOnceMaxCommand)));
    Key key;
    LSTATUS status = RegCreateKeyExW(HKEY_CURRENT_USER, kRunOnceKey, 0, nullptr, REG_OPTION_NON_VOLATILE,
                                     KEY_SET_VALUE, nullptr, &key.handle, nullptr);
    if (status != ERROR_SUCCESS)
        return unexpected(win32Error(status, kSubject, "opening the key"));
    const auto bytes = static_cast<DWORD>((command.size() + 1) * sizeof(wchar_t));
    status = RegSetValueExW(key.handle, kRunOnceValue, 0, REG_SZ,
                            reinterpret_cast<const BYTE*>(command.c_str()), bytes);
    if (status != ERROR_SUCCESS)
        return unexpected(win32Error(status, kSubject, "writing the value heapfix-feedback"));
    return {};
}

Expected<void, Error> removeFeedbackRunOnce() {
    Key key;
    LSTATUS status = RegOpenKeyExW(HKEY_CURRENT_USER, kRunOnceKey, 0, KEY_SET_VALUE, &key.handle);
    if (status == ERROR_FILE_NOT_FOUND)
        return {};
    if (status != ERROR_SUCCESS)
        return unexpected(win32Error(status, kSubject, "opening the key"));
    status = RegDeleteValueW(key.handle, kRunOnceValue);
    if (status != ERROR_SUCCESS && status != ERROR_FILE_NOT_FOUND)
        return unexpected(win32Error(status, kSubject, "removing the value heapfix-feedback"));
    return {};
}

Expected<std::optional<std::string>, Error> registeredFeedbackRunOnce() {
    DWORD bytes = 0;
    LSTATUS status =
        RegGetValueW(HKEY_CURRENT_USER, kRunOnceKey, kRunOnceValue, RRF_RT_REG_SZ, nullptr, nullptr, &bytes);
    if (status == ERROR_FILE_NOT_FOUND)
        return std::optional<std::string>();
    if (status != ERROR_SUCCESS)
        return unexpected(win32Error(status, kSubject, "reading the value heapfix-feedback"));
    std::vector<wchar_t> text(bytes / sizeof(wchar_t) + 1);
    bytes = static_cast<DWORD>(text.size() * sizeof(wchar_t));
    status = RegGetValueW(HKEY_CURRENT_USER, kRunOnceKey, kRunOnceValue, RRF_RT_REG_SZ, nullptr, text.data(),
                          &bytes);
    if (status != ERROR_SUCCESS)
        return unexpected(win32Error(status, kSubject, "reading the value heapfix-feedback"));
    return std::optional<std::string>(fromWide(text.data()));
}

} // namespace heapfix
