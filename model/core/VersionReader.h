#pragma once
// Which Windows an installation is, from its registry as any RegistryStore sees it: the live Win32 registry,
// an offline installation's hives through hivex, or the SOFTWARE and SYSTEM hives loaded under a temporary
// key. One reading for every platform; what only a live Windows knows (RtlGetVersion) stays in model/win32.

#include "RegistryStore.h"
#include "WindowsVersion.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace heapfix {

// HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion: CurrentMajorVersionNumber/CurrentMinorVersionNumber
// where present (Windows 10 and later, whose CurrentVersion still says "6.3"), CurrentVersion "X.Y" only
// where they are missing (NT 4.0 .. 8.1); CurrentBuildNumber (or CurrentBuild); ProductName, EditionID,
// CSDVersion, InstallationType. From SYSTEM (CurrentControlSet as the store resolves it): ProductOptions
// ProductType and Session Manager\Environment PROCESSOR_ARCHITECTURE.
// Without the release numbers (an offline SYSTEM hive alone) the SubSystems "Windows" value itself tells
// Vista and later apart: see startsSideBySideServer. vistaOrLater is set only then.
// Never fails: source is Read when the release numbers were found, Inferred when only SYSTEM spoke (the
// architecture, server or client, Vista or later), Unknown when nothing did; unknown fields stay empty.
WindowsVersion readWindowsVersion(RegistryStore& registry);

// True when the SubSystems "Windows" value (csrss's command line) has the token "ServerDll=sxssrv,4" (ASCII
// case ignored): the side-by-side server that csrss loads from Windows Vista / Server 2008 on. Every default
// of Vista and later has it (the real Windows 7 and 10 hives in ../shared/testdata/hives, ReactOS's list of
// the csrss command lines); NT 3.x/4.0, 2000, XP and 2003 have no sxssrv (the real NT 4.0 hive, KB184802's
// XP/2003 line). heapfix never adds or removes it, so what it says is the same before and after a change.
bool startsSideBySideServer(std::string_view windowsValue);

// A REG_SZ / REG_EXPAND_SZ as UTF-8 without its NUL; nullopt when missing or of another type.
std::optional<std::string> readText(RegistryStore& registry, const ValuePath& path);
// A REG_DWORD of exactly four bytes; nullopt when missing or of another type.
std::optional<std::uint32_t> readDword(RegistryStore& registry, const ValuePath& path);

} // namespace heapfix
