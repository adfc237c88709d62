#pragma once
// Which Windows an installation is, from its registry as any RegistryStore sees it: the live registry or the
// SOFTWARE and SYSTEM hives of an offline installation loaded under a temporary key.

#include "../core/RegistryStore.h"
#include "../core/WindowsVersion.h"

#include <optional>
#include <string>

namespace heapfix {

// HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion: CurrentMajorVersionNumber/CurrentMinorVersionNumber/
// CurrentBuildNumber, or CurrentVersion ("5.1") where the numbers are missing (before Windows 10; Windows 10
// itself still says "6.3" there); ProductName, EditionID, CSDVersion, InstallationType. Server from
// InstallationType, else from SYSTEM\...\ProductOptions ProductType. nullopt when the key cannot be read.
// The architecture is left Unknown: see readArchitecture.
std::optional<WindowsVersion> readCurrentVersionKey(RegistryStore& store);

// PROCESSOR_ARCHITECTURE under CurrentControlSet\Control\Session Manager\Environment ("AMD64" -> X64).
Architecture readArchitecture(RegistryStore& store);

// A REG_SZ / REG_EXPAND_SZ as UTF-8 without its NUL; nullopt when missing or of another type.
std::optional<std::string> readText(RegistryStore& store, const ValuePath& path);
std::optional<std::uint32_t> readDword(RegistryStore& store, const ValuePath& path);

} // namespace heapfix
