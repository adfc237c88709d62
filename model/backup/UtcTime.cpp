#include "UtcTime.h"

#include <fmt/chrono.h>

namespace heapfix {

std::string isoUtc(std::chrono::system_clock::time_point time) {
    return fmt::format("{:%Y-%m-%dT%H:%M:%SZ}", fmt::gmtime(std::chrono::system_clock::to_time_t(time)));
}

std::string compactUtc(std::chrono::system_clock::time_point time) {
    return fmt::format("{:%Y%m%d-%H%M%S}", fmt::gmtime(std::chrono::system_clock::to_time_t(time)));
}

} // namespace heapfix
