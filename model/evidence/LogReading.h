#pragma once
// Small pieces every reader and the classifier share. Internal to model/evidence.

#include "EventLog.h"

#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace heapfix {

// ASCII lower case (provider names, file names, English keywords; other bytes stay).
std::string asciiLower(std::string_view text);
// Without leading and trailing blanks, tabs and line ends.
std::string_view trimmedText(std::string_view text);

// The lowest and highest record number a reader has seen, each with what the reader keeps of that record (its
// time, or where to find it again).
template <typename T>
struct RecordEdges {
    std::optional<std::pair<std::uint64_t, T>> oldest, newest;

    void see(std::uint64_t number, const T& what) {
        if (!oldest || number < oldest->first)
            oldest = {number, what};
        if (!newest || number > newest->first)
            newest = {number, what};
    }
};

// The log's first and last time: those of its oldest and newest record.
inline void setLogTimes(LogStatus& status, const RecordEdges<EventTime>& edges) {
    if (edges.oldest)
        status.first = edges.oldest->second;
    if (edges.newest)
        status.last = edges.newest->second;
}

} // namespace heapfix
