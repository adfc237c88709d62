#pragma once
// Internal to LogReplay: the old transaction-log format of Windows NT 4.0 to 8 (a base block copy, a "DIRT"
// bitmap of dirty 512-byte pages, then the pages), per the public regf specification.

#include "LogReplay.h"

namespace heapfix {

// `logs` are the old-format logs beside the hive (base blocks already checked). Windows applies the one whose
// base block carries the hive's "last written" time; heapfix refuses when that choice is not clear.
Expected<ReplayWrites, Error> planOldTransactionLog(std::span<const std::uint8_t> hive,
                                                    const std::vector<const TransactionLog*>& logs);

// Every hive bin from the first to the announced size is a well-formed "hbin" at its own offset.
bool hiveBinsAreConsistent(std::span<const std::uint8_t> hive);

} // namespace heapfix
