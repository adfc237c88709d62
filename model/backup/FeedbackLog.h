#pragma once
// The answer to "Is the problem solved?", kept locally as JSON lines (one object a line). Nothing is sent.

#include "../core/Error.h"
#include "../core/Expected.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace heapfix {

struct FeedbackEntry {
    std::string time; // ISO 8601 UTC; filled in by append() when empty
    bool solved = false;
    std::string targetKind;
    std::string windows;
    std::string before; // "1024,20480,768"
    std::string after;
    std::string backup; // path of the .reg
    std::string toolVersion;
};

Expected<void, Error> appendFeedback(const std::filesystem::path& logFile, FeedbackEntry entry);
Expected<std::vector<FeedbackEntry>, Error> readFeedback(const std::filesystem::path& logFile);

} // namespace heapfix
