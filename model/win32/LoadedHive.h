#pragma once
// An offline hive file loaded into the live registry under a temporary HKLM key, the way the seed article's
// "REG LOAD HKLM\BROKENSYSTEM" does it, and unloaded again whatever happens (RAII).
//
// RegLoadKeyW needs SeRestorePrivilege (and SeBackupPrivilege to unload), so only an administrator can do
// this. Under Wine, RegLoadKeyW loads only Wine's own text-format hives: a real regf hive from a Windows disk
// gives ERROR_BADDB there, and loads only on real Windows.

#include "../core/Error.h"
#include "../core/Expected.h"
#include "Win32Text.h"

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

namespace heapfix {

// Enables a privilege the process token holds; AccessDenied when the token does not hold it.
Expected<void, Error> enablePrivilege(const wchar_t* privilegeName);

class LoadedHive {
public:
    // Loads file under HKLM\HEAPFIX_<pid>_<n>_<label> (label: "SYSTEM", "SOFTWARE").
    static Expected<std::unique_ptr<LoadedHive>, Error> load(const std::filesystem::path& file,
                                                             std::string_view label);
    ~LoadedHive();
    LoadedHive(const LoadedHive&) = delete;
    LoadedHive& operator=(const LoadedHive&) = delete;

    // "HKEY_LOCAL_MACHINE\HEAPFIX_1234_1_SYSTEM"
    std::string key() const;
    const std::filesystem::path& file() const { return file_; }

private:
    LoadedHive(std::wstring subkey, std::filesystem::path file);

    std::wstring subkey_;
    std::filesystem::path file_;
};

} // namespace heapfix
