#include "RegistryValue.h"

#include "EnumNames.h"
#include "Utf16.h"

namespace heapfix {

namespace {

// regedit's names, which are winnt.h's. A hive may hold any 32-bit type number: the ones winnt.h does not
// name are "REG_UNKNOWN".
constexpr auto kTypeNames =
    enumNames<ValueType>({"REG_NONE", "REG_SZ", "REG_EXPAND_SZ", "REG_BINARY", "REG_DWORD",
                          "REG_DWORD_BIG_ENDIAN", "REG_LINK", "REG_MULTI_SZ", "REG_RESOURCE_LIST",
                          "REG_FULL_RESOURCE_DESCRIPTOR", "REG_RESOURCE_REQUIREMENTS_LIST", "REG_QWORD"},
                         "REG_UNKNOWN");

} // namespace

std::string_view valueTypeName(ValueType type) {
    return kTypeNames.name(type);
}

std::optional<ValueType> valueTypeFromName(std::string_view name) {
    // The *_LITTLE_ENDIAN spellings are aliases winnt.h also defines.
    if (equalsIgnoringAsciiCase(name, "REG_DWORD_LITTLE_ENDIAN"))
        return ValueType::Dword;
    if (equalsIgnoringAsciiCase(name, "REG_QWORD_LITTLE_ENDIAN"))
        return ValueType::Qword;
    return kTypeNames.findIgnoringCase(name);
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
