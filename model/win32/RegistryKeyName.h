#pragma once
// A key as heapfix names it ("HKEY_LOCAL_MACHINE\SYSTEM\...") split into the predefined root handle and the
// subkey the Reg* functions take.

#include "../core/Error.h"
#include "../core/Expected.h"
#include "Win32Text.h"

#include <string>
#include <string_view>

namespace heapfix {

struct RegistryKeyName {
    HKEY root = nullptr;
    std::wstring subkey; // without a leading backslash; empty for the root itself
};

// Accepts the long root names and their usual short forms (HKLM, HKCU, HKU, HKCR, HKCC), any case.
Expected<RegistryKeyName, Error> parseRegistryKey(std::string_view key);

// The key with CurrentControlSet (a whole path component, any case) replaced by controlSet; unchanged when
// the key does not name it or controlSet is empty.
std::string replaceCurrentControlSet(std::string_view key, std::string_view controlSet);

// "ControlSet001" for 1.
std::string controlSetName(DWORD number);

} // namespace heapfix
