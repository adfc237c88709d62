#pragma once
// Where a System event log is and how reading it went. The readers behind readEventLog: libevtx (.evtx) and
// libevt (.Evt) on Linux; on Windows the live System log and offline .evtx files through wevtapi (EvtQuery,
// EvtRender as XML), offline .Evt files through OpenBackupEventLogW. A log that cannot be read is said as
// such (readable false, with the reason), never as a log without evidence.

#include "RenderedEvent.h"

#include "../core/Error.h"
#include "../core/Expected.h"
#include "../core/Utf8Path.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace heapfix {

enum class LogSource {
    Live, // this Windows' own System log (Windows only)
    Evtx, // an offline Windows\System32\winevt\Logs\System.evtx (Vista and later)
    Evt,  // an offline Windows\System32\config\SysEvent.Evt (NT 4.0 to Server 2003)
};
std::string_view logSourceName(LogSource source); // "live", "evtx", "evt" (stable, for JSON)

struct LogLocation {
    LogSource source = LogSource::Evtx;
    std::filesystem::path path; // empty for the live log
};

struct LogStatus {
    std::optional<LogSource> source; // nullopt: no log was found for the target
    std::string path;                // UTF-8; "System" (the channel) for the live log; empty when none
    bool readable = false;
    std::optional<Error> error;     // why it cannot be read (missing, locked, corrupt, access denied, no API)
    std::uint64_t records = 0;      // the records the log holds (that could be read)
    std::uint64_t damaged = 0;      // records that could not be read and were skipped
    std::optional<EventTime> first; // the time of its oldest record (the lowest record number)
    std::optional<EventTime> last;  // the time of its newest record (the highest record number)
};

LogStatus unreadableLog(std::optional<LogLocation> where, Error error);

// The largest log heapfix reads: larger than any event log Windows keeps (a file beyond it is not one).
inline constexpr std::uint64_t kMaxLogBytes = 4ull * 1024 * 1024 * 1024;

// Reads the whole log and hands every event whose ID mayBeEvidence() to `sink`, oldest record first where the
// format says. Never throws; every failure is in the returned status.
using EventSink = std::function<void(const RenderedEvent&)>;
LogStatus readEventLog(const LogLocation& where, const EventSink& sink);

// The System log of an offline installation: <folder>\System32\winevt\Logs\System.evtx (Vista and later),
// else <folder>\System32\config\SysEvent.Evt (NT 4.0 to 2003), each component matched case-insensitively; the
// folder may also be the drive root that holds "Windows". Links below the folder are not followed.
Expected<LogLocation, Error> findOfflineLog(const std::filesystem::path& windowsDir);

} // namespace heapfix
