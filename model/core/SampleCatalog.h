#pragma once
// The built-in sample installations: for each, the Windows it imitates and that release's real default
// "Windows" value, so that anyone can walk the whole repair on any machine. Qt-free and hivex-free: the
// hive writer (hive/) and any other backend build from this one table.

#include "WindowsVersion.h"

#include <string>
#include <string_view>
#include <vector>

namespace heapfix {

struct SampleDefinition {
    std::string name;            // "win10-x64"
    WindowsVersion windows;      // as its SOFTWARE hive reports it (source Read)
    std::u16string windowsValue; // the release's default SubSystems\Windows value, without NUL
    std::string processorArchitecture; // "AMD64" / "x86", as Session Manager\Environment has it
};

const std::vector<SampleDefinition>& sampleCatalog();
const SampleDefinition* findSample(std::string_view name);

} // namespace heapfix
