// The classic event-log API (advapi32): offline .Evt files through OpenBackupEventLogW, and the live System
// log on a Windows without wevtapi (XP and older) through OpenEventLogW, both read forwards with
// ReadEventLogW.

#include "EvidenceClassifier.h"
#include "LogReading.h"
#include "WindowsReaders.h"

#include "../core/Utf16.h"
#include "../win32/Win32Text.h"

#include <fmt/format.h>

#include <cstring>
#include <vector>

namespace heapfix {

namespace {

struct EventLogHandle {
    HANDLE handle = nullptr;
    ~EventLogHandle() {
        if (handle)
            CloseEventLog(handle);
    }
};

// A NUL-terminated UTF-16 string at `offset` of the record, not beyond `end`; its length in code units + 1.
std::string wideAt(const std::uint8_t* record, std::size_t offset, std::size_t end, std::size_t& consumed) {
    std::u16string text;
    std::size_t at = offset;
    for (; at + 1 < end; at += 2) {
        char16_t unit = 0;
        std::memcpy(&unit, record + at, sizeof unit);
        if (unit == 0)
            break;
        text += unit;
    }
    consumed = at + 2 - offset;
    return toUtf8(text);
}

// One EVENTLOGRECORD, its offsets checked against its own length.
std::optional<RenderedEvent> renderRecord(const std::uint8_t* bytes, std::size_t length) {
    if (length < sizeof(EVENTLOGRECORD))
        return std::nullopt;
    EVENTLOGRECORD header{};
    std::memcpy(&header, bytes, sizeof header);
    if (header.Length > length || header.Length < sizeof header || header.StringOffset > header.Length ||
        std::uint64_t(header.DataOffset) + header.DataLength > header.Length)
        return std::nullopt;
    RenderedEvent event;
    event.eventId = header.EventID & 0xFFFF; // the upper bits are severity, customer and facility
    event.recordId = header.RecordNumber;
    event.time = EventTime::fromUnixSeconds(header.TimeGenerated);
    std::size_t consumed = 0;
    event.provider = wideAt(bytes, sizeof header, header.Length, consumed);
    std::size_t at = header.StringOffset;
    for (WORD i = 0; i < header.NumStrings && at < header.Length; ++i) {
        event.strings.push_back(wideAt(bytes, at, header.Length, consumed));
        at += consumed;
    }
    event.binary.assign(bytes + header.DataOffset, bytes + header.DataOffset + header.DataLength);
    return event;
}

Error classicError(const LogLocation& where, DWORD code, std::string_view doing) {
    const std::string subject = where.source == LogSource::Live ? "System" : pathToUtf8(where.path);
    const std::string what = where.source == LogSource::Live ? "the System log" : "the log";
    Error error = win32Error(static_cast<LSTATUS>(code), subject, doing);
    if (code == ERROR_SUCCESS || code == ERROR_CALL_NOT_IMPLEMENTED)
        error.code = ErrorCode::Unsupported;
    if (code == ERROR_EVENTLOG_FILE_CORRUPT)
        error.code = ErrorCode::Corrupt;
    error.detail = fmt::format("{} cannot be read here: {}", what, error.detail);
    return error;
}

// How many records the .Evt header says the log holds (CurrentRecordNumber - OldestRecordNumber), read
// through the handle heapfix opened: the API's count must agree, or it did not read the log (Wine's stub
// reads none).
std::optional<std::uint64_t> recordsInHeader(const LogFile& file) {
    std::uint8_t header[0x30] = {};
    DWORD read = 0;
    OVERLAPPED at{};
    if (!ReadFile(file.handle(), header, sizeof header, &read, &at) || read != sizeof header)
        return std::nullopt;
    std::uint32_t current = 0, oldest = 0;
    std::memcpy(&current, header + 24, 4);
    std::memcpy(&oldest, header + 28, 4);
    if (std::memcmp(header + 4, "LfLe", 4) != 0 || current < oldest)
        return std::nullopt;
    return current - oldest;
}

} // namespace

LogStatus readWithClassicApi(const LogLocation& where, const LogFile* file, const EventSink& sink) {
    EventLogHandle log;
    if (file) {
        if (std::optional<std::uint64_t> expected = recordsInHeader(*file); !expected)
            return unreadableLog(
                where, makeError(ErrorCode::Corrupt, pathToUtf8(where.path),
                                 "this is not an .Evt event log (no \"LfLe\" header at its start)"));
        log.handle = OpenBackupEventLogW(nullptr, where.path.c_str());
    } else {
        log.handle = OpenEventLogW(nullptr, L"System");
    }
    if (!log.handle)
        return unreadableLog(where, classicError(where, GetLastError(), "cannot open it"));
    LogStatus status;
    status.source = where.source;
    status.path = where.source == LogSource::Live ? "System" : pathToUtf8(where.path);
    RecordEdges<EventTime> edges;
    std::vector<std::uint8_t> buffer(64 * 1024);
    for (;;) {
        DWORD read = 0, needed = 0;
        if (!ReadEventLogW(log.handle, EVENTLOG_SEQUENTIAL_READ | EVENTLOG_FORWARDS_READ, 0, buffer.data(),
                           static_cast<DWORD>(buffer.size()), &read, &needed)) {
            const DWORD code = GetLastError();
            if (code == ERROR_HANDLE_EOF)
                break;
            if (code == ERROR_INSUFFICIENT_BUFFER && needed > buffer.size()) {
                buffer.resize(needed);
                continue;
            }
            return unreadableLog(where, classicError(where, code, "ReadEventLogW failed part-way"));
        }
        for (std::size_t at = 0; at < read;) {
            const std::optional<RenderedEvent> event = renderRecord(buffer.data() + at, read - at);
            if (!event) {
                ++status.damaged;
                break;
            }
            DWORD length = 0;
            std::memcpy(&length, buffer.data() + at, sizeof length);
            at += length;
            ++status.records;
            edges.see(event->recordId, event->time);
            if (mayBeEvidence(event->eventId))
                sink(*event);
        }
    }
    if (file) {
        const std::optional<std::uint64_t> expected = recordsInHeader(*file);
        if (expected && *expected > 0 && status.records == 0)
            return unreadableLog(where,
                                 makeError(ErrorCode::Unsupported, pathToUtf8(where.path),
                                           fmt::format("the log cannot be read here: the event-log API "
                                                       "returned no records, yet the log's header counts {}",
                                                       *expected)));
    }
    status.readable = true;
    setLogTimes(status, edges);
    return status;
}

} // namespace heapfix
