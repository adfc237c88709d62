// Reading regedit's .reg files (RegFile.h's parseRegFile): the bytes to text (UTF-16 with BOM, UTF-8, or
// REGEDIT4's ANSI code page), the text to lines, the lines to keys and values.
#include "RegFile.h"
#include "RegFileFormat.h"
#include "RegFileText.h"

#include "../core/Utf16.h"

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <span>

namespace heapfix {
namespace {

using regfile::decodeText;
using regfile::fileError;
using regfile::fromAnsi;
using regfile::Text;

Error lineError(ErrorCode code, std::string_view fileName, std::size_t line, std::string_view detail) {
    return fileError(code, fileName, fmt::format("line {}: {}", line, detail));
}

// ---- reading: lines ----

struct Line {
    std::size_t number = 0;
    std::u16string_view text;
};

std::vector<Line> splitLines(std::u16string_view text) {
    std::vector<Line> lines;
    std::size_t number = 1;
    while (!text.empty()) {
        const std::size_t end = text.find_first_of(u"\r\n");
        lines.push_back({number++, text.substr(0, end)});
        if (end == std::u16string_view::npos)
            break;
        const std::size_t next = text.substr(end, 2) == u"\r\n" ? end + 2 : end + 1;
        text.remove_prefix(next);
    }
    return lines;
}

bool isSpace(char16_t c) {
    return c == u' ' || c == u'\t' || c == 0x1A;
}

std::u16string_view trimmed(std::u16string_view text) {
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    return text;
}

bool startsWithIgnoringCase(std::u16string_view text, std::u16string_view prefix) {
    return text.size() >= prefix.size() &&
           std::equal(prefix.begin(), prefix.end(), text.begin(), [](char16_t a, char16_t b) {
               const auto lower = [](char16_t c) {
                   return c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
               };
               return lower(a) == lower(b);
           });
}

std::optional<int> hexDigit(char16_t c) {
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'a' && c <= u'f')
        return c - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c - u'A' + 10;
    return std::nullopt;
}

std::optional<std::uint32_t> parseHexNumber(std::u16string_view digits, std::size_t maxDigits) {
    if (digits.empty() || digits.size() > maxDigits)
        return std::nullopt;
    std::uint32_t number = 0;
    for (char16_t c : digits) {
        const std::optional<int> digit = hexDigit(c);
        if (!digit)
            return std::nullopt;
        number = number * 16 + static_cast<std::uint32_t>(*digit);
    }
    return number;
}

// What follows data on a line: nothing, or a comment.
bool onlyCommentLeft(std::u16string_view rest) {
    rest = trimmed(rest);
    return rest.empty() || rest.front() == u';';
}

class Parser {
public:
    Parser(std::vector<Line> lines, std::string_view fileName)
        : lines_(std::move(lines))
        , fileName_(fileName) {}

    Expected<RegFileDocument, Error> parse();

private:
    Expected<void, Error> parseHeader();
    Expected<void, Error> parseLine(const Line& line);
    Expected<void, Error> parseKey(const Line& line, std::u16string_view text);
    Expected<void, Error> parseValue(const Line& line, std::u16string_view text);
    Expected<std::u16string, Error> parseQuoted(const Line& line, std::u16string_view& text,
                                                bool escapesAllowed);
    Expected<RegistryValue, Error> parseData(const Line& line, std::u16string_view text);
    Expected<std::vector<std::uint8_t>, Error> parseHexBytes(const Line& line, std::u16string_view text);
    RegistryValue stringFromAnsiHex(ValueType type, const std::vector<std::uint8_t>& bytes) const;
    Error malformed(const Line& line, std::string_view detail) const {
        return lineError(ErrorCode::Malformed, fileName_, line.number, detail);
    }

