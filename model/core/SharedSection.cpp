#include "SharedSection.h"

#include "EnumNames.h"

#include <algorithm>
#include <limits>
#include <vector>

namespace heapfix {

namespace {

constexpr std::u16string_view kTokenName = u"SharedSection=";

// csrss splits its command line at white space; a NUL ends the string (REG_EXPAND_SZ keeps one at the end).
bool isDelimiter(char16_t c) {
    return c == u'\0' || c == u' ' || c == u'\t' || c == u'\r' || c == u'\n' || c == u'\v' || c == u'\f';
}

bool isDigit(char16_t c) {
    return c >= u'0' && c <= u'9';
}

// Characters someone may have typed in place of a comma: ASCII punctuation and the comma look-alikes of
// other scripts (full-width, ideographic, Arabic, small form, full-width semicolon, low quotation mark).
bool isSeparatorLike(char16_t c) {
    constexpr std::u16string_view kSeparators =
        u";:.|/\\\uFF0C\u3001\u060C\uFE50\uFE51\uFF1B\u201A\u066B\u066C";
    return kSeparators.find(c) != std::u16string_view::npos;
}

char16_t asciiLower(char16_t c) {
    return (c >= u'A' && c <= u'Z') ? static_cast<char16_t>(c + (u'a' - u'A')) : c;
}

bool startsWithTokenName(std::u16string_view word) {
    if (word.size() < kTokenName.size())
        return false;
    for (std::size_t i = 0; i < kTokenName.size(); ++i)
        if (asciiLower(word[i]) != asciiLower(kTokenName[i]))
            return false;
    return true;
}

std::u16string decimal(std::uint32_t number) {
    const std::string digits = std::to_string(number);
    return std::u16string(digits.begin(), digits.end());
}

} // namespace

// Reads the numbers after "SharedSection=" left to right; the first problem found is the one reported.
class SharedSectionParser {
public:
    using Result = Expected<SharedSection, SharedSectionParseError>;

    explicit SharedSectionParser(std::u16string_view value)
        : value_(value) {}

    Result parse() {
        std::vector<std::size_t> tokens;
        for (std::size_t i = 0; i < value_.size(); ++i) {
            const bool wordStart = !isDelimiter(value_[i]) && (i == 0 || isDelimiter(value_[i - 1]));
            if (wordStart && startsWithTokenName(value_.substr(i)))
                tokens.push_back(i);
        }
        if (tokens.empty())
            return fail(SharedSectionError::NoToken, 0);
        if (tokens.size() > 1)
            return fail(SharedSectionError::MultipleTokens, tokens[1]);
        result_.tokenBegin_ = tokens[0];
        result_.numbersBegin_ = tokens[0] + kTokenName.size();
        end_ = result_.numbersBegin_;
        while (end_ < value_.size() && !isDelimiter(value_[end_]))
            ++end_;
        return parseNumbers();
    }

private:
    Result fail(SharedSectionError code, std::size_t position) {
        return unexpected(SharedSectionParseError{code, position});
    }

    Result parseNumbers() {
        std::size_t p = result_.numbersBegin_;
        if (p == end_)
            return fail(SharedSectionError::EmptyNumber, p);
        if (value_[p] == u',')
            return fail(SharedSectionError::StraySeparator, p);
        while (true) {
            if (result_.count_ == 3)
                return fail(SharedSectionError::TooManyNumbers, p);
            if (auto error = parseNumber(p))
                return fail(error->code, error->position);
            if (p == end_)
                break;
            if (p + 1 == end_) // value_[p] is the comma that ended the number
                return fail(SharedSectionError::StraySeparator, p);
            ++p;
        }
        if (result_.count_ < 2)
            return fail(SharedSectionError::TooFewNumbers, end_);
        result_.tokenEnd_ = end_;
        return result_;
    }

    // One number from p up to the next comma or the token's end; p is left on that comma or end.
    std::optional<SharedSectionParseError> parseNumber(std::size_t& p) {
        const std::size_t begin = p;
        if (value_[p] == u',')
            return SharedSectionParseError{SharedSectionError::EmptyNumber, p};
        if (value_[p] == u'-' && p + 1 < end_ && isDigit(value_[p + 1]))
            return SharedSectionParseError{SharedSectionError::Negative, p};
        std::uint64_t number = 0;
        for (; p < end_ && value_[p] != u','; ++p) {
            const char16_t c = value_[p];
            if (!isDigit(c))
                return SharedSectionParseError{isSeparatorLike(c) ? SharedSectionError::StraySeparator
                                                                  : SharedSectionError::NotANumber,
                                               p};
            number = number * 10 + static_cast<std::uint64_t>(c - u'0');
            if (number > std::numeric_limits<std::uint32_t>::max())
                return SharedSectionParseError{SharedSectionError::Overflow, begin};
        }
        store(static_cast<std::uint32_t>(number), begin, p);
        return std::nullopt;
    }

    void store(std::uint32_t number, std::size_t begin, std::size_t end) {
        auto& values = result_.values_;
        if (result_.count_ == 0)
            values.system = number;
        else if (result_.count_ == 1)
            values.interactive = number;
        else
            values.nonInteractive = number;
        result_.numbers_[result_.count_++] = {begin, end};
    }

    std::u16string_view value_;
    std::size_t end_ = 0; // one past the token's last character
    SharedSection result_;
};

Expected<SharedSection, SharedSectionParseError> SharedSection::parse(std::u16string_view value) {
    return SharedSectionParser(value).parse();
}

std::u16string SharedSection::withValues(std::u16string_view value,
                                         const SharedSectionValues& newValues) const {
    // Clamped so that a value other than the parsed one cannot read out of bounds.
    const auto slice = [&](std::size_t begin, std::size_t end) {
        begin = std::min(begin, value.size());
        end = std::min(std::max(end, begin), value.size());
        return value.substr(begin, end - begin);
    };
    const std::optional<std::uint32_t> wanted[3] = {newValues.system, newValues.interactive,
                                                    newValues.nonInteractive};
    const std::optional<std::uint32_t> had[3] = {values_.system, values_.interactive, values_.nonInteractive};

    std::u16string out(slice(0, numbers_[0].begin));
    for (std::size_t i = 0; i < count_ && wanted[i]; ++i) {
        if (i > 0)
            out += slice(numbers_[i - 1].end, numbers_[i].begin); // the comma
        out += wanted[i] == had[i] ? std::u16string(slice(numbers_[i].begin, numbers_[i].end))
                                   : decimal(*wanted[i]);
    }
    if (count_ == 2 && wanted[2])
        out += u"," + decimal(*wanted[2]);
    out += slice(tokenEnd_, value.size());
    return out;
}

std::uint32_t SharedSectionValues::effectiveNonInteractive() const {
    return std::max<std::uint32_t>(128, nonInteractive.value_or(interactive));
}

std::string formatSharedSection(const SharedSectionValues& values) {
    std::string text = std::to_string(values.system) + "," + std::to_string(values.interactive);
    if (values.nonInteractive)
        text += "," + std::to_string(*values.nonInteractive);
    return text;
}

std::string_view sharedSectionErrorName(SharedSectionError code) {
    constexpr auto kNames = enumNames<SharedSectionError>(
        {"no-token", "multiple-tokens", "empty-number", "not-a-number", "negative", "overflow",
         "too-few-numbers", "too-many-numbers", "stray-separator"});
    return kNames.name(code);
}

} // namespace heapfix
