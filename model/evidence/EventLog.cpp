#include "EventLog.h"
#include "LogReading.h"

#include "../core/EnumNames.h"

#include <algorithm>
#include <array>
#include <vector>

namespace heapfix {

namespace fs = std::filesystem;

namespace {

// The entry of `folder` named `name`, compared case-insensitively (ASCII). A link on the way is an error:
// heapfix does not follow links on a disk it repairs. The `last` component, the log itself, is returned as it
// is: opening it refuses a link (LogFile), and the log is then reported as found but unreadable, saying why.
Expected<std::optional<fs::path>, Error> entryNamed(const fs::path& folder, std::string_view name,
                                                    bool last) {
    std::error_code error;
    const std::string wanted = asciiLower(name);
    for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
        if (asciiLower(pathToUtf8(it->path().filename())) != wanted)
            continue;
        std::error_code statusError;
        if (!last && it->is_symlink(statusError))
            return unexpected(makeError(ErrorCode::Refused, pathToUtf8(it->path()),
                                        "this is a symbolic link: heapfix does not follow links on a disk it "
                                        "repairs"));
        return std::optional<fs::path>(it->path());
    }
    if (error && error != std::errc::no_such_file_or_directory && error != std::errc::not_a_directory) {
        const ErrorCode code =
            error == std::errc::permission_denied ? ErrorCode::AccessDenied : ErrorCode::Io;
        return unexpected(makeError(code, pathToUtf8(folder), "cannot list the folder: " + error.message()));
    }
    return std::optional<fs::path>();
}

Expected<std::optional<fs::path>, Error> findBelow(const fs::path& root,
                                                   const std::vector<const char*>& components) {
    fs::path at = root;
    for (std::size_t i = 0; i < components.size(); ++i) {
        auto next = entryNamed(at, components[i], i + 1 == components.size());
        if (!next || !*next)
            return next;
        at = **next;
    }
    return std::optional<fs::path>(at);
}

} // namespace

std::string asciiLower(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
    return out;
}

std::string_view trimmedText(std::string_view text) {
    constexpr std::string_view blanks = " \t\r\n";
    const std::size_t begin = text.find_first_not_of(blanks);
    if (begin == std::string_view::npos)
        return {};
    return text.substr(begin, text.find_last_not_of(blanks) - begin + 1);
}

std::string_view logSourceName(LogSource source) {
    constexpr auto kNames = enumNames<LogSource>({"live", "evtx", "evt"});
    return kNames.name(source);
}

LogStatus unreadableLog(std::optional<LogLocation> where, Error error) {
    LogStatus status;
    if (where) {
        status.source = where->source;
        status.path = where->source == LogSource::Live ? "System" : pathToUtf8(where->path);
    }
    status.error = std::move(error);
    return status;
}

Expected<LogLocation, Error> findOfflineLog(const fs::path& windowsDir) {
    std::error_code error;
    if (!fs::is_directory(windowsDir, error))
        return unexpected(
            makeError(ErrorCode::NotFound, pathToUtf8(windowsDir), "the folder does not exist"));
    struct Candidate {
        LogSource source;
        std::vector<const char*> components;
    };
    const std::array<Candidate, 4> candidates = {{
        {LogSource::Evtx, {"System32", "winevt", "Logs", "System.evtx"}},
        {LogSource::Evtx, {"Windows", "System32", "winevt", "Logs", "System.evtx"}},
        {LogSource::Evt, {"System32", "config", "SysEvent.Evt"}},
        {LogSource::Evt, {"Windows", "System32", "config", "SysEvent.Evt"}},
    }};
    for (const Candidate& candidate : candidates) {
        auto found = findBelow(windowsDir, candidate.components);
        if (!found)
            return unexpected(found.error());
        if (*found)
            return LogLocation{candidate.source, **found};
    }
    return unexpected(
        makeError(ErrorCode::NotFound, pathToUtf8(windowsDir),
                  "no System event log below this folder: neither System32\\winevt\\Logs\\System.evtx "
                  "(Windows Vista and later) nor System32\\config\\SysEvent.Evt (NT 4.0 to 2003)"));
}

} // namespace heapfix
