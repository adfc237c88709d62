#pragma once
// Proof that the size took effect (issue 13): the heap Windows actually gave the desktop this thread runs on,
// GetUserObjectInformationW(UOI_HEAPSIZE) on GetThreadDesktop(GetCurrentThreadId()). Windows silently falls
// back to smaller heaps when it cannot reserve the sizes asked for (ntdebugging, "Desktop Heap, part 2"); the
// front ends compare this with the setting. user32.dll is loaded on demand, from System32 only.

#include <cstdint>
#include <optional>
#include <string>

namespace heapfix {

struct DesktopHeapSize {
    std::optional<std::uint32_t> kilobytes; // as Windows reports it; nullopt where it cannot tell
    std::string reason;                     // English: why kilobytes is unknown
    std::string desktop;                    // "WinSta0\Default", where Windows names it
    std::optional<bool> interactive; // the window station is the visible one (WinSta0): the second number
                                     // applies; false: a service's station, the third
};

DesktopHeapSize currentDesktopHeapSize();

} // namespace heapfix
