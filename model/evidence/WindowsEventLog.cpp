// readEventLog on Windows, and the wevtapi reader. wevtapi.dll is loaded from System32 only
// (LOAD_LIBRARY_SEARCH_SYSTEM32, or its full System32 path where that flag is not known): a DLL planted
// beside heapfix is never loaded (issue 11).

#include "EventXml.h"
#include "EvidenceClassifier.h"
#include "WindowsReaders.h"

#include "../win32/Win32Text.h"

#include <winevt.h>

#include <fmt/format.h>

#include <vector>

namespace heapfix {

namespace {

class Wevtapi {
public:
    // nullopt when the DLL is not there; otherwise the loaded API or, in `error`, why it cannot be used.
    static std::optional<Wevtapi> load(DWORD& error) {
        HMODULE module = LoadLibraryExW(L"wevtapi.dll", nullptr, LOAD_LIBRARY_SEARCH_SYSTEM32);
        error = module ? ERROR_SUCCESS : GetLastError();
        if (!module && error == ERROR_INVALID_PARAMETER) { // a Windows without the flag (before KB2533623)
            wchar_t system[MAX_PATH] = {};
            const UINT length = GetSystemDirectoryW(system, MAX_PATH);
            if (length > 0 && length < MAX_PATH) {
                const std::wstring path = std::wstring(system, length) + L"\\wevtapi.dll";
                module = LoadLibraryExW(path.c_str(), nullptr, LOAD_WITH_ALTERED_SEARCH_PATH);
                error = module ? ERROR_SUCCESS : GetLastError();
            }
        }
        if (!module)
            return std::nullopt;
        Wevtapi api;
        api.module_ = module;
        api.query = api.function<decltype(&EvtQuery)>("EvtQuery");
        api.next = api.function<decltype(&EvtNext)>("EvtNext");
        api.render = api.function<decltype(&EvtRender)>("EvtRender");
        api.close = api.function<decltype(&EvtClose)>("EvtClose");
        api.openLog = api.function<decltype(&EvtOpenLog)>("EvtOpenLog");
        api.logInfo = api.function<decltype(&EvtGetLogInfo)>("EvtGetLogInfo");
        if (!api.query || !api.next || !api.render || !api.close || !api.openLog || !api.logInfo)
            error = ERROR_PROC_NOT_FOUND;
        return api;
    }

