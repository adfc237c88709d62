#pragma once
// When an event happened, as Windows keeps it: 100-nanosecond intervals since 1601-01-01 UTC (a FILETIME).
// .evtx logs keep that precision, .Evt logs whole seconds since 1970; both become one EventTime.

#include "../core/Error.h"
#include "../core/Expected.h"

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace heapfix {

struct EventTime {
    std::int64_t ticks = 0; // 100 ns since 1601-01-01T00:00:00Z

    static constexpr std::int64_t kTicksPerSecond = 10'000'000;
    static constexpr std::int64_t kUnixEpochTicks = 116'444'736'000'000'000; // 1970-01-01 as a FILETIME

    static EventTime fromFiletime(std::uint64_t filetime) { return {static_cast<std::int64_t>(filetime)}; }
    static EventTime fromUnixSeconds(std::int64_t seconds) {
        return {kUnixEpochTicks + seconds * kTicksPerSecond};
    }
    static EventTime now();

    std::int64_t unixSeconds() const; // rounded down
    auto operator<=>(const EventTime&) const = default;
};

// "2021-11-03T08:15:15.2269567Z": the fraction only when there is one, trailing zeros dropped.
std::string toIso8601(EventTime time);
// "2021-11-03" (midnight UTC), "2021-11-03T08:15:15Z", with up to 9 fractional digits (rounded down to 100
// ns) and "Z" or "+hh:mm"/"-hh:mm". nullopt for anything else, or a date before 1601.
std::optional<EventTime> parseIso8601(std::string_view text);

// --since: a date or time as parseIso8601 reads it, or a whole number of days before `now` ("14").
Expected<EventTime, Error> parseSince(std::string_view text, EventTime now);

} // namespace heapfix
