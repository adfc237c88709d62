#include "RegistryValue.h"

#include "Utf16.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

namespace heapfix {

namespace {

// regedit's names; the *_LITTLE_ENDIAN spellings are aliases winnt.h also defines.
constexpr std::array<std::pair<std::string_view, ValueType>, 14> kTypeNames{{
    {"REG_NONE", ValueType::None},
    {"REG_SZ", ValueType::String},
    {"REG_EXPAND_SZ", ValueType::ExpandString},
    {"REG_BINARY", ValueType::Binary},
    {"REG_DWORD", ValueType::Dword},
    {"REG_DWORD_BIG_ENDIAN", ValueType::DwordBigEndian},
    {"REG_LINK", ValueType::Link},
    {"REG_MULTI_SZ", ValueType::MultiString},
    {"REG_RESOURCE_LIST", ValueType::ResourceList},
    {"REG_FULL_RESOURCE_DESCRIPTOR", ValueType::FullResourceDescriptor},
    {"REG_RESOURCE_REQUIREMENTS_LIST", ValueType::ResourceRequirementsList},
    {"REG_QWORD", ValueType::Qword},
    {"REG_DWORD_LITTLE_ENDIAN", ValueType::Dword},
    {"REG_QWORD_LITTLE_ENDIAN", ValueType::Qword},
}};

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
        return std::toupper(static_cast<unsigned char>(x)) == std::toupper(static_cast<unsigned char>(y));
    });
}

} // namespace

std::string_view valueTypeName(ValueType type) {
    for (const auto& [name, known] : kTypeNames)
        if (known == type)
            return name;
    return "REG_UNKNOWN"; // a type number outside winnt.h's list (hives may hold any 32-bit type)
}

std::optional<ValueType> valueTypeFromName(std::string_view name) {
    for (const auto& [known, type] : kTypeNames)
        if (equalsIgnoringCase(known, name))
            return type;
    return std::nullopt;
}

RegistryValue RegistryValue::fromText(ValueType type, std::u16string_view text) {
    RegistryValue value{type, encodeUtf16Le(text)};
    value.data.push_back(0);
    value.data.push_back(0);
    return value;
}

RegistryValue RegistryValue::fromDword(std::uint32_t number) {
    RegistryValue value{ValueType::Dword, {}};
    for (int shift = 0; shift < 32; shift += 8)
        value.data.push_back(static_cast<std::uint8_t>((number >> shift) & 0xFF));
    return value;
}

ValuePath subsystemsWindowsValue() {
    return ValuePath{std::string(kSubSystemsKey), std::string(kWindowsValueName)};
}

} // namespace heapfix
