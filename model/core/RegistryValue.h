#pragma once
// One registry value as the registry stores it: its type and its raw bytes. Strings stay UTF-16LE bytes,
// NUL included, so that what is read can be written back byte for byte.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace heapfix {

enum class ValueType : std::uint32_t {
    None = 0,
    String = 1,       // REG_SZ
    ExpandString = 2, // REG_EXPAND_SZ
    Binary = 3,       // REG_BINARY
    Dword = 4,        // REG_DWORD
    DwordBigEndian = 5,
    Link = 6,
    MultiString = 7, // REG_MULTI_SZ
    ResourceList = 8,
    FullResourceDescriptor = 9,
    ResourceRequirementsList = 10,
    Qword = 11, // REG_QWORD
};

std::string_view valueTypeName(ValueType type); // "REG_EXPAND_SZ"; "REG_0x1234" style names are not returned
std::optional<ValueType> valueTypeFromName(std::string_view name);

struct RegistryValue {
    ValueType type = ValueType::None;
    std::vector<std::uint8_t> data;

    bool operator==(const RegistryValue&) const = default;

    // A REG_SZ / REG_EXPAND_SZ from text, encoded UTF-16LE with one terminating NUL, as Windows writes it.
    static RegistryValue fromText(ValueType type, std::u16string_view text);
    static RegistryValue fromDword(std::uint32_t value);
};

// Where a value lives. Keys are full paths with the root spelled out:
// "HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Control\Session Manager\SubSystems". Every store resolves
// CurrentControlSet itself (offline: through SYSTEM\Select\Current).
struct ValuePath {
    std::string key;
    std::string name;

    bool operator==(const ValuePath&) const = default;
};

// The value heapfix repairs.
inline constexpr std::string_view kSubSystemsKey =
    "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\SubSystems";
inline constexpr std::string_view kWindowsValueName = "Windows";
ValuePath subsystemsWindowsValue();

} // namespace heapfix
