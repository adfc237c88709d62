#pragma once
// "Ask me after the restart" (issue 13): a per-user RunOnce entry,
//   HKCU\Software\Microsoft\Windows\CurrentVersion\RunOnce  "heapfix-feedback" (REG_SZ)
//   "<heapfix.exe>" --feedback "<backup record>"
// that starts heapfix at the feedback page for that change when this user next logs on. Per user, so that it
// needs no administrator rights and runs without a UAC prompt (PLATFORM-NOTES "Starting again after a
// restart"); Windows removes it before running it. One entry: a newer change replaces it.

#include "../core/Error.h"
#include "../core/Expected.h"

#include <filesystem>
#include <optional>
#include <string>

namespace heapfix {

inline constexpr const wchar_t* kRunOnceKey = L"Software\\Microsoft\\Windows\\CurrentVersion\\RunOnce";
inline constexpr const wchar_t* kRunOnceValue = L"heapfix-feedback";
// Windows runs Run and RunOnce command lines of at most 260 characters.
inline constexpr std::size_t kRunOnceMaxCommand = 260;

// "\"C:\...\heapfix.exe\" --feedback \"C:\...\heapfix-....json\"" (UTF-8).
std::string feedbackCommandLine(const std::filesystem::path& program, const std::filesystem::path& record);

// Writes the entry (creating the RunOnce key if this user has none). Refused when the command line is longer
// than Windows runs.
Expected<void, Error> registerFeedbackRunOnce(const std::filesystem::path& program,
                                              const std::filesystem::path& record);
// Removes it; an entry that is not there (Windows ran it, or none was made) is no error.
Expected<void, Error> removeFeedbackRunOnce();
// The command line registered now, or nullopt.
Expected<std::optional<std::string>, Error> registeredFeedbackRunOnce();

} // namespace heapfix
