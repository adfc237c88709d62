#include "WindowsVersion.h"

#include "EnumNames.h"

#include <array>
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

constexpr auto kArchitectureNames = enumNames<Architecture>({"unknown", "x86", "x64", "arm64", "ia64"});

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
    constexpr auto kNames = enumNames<WindowsFamily>(
        {"unknown",     "nt-3.1",      "nt-3.5",        "nt-3.51",        "nt-4.0",     "windows-2000",
         "windows-xp",  "server-2003", "windows-vista", "server-2008",    "windows-7",  "server-2008-r2",
         "windows-8",   "server-2012", "windows-8.1",   "server-2012-r2", "windows-10", "server-2016",
         "server-2019", "server-2022", "windows-11",    "server-2025"});
    return kNames.name(family);
}

std::string_view familyDisplayName(WindowsFamily family) {
    constexpr auto kNames = enumNames<WindowsFamily>(
        {"Unknown Windows", "Windows NT 3.1",      "Windows NT 3.5",      "Windows NT 3.51",
         "Windows NT 4.0",  "Windows 2000",        "Windows XP",          "Windows Server 2003",
         "Windows Vista",   "Windows Server 2008", "Windows 7",           "Windows Server 2008 R2",
         "Windows 8",       "Windows Server 2012", "Windows 8.1",         "Windows Server 2012 R2",
         "Windows 10",      "Windows Server 2016", "Windows Server 2019", "Windows Server 2022",
         "Windows 11",      "Windows Server 2025"},
        "Unknown Windows");
    return kNames.name(family);
}

std::string_view architectureName(Architecture architecture) {
    return kArchitectureNames.name(architecture);
}

std::string_view versionSourceName(VersionSource source) {
    constexpr auto kNames = enumNames<VersionSource>({"read", "inferred", "unknown"});
    return kNames.name(source);
}

Architecture architectureFromProcessorName(std::string_view processorArchitecture) {
    // PROCESSOR_ARCHITECTURE's spellings: architectureName()'s own in capitals, and "AMD64" for x64.
    if (equalsIgnoringAsciiCase(processorArchitecture, "AMD64"))
        return Architecture::X64;
    return kArchitectureNames.findIgnoringCase(processorArchitecture).value_or(Architecture::Unknown);
}

} // namespace heapfix
