#pragma once
// The one check every change of the Windows value passes, before writing and again after (on every backend):
// the new value may differ from the current one only inside the SharedSection token's numbers. Same type,
// the new value parses as heapfix's status would parse it, and every byte outside the token is equal.

#include "../core/Error.h"
#include "../core/Expected.h"
#include "../core/RegistryValue.h"

#include <string_view>

namespace heapfix {

// Refused with ErrorCode::Refused (Malformed for CurrentValueMalformed) and one of the causes
// ErrorCause::TypeWouldChange, ValueDoesNotParse, OtherCharactersDiffer, CurrentValueMalformed; `subject`
// names the value (or the file it came from).
Expected<void, Error> checkValueChange(const RegistryValue& current, const RegistryValue& next,
                                       std::string_view subject);

} // namespace heapfix
