#include "ValueChange.h"

#include "../core/SharedSection.h"
#include "../core/Utf16.h"

#include <fmt/format.h>

#include <optional>

namespace heapfix {

namespace {

// The value as UTF-16 code units, when it is a string of whole code units.
std::optional<std::u16string> codeUnits(const RegistryValue& value) {
    if (value.type != ValueType::String && value.type != ValueType::ExpandString)
        return std::nullopt;
    if (value.data.empty() || value.data.size() % 2 != 0)
        return std::nullopt;
    std::u16string text(value.data.size() / 2, u'\0');
    for (std::size_t i = 0; i < text.size(); ++i)
        text[i] = static_cast<char16_t>(value.data[2 * i] | (value.data[2 * i + 1] << 8));
    return text;
}

std::string parseProblem(const RegistryValue& value) {
    const std::optional<std::u16string> text = codeUnits(value);
    if (!text)
        return value.data.empty()
                   ? "it is empty"
                   : fmt::format("it is not a string of whole UTF-16 characters ({}, {} bytes)",
                                 valueTypeName(value.type), value.data.size());
    Expected<SharedSection, SharedSectionParseError> parsed = SharedSection::parse(*text);
    if (parsed)
        return {};
    return fmt::format("its SharedSection token does not parse ({} at character {})",
                       sharedSectionErrorName(parsed.error().code), parsed.error().position);
}

} // namespace

Expected<void, Error> checkValueChange(const RegistryValue& current, const RegistryValue& next,
                                       std::string_view subject) {
    const std::string name(subject);
    if (const std::string problem = parseProblem(current); !problem.empty())
        return unexpected(
            makeError(ErrorCode::Malformed, name,
                      "the current value is malformed (" + problem + "): heapfix changes nothing in it",
                      ErrorCause::CurrentValueMalformed));
    if (next.type != current.type)
        return unexpected(makeError(
            ErrorCode::Refused, name,
            fmt::format("the new value is {}, the current one {}: the type of this value never changes",
                        valueTypeName(next.type), valueTypeName(current.type)),
            ErrorCause::TypeWouldChange));
    if (const std::string problem = parseProblem(next); !problem.empty())
        return unexpected(makeError(ErrorCode::Refused, name,
                                    "the new value is not a valid Windows value (" + problem + ")",
                                    ErrorCause::ValueDoesNotParse));
    const std::u16string before = *codeUnits(current);
    const std::u16string after = *codeUnits(next);
    const SharedSection a = *SharedSection::parse(before);
    const SharedSection b = *SharedSection::parse(after);
    const bool headEqual = a.numbersBegin() == b.numbersBegin() &&
                           before.compare(0, a.numbersBegin(), after, 0, b.numbersBegin()) == 0;
    const bool tailEqual = before.substr(a.tokenEnd()) == after.substr(b.tokenEnd());
    if (!headEqual || !tailEqual)
        return unexpected(makeError(ErrorCode::Refused, name,
                                    "the new value differs from the current one outside the SharedSection "
                                    "numbers: only those numbers may change",
                                    ErrorCause::OtherCharactersDiffer));
    return {};
}

} // namespace heapfix
