#include "SampleCatalog.h"

#include "Utf16.h"

#include <algorithm>

// Sources of the values below (kept beside each sample):
//  [nt4]   ../shared/testdata/hives/nt4-sp3-x86.SYSTEM, a real NT 4.0 SP3 hive (read with hivexget).
//  [w7]    ../shared/testdata/hives/win7-sp1-x86.SYSTEM, a real Windows 7 SP1 x86 hive.
//  [w10]   ../shared/testdata/hives/win10-1709-x64-dirty.SYSTEM, a real Windows 10 1709 x64 hive.
//  [kb184802] Microsoft KB 184802 / KB 126962 (seed 000): the XP/2003 "Windows" value, 1024,3072,512.
//  [kb142676] Microsoft KB 142676 (seed 002): the NT 4.0 value, two numbers 1024,3072.
//  [reactos]  ReactOS wiki, User:Hbelusca/CSRSS: the csrss command lines of NT 4 to 2003 and of 8 and later.
//  [ntdebug]  Microsoft NTDebugging blog, "Desktop Heap, part 2" (2007), which lists the heap sizes per
//             platform; 20480,768 for 64-bit XP/2003 is also what the x64 [w10] hive still carries.
//  [kb307973] Microsoft KB 307973 (recalled, not re-read): small dump on XP Pro, kernel dump on servers.
// Values marked "not confirmed" had no real hive of that release to check against.

