#include "RegFile.h"
#include "RegFileFormat.h"

#include "../core/Utf16.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <optional>
#include <span>

namespace heapfix {
namespace {

// regedit (and Wine's reg.exe, which copies it) ends a hex line once it holds 77 or more characters before
// the "\": so no line is longer than 80 characters with its "\" and CRLF.
constexpr std::size_t kHexLineLimit = 77;
constexpr std::u16string_view kHexContinuation = u"\\\r\n  ";

// ---- writing ----

std::u16string escapedName(std::u16string_view name) {
    std::u16string escaped;
    for (char16_t c : name) {
        if (c == u'\\' || c == u'"')
            escaped.push_back(u'\\');
        escaped.push_back(c);
    }
    return escaped;
}

std::u16string hexByte(std::uint8_t byte) {
    static constexpr char16_t kDigits[] = u"0123456789abcdef";
    return {kDigits[byte >> 4], kDigits[byte & 0xf]};
}

std::u16string typePrefix(ValueType type) {
    if (type == ValueType::Binary)
        return u"hex:";
    return fromUtf8(fmt::format("hex({:x}):", static_cast<std::uint32_t>(type)));
}

// "name"=hex(2):xx,xx,...\ wrapped exactly as regedit's export wraps it.
std::u16string hexValueLine(std::u16string line, const RegistryValue& value) {
    line += typePrefix(value.type);
    std::size_t lineLength = line.size();
    for (std::size_t i = 0; i < value.data.size(); ++i) {
        line += hexByte(value.data[i]);
        if (i + 1 == value.data.size())
            break;
        line += u',';
        lineLength += 3;
        if (lineLength >= kHexLineLimit) {
            line += kHexContinuation;
            lineLength = 2;
        }
    }
    return line;
}

std::u16string nameAssignment(std::string_view valueName) {
    if (valueName.empty())
        return u"@=";
    return u"\"" + escapedName(fromUtf8(valueName)) + u"\"=";
}

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
    const auto lower = [](char c) {
        return c >= 'A' && c <= 'Z' ? char(c + 32) : c;
    };
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [&](char x, char y) { return lower(x) == lower(y); });
}

Error refused(std::string subject, std::string detail) {
    return makeError(ErrorCode::Refused, std::move(subject), std::move(detail));
}

} // namespace

std::vector<std::uint8_t> writeRegFile(std::string_view key, std::string_view valueName,
                                       const RegistryValue& value) {
    std::u16string text(regfile::kHeader5);
    text += u"\r\n\r\n[" + fromUtf8(key) + u"]\r\n";
    text += hexValueLine(nameAssignment(valueName), value);
    text += u"\r\n\r\n";
    std::vector<std::uint8_t> bytes = {0xFF, 0xFE};
    const std::vector<std::uint8_t> encoded = encodeUtf16Le(text);
    bytes.insert(bytes.end(), encoded.begin(), encoded.end());
    return bytes;
}

Expected<RegistryValue, Error> singleValue(const RegFileDocument& document, std::string_view key,
                                           std::string_view resolvedKey, std::string_view valueName) {
    const std::string wanted = std::string(key) + "\\" + std::string(valueName);
    if (document.keys.size() != 1)
        return unexpected(
            refused(wanted, fmt::format("the file names {} keys; a restore file may name only this one",
                                        document.keys.size())));
    const RegFileKey& only = document.keys.front();
    if (only.deleted)
        return unexpected(refused(only.path, "the file deletes the whole key"));
    if (!equalsIgnoringCase(only.path, key) && !equalsIgnoringCase(only.path, resolvedKey))
        return unexpected(refused(only.path, fmt::format("the file names another key than {}", key)));
    if (only.values.size() != 1)
        return unexpected(
            refused(wanted, fmt::format("the file has {} values; a restore file may hold only \"{}\"",
                                        only.values.size(), valueName)));
    const RegFileValue& value = only.values.front();
    if (!equalsIgnoringCase(value.name, valueName))
        return unexpected(refused(only.path + "\\" + value.name,
                                  fmt::format("the file holds another value than \"{}\"", valueName)));
    if (value.deleted)
        return unexpected(refused(wanted, "the file deletes the value"));
    return value.value;
}

Expected<RegistryValue, Error> restorableValue(const RegFileDocument& document, std::string_view key,
                                               std::string_view resolvedKey, std::string_view valueName) {
    Expected<RegistryValue, Error> value = singleValue(document, key, resolvedKey, valueName);
    if (!value)
        return value;
    const std::string wanted = std::string(key) + "\\" + std::string(valueName);
    if (value->type != ValueType::ExpandString && value->type != ValueType::String)
        return unexpected(refused(
            wanted, fmt::format("the value is {}, not REG_EXPAND_SZ or REG_SZ", valueTypeName(value->type))));
    if (value->data.size() % 2 != 0)
        return unexpected(refused(wanted, "the string's bytes are not whole UTF-16 code units"));
    return value;
}

} // namespace heapfix
