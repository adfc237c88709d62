#pragma once
// What this computer is: its Windows version, the architecture of the operating system (not of this
// program: a 32-bit heapfix on 64-bit Windows reports 64-bit), and whether this process is elevated.

#include "../core/RegistryStore.h"
#include "../core/WindowsVersion.h"

#include <optional>

namespace heapfix {

// Numbers, service pack and product type from RtlGetVersion (which, unlike GetVersionEx, is not capped by the
// manifest); product name, edition and installation type from the CurrentVersion key.
WindowsVersion liveWindowsVersion(RegistryStore& liveRegistry);

// IsWow64Process2's native machine where it exists (Windows 10 1511 and later), else GetNativeSystemInfo.
Architecture liveArchitecture();

// TokenElevation (Vista and later); on XP and older, membership of the Administrators group.
std::optional<bool> processIsElevated();

// Wine's ntdll exports wine_get_version; Windows' does not.
bool runningUnderWine();

} // namespace heapfix
