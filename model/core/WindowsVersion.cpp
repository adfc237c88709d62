#include "WindowsVersion.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

namespace heapfix {

namespace {

// First build of each Windows Server release on the 10.0 kernel. Builds between two releases (the
// semi-annual "Windows Server, version 1709 .. 20H2 / 23H2" channel) count as the release before them;
// technical previews before 14393 count as 2016.
constexpr std::uint32_t kServer2019Build = 17763;
constexpr std::uint32_t kServer2022Build = 20348;
constexpr std::uint32_t kServer2025Build = 26100;
constexpr std::uint32_t kWindows11Build = 22000;

WindowsFamily nt3Family(std::uint32_t minor) {
    // GetVersion() and CurrentVersion say 3.10, 3.50 and 3.51; "3.1" and "3.5" are accepted as written.
    switch (minor) {
    case 1:
    case 10:
        return WindowsFamily::NT31;
    case 5:
    case 50:
        return WindowsFamily::NT35;
    case 51:
        return WindowsFamily::NT351;
    default:
        return WindowsFamily::Unknown;
    }
}

WindowsFamily nt5Family(std::uint32_t minor, bool server) {
    switch (minor) {
    case 0:
        return WindowsFamily::Windows2000;
    case 1:
        return WindowsFamily::WindowsXP;
    case 2: // XP Professional x64 Edition shares 5.2 with Server 2003
        return server ? WindowsFamily::Server2003 : WindowsFamily::WindowsXP;
    default:
        return WindowsFamily::Unknown;
    }
}

WindowsFamily nt6Family(std::uint32_t minor, bool server) {
    constexpr std::array<std::pair<WindowsFamily, WindowsFamily>, 4> kClientServer{{
        {WindowsFamily::Vista, WindowsFamily::Server2008},
        {WindowsFamily::Windows7, WindowsFamily::Server2008R2},
        {WindowsFamily::Windows8, WindowsFamily::Server2012},
        {WindowsFamily::Windows81, WindowsFamily::Server2012R2},
    }};
    if (minor >= kClientServer.size())
        return WindowsFamily::Unknown;
    return server ? kClientServer[minor].second : kClientServer[minor].first;
}

WindowsFamily nt10Family(std::uint32_t build, bool server) {
    if (!server)
        return build >= kWindows11Build ? WindowsFamily::Windows11 : WindowsFamily::Windows10;
    if (build >= kServer2025Build)
        return WindowsFamily::Server2025;
    if (build >= kServer2022Build)
        return WindowsFamily::Server2022;
    if (build >= kServer2019Build)
        return WindowsFamily::Server2019;
    return WindowsFamily::Server2016;
}

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
        return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
    });
}

} // namespace

WindowsFamily WindowsVersion::family() const {
    switch (major) {
    case 3:
        return nt3Family(minor);
    case 4:
        return minor == 0 ? WindowsFamily::NT4 : WindowsFamily::Unknown;
    case 5:
        return nt5Family(minor, server);
    case 6:
        return nt6Family(minor, server);
    case 10:
        return minor == 0 ? nt10Family(build, server) : WindowsFamily::Unknown;
    default:
        return WindowsFamily::Unknown;
    }
}

int WindowsVersion::bitness() const {
    switch (architecture) {
    case Architecture::X86:
        return 32;
    case Architecture::X64:
    case Architecture::Arm64:
    case Architecture::Ia64:
        return 64;
    case Architecture::Unknown:
        break;
    }
    // Some releases only ever existed in one width: NT 3.x/4.0 and 2000 (also on Alpha, MIPS, PowerPC: all
    // 32-bit there), and 5.2 client, which is XP x64 (or the Itanium XP, also 64-bit).
    const WindowsFamily known = family();
    if (known >= WindowsFamily::NT31 && known <= WindowsFamily::Windows2000)
        return 32;
    if (known == WindowsFamily::WindowsXP && minor == 2)
        return 64;
    return 0;
}

std::string WindowsVersion::displayName() const {
    const WindowsFamily known = family();
    if (known == WindowsFamily::Unknown) {
        if (major == 0 && vistaOrLater)
            return server ? "Windows Server 2008 or later" : "Windows Vista or later";
        if (major == 0)
            return std::string(familyDisplayName(known));
        return "Windows NT " + std::to_string(major) + "." + std::to_string(minor);
    }
    std::string name(familyDisplayName(known));
    // XP and Server 2003 had separately named 64-bit editions; later releases do not say it in their name.
    const bool legacy64 =
        (known == WindowsFamily::WindowsXP || known == WindowsFamily::Server2003) && bitness() == 64;
    if (legacy64)
        name += architecture == Architecture::Ia64 ? " Itanium" : " x64";
    return name;
}

