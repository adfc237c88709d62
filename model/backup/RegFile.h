#pragma once
// .reg files: heapfix's backups in regedit's own format, and the files a user may hand to "restore" (written
// by regedit, reg.exe, Wine's reg.exe or heapfix; "Windows Registry Editor Version 5.00" or REGEDIT4).

#include "../core/Error.h"
#include "../core/Expected.h"
#include "../core/RegistryValue.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace heapfix {

inline constexpr std::size_t kMaxRegFileBytes = 1024 * 1024; // a restore file is a few hundred bytes

struct RegFileValue {
    std::string name;     // "" is the key's default value ("@")
    bool deleted = false; // "name"=-
    RegistryValue value;
};

struct RegFileKey {
    std::string path;     // as written, e.g. "HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Control\..."
    bool deleted = false; // [-KEY]
    std::vector<RegFileValue> values;
};

struct RegFileDocument {
    enum class Format { Regedit5, Regedit4 } format = Format::Regedit5;
    std::vector<RegFileKey> keys;
};

// UTF-16LE with BOM, CRLF, the v5 header, the key, and the value as hex(N): wrapped as regedit wraps it
// (lines of at most 80 characters, continued with "\" and two spaces).
std::vector<std::uint8_t> writeRegFile(std::string_view key, std::string_view valueName,
                                       const RegistryValue& value);

// Reads any .reg file (UTF-16LE with BOM, UTF-8 with or without BOM, ANSI REGEDIT4). Malformed, oversized or
// binary input gives ErrorCode::Malformed / Corrupt with the line number in the detail.
Expected<RegFileDocument, Error> parseRegFile(const std::vector<std::uint8_t>& bytes,
                                              std::string_view fileName);

// The one value a restore file may carry: exactly one key, equal (case-insensitively) to `key` or to
// `resolvedKey` (CurrentControlSet and the ControlSet00N it points at are the same key), exactly one value
// named `valueName`, not deleted, of type REG_EXPAND_SZ or REG_SZ. Anything else is ErrorCode::Refused.
// The one value a file holds: exactly one key, equal to `key` or `resolvedKey`, holding exactly one value
// named `valueName`, not deleted; any type. Anything else is ErrorCode::Refused. (A backup's own check.)
Expected<RegistryValue, Error> singleValue(const RegFileDocument& document, std::string_view key,
                                           std::string_view resolvedKey, std::string_view valueName);

Expected<RegistryValue, Error> restorableValue(const RegFileDocument& document, std::string_view key,
                                               std::string_view resolvedKey, std::string_view valueName);

} // namespace heapfix