    std::vector<Line> lines_;
    std::size_t next_ = 0;
    std::string_view fileName_;
    RegFileDocument document_;
};

Expected<RegFileDocument, Error> Parser::parse() {
    if (Expected<void, Error> header = parseHeader(); !header)
        return unexpected(header.error());
    while (next_ < lines_.size()) {
        const Line& line = lines_[next_++];
        if (Expected<void, Error> parsed = parseLine(line); !parsed)
            return unexpected(parsed.error());
    }
    return std::move(document_);
}

Expected<void, Error> Parser::parseHeader() {
    if (lines_.empty())
        return unexpected(fileError(ErrorCode::Malformed, fileName_, "empty file: no .reg header"));
    const std::u16string_view header = trimmed(lines_[next_++].text);
    if (header == regfile::kHeader5) {
        document_.format = RegFileDocument::Format::Regedit5;
    } else if (header == regfile::kHeader4) {
        document_.format = RegFileDocument::Format::Regedit4;
    } else {
        return unexpected(lineError(ErrorCode::Malformed, fileName_, 1,
                                    fmt::format("unknown header \"{}\": expected \"{}\" or \"{}\"",
                                                toUtf8(header.substr(0, 80)), toUtf8(regfile::kHeader5),
                                                toUtf8(regfile::kHeader4))));
    }
    return {};
}

Expected<void, Error> Parser::parseLine(const Line& line) {
    const std::u16string_view text = trimmed(line.text);
    if (text.empty() || text.front() == u';')
        return {};
    if (text.front() == u'[')
        return parseKey(line, text);
    if (text.front() == u'"' || text.front() == u'@')
        return parseValue(line, text);
    return unexpected(malformed(line, "neither a [key] nor a \"name\"=value line"));
}

Expected<void, Error> Parser::parseKey(const Line& line, std::u16string_view text) {
    const std::size_t close = text.rfind(u']');
    if (close == std::u16string_view::npos || !onlyCommentLeft(text.substr(close + 1)))
        return unexpected(malformed(line, "a key line must end with \"]\""));
    std::u16string_view path = text.substr(1, close - 1);
    RegFileKey key;
    if (!path.empty() && path.front() == u'-') {
        key.deleted = true;
        path.remove_prefix(1);
    }
    path = trimmed(path);
    if (path.empty())
        return unexpected(malformed(line, "a key line names no key"));
    key.path = toUtf8(path);
    document_.keys.push_back(std::move(key));
    return {};
}

Expected<void, Error> Parser::parseValue(const Line& line, std::u16string_view text) {
    if (document_.keys.empty())
        return unexpected(malformed(line, "a value before any [key]"));
    RegFileValue value;
    if (text.front() == u'@') {
        text.remove_prefix(1);
    } else {
        Expected<std::u16string, Error> name = parseQuoted(line, text, true);
        if (!name)
            return unexpected(name.error());
        value.name = toUtf8(*name);
    }
    text = trimmed(text);
    if (text.empty() || text.front() != u'=')
        return unexpected(malformed(line, "expected \"=\" after the value name"));
    text = trimmed(text.substr(1));
    if (!text.empty() && text.front() == u'-' && onlyCommentLeft(text.substr(1))) {
        value.deleted = true;
    } else {
        Expected<RegistryValue, Error> data = parseData(line, text);
        if (!data)
            return unexpected(data.error());
        value.value = std::move(*data);
    }
    document_.keys.back().values.push_back(std::move(value));
    return {};
}

// A "quoted" name or string; consumes it from `text`. regedit escapes only \\ and \"; Wine adds \n and \0.
Expected<std::u16string, Error> Parser::parseQuoted(const Line& line, std::u16string_view& text,
                                                    bool escapesAllowed) {
    std::u16string result;
    for (std::size_t i = 1; i < text.size(); ++i) {
        const char16_t c = text[i];
        if (c == u'"') {
            text.remove_prefix(i + 1);
            return result;
        }
        if (c != u'\\' || !escapesAllowed) {
            result.push_back(c);
            continue;
        }
        if (++i == text.size())
            break;
        switch (text[i]) {
        case u'\\':
        case u'"':
            result.push_back(text[i]);
            break;
        case u'n':
            result.push_back(u'\n');
            break;
        case u'0':
            result.push_back(u'\0');
            break;
        default:
            return unexpected(malformed(
                line, fmt::format("unknown escape \"\\{}\" in a quoted string", toUtf8(text.substr(i, 1)))));
        }
    }
    return unexpected(malformed(line, "unterminated string: no closing quote"));
}

Expected<RegistryValue, Error> Parser::parseData(const Line& line, std::u16string_view text) {
    if (!text.empty() && text.front() == u'"') {
        Expected<std::u16string, Error> string = parseQuoted(line, text, true);
        if (!string)
            return unexpected(string.error());
        if (!onlyCommentLeft(text))
            return unexpected(malformed(line, "unexpected text after the closing quote"));
        return RegistryValue::fromText(ValueType::String, *string);
    }
    if (startsWithIgnoringCase(text, u"dword:")) {
        const std::u16string_view rest = text.substr(6);
        const std::size_t end = std::min(rest.find(u';'), rest.size());
        const std::optional<std::uint32_t> number = parseHexNumber(trimmed(rest.substr(0, end)), 8);
        if (!number)
            return unexpected(malformed(line, "dword: needs 1 to 8 hex digits"));
        return RegistryValue::fromDword(*number);
    }
    ValueType type = ValueType::Binary;
    std::u16string_view bytes;
    if (startsWithIgnoringCase(text, u"hex:")) {
        bytes = text.substr(4);
    } else if (startsWithIgnoringCase(text, u"hex(")) {
        const std::size_t close = text.find(u"):");
        const std::optional<std::uint32_t> number =
            close == std::u16string_view::npos ? std::nullopt : parseHexNumber(text.substr(4, close - 4), 8);
        if (!number)
            return unexpected(malformed(line, "hex(N): needs a hex type number N"));
        type = static_cast<ValueType>(*number);
        bytes = text.substr(close + 2);
    } else {
        return unexpected(
            malformed(line, "unknown value data: expected \"string\", dword:, hex: or hex(N):"));
    }
    Expected<std::vector<std::uint8_t>, Error> data = parseHexBytes(line, bytes);
    if (!data)
        return unexpected(data.error());
    if (document_.format == RegFileDocument::Format::Regedit4 &&
        (type == ValueType::String || type == ValueType::ExpandString || type == ValueType::MultiString))
        return stringFromAnsiHex(type, *data);
    return RegistryValue{type, std::move(*data)};
}

// "xx,xx,...", continued onto the following lines after a trailing "\".
Expected<std::vector<std::uint8_t>, Error> Parser::parseHexBytes(const Line& line, std::u16string_view text) {
    std::vector<std::uint8_t> bytes;
    const Line* current = &line;
    for (;;) {
        text = trimmed(text.substr(0, std::min(text.find(u';'), text.size())));
        const bool continued = !text.empty() && text.back() == u'\\';
        if (continued)
            text = trimmed(text.substr(0, text.size() - 1));
        while (!text.empty()) {
            const std::size_t comma = std::min(text.find(u','), text.size());
            const std::optional<std::uint32_t> byte = parseHexNumber(trimmed(text.substr(0, comma)), 2);
            if (!byte)
                return unexpected(
                    malformed(*current, fmt::format("bad hex byte \"{}\"",
                                                    toUtf8(trimmed(text.substr(0, comma)).substr(0, 16)))));
            bytes.push_back(static_cast<std::uint8_t>(*byte));
            const bool last = comma == text.size();
            text.remove_prefix(std::min(comma + 1, text.size()));
            if (!last && trimmed(text).empty() && !continued)
                return unexpected(malformed(*current, "hex data ends with a comma and no \"\\\""));
        }
        if (!continued)
            return bytes;
        if (next_ >= lines_.size())
            return unexpected(malformed(*current, "hex data continues (\"\\\") past the end of the file"));
        current = &lines_[next_++];
        text = current->text;
    }
}

// REGEDIT4 writes the strings of hex(1), hex(2) and hex(7) in the ANSI code page, one byte a character.
RegistryValue Parser::stringFromAnsiHex(ValueType type, const std::vector<std::uint8_t>& bytes) const {
    return RegistryValue{type, encodeUtf16Le(fromAnsi(bytes))};
}

} // namespace

Expected<RegFileDocument, Error> parseRegFile(const std::vector<std::uint8_t>& bytes,
                                              std::string_view fileName) {
    Expected<Text, Error> text = decodeText(bytes, fileName);
    if (!text)
        return unexpected(text.error());
    return Parser(splitLines(text->text), fileName).parse();
}

} // namespace heapfix
