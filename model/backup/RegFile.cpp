#include "RegFile.h"

#include "../core/Utf16.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <optional>
#include <span>

namespace heapfix {
namespace {

constexpr std::u16string_view kHeader5 = u"Windows Registry Editor Version 5.00";
constexpr std::u16string_view kHeader4 = u"REGEDIT4";
// regedit (and Wine's reg.exe, which copies it) ends a hex line once it holds 77 or more characters before
// the
// "\": so no line is longer than 80 characters with its "\" and CRLF.
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

// ---- reading: bytes to text ----

struct Text {
    std::u16string text;
    bool ansi = false; // no BOM and not UTF-8: REGEDIT4's ANSI code page
};

Error fileError(ErrorCode code, std::string_view fileName, std::string detail) {
    return makeError(code, std::string(fileName), std::move(detail));
}

Error lineError(ErrorCode code, std::string_view fileName, std::size_t line, std::string_view detail) {
    return fileError(code, fileName, fmt::format("line {}: {}", line, detail));
}

// Windows-1252, the ANSI code page of the Western Windows installations REGEDIT4 files come from; its
// 0x80-0x9F.
constexpr std::array<char16_t, 32> kCp1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

std::u16string fromAnsi(std::span<const std::uint8_t> bytes) {
    std::u16string text;
    for (std::uint8_t byte : bytes)
        text.push_back(byte >= 0x80 && byte < 0xA0 ? kCp1252High[byte - 0x80] : char16_t(byte));
    return text;
}

bool isValidUtf8(std::string_view bytes) {
    // fromUtf8 turns each invalid sequence into U+FFFD: more U+FFFD out than encoded ones in means invalid.
    const std::u16string decoded = fromUtf8(bytes);
    const auto replaced = std::count(decoded.begin(), decoded.end(), u'\xFFFD');
    std::size_t encoded = 0;
    for (std::size_t at = bytes.find("\xEF\xBF\xBD"); at != std::string_view::npos;
         at = bytes.find("\xEF\xBF\xBD", at + 3))
        ++encoded;
    return static_cast<std::size_t>(replaced) == encoded;
}

// Text files have no NULs and no control characters other than tab, CR, LF (and a DOS end-of-file mark).
std::optional<std::size_t> firstBinaryCharacter(std::u16string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] < 0x20 && text[i] != u'\t' && text[i] != u'\r' && text[i] != u'\n' && text[i] != 0x1A)
            return i;
    return std::nullopt;
}

Expected<Text, Error> decodeText(const std::vector<std::uint8_t>& bytes, std::string_view fileName) {
    if (bytes.size() > kMaxRegFileBytes)
        return unexpected(
            fileError(ErrorCode::Malformed, fileName,
                      fmt::format("{} bytes is too large for a .reg restore file (at most {} bytes)",
                                  bytes.size(), kMaxRegFileBytes)));
    Text result;
    if (bytes.size() >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) {
        if (bytes.size() % 2 != 0)
            return unexpected(
                fileError(ErrorCode::Corrupt, fileName,
                          "truncated UTF-16: an odd number of bytes after the byte order mark"));
        Expected<std::u16string, Error> decoded = decodeUtf16Le({bytes.begin() + 2, bytes.end()});
        if (!decoded)
            return unexpected(fileError(ErrorCode::Corrupt, fileName, decoded.error().detail));
        result.text = std::move(*decoded);
    } else if (bytes.size() >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) {
        return unexpected(
            fileError(ErrorCode::Corrupt, fileName, "UTF-16 big-endian is not a .reg file encoding"));
    } else {
        const bool bom = bytes.size() >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        const std::string_view raw(reinterpret_cast<const char*>(bytes.data()) + (bom ? 3 : 0),
                                   bytes.size() - (bom ? 3 : 0));
        if (raw.find('\0') != std::string_view::npos)
            return unexpected(
                fileError(ErrorCode::Corrupt, fileName, "binary data (NUL bytes): not a .reg text file"));
        result.ansi = !bom && !isValidUtf8(raw);
        if (result.ansi)
            result.text = fromAnsi({reinterpret_cast<const std::uint8_t*>(raw.data()), raw.size()});
        else
            result.text = fromUtf8(raw);
    }
    if (const auto at = firstBinaryCharacter(result.text))
        return unexpected(
            fileError(ErrorCode::Corrupt, fileName,
                      fmt::format("binary data (control character {:#04x} at character {}): not a "
                                  ".reg text file",
                                  static_cast<unsigned>(result.text[*at]), *at)));
    return result;
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
    if (header == kHeader5) {
        document_.format = RegFileDocument::Format::Regedit5;
    } else if (header == kHeader4) {
        document_.format = RegFileDocument::Format::Regedit4;
    } else {
        return unexpected(
            lineError(ErrorCode::Malformed, fileName_, 1,
                      fmt::format("unknown header \"{}\": expected \"{}\" or \"{}\"",
                                  toUtf8(header.substr(0, 80)), toUtf8(kHeader5), toUtf8(kHeader4))));
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
    std::u16string text(kHeader5);
    text += u"\r\n\r\n[" + fromUtf8(key) + u"]\r\n";
    text += hexValueLine(nameAssignment(valueName), value);
    text += u"\r\n\r\n";
    std::vector<std::uint8_t> bytes = {0xFF, 0xFE};
    const std::vector<std::uint8_t> encoded = encodeUtf16Le(text);
    bytes.insert(bytes.end(), encoded.begin(), encoded.end());
    return bytes;
}

Expected<RegFileDocument, Error> parseRegFile(const std::vector<std::uint8_t>& bytes,
                                              std::string_view fileName) {
    Expected<Text, Error> text = decodeText(bytes, fileName);
    if (!text)
        return unexpected(text.error());
    return Parser(splitLines(text->text), fileName).parse();
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