namespace heapfix {
namespace {

SampleValue sz(std::string name, std::u16string text) {
    return SampleValue{std::move(name), ValueType::String, {std::move(text)}, 0};
}
SampleValue expandSz(std::string name, std::u16string text) {
    return SampleValue{std::move(name), ValueType::ExpandString, {std::move(text)}, 0};
}
SampleValue multiSz(std::string name, std::vector<std::u16string> texts) {
    return SampleValue{std::move(name), ValueType::MultiString, std::move(texts), 0};
}
SampleValue dword(std::string name, std::uint32_t number) {
    return SampleValue{std::move(name), ValueType::Dword, {}, number};
}

// The SubSystems values of NT 4.0 [nt4]. XP and 2003 are given the same entries (2003 x64 without OS/2);
// no real XP or 2003 hive was at hand to confirm them, unlike the "Windows" value itself.
std::vector<SampleValue> ntStyleSubsystems(bool withOs2) {
    std::vector<SampleValue> values{expandSz("Debug", u""),
                                    expandSz("Kmode", u"%SystemRoot%\\system32\\win32k.sys")};
    values.push_back(multiSz("Optional", withOs2 ? std::vector<std::u16string>{u"Os2", u"Posix"}
                                                 : std::vector<std::u16string>{u"Posix"}));
    if (withOs2)
        values.push_back(expandSz("Os2", u"%SystemRoot%\\system32\\os2ss.exe"));
    values.push_back(expandSz("Posix", u"%SystemRoot%\\system32\\psxss.exe"));
    values.push_back(multiSz("Required", {u"Debug", u"Windows"}));
    return values;
}

// Windows 10 1709 [w10]; 22H2 and 11 ship the same key.
std::vector<SampleValue> win10Subsystems() {
    return {sz("", u"mnmsrvc"), expandSz("Debug", u""),
            expandSz("Kmode", u"\\SystemRoot\\System32\\win32k.sys"), multiSz("Optional", {}),
            multiSz("Required", {u"Debug", u"Windows"})};
}

std::vector<SampleValue> win10CrashControl() { // [w10]: automatic memory dump (7)
    return {dword("AutoReboot", 1),
            dword("CrashDumpEnabled", 7),
            expandSz("DumpFile", u"%SystemRoot%\\MEMORY.DMP"),
            multiSz("DumpFilters", {u"dumpfve.sys"}),
            dword("LogEvent", 1),
            expandSz("MinidumpDir", u"%SystemRoot%\\Minidump"),
            dword("MinidumpsCount", 5),
            dword("Overwrite", 1)};
}

// XP and Server 2003 [kb307973], not confirmed: dump kind 3 (small) on XP Professional, 2 (kernel) on
// servers.
std::vector<SampleValue> xpEraCrashControl(std::uint32_t dumpKind) {
    return {dword("AutoReboot", 1),
            dword("CrashDumpEnabled", dumpKind),
            expandSz("DumpFile", u"%SystemRoot%\\MEMORY.DMP"),
            dword("LogEvent", 1),
            expandSz("MinidumpDir", u"%SystemRoot%\\Minidump"),
            dword("Overwrite", 1),
            dword("SendAlert", 1)};
}

// The csrss line of NT 4.0 to 2003 [reactos] with the release's SharedSection numbers.
std::u16string ntStyleWindowsValue(std::u16string_view sharedSection) {
    return u"%SystemRoot%\\system32\\csrss.exe ObjectDirectory=\\Windows SharedSection=" +
           std::u16string(sharedSection) +
           u" Windows=On SubSystemType=Windows ServerDll=basesrv,1 "
           u"ServerDll=winsrv:UserServerDllInitialization,3 ServerDll=winsrv:ConServerDllInitialization,2 "
           u"ProfileControl=Off MaxRequestThreads=16";
}

// A system-managed paging file, as Windows 7 and 10 write it [w7][w10].
std::vector<SampleValue> systemManagedPaging() {
    return {multiSz("PagingFiles", {u"?:\\pagefile.sys"}),
            multiSz("ExistingPageFiles", {u"\\??\\C:\\pagefile.sys"})};
}

// XP and 2003 setup sizes the paging file from the memory (1.5 x RAM, maximum twice that); the numbers
// are those of a 512 MiB XP machine and a 2 GiB server (not confirmed against a real hive).
std::vector<SampleValue> fixedPaging(std::u16string sizes) {
    return {multiSz("PagingFiles", {u"C:\\pagefile.sys " + sizes}),
            multiSz("ExistingPageFiles", {u"\\??\\C:\\pagefile.sys"})};
}

WindowsVersion version(std::uint32_t major, std::uint32_t minor, std::uint32_t build, std::string product,
                       std::string edition, std::string servicePack, std::string installationType,
                       bool server, Architecture architecture) {
    WindowsVersion v;
    v.major = major;
    v.minor = minor;
    v.build = build;
    v.productName = std::move(product);
    v.edition = std::move(edition);
    v.servicePack = std::move(servicePack);
    v.installationType = std::move(installationType);
    v.server = server;
    v.architecture = architecture;
    v.source = VersionSource::Read;
    return v;
}

SampleDefinition win10() {
    SampleDefinition s;
    s.name = "win10-x64";
    s.windows =
        version(10, 0, 19045, "Windows 10 Pro", "Professional", "", "Client", false, Architecture::X64);
    // [w10], character for character; [reactos] gives the same line for Windows 8 and later.
    s.windowsValue =
        u"%SystemRoot%\\system32\\csrss.exe ObjectDirectory=\\Windows SharedSection=1024,20480,768 "
        u"Windows=On SubSystemType=Windows ServerDll=basesrv,1 "
        u"ServerDll=winsrv:UserServerDllInitialization,3 ServerDll=sxssrv,4 ProfileControl=Off "
        u"MaxRequestThreads=16";
    s.processorArchitecture = "AMD64";
    s.currentVersion = u"6.3"; // frozen at 6.3 since 8.1 (SOURCES.md, PLATFORM-NOTES.md)
    s.displayVersion = u"22H2";
    s.otherSubsystemsValues = win10Subsystems();
    s.crashControl = win10CrashControl();
    s.memoryManagement = systemManagedPaging();
    return s;
}

SampleDefinition win11() {
    SampleDefinition s = win10();
    s.name = "win11-x64";
    // Windows 11 still writes "Windows 10 Pro" as ProductName; the build (>= 22000) tells them apart.
    s.windows =
        version(10, 0, 22631, "Windows 10 Pro", "Professional", "", "Client", false, Architecture::X64);
    s.displayVersion = u"23H2";
    return s;
}

SampleDefinition win7() {
    SampleDefinition s;
    s.name = "win7-x86";
    s.windows = version(6, 1, 7601, "Windows 7 Professional", "Professional", "Service Pack 1", "Client",
                        false, Architecture::X86);
    // [w7], character for character: 32-bit Vista and later use 1024,12288,512, here with sxssrv,4.
    s.windowsValue =
        u"%SystemRoot%\\system32\\csrss.exe ObjectDirectory=\\Windows SharedSection=1024,12288,512 "
        u"Windows=On SubSystemType=Windows ServerDll=basesrv,1 "
        u"ServerDll=winsrv:UserServerDllInitialization,3 ServerDll=winsrv:ConServerDllInitialization,2 "
        u"ServerDll=sxssrv,4 ProfileControl=Off MaxRequestThreads=16";
    s.processorArchitecture = "x86";
    s.currentVersion = u"6.1";
    s.otherSubsystemsValues = {sz("", u"mnmsrvc"),
                               expandSz("Debug", u""),
                               expandSz("Kmode", u"\\SystemRoot\\System32\\win32k.sys"),
                               multiSz("Optional", {u"Posix"}),
                               expandSz("Posix", u"%SystemRoot%\\system32\\psxss.exe"),
                               multiSz("Required", {u"Debug", u"Windows"})}; // [w7]
    s.crashControl = {dword("AutoReboot", 1),
                      dword("CrashDumpEnabled", 2),
                      dword("Overwrite", 1),
                      dword("LogEvent", 1),
                      dword("MinidumpsCount", 50),
                      expandSz("DumpFile", u"%SystemRoot%\\MEMORY.DMP"),
                      expandSz("MinidumpDir", u"%SystemRoot%\\Minidump"),
                      multiSz("DumpFilters", {u"dumpfve.sys"})}; // [w7]
    s.memoryManagement = systemManagedPaging();
    return s;
}

// XP and Server 2003 keep NT 4.0's csrss line ([reactos] lists the same ServerDlls) and differ only in their
// version, SharedSection numbers and paging file sizes; an x64 edition has no OS/2 subsystem.
SampleDefinition xpEra(std::string name, WindowsVersion windows, std::u16string_view sharedSection,
                       std::u16string pagingSizes) {
    const bool x64 = windows.architecture == Architecture::X64;
    SampleDefinition s;
    s.name = std::move(name);
    s.windowsValue = ntStyleWindowsValue(sharedSection);
    s.processorArchitecture = x64 ? "AMD64" : "x86";
    s.currentVersion = fromUtf8(std::to_string(windows.major) + "." + std::to_string(windows.minor));
    s.otherSubsystemsValues = ntStyleSubsystems(!x64);
    s.crashControl = xpEraCrashControl(windows.server ? 2 : 3);
    s.memoryManagement = fixedPaging(std::move(pagingSizes));
    s.windows = std::move(windows);
    return s;
}

SampleDefinition xp() {
    // [kb184802] quotes these numbers for XP and 2003 (32-bit).
    return xpEra(
        "xp-x86",
        version(5, 1, 2600, "Microsoft Windows XP", "", "Service Pack 3", "", false, Architecture::X86),
        u"1024,3072,512", u"768 1536");
}

SampleDefinition server2003x64() {
    // ProductName not checked against a real 2003 R2 hive (none is public here); EditionID and
    // InstallationType are left out as later additions (Vista, 7). The heap sizes are the 64-bit ones
    // [ntdebug].
    return xpEra("2003-x64",
                 version(5, 2, 3790, "Microsoft Windows Server 2003 R2", "", "Service Pack 2", "", true,
                         Architecture::X64),
                 u"1024,20480,768", u"3072 6144");
}

SampleDefinition nt4() {
    SampleDefinition s;
    s.name = "nt4-x86";
    // NT 4.0 has no ProductName, EditionID or InstallationType (SOURCES.md, nt4-sp3-x86.SOFTWARE).
    s.windows = version(4, 0, 1381, "", "", "Service Pack 6", "", false, Architecture::X86);
    // [nt4] (an SP3 hive, taken as the SP6 default too) and [kb142676], character for character: two
    // numbers, no non-interactive heap.
    s.windowsValue = ntStyleWindowsValue(u"1024,3072");
    s.processorArchitecture = "x86";
    s.currentVersion = u"4.0";
    s.otherSubsystemsValues = ntStyleSubsystems(true);
    s.crashControl = {dword("LogEvent", 1),
                      dword("SendAlert", 1),
                      dword("CrashDumpEnabled", 1),
                      dword("AutoReboot", 1),
                      expandSz("DumpFile", u"%SystemRoot%\\MEMORY.DMP"),
                      dword("Overwrite", 1)}; // [nt4]
    s.memoryManagement = {
        multiSz("PagingFiles", {u"C:\\pagefile.sys 267"})}; // [nt4]: no ExistingPageFiles yet
    return s;
}

std::vector<std::uint8_t> dwordBytes(std::uint32_t number) {
    return {static_cast<std::uint8_t>(number & 0xFFu), static_cast<std::uint8_t>((number >> 8) & 0xFFu),
            static_cast<std::uint8_t>((number >> 16) & 0xFFu),
            static_cast<std::uint8_t>((number >> 24) & 0xFFu)};
}

} // namespace

RegistryValue SampleValue::encoded() const {
    if (type == ValueType::Dword)
        return RegistryValue{type, dwordBytes(number)};
    std::u16string units;
    for (const std::u16string& part : text) {
        units += part;
        units += u'\0';
    }
    if (type == ValueType::MultiString || units.empty())
        units += u'\0';
    return RegistryValue{type, encodeUtf16Le(units)};
}

const std::vector<SampleDefinition>& sampleCatalog() {
    static const std::vector<SampleDefinition> catalog{win10(), win11(),         win7(),
                                                       xp(),    server2003x64(), nt4()};
    return catalog;
}

const SampleDefinition* findSample(std::string_view name) {
    const auto& catalog = sampleCatalog();
    const auto found = std::find_if(catalog.begin(), catalog.end(),
                                    [&](const SampleDefinition& s) { return s.name == name; });
    return found == catalog.end() ? nullptr : &*found;
}

std::vector<SampleKey> sampleSystemKeys(const SampleDefinition& sample) {
    const std::string control = std::string(kSampleControlSet) + "\\Control";
    std::vector<SampleValue> subsystems = sample.otherSubsystemsValues;
    subsystems.push_back(expandSz("Windows", sample.windowsValue));
    return {
        {"Select", {dword("Current", 1), dword("Default", 1), dword("Failed", 0), dword("LastKnownGood", 2)}},
        {control + "\\ProductOptions", {sz("ProductType", sample.windows.server ? u"ServerNT" : u"WinNT")}},
        {control + "\\Session Manager\\Environment",
         {sz("PROCESSOR_ARCHITECTURE", fromUtf8(sample.processorArchitecture))}},
        {control + "\\Session Manager\\SubSystems", std::move(subsystems)},
        {control + "\\Session Manager\\Memory Management", sample.memoryManagement},
        {control + "\\CrashControl", sample.crashControl},
    };
}

std::vector<SampleKey> sampleSoftwareKeys(const SampleDefinition& sample) {
    const WindowsVersion& v = sample.windows;
    std::vector<SampleValue> values{sz("CurrentVersion", sample.currentVersion),
                                    sz("CurrentBuildNumber", fromUtf8(std::to_string(v.build)))};
    if (v.major >= 10) { // the numeric fields exist from Windows 10 on
        values.push_back(dword("CurrentMajorVersionNumber", v.major));
        values.push_back(dword("CurrentMinorVersionNumber", v.minor));
    }
    const auto addText = [&](const char* name, const std::string& text) {
        if (!text.empty())
            values.push_back(sz(name, fromUtf8(text)));
    };
    addText("ProductName", v.productName);
    addText("EditionID", v.edition);
    addText("CSDVersion", v.servicePack);
    addText("InstallationType", v.installationType);
    if (!sample.displayVersion.empty())
        values.push_back(sz("DisplayVersion", sample.displayVersion));
    return {{"Microsoft\\Windows NT\\CurrentVersion", std::move(values)}};
}

} // namespace heapfix
