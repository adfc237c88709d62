#pragma once
// The SharedSection token of the "Windows" value under Session Manager\SubSystems:
//   ... ObjectDirectory=\Windows SharedSection=1024,20480,768 Windows=On ...
// xxxx (system-wide heap), yyyy (each desktop of the interactive window station WinSta0) and the optional
// zzzz (each desktop of a non-interactive window station), all in KB.

#include "Expected.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace heapfix {

struct SharedSectionValues {
    std::uint32_t system = 0;                    // xxxx
    std::uint32_t interactive = 0;               // yyyy
    std::optional<std::uint32_t> nonInteractive; // zzzz; absent in NT 3.x / 4.0's two-number form

    bool operator==(const SharedSectionValues&) const = default;
    // What Windows uses for non-interactive desktops: zzzz, or yyyy when zzzz is absent; never below 128.
    std::uint32_t effectiveNonInteractive() const;
};

// Malformed input is reported at one exact position (UTF-16 code units from the start of the value). The
// numbers after "SharedSection=" are read left to right and the first problem met is reported:
enum class SharedSectionError {
    NoToken,        // no SharedSection= in the value. Position 0.
    MultipleTokens, // more than one SharedSection=. Position: the "S" of the second token.
    EmptyNumber,    // "SharedSection=" (position: just after "=") or "1024,,768" (position: the second comma,
                    // where the number is missing)
    NotANumber, // "1024,abc,768", "+1024", "1024,30x72": position of the first character that is not a digit
    Negative,   // "1024,-3072": position of the "-"
    Overflow,   // a number above 4294967295: position of that number's first digit
    TooFewNumbers,  // one number: position of the token's end, where the second number is missing
    TooManyNumbers, // four or more numbers: position of the fourth number's first character
    StraySeparator, // a leading or trailing comma ("=,1024,3072", "1024,3072,": position of that comma), or
                    // another separator inside the token ("1024;3072", "1024.5", a full-width comma U+FF0C,
                    // ...): its position
};

std::string_view sharedSectionErrorName(SharedSectionError code); // "no-token", ... (stable, for JSON)

struct SharedSectionParseError {
    SharedSectionError code;
    std::size_t position; // in UTF-16 code units from the start of the value: where the problem is
};

class SharedSection {
public:
    // Parses the whole value (UTF-16 code units, terminating NULs allowed). The token name is matched
    // case-insensitively; the token ends at white space, a NUL or the end of the value.
    static Expected<SharedSection, SharedSectionParseError> parse(std::u16string_view value);

    const SharedSectionValues& values() const { return values_; }
    std::size_t tokenBegin() const { return tokenBegin_; }     // offset of "SharedSection="
    std::size_t numbersBegin() const { return numbersBegin_; } // offset of the first digit
    std::size_t tokenEnd() const { return tokenEnd_; }         // one past the last number

    // The whole value again with only the numbers replaced; every other code unit is kept as it was, and a
    // number whose value stays keeps its digits as written (leading zeros). A two-number value gains ",zzzz"
    // when newValues has a third number; a three-number value loses ",zzzz" when newValues has none (the
    // policy's validate() calls that an error). `value` must be the value this was parsed from.
    std::u16string withValues(std::u16string_view value, const SharedSectionValues& newValues) const;

private:
    struct Span {
        std::size_t begin = 0;
        std::size_t end = 0;
    };
    friend class SharedSectionParser;

    SharedSectionValues values_;
    std::array<Span, 3> numbers_{}; // where each number's digits are, to keep them as written
    std::size_t count_ = 0;         // 2 or 3
    std::size_t tokenBegin_ = 0;
    std::size_t numbersBegin_ = 0;
    std::size_t tokenEnd_ = 0;
};

// "1024,20480,768" / "1024,3072"
std::string formatSharedSection(const SharedSectionValues& values);

} // namespace heapfix