    decltype(&EvtQuery) query = nullptr;
    decltype(&EvtNext) next = nullptr;
    decltype(&EvtRender) render = nullptr;
    decltype(&EvtClose) close = nullptr;
    decltype(&EvtOpenLog) openLog = nullptr;
    decltype(&EvtGetLogInfo) logInfo = nullptr;

private:
    template <typename F>
    F function(const char* name) const {
        return reinterpret_cast<F>(reinterpret_cast<void*>(GetProcAddress(module_, name)));
    }
    HMODULE module_ = nullptr; // kept loaded for the life of the process
};

// An EVT_HANDLE closed on scope exit.
class EvtHandle {
public:
    EvtHandle(const Wevtapi& api, EVT_HANDLE handle)
        : api_(api)
        , handle_(handle) {}
    ~EvtHandle() {
        if (handle_)
            api_.close(handle_);
    }
    EvtHandle(const EvtHandle&) = delete;
    EvtHandle& operator=(const EvtHandle&) = delete;
    EVT_HANDLE get() const { return handle_; }
    explicit operator bool() const { return handle_ != nullptr; }

private:
    const Wevtapi& api_;
    EVT_HANDLE handle_;
};

std::string logName(const LogLocation& where) {
    return where.source == LogSource::Live ? "System" : pathToUtf8(where.path);
}

Error apiError(const LogLocation& where, DWORD code, std::string_view doing) {
    ErrorCode kind = ErrorCode::Io;
    if (code == ERROR_ACCESS_DENIED)
        kind = ErrorCode::AccessDenied;
    else if (code == ERROR_FILE_NOT_FOUND || code == ERROR_PATH_NOT_FOUND ||
             code == ERROR_EVT_CHANNEL_NOT_FOUND)
        kind = ErrorCode::NotFound;
    else if (code == ERROR_CALL_NOT_IMPLEMENTED || code == ERROR_PROC_NOT_FOUND ||
             code == ERROR_NOT_SUPPORTED)
        kind = ErrorCode::Unsupported;
    else if (code == ERROR_SHARING_VIOLATION || code == ERROR_LOCK_VIOLATION)
        kind = ErrorCode::AccessDenied;
    const std::string what = where.source == LogSource::Live ? "the System log" : "the log";
    // Wine's stubs fail without setting an error: the API is there in name only.
    const std::string why =
        code == ERROR_SUCCESS ? "the event-log API is not available here" : systemMessage(code);
    if (code == ERROR_SUCCESS)
        kind = ErrorCode::Unsupported;
    return makeError(kind, logName(where), fmt::format("{} cannot be read here: {}: {}", what, doing, why));
}

std::optional<RenderedEvent> renderEvent(const Wevtapi& api, EVT_HANDLE event, std::vector<wchar_t>& buffer) {
    DWORD used = 0, properties = 0;
    const auto bytes = [&buffer] {
        return static_cast<DWORD>(buffer.size() * sizeof(wchar_t));
    };
    if (!api.render(nullptr, event, EvtRenderEventXml, bytes(), buffer.data(), &used, &properties)) {
        if (GetLastError() != ERROR_INSUFFICIENT_BUFFER)
            return std::nullopt;
        buffer.resize(used / sizeof(wchar_t) + 1);
        if (!api.render(nullptr, event, EvtRenderEventXml, bytes(), buffer.data(), &used, &properties))
            return std::nullopt;
    }
    std::size_t length = used / sizeof(wchar_t);
    while (length > 0 && buffer[length - 1] == L'\0')
        --length;
    return parseEventXml(fromWide(std::wstring_view(buffer.data(), length)));
}

// The one event at the start (forwards) or the end (backwards) of the log: for its first and last time.
std::optional<EventTime> edgeTime(const Wevtapi& api, const LogLocation& where, bool newest) {
    const std::wstring path = where.source == LogSource::Live ? L"System" : where.path.wstring();
    const DWORD flags = (where.source == LogSource::Live ? EvtQueryChannelPath : EvtQueryFilePath) |
                        (newest ? EvtQueryReverseDirection : EvtQueryForwardDirection);
    EvtHandle results(api, api.query(nullptr, path.c_str(), L"*", flags));
    EVT_HANDLE event = nullptr;
    DWORD returned = 0;
    if (!results || !api.next(results.get(), 1, &event, INFINITE, 0, &returned) || returned != 1)
        return std::nullopt;
    EvtHandle held(api, event);
    std::vector<wchar_t> buffer(4096);
    const std::optional<RenderedEvent> rendered = renderEvent(api, event, buffer);
    return rendered ? std::optional<EventTime>(rendered->time) : std::nullopt;
}

std::optional<std::uint64_t> recordCount(const Wevtapi& api, const LogLocation& where) {
    const std::wstring path = where.source == LogSource::Live ? L"System" : where.path.wstring();
    EvtHandle log(api, api.openLog(nullptr, path.c_str(),
                                   where.source == LogSource::Live ? EvtOpenChannelPath : EvtOpenFilePath));
    EVT_VARIANT value{};
    DWORD used = 0;
    if (!log || !api.logInfo(log.get(), EvtLogNumberOfLogRecords, sizeof(value), &value, &used) ||
        value.Type != EvtVarTypeUInt64)
        return std::nullopt;
    return value.UInt64Val;
}

} // namespace

std::optional<LogStatus> readWithWevtapi(const LogLocation& where, const EventSink& sink) {
    DWORD loadError = ERROR_SUCCESS;
    std::optional<Wevtapi> api = Wevtapi::load(loadError);
    if (!api && (loadError == ERROR_MOD_NOT_FOUND || loadError == ERROR_FILE_NOT_FOUND))
        return std::nullopt;
    if (!api || loadError != ERROR_SUCCESS)
        return unreadableLog(where, apiError(where, loadError, "wevtapi.dll cannot be used"));
    const std::wstring path = where.source == LogSource::Live ? L"System" : where.path.wstring();
    const std::wstring query = toWide(evidenceXPathQuery());
    const DWORD flags =
        (where.source == LogSource::Live ? EvtQueryChannelPath : EvtQueryFilePath) | EvtQueryForwardDirection;
    EvtHandle results(*api, api->query(nullptr, path.c_str(), query.c_str(), flags));
    if (!results)
        return unreadableLog(where, apiError(where, GetLastError(), "EvtQuery failed"));
    LogStatus status;
    status.source = where.source;
    status.path = logName(where);
    std::vector<wchar_t> buffer(8192);
    for (;;) {
        EVT_HANDLE events[64] = {};
        DWORD returned = 0;
        if (!api->next(results.get(), 64, events, INFINITE, 0, &returned)) {
            const DWORD code = GetLastError();
            if (code == ERROR_NO_MORE_ITEMS)
                break;
            return unreadableLog(where, apiError(where, code, "EvtNext failed part-way"));
        }
        for (DWORD i = 0; i < returned; ++i) {
            EvtHandle event(*api, events[i]);
            if (std::optional<RenderedEvent> rendered = renderEvent(*api, event.get(), buffer))
                sink(*rendered);
            else
                ++status.damaged;
        }
    }
    const std::optional<std::uint64_t> records = recordCount(*api, where);
    if (!records)
        return unreadableLog(where, apiError(where, GetLastError(), "EvtGetLogInfo failed"));
    status.readable = true;
    status.records = *records;
    status.first = edgeTime(*api, where, false);
    status.last = edgeTime(*api, where, true);
    return status;
}

LogStatus readEventLog(const LogLocation& where, const EventSink& sink) {
    if (where.source == LogSource::Live) {
        if (std::optional<LogStatus> status = readWithWevtapi(where, sink))
            return *status;
        return readWithClassicApi(where, nullptr, sink); // Windows XP and older
    }
    Expected<LogFile, Error> file = LogFile::open(where.path, kMaxLogBytes);
    if (!file)
        return unreadableLog(where, file.error());
    if (where.source == LogSource::Evt)
        return readWithClassicApi(where, &*file, sink);
    if (std::optional<LogStatus> status = readWithWevtapi(where, sink))
        return *status;
    return unreadableLog(where,
                         makeError(ErrorCode::Unsupported, pathToUtf8(where.path),
                                   "this Windows cannot read .evtx logs (wevtapi.dll is not there: Windows "
                                   "XP and older); read it on Vista or later, or with heapfix on Linux"));
}

} // namespace heapfix
