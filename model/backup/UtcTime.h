#pragma once
// Times as heapfix writes them into backup names, records and logs: always UTC.

#include <chrono>
#include <string>

namespace heapfix {

std::string isoUtc(std::chrono::system_clock::time_point time);     // "2026-11-21T23:05:12Z"
std::string compactUtc(std::chrono::system_clock::time_point time); // "20261121-230512", for file names

} // namespace heapfix
