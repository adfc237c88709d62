// Fuzzes the SharedSection parser with arbitrary UTF-16LE values. For every value it accepts: the token is
// where it says, withValues() with the same numbers gives back the same value, and with other numbers it
// changes only the numbers: the re-parse gives exactly those numbers and every code unit before and after
// them is identical. For every value it refuses: the position lies within the value. Any broken rule aborts.

#include "model/core/SharedSection.h"
#include "model/core/Utf16.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace heapfix;

namespace {

void require(bool condition, const char* rule) {
    if (!condition) {
        std::fprintf(stderr, "fuzz_shared_section: broken rule: %s\n", rule);
        std::abort();
    }
}

// Numbers to write, taken from the input's last bytes so that the fuzzer steers them too.
SharedSectionValues otherValues(const std::uint8_t* data, std::size_t size,
                                const SharedSectionValues& current) {
    std::uint32_t seed[3] = {0x9E3779B9u, 20480, 2048};
    std::memcpy(seed, data + size - std::min<std::size_t>(size, sizeof seed),
                std::min<std::size_t>(size, sizeof seed));
    SharedSectionValues values{current.system ^ seed[0], seed[1], seed[2]};
    if (size % 3 == 0)
        values.nonInteractive.reset(); // sometimes drop (or keep absent) the third number
    if (size % 5 == 0)
        values.system = current.system; // sometimes keep a number: it must keep its digits as written
    return values;
}

void checkRewrite(std::u16string_view value, const SharedSection& parsed, const SharedSectionValues& wanted) {
    const std::u16string changed = parsed.withValues(value, wanted);
    const auto reparsed = SharedSection::parse(changed);
    require(reparsed.has_value(), "a rewritten value parses");
    require(reparsed->values() == wanted, "the re-parse gives the numbers written");
    require(reparsed->tokenBegin() == parsed.tokenBegin(), "the token stays where it was");
    require(changed.compare(0, parsed.numbersBegin(), value.substr(0, parsed.numbersBegin())) == 0,
            "the code units before the numbers are identical");
    const std::size_t tail = value.size() - parsed.tokenEnd();
    require(changed.size() >= tail &&
                changed.compare(changed.size() - tail, tail, value.substr(parsed.tokenEnd())) == 0,
            "the code units after the numbers are identical");
    require(changed.size() - tail == reparsed->tokenEnd(), "the new token ends where the old tail begins");
}

void checkAccepted(std::u16string_view value, const SharedSection& parsed, const std::uint8_t* data,
                   std::size_t size) {
    require(parsed.tokenBegin() + 14 == parsed.numbersBegin(), "the numbers follow \"SharedSection=\"");
    require(parsed.numbersBegin() < parsed.tokenEnd() && parsed.tokenEnd() <= value.size(),
            "the token is inside");
    require(parsed.withValues(value, parsed.values()) == value, "the same numbers give the same value");
    checkRewrite(value, parsed, otherValues(data, size, parsed.values()));
    const std::string formatted = formatSharedSection(parsed.values());
    const auto again = SharedSection::parse(u"SharedSection=" + fromUtf8(formatted));
    require(again.has_value() && again->values() == parsed.values(), "formatted numbers parse to themselves");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto value = decodeUtf16Le(std::vector<std::uint8_t>(data, data + size - size % 2));
    require(value.has_value(), "an even byte count decodes");
    require(encodeUtf16Le(*value) == std::vector<std::uint8_t>(data, data + size - size % 2),
            "bytes round-trip");
    const auto parsed = SharedSection::parse(*value);
    if (!parsed) {
        require(parsed.error().position <= value->size(), "an error's position is inside the value");
        require(sharedSectionErrorName(parsed.error().code) != "unknown", "every error has a name");
        return 0;
    }
    checkAccepted(*value, *parsed, data, size);
    return 0;
}
