#pragma once
// Which Windows an installation is, from its registry as any RegistryStore sees it: the live Win32 registry,
// an offline installation's hives through hivex, or the SOFTWARE and SYSTEM hives loaded under a temporary
// key. One reading for every platform; what only a live Windows knows (RtlGetVersion) stays in model/win32.

#include "RegistryStore.h"
#include "WindowsVersion.h"

#include <cstdint>
#include <optional>
#include <string>

namespace heapfix {

// HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion: CurrentMajorVersionNumber/CurrentMinorVersionNumber
// where present (Windows 10 and later, whose CurrentVersion still says "6.3"), CurrentVersion "X.Y" only
// where they are missing (NT 4.0 .. 8.1); CurrentBuildNumber (or CurrentBuild); ProductName, EditionID,
// CSDVersion, InstallationType. From SYSTEM (CurrentControlSet as the store resolves it): ProductOptions
// ProductType and Session Manager\Environment PROCESSOR_ARCHITECTURE.
// Never fails: source is Read when the release numbers were found, Inferred when only SYSTEM spoke (the
// architecture, server or client), Unknown when nothing did; unknown fields stay empty.
WindowsVersion readWindowsVersion(RegistryStore& registry);

// A REG_SZ / REG_EXPAND_SZ as UTF-8 without its NUL; nullopt when missing or of another type.
std::optional<std::string> readText(RegistryStore& registry, const ValuePath& path);
// A REG_DWORD of exactly four bytes; nullopt when missing or of another type.
std::optional<std::uint32_t> readDword(RegistryStore& registry, const ValuePath& path);

} // namespace heapfix