std::string_view familyName(WindowsFamily family) {
    switch (family) {
    case WindowsFamily::Unknown:
        return "unknown";
    case WindowsFamily::NT31:
        return "nt-3.1";
    case WindowsFamily::NT35:
        return "nt-3.5";
    case WindowsFamily::NT351:
        return "nt-3.51";
    case WindowsFamily::NT4:
        return "nt-4.0";
    case WindowsFamily::Windows2000:
        return "windows-2000";
    case WindowsFamily::WindowsXP:
        return "windows-xp";
    case WindowsFamily::Server2003:
        return "server-2003";
    case WindowsFamily::Vista:
        return "windows-vista";
    case WindowsFamily::Server2008:
        return "server-2008";
    case WindowsFamily::Windows7:
        return "windows-7";
    case WindowsFamily::Server2008R2:
        return "server-2008-r2";
    case WindowsFamily::Windows8:
        return "windows-8";
    case WindowsFamily::Server2012:
        return "server-2012";
    case WindowsFamily::Windows81:
        return "windows-8.1";
    case WindowsFamily::Server2012R2:
        return "server-2012-r2";
    case WindowsFamily::Windows10:
        return "windows-10";
    case WindowsFamily::Server2016:
        return "server-2016";
    case WindowsFamily::Server2019:
        return "server-2019";
    case WindowsFamily::Server2022:
        return "server-2022";
    case WindowsFamily::Windows11:
        return "windows-11";
    case WindowsFamily::Server2025:
        return "server-2025";
    }
    return "unknown";
}

std::string_view familyDisplayName(WindowsFamily family) {
    switch (family) {
    case WindowsFamily::Unknown:
        return "Unknown Windows";
    case WindowsFamily::NT31:
        return "Windows NT 3.1";
    case WindowsFamily::NT35:
        return "Windows NT 3.5";
    case WindowsFamily::NT351:
        return "Windows NT 3.51";
    case WindowsFamily::NT4:
        return "Windows NT 4.0";
    case WindowsFamily::Windows2000:
        return "Windows 2000";
    case WindowsFamily::WindowsXP:
        return "Windows XP";
    case WindowsFamily::Server2003:
        return "Windows Server 2003";
    case WindowsFamily::Vista:
        return "Windows Vista";
    case WindowsFamily::Server2008:
        return "Windows Server 2008";
    case WindowsFamily::Windows7:
        return "Windows 7";
    case WindowsFamily::Server2008R2:
        return "Windows Server 2008 R2";
    case WindowsFamily::Windows8:
        return "Windows 8";
    case WindowsFamily::Server2012:
        return "Windows Server 2012";
    case WindowsFamily::Windows81:
        return "Windows 8.1";
    case WindowsFamily::Server2012R2:
        return "Windows Server 2012 R2";
    case WindowsFamily::Windows10:
        return "Windows 10";
    case WindowsFamily::Server2016:
        return "Windows Server 2016";
    case WindowsFamily::Server2019:
        return "Windows Server 2019";
    case WindowsFamily::Server2022:
        return "Windows Server 2022";
    case WindowsFamily::Windows11:
        return "Windows 11";
    case WindowsFamily::Server2025:
        return "Windows Server 2025";
    }
    return "Unknown Windows";
}

std::string_view architectureName(Architecture architecture) {
    switch (architecture) {
    case Architecture::X86:
        return "x86";
    case Architecture::X64:
        return "x64";
    case Architecture::Arm64:
        return "arm64";
    case Architecture::Ia64:
        return "ia64";
    case Architecture::Unknown:
        break;
    }
    return "unknown";
}

std::string_view versionSourceName(VersionSource source) {
    switch (source) {
    case VersionSource::Read:
        return "read";
    case VersionSource::Inferred:
        return "inferred";
    case VersionSource::Unknown:
        break;
    }
    return "unknown";
}

Architecture architectureFromProcessorName(std::string_view processorArchitecture) {
    // PROCESSOR_ARCHITECTURE's spellings, and architectureName()'s own so that a JSON round trip works.
    constexpr std::array<std::pair<std::string_view, Architecture>, 5> kNames{{
        {"x86", Architecture::X86},
        {"AMD64", Architecture::X64},
        {"x64", Architecture::X64},
        {"ARM64", Architecture::Arm64},
        {"IA64", Architecture::Ia64},
    }};
    for (const auto& [name, architecture] : kNames)
        if (equalsIgnoringCase(name, processorArchitecture))
            return architecture;
    return Architecture::Unknown;
}

} // namespace heapfix
