#pragma once
// A backup record as JSON: written beside its .reg, read back with every file name it gives checked to be a
// plain name in the record's own folder (a hostile record cannot point heapfix anywhere else).

#include "BackupStore.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace heapfix {

constexpr std::uintmax_t kMaxRecordBytes = 64 * 1024;
constexpr std::uintmax_t kMaxKeptFileBytes = 2ull * 1024 * 1024 * 1024; // the regf format's own limit

std::string recordJson(const BackupRecord& record);
Expected<BackupRecord, Error> parseRecordJson(const std::vector<std::uint8_t>& bytes,
                                              const std::filesystem::path& file);

} // namespace heapfix
