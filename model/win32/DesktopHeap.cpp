#include "DesktopHeap.h"

#include "Win32Text.h"

#include <fmt/format.h>

namespace heapfix {

namespace {

// The few user32 functions needed, loaded after the program restricted the DLL search (app/win32/DllSearch):
// importing user32 at link time would load it before main, and under it DLLs that are not KnownDLLs.
struct User32 {
    HMODULE module = nullptr;
    decltype(&GetThreadDesktop) threadDesktop = nullptr;
    decltype(&GetProcessWindowStation) windowStation = nullptr;
    decltype(&GetUserObjectInformationW) information = nullptr;

    static std::optional<User32> load() {
        User32 api;
        api.module = LoadLibraryExW(L"user32.dll", nullptr, LOAD_LIBRARY_SEARCH_SYSTEM32);
        if (!api.module)
            return std::nullopt;
        api.threadDesktop = reinterpret_cast<decltype(&GetThreadDesktop)>(
            reinterpret_cast<void*>(GetProcAddress(api.module, "GetThreadDesktop")));
        api.windowStation = reinterpret_cast<decltype(&GetProcessWindowStation)>(
            reinterpret_cast<void*>(GetProcAddress(api.module, "GetProcessWindowStation")));
        api.information = reinterpret_cast<decltype(&GetUserObjectInformationW)>(
            reinterpret_cast<void*>(GetProcAddress(api.module, "GetUserObjectInformationW")));
        if (!api.threadDesktop || !api.windowStation || !api.information)
            return std::nullopt;
        return api;
    }

    std::string name(HANDLE object) const {
        wchar_t text[256] = {};
        DWORD needed = 0;
        if (!information(object, UOI_NAME, text, sizeof text - sizeof(wchar_t), &needed))
            return {};
        return fromWide(text);
    }
};

} // namespace

DesktopHeapSize currentDesktopHeapSize() {
    DesktopHeapSize size;
    const std::optional<User32> user32 = User32::load();
    if (!user32) {
        size.reason = "user32.dll cannot be loaded: " + systemMessage(GetLastError());
        return size;
    }
    HDESK desktop = user32->threadDesktop(GetCurrentThreadId());
    if (!desktop) {
        size.reason = "this program runs on no desktop: " + systemMessage(GetLastError());
        return size;
    }
    HWINSTA station = user32->windowStation();
    const std::string stationName = station ? user32->name(station) : std::string();
    const std::string desktopName = user32->name(desktop);
    if (!desktopName.empty())
        size.desktop = stationName.empty() ? desktopName : stationName + "\\" + desktopName;
    USEROBJECTFLAGS flags{};
    DWORD needed = 0;
    if (station && user32->information(station, UOI_FLAGS, &flags, sizeof flags, &needed))
        size.interactive = (flags.dwFlags & WSF_VISIBLE) != 0;
    ULONG kilobytes = 0;
    if (!user32->information(desktop, UOI_HEAPSIZE, &kilobytes, sizeof kilobytes, &needed)) {
        size.reason = "Windows does not tell the desktop's heap size (UOI_HEAPSIZE, Vista and later): " +
                      systemMessage(GetLastError());
        return size;
    }
    if (kilobytes == 0) {
        size.reason = "Windows reports a desktop heap of 0 KB, which is no real size";
        return size;
    }
    size.kilobytes = static_cast<std::uint32_t>(kilobytes);
    return size;
}

} // namespace heapfix
