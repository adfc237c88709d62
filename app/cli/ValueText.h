#pragma once
// A registry value as the CLI shows it: its text in UTF-8 without the terminating NUL, and its SharedSection
// numbers when the text has a well-formed token (parsed by the model's SharedSection).

#include "model/core/RegistryValue.h"
#include "model/core/SharedSection.h"
#include "model/fix/Inspection.h"

#include <optional>
#include <string>

namespace heapfix::cli {

struct ValueText {
    std::string utf8; // for a non-string value: its bytes in hex
    std::optional<SharedSectionValues> sharedSection;
};

ValueText valueText(const RegistryValue& value);
ValueText valueText(const Inspection& inspection);

} // namespace heapfix::cli
