#include "EventTime.h"

#include <fmt/format.h>

#include <charconv>
#include <chrono>

namespace heapfix {

namespace {

namespace chr = std::chrono;

constexpr std::int64_t kSecondsPerDay = 86'400;

std::int64_t floorDiv(std::int64_t value, std::int64_t divisor) {
    const std::int64_t quotient = value / divisor;
    return (value % divisor != 0 && (value < 0) != (divisor < 0)) ? quotient - 1 : quotient;
}

// Reads exactly `digits` decimal digits at `text[at]`.
std::optional<int> digitsAt(std::string_view text, std::size_t at, std::size_t digits) {
    if (at + digits > text.size())
        return std::nullopt;
    int value = 0;
    for (std::size_t i = at; i < at + digits; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return std::nullopt;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

std::optional<std::int64_t> daysSinceUnixEpoch(int year, int month, int day) {
    const chr::year_month_day date{chr::year(year), chr::month(static_cast<unsigned>(month)),
                                   chr::day(static_cast<unsigned>(day))};
    if (!date.ok())
        return std::nullopt;
    return chr::sys_days(date).time_since_epoch().count();
}

// The time-of-day part after "T": "hh:mm:ss[.f...]" then "Z" or an offset. Ticks since midnight, minus the
// offset.
std::optional<std::int64_t> timeOfDayTicks(std::string_view text) {
    const auto hour = digitsAt(text, 0, 2), minute = digitsAt(text, 3, 2), second = digitsAt(text, 6, 2);
    if (!hour || !minute || !second || text[2] != ':' || text[5] != ':' || *hour > 23 || *minute > 59 ||
        *second > 60)
        return std::nullopt;
    std::int64_t ticks = (std::int64_t(*hour) * 3600 + *minute * 60 + *second) * EventTime::kTicksPerSecond;
    std::size_t at = 8;
    if (at < text.size() && text[at] == '.') {
        std::int64_t fraction = 0, scale = EventTime::kTicksPerSecond;
        std::size_t digits = 0;
        for (++at; at < text.size() && text[at] >= '0' && text[at] <= '9'; ++at, ++digits)
            if (scale > 1) {
                scale /= 10;
                fraction += (text[at] - '0') * scale;
            }
        if (digits == 0 || digits > 9)
            return std::nullopt;
        ticks += fraction;
    }
    const std::string_view zone = text.substr(at);
    if (zone == "Z" || zone == "z")
        return ticks;
    if (zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') && zone[3] == ':') {
        const auto zoneHour = digitsAt(zone, 1, 2), zoneMinute = digitsAt(zone, 4, 2);
        if (!zoneHour || !zoneMinute || *zoneHour > 23 || *zoneMinute > 59)
            return std::nullopt;
        const std::int64_t offset =
            (std::int64_t(*zoneHour) * 3600 + *zoneMinute * 60) * EventTime::kTicksPerSecond;
        return zone[0] == '+' ? ticks - offset : ticks + offset;
    }
    return std::nullopt;
}

} // namespace

EventTime EventTime::now() {
    const auto since = chr::duration_cast<chr::duration<std::int64_t, std::ratio<1, kTicksPerSecond>>>(
        chr::system_clock::now().time_since_epoch());
    return {kUnixEpochTicks + since.count()};
}

std::int64_t EventTime::unixSeconds() const {
    return floorDiv(ticks - kUnixEpochTicks, kTicksPerSecond);
}

std::string toIso8601(EventTime time) {
    const std::int64_t seconds = time.unixSeconds();
    const std::int64_t fraction =
        time.ticks - EventTime::kUnixEpochTicks - seconds * EventTime::kTicksPerSecond;
    const chr::sys_days day{chr::days(floorDiv(seconds, kSecondsPerDay))};
    const chr::year_month_day date{day};
    const std::int64_t inDay = seconds - floorDiv(seconds, kSecondsPerDay) * kSecondsPerDay;
    std::string text =
        fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}", int(date.year()), unsigned(date.month()),
                    unsigned(date.day()), inDay / 3600, inDay / 60 % 60, inDay % 60);
    if (fraction != 0) {
        std::string digits = fmt::format("{:07}", fraction);
        while (digits.back() == '0')
            digits.pop_back();
        text += "." + digits;
    }
    return text + "Z";
}

std::optional<EventTime> parseIso8601(std::string_view text) {
    const auto year = digitsAt(text, 0, 4), month = digitsAt(text, 5, 2), day = digitsAt(text, 8, 2);
    if (!year || !month || !day || text[4] != '-' || text[7] != '-' || *year < 1601)
        return std::nullopt;
    const std::optional<std::int64_t> days = daysSinceUnixEpoch(*year, *month, *day);
    if (!days)
        return std::nullopt;
    std::int64_t ticks = EventTime::kUnixEpochTicks + *days * kSecondsPerDay * EventTime::kTicksPerSecond;
    if (text.size() == 10)
        return EventTime{ticks};
    if (text[10] != 'T' && text[10] != 't' && text[10] != ' ')
        return std::nullopt;
    const std::optional<std::int64_t> inDay = timeOfDayTicks(text.substr(11));
    if (!inDay)
        return std::nullopt;
    return EventTime{ticks + *inDay};
}

Expected<EventTime, Error> parseSince(std::string_view text, EventTime now) {
    unsigned days = 0;
    const auto [end, status] = std::from_chars(text.data(), text.data() + text.size(), days);
    if (!text.empty() && status == std::errc() && end == text.data() + text.size()) {
        if (days > 100'000)
            return unexpected(makeError(ErrorCode::Malformed, std::string(text),
                                        "--since: that many days reach back before any Windows"));
        return EventTime{now.ticks - std::int64_t(days) * kSecondsPerDay * EventTime::kTicksPerSecond};
    }
    if (std::optional<EventTime> time = parseIso8601(text))
        return *time;
    return unexpected(makeError(ErrorCode::Malformed, std::string(text),
                                "--since takes a date (2026-11-02), a UTC time (2026-11-02T08:00:00Z) or a "
                                "number of days (14)"));
}

} // namespace heapfix
