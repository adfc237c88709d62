#pragma once
// The first use-case of every front end: read the value, parse it, know the Windows, recommend.

#include "../core/Error.h"
#include "../core/Expected.h"
#include "../core/RecommendationPolicy.h"
#include "../core/SharedSection.h"
#include "../core/Target.h"

#include <optional>
#include <string>

namespace heapfix {

struct Inspection {
    TargetInfo target;
    WindowsVersion windows;
    std::string key; // the key as the store resolves it
    RegistryValue value;
    std::u16string text; // the value's code units, NUL included
    // False when the value is no REG_SZ / REG_EXPAND_SZ of whole UTF-16 code units: it is then never parsed
    // (parseError says no-token) and never rewritten.
    bool isText = true;
    std::optional<SharedSection> sharedSection;        // set when the value parsed
    std::optional<SharedSectionParseError> parseError; // set when it did not
    std::optional<Recommendation> recommendation;      // set when it parsed
};

// Fails only when the value cannot be read (not found, access denied, corrupt store); a malformed value is an
// Inspection with parseError set, so that front ends can still show it.
Expected<Inspection, Error> inspect(Target& target, Symptom symptom = Symptom::ManyPrograms);

// The code units of a REG_SZ / REG_EXPAND_SZ value, or Malformed for any other type or an odd byte count.
Expected<std::u16string, Error> valueText(const RegistryValue& value, std::string_view subject);

} // namespace heapfix
