#pragma once
// What the user can do about an error, in English, for the messages on stderr.

#include "model/core/Error.h"

#include <string_view>

namespace heapfix::cli {

std::string_view adviceFor(ErrorCode code);

} // namespace heapfix::cli
