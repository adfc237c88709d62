#pragma once
// The built-in sample installations: for each, the Windows it imitates and that release's real default
// "Windows" value, so that anyone can walk the whole repair on any machine. Qt-free and hivex-free: the
// hive writer (hive/) and any other backend build from this one table.

#include "RegistryValue.h"
#include "WindowsVersion.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace heapfix {

// One value of a sample hive, spelled the way the catalog writes it down: text, a list of texts or a number.
struct SampleValue {
    std::string name; // "" is the key's default value ("@" in .reg files)
    ValueType type = ValueType::String;
    std::vector<std::u16string> text; // REG_SZ / REG_EXPAND_SZ: one string; REG_MULTI_SZ: each string
    std::uint32_t number = 0;         // REG_DWORD

    // The bytes Windows stores: UTF-16LE with one NUL per string (and one more after a list), DWORDs
    // little-endian. An empty REG_MULTI_SZ is a single NUL, as Windows 10 stores SubSystems\Optional.
    RegistryValue encoded() const;
};

// A key of a sample hive with its values; the path is relative to the hive's root, "\"-separated.
struct SampleKey {
    std::string path; // "ControlSet001\Control\Session Manager\SubSystems"
    std::vector<SampleValue> values;
};

struct SampleDefinition {
    std::string name;                  // "win10-x64"
    WindowsVersion windows;            // as its SOFTWARE hive reports it (source Read)
    std::u16string windowsValue;       // the release's default SubSystems\Windows value, without NUL
    std::string processorArchitecture; // "AMD64" / "x86", as Session Manager\Environment has it
    std::u16string currentVersion;     // SOFTWARE CurrentVersion as the release writes it ("6.3" on 10)
    std::u16string displayVersion;     // "22H2" on Windows 10 2004 and later, else empty
    // The release's other SubSystems values (Debug, Kmode, Optional, Required, Posix, Os2, the default).
    std::vector<SampleValue> otherSubsystemsValues;
    std::vector<SampleValue> crashControl;     // ControlSet001\Control\CrashControl
    std::vector<SampleValue> memoryManagement; // PagingFiles / ExistingPageFiles (Session Manager\...)
};

const std::vector<SampleDefinition>& sampleCatalog();
const SampleDefinition* findSample(std::string_view name);

// Every key and value of the sample's SYSTEM and SOFTWARE hives, derived from the definition above (one
// place says what a sample installation holds; the hive writer and any other backend just write it).
std::vector<SampleKey> sampleSystemKeys(const SampleDefinition& sample);
std::vector<SampleKey> sampleSoftwareKeys(const SampleDefinition& sample);

// The SYSTEM hive's only control set in a sample (Select\Current = 1).
inline constexpr std::string_view kSampleControlSet = "ControlSet001";

} // namespace heapfix
