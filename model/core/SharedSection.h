#pragma once
// The SharedSection token of the "Windows" value under Session Manager\SubSystems:
//   ... ObjectDirectory=\Windows SharedSection=1024,20480,768 Windows=On ...
// xxxx (system-wide heap), yyyy (each desktop of the interactive window station WinSta0) and the optional
// zzzz (each desktop of a non-interactive window station), all in KB.

#include "Expected.h"

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

enum class SharedSectionError {
    NoToken,        // no SharedSection= in the value
    MultipleTokens, // more than one SharedSection=
    EmptyNumber,    // "SharedSection=" or "1024,,768"
    NotANumber,     // "1024,abc,768"
    Negative,       // "1024,-3072"
    Overflow,       // a number above 4294967295
    TooFewNumbers,  // one number
    TooManyNumbers, // four or more numbers
    StraySeparator, // a leading or trailing comma, or another separator inside the token
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
    std::size_t tokenBegin() const { return tokenBegin_; }   // offset of "SharedSection="
    std::size_t numbersBegin() const { return numbersBegin_; } // offset of the first digit
    std::size_t tokenEnd() const { return tokenEnd_; }         // one past the last number

    // The whole value again with only the numbers replaced; every other code unit is kept as it was. A
    // two-number value gains ",zzzz" when newValues has a third number.
    std::u16string withValues(std::u16string_view value, const SharedSectionValues& newValues) const;

private:
    SharedSectionValues values_;
    std::size_t tokenBegin_ = 0;
    std::size_t numbersBegin_ = 0;
    std::size_t tokenEnd_ = 0;
};

// "1024,20480,768" / "1024,3072"
std::string formatSharedSection(const SharedSectionValues& values);

} // namespace heapfix
