#include "DesktopHeapSize.h"

#include "EnumNames.h"

#include <algorithm>
#include <cctype>

namespace heapfix {

namespace {

// WinSta0's Winlogon and Disconnect desktops have sizes of their own, not the setting's second number.
bool hasFixedSize(const std::string& desktop) {
    std::string name = desktop.substr(desktop.find_last_of('\\') + 1);
    std::transform(name.begin(), name.end(), name.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return name == "winlogon" || name == "disconnect";
}

} // namespace

HeapSizeCheck checkHeapSize(const DesktopHeapSize& measured, const SharedSectionValues& setting) {
    HeapSizeCheck check;
    if (!measured.kilobytes || !measured.interactive || hasFixedSize(measured.desktop))
        return check;
    check.measuredKb = *measured.kilobytes;
    check.interactive = *measured.interactive;
    check.settingKb = check.interactive ? setting.interactive : setting.effectiveNonInteractive();
    if (check.measuredKb == check.settingKb)
        check.verdict = HeapSizeVerdict::AsSet;
    else
        check.verdict =
            check.measuredKb < check.settingKb ? HeapSizeVerdict::Smaller : HeapSizeVerdict::Larger;
    return check;
}

std::string_view heapSizeVerdictName(HeapSizeVerdict verdict) {
    constexpr auto kNames = enumNames<HeapSizeVerdict>({"unknown", "as_set", "smaller", "larger"});
    return kNames.name(verdict);
}

} // namespace heapfix
