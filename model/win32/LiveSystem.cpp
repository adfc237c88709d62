#include "LiveSystem.h"

#include "../core/VersionReader.h"
#include "Win32Text.h"

namespace heapfix {
namespace {

// Looked up at run time: these exist only on some Windows releases, and heapfix must start on all of them.
template <typename Function>
Function systemFunction(const wchar_t* module, const char* name) {
    HMODULE handle = GetModuleHandleW(module);
    return handle ? reinterpret_cast<Function>(reinterpret_cast<void*>(GetProcAddress(handle, name)))
                  : nullptr;
}

std::optional<RTL_OSVERSIONINFOEXW> rtlVersion() {
    using RtlGetVersionFn = LONG(WINAPI*)(RTL_OSVERSIONINFOEXW*);
    const auto rtlGetVersion = systemFunction<RtlGetVersionFn>(L"ntdll.dll", "RtlGetVersion");
    RTL_OSVERSIONINFOEXW info{};
    info.dwOSVersionInfoSize = sizeof(info);
    if (!rtlGetVersion || rtlGetVersion(&info) != 0)
        return std::nullopt;
    return info;
}

// Each architecture as IsWow64Process2 (an IMAGE_FILE_MACHINE_*) and SYSTEM_INFO (a PROCESSOR_ARCHITECTURE_*)
// name it.
struct NativeArchitecture {
    USHORT machine;
    WORD processor;
    Architecture architecture;
};
constexpr NativeArchitecture kNativeArchitectures[] = {
    {IMAGE_FILE_MACHINE_AMD64, PROCESSOR_ARCHITECTURE_AMD64, Architecture::X64},
    {IMAGE_FILE_MACHINE_I386, PROCESSOR_ARCHITECTURE_INTEL, Architecture::X86},
    {IMAGE_FILE_MACHINE_ARM64, PROCESSOR_ARCHITECTURE_ARM64, Architecture::Arm64},
    {IMAGE_FILE_MACHINE_IA64, PROCESSOR_ARCHITECTURE_IA64, Architecture::Ia64},
};

Architecture architectureOfMachine(USHORT machine) {
    for (const NativeArchitecture& known : kNativeArchitectures)
        if (known.machine == machine)
            return known.architecture;
    return Architecture::Unknown;
}

Architecture architectureOfProcessor(WORD processorArchitecture) {
    for (const NativeArchitecture& known : kNativeArchitectures)
        if (known.processor == processorArchitecture)
            return known.architecture;
    return Architecture::Unknown;
}

bool isAdministratorsMember() {
    SID_IDENTIFIER_AUTHORITY ntAuthority = SECURITY_NT_AUTHORITY;
    PSID administrators = nullptr;
    if (!AllocateAndInitializeSid(&ntAuthority, 2, SECURITY_BUILTIN_DOMAIN_RID, DOMAIN_ALIAS_RID_ADMINS, 0, 0,
                                  0, 0, 0, 0, &administrators))
        return false;
    BOOL member = FALSE;
    if (!CheckTokenMembership(nullptr, administrators, &member))
        member = FALSE;
    FreeSid(administrators);
    return member != FALSE;
}

} // namespace

bool runningUnderWine() {
    using WineGetVersionFn = const char*(CDECL*)();
    return systemFunction<WineGetVersionFn>(L"ntdll.dll", "wine_get_version") != nullptr;
}

Architecture liveArchitecture() {
    using IsWow64Process2Fn = BOOL(WINAPI*)(HANDLE, USHORT*, USHORT*);
    if (const auto isWow64Process2 = systemFunction<IsWow64Process2Fn>(L"kernel32.dll", "IsWow64Process2")) {
        USHORT processMachine = 0;
        USHORT nativeMachine = 0;
        if (isWow64Process2(GetCurrentProcess(), &processMachine, &nativeMachine))
            return architectureOfMachine(nativeMachine);
    }
    using GetNativeSystemInfoFn = void(WINAPI*)(SYSTEM_INFO*);
    SYSTEM_INFO info{};
    if (const auto getNativeSystemInfo =
            systemFunction<GetNativeSystemInfoFn>(L"kernel32.dll", "GetNativeSystemInfo"))
        getNativeSystemInfo(&info);
    else
        GetSystemInfo(&info); // Windows 2000 and older: no WOW64, the process sees the real processor
    return architectureOfProcessor(info.wProcessorArchitecture);
}

std::optional<bool> processIsElevated() {
    HANDLE token = nullptr;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token))
        return std::nullopt;
    TOKEN_ELEVATION elevation{};
    DWORD size = 0;
    const BOOL known = GetTokenInformation(token, TokenElevation, &elevation, sizeof(elevation), &size);
    CloseHandle(token);
    if (known)
        return elevation.TokenIsElevated != 0;
    return isAdministratorsMember(); // before Vista there is no elevation: an administrator has every right
}

WindowsVersion liveWindowsVersion(RegistryStore& liveRegistry) {
    WindowsVersion version = readWindowsVersion(liveRegistry);
    if (const auto info = rtlVersion()) {
        version.major = info->dwMajorVersion;
        version.minor = info->dwMinorVersion;
        version.build = info->dwBuildNumber;
        version.servicePack = fromWide(info->szCSDVersion);
        version.server = info->wProductType != VER_NT_WORKSTATION;
        version.source = VersionSource::Read;
    }
    version.architecture = liveArchitecture();
    return version;
}

} // namespace heapfix
