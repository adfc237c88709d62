#include "EventXml.h"

#include "../core/Utf16.h"

#include <charconv>
#include <vector>

namespace heapfix {

namespace {

// Text with its character and entity references decoded (the five XML entities and &#N; / &#xH;).
std::string decodeEntities(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const std::size_t end = text[i] == '&' ? text.find(';', i) : std::string_view::npos;
        if (end == std::string_view::npos || end - i > 12) {
            out += text[i];
            continue;
        }
        const std::string_view name = text.substr(i + 1, end - i - 1);
        std::string replacement;
        if (name == "amp")
            replacement = "&";
        else if (name == "lt")
            replacement = "<";
        else if (name == "gt")
            replacement = ">";
        else if (name == "quot")
            replacement = "\"";
        else if (name == "apos")
            replacement = "'";
        else if (name.size() > 1 && name[0] == '#') {
            const bool hex = name[1] == 'x' || name[1] == 'X';
            const std::string_view digits = name.substr(hex ? 2 : 1);
            std::uint32_t code = 0;
            const auto [last, status] =
                std::from_chars(digits.data(), digits.data() + digits.size(), code, hex ? 16 : 10);
            if (status != std::errc() || last != digits.data() + digits.size() || code > 0x10FFFF)
                code = 0xFFFD;
            std::u16string unit;
            if (code >= 0x10000) {
                unit += char16_t(0xD800 + ((code - 0x10000) >> 10));
                unit += char16_t(0xDC00 + ((code - 0x10000) & 0x3FF));
            } else {
                unit += char16_t(code);
            }
            replacement = toUtf8(unit);
        } else {
            out += text[i];
            continue;
        }
        out += replacement;
        i = end;
    }
    return out;
}

std::vector<std::uint8_t> hexBytes(std::string_view text) {
    std::vector<std::uint8_t> bytes;
    int high = -1;
    for (char c : text) {
        int value = -1;
        if (c >= '0' && c <= '9')
            value = c - '0';
        else if (c >= 'a' && c <= 'f')
            value = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            value = c - 'A' + 10;
        if (value < 0)
            continue;
        if (high < 0) {
            high = value;
        } else {
            bytes.push_back(static_cast<std::uint8_t>(high * 16 + value));
            high = -1;
        }
    }
    return bytes;
}

template <typename Number>
std::optional<Number> number(std::string_view text) {
    while (!text.empty() &&
           (text.front() == ' ' || text.front() == '\n' || text.front() == '\r' || text.front() == '\t'))
        text.remove_prefix(1);
    Number value = 0;
    const auto [end, status] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (status != std::errc() || end == text.data())
        return std::nullopt;
    return value;
}

std::string_view localName(std::string_view name) {
    const std::size_t colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

// One start, end or empty-element tag: its local name and the raw text of its attributes.
struct Tag {
    std::string_view name;
    std::string_view attributes;
    bool closing = false;
    bool selfClosing = false;

    std::optional<std::string> attribute(std::string_view wanted) const {
        std::string_view rest = attributes;
        while (!rest.empty()) {
            const std::size_t equals = rest.find('=');
            if (equals == std::string_view::npos)
                return std::nullopt;
            std::string_view key = rest.substr(0, equals);
            while (!key.empty() &&
                   (key.front() == ' ' || key.front() == '\t' || key.front() == '\n' || key.front() == '\r'))
                key.remove_prefix(1);
            while (!key.empty() && (key.back() == ' ' || key.back() == '\t'))
                key.remove_suffix(1);
            std::size_t open = equals + 1;
            while (open < rest.size() && rest[open] == ' ')
                ++open;
            if (open >= rest.size() || (rest[open] != '"' && rest[open] != '\''))
                return std::nullopt;
            const std::size_t close = rest.find(rest[open], open + 1);
            if (close == std::string_view::npos)
                return std::nullopt;
            if (localName(key) == wanted)
                return decodeEntities(rest.substr(open + 1, close - open - 1));
            rest.remove_prefix(close + 1);
        }
        return std::nullopt;
    }
};

class EventXmlReader {
public:
    explicit EventXmlReader(std::string_view xml)
        : xml_(xml) {}

    std::optional<RenderedEvent> read() {
        std::size_t at = 0;
        while (at < xml_.size()) {
            const std::size_t open = xml_.find('<', at);
            if (open == std::string_view::npos)
                break;
            if (open > at)
                text_ += xml_.substr(at, open - at);
            if (xml_.compare(open, 4, "<!--") == 0) {
                at = skipPast(open, "-->");
            } else if (xml_.compare(open, 9, "<![CDATA[") == 0) {
                const std::size_t end = xml_.find("]]>", open);
                if (end == std::string_view::npos)
                    return std::nullopt;
                cdata_ += xml_.substr(open + 9, end - open - 9);
                at = end + 3;
            } else if (xml_.compare(open, 2, "<?") == 0 || xml_.compare(open, 2, "<!") == 0) {
                at = skipPast(open, ">");
            } else {
                const std::size_t close = findTagEnd(open);
                if (close == std::string_view::npos)
                    return std::nullopt;
                handle(parseTag(xml_.substr(open + 1, close - open - 1)));
                at = close + 1;
            }
        }
        if (!sawEvent_ || !sawId_ || event_.provider.empty())
            return std::nullopt;
        return std::move(event_);
    }

private:
    std::size_t skipPast(std::size_t from, std::string_view end) const {
        const std::size_t found = xml_.find(end, from);
        return found == std::string_view::npos ? xml_.size() : found + end.size();
    }

    // The ">" that ends the tag starting at `open`, outside quoted attribute values.
    std::size_t findTagEnd(std::size_t open) const {
        char quote = 0;
        for (std::size_t i = open + 1; i < xml_.size(); ++i) {
            const char c = xml_[i];
            if (quote) {
                if (c == quote)
                    quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i;
            }
        }
        return std::string_view::npos;
    }

    static Tag parseTag(std::string_view inside) {
        Tag tag;
        if (!inside.empty() && inside.front() == '/') {
            tag.closing = true;
            inside.remove_prefix(1);
        }
        if (!inside.empty() && inside.back() == '/') {
            tag.selfClosing = true;
            inside.remove_suffix(1);
        }
        std::size_t nameEnd = 0;
        while (nameEnd < inside.size() && inside[nameEnd] != ' ' && inside[nameEnd] != '\t' &&
               inside[nameEnd] != '\n' && inside[nameEnd] != '\r')
            ++nameEnd;
        tag.name = localName(inside.substr(0, nameEnd));
        tag.attributes = inside.substr(nameEnd);
        return tag;
    }

    bool inside(std::string_view name) const {
        for (const std::string_view& open : stack_)
            if (open == name)
                return true;
        return false;
    }

    void handle(const Tag& tag) {
        if (tag.closing) {
            finish(tag.name);
            return;
        }
        if (!stack_.empty())
            hadChild_.back() = true;
        start(tag);
        if (tag.selfClosing)
            finish(tag.name);
    }

    void start(const Tag& tag) {
        stack_.push_back(tag.name);
        hadChild_.push_back(false);
        text_.clear();
        cdata_.clear();
        if (tag.name == "Event" && stack_.size() == 1)
            sawEvent_ = true;
        if (!inside("System"))
            return;
        if (tag.name == "Provider") {
            event_.provider = tag.attribute("Name").value_or("");
            if (event_.provider.empty())
                event_.provider = tag.attribute("EventSourceName").value_or("");
        } else if (tag.name == "TimeCreated") {
            if (const auto when = tag.attribute("SystemTime"))
                if (const auto parsed = parseIso8601(*when))
                    event_.time = *parsed;
        }
    }

    void finish(std::string_view name) {
        if (stack_.empty() || stack_.back() != name)
            return; // not well-formed; what was read so far stands
        const bool leaf = !hadChild_.back();
        const std::string value = decodeEntities(text_) + cdata_;
        stack_.pop_back();
        hadChild_.pop_back();
        if (inside("System")) {
            if (name == "EventID") {
                if (const auto id = number<std::uint32_t>(value)) {
                    event_.eventId = *id;
                    sawId_ = true;
                }
            } else if (name == "EventRecordID") {
                event_.recordId = number<std::uint64_t>(value).value_or(0);
            }
        } else if (inside("EventData")) {
            if (name == "Data")
                event_.strings.push_back(value);
            else if (name == "Binary")
                event_.binary = hexBytes(value);
        } else if (inside("UserData") && leaf) {
            event_.strings.push_back(value);
        }
        text_.clear();
        cdata_.clear();
    }

    std::string_view xml_;
    std::vector<std::string_view> stack_;
    std::vector<bool> hadChild_;
    std::string text_;
    std::string cdata_;
    RenderedEvent event_;
    bool sawEvent_ = false;
    bool sawId_ = false;
};

} // namespace

std::string RenderedEvent::text() const {
    std::string joined;
    for (const std::string& part : strings) {
        if (!joined.empty())
            joined += '\n';
        joined += part;
    }
    return joined;
}

std::optional<RenderedEvent> parseEventXml(std::string_view xml) {
    return EventXmlReader(xml).read();
}

} // namespace heapfix
