#pragma once
// Proof that the size took effect (issue 13): the heap Windows actually gave a desktop, beside the setting
// that asks for it. Windows silently falls back to smaller heaps when it cannot reserve the sizes asked for
// (Microsoft ntdebugging, "Desktop Heap, part 2"), so a setting in the registry is only a wish until the
// measured size says otherwise. The measurement is Windows' (model/win32/DesktopHeap); the comparison is
// here, for every front end and every platform.

#include "model/core/SharedSection.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace heapfix {

struct DesktopHeapSize {
    std::optional<std::uint32_t> kilobytes; // as Windows reports it; nullopt where it cannot tell
    std::string reason;                     // English: why kilobytes is unknown
    std::string desktop;                    // "WinSta0\Default", where Windows names it
    std::optional<bool> interactive; // the window station is the visible one (WinSta0): the second number
                                     // applies; false: a service's station, the third
};

enum class HeapSizeVerdict {
    Unknown, // no size, or a desktop whose size no number of the setting decides (Winlogon, Disconnect)
    AsSet,   // Windows gave the desktop what the setting asks
    Smaller, // less than the setting asks: Windows fell back (or the setting is newer than this start)
    Larger,  // more than the setting asks: the setting is newer than this start of Windows
};

struct HeapSizeCheck {
    HeapSizeVerdict verdict = HeapSizeVerdict::Unknown;
    std::uint32_t measuredKb = 0;
    std::uint32_t settingKb = 0; // the number of the setting that applies to this desktop
    bool interactive = true;     // the second number applies (else the third)
};

// Compares the measured heap with the number of `setting` that decides it: the second for the visible
// window station's desktops, the third (or what Windows uses in its place) for a service's.
HeapSizeCheck checkHeapSize(const DesktopHeapSize& measured, const SharedSectionValues& setting);

std::string_view
heapSizeVerdictName(HeapSizeVerdict verdict); // "as_set", "smaller", "larger", "unknown" (JSON)

} // namespace heapfix
