#pragma once
// SHA-256 (FIPS 180-4), for the checksum of a backup recorded beside it. No dependency, so it cross-builds.

#include <cstdint>
#include <span>
#include <string>

namespace heapfix {

std::string sha256Hex(std::span<const std::uint8_t> data); // 64 lowercase hex digits

} // namespace heapfix
