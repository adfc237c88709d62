#include "Inspection.h"

#include "../core/Utf16.h"

#include <fmt/format.h>

namespace heapfix {

Expected<std::u16string, Error> valueText(const RegistryValue& value, std::string_view subject) {
    if (value.type != ValueType::ExpandString && value.type != ValueType::String)
        return unexpected(makeError(ErrorCode::Malformed, std::string(subject),
                                    fmt::format("the value is {}, not a string", valueTypeName(value.type))));
    Expected<std::u16string, Error> text = decodeUtf16Le(value.data);
    if (!text)
        return unexpected(makeError(ErrorCode::Malformed, std::string(subject),
                                    "the value's bytes are not whole UTF-16 code units"));
    return text;
}

Expected<Inspection, Error> inspect(Target& target, Symptom symptom) {
    RegistryStore& registry = target.registry();
    const ValuePath path = subsystemsWindowsValue();
    Expected<RegistryValue, Error> value = registry.read(path);
    if (!value)
        return unexpected(value.error());

    Inspection inspection;
    inspection.target = target.info();
    inspection.windows = target.windowsVersion();
    inspection.key = registry.resolveKey(path.key);
    inspection.value = std::move(*value);
    Expected<std::u16string, Error> text = valueText(inspection.value, inspection.key);
    if (!text) {
        inspection.isText = false;
        inspection.parseError = SharedSectionParseError{SharedSectionError::NoToken, 0};
        return inspection;
    }
    inspection.text = std::move(*text);
    Expected<SharedSection, SharedSectionParseError> parsed = SharedSection::parse(inspection.text);
    if (!parsed) {
        inspection.parseError = parsed.error();
        return inspection;
    }
    inspection.sharedSection = *parsed;
    inspection.recommendation =
        RecommendationPolicy::recommend(inspection.windows, parsed->values(), symptom);
    return inspection;
}

} // namespace heapfix
