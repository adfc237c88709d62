#pragma once
// Which Windows an installation is: read from the live system or an offline SOFTWARE hive.

#include <cstdint>
#include <string>
#include <string_view>

namespace heapfix {

enum class WindowsFamily {
    Unknown,
    NT31,
    NT35,
    NT351,
    NT4,
    Windows2000,
    WindowsXP,  // 5.1, and XP Professional x64 Edition (5.2 client)
    Server2003, // 5.2 server, R2 included
    Vista,
    Server2008,
    Windows7,
    Server2008R2,
    Windows8,
    Server2012,
    Windows81,
    Server2012R2,
    Windows10,
    Server2016,
    Server2019,
    Server2022,
    Windows11, // 10.0, build >= 22000, client
    Server2025,
};

enum class Architecture { Unknown, X86, X64, Arm64, Ia64 };

// How the version was learned: read from the system, inferred from other evidence (no SOFTWARE hive), or
// not known at all. Front ends say which.
enum class VersionSource { Read, Inferred, Unknown };

struct WindowsVersion {
    std::uint32_t major = 0;
    std::uint32_t minor = 0;
    std::uint32_t build = 0;
    std::string productName;      // "Windows 10 Pro" (ProductName), may be empty
    std::string edition;          // "Professional" (EditionID), may be empty
    std::string servicePack;      // "Service Pack 3" (CSDVersion), may be empty
    std::string installationType; // "Client", "Server", "Server Core" where known
    bool server = false;
    Architecture architecture = Architecture::Unknown; // of the operating system, not of this program
    VersionSource source = VersionSource::Unknown;
    // Only where the release numbers were not read: the SubSystems "Windows" value starts csrss with
    // "ServerDll=sxssrv,4", which only the defaults of Vista / Server 2008 and later have (NT 4.0, XP and
    // 2003 lack it). family() stays Unknown; displayName() says "Windows Vista or later". See VersionReader.
    bool vistaOrLater = false;

    WindowsFamily family() const;
    int bitness() const; // 32, 64, or 0 when unknown
    // "Windows 10", "Windows Server 2003 x64", "Windows NT 4.0"; without a release "Windows Vista or later"
    // (vistaOrLater; "Windows Server 2008 or later" on a server) or "Unknown Windows".
    std::string displayName() const;
};

std::string_view familyName(WindowsFamily family);        // "windows-10", "nt-4.0", ... (stable, for JSON)
std::string_view familyDisplayName(WindowsFamily family); // "Windows 10", "Windows NT 4.0"
std::string_view architectureName(Architecture architecture); // "x86", "x64", "arm64", "ia64", "unknown"
std::string_view versionSourceName(VersionSource source);     // "read", "inferred", "unknown" (for JSON)
Architecture architectureFromProcessorName(std::string_view processorArchitecture); // "AMD64" -> X64

} // namespace heapfix
