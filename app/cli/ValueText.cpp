#include "ValueText.h"

#include "model/core/Utf16.h"

#include <fmt/format.h>

namespace heapfix::cli {

namespace {

std::string hexBytes(const std::vector<std::uint8_t>& bytes) {
    std::string text;
    for (std::uint8_t byte : bytes)
        text += fmt::format("{:02x}", byte);
    return text;
}

} // namespace

ValueText valueText(const RegistryValue& value) {
    const bool isText = value.type == ValueType::String || value.type == ValueType::ExpandString;
    auto decoded = decodeUtf16Le(value.data);
    if (!isText || !decoded)
        return {hexBytes(value.data), std::nullopt};
    ValueText result{toUtf8(withoutTrailingNuls(*decoded)), std::nullopt};
    if (auto parsed = SharedSection::parse(*decoded))
        result.sharedSection = parsed->values();
    return result;
}

ValueText valueText(const Inspection& inspection) {
    ValueText result = valueText(inspection.value);
    if (inspection.sharedSection)
        result.sharedSection = inspection.sharedSection->values();
    return result;
}

} // namespace heapfix::cli
