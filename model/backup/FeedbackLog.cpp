#include "FeedbackLog.h"

#include "AtomicFile.h"
#include "UtcTime.h"

#include <nlohmann/json.hpp>

namespace heapfix {
namespace {

std::string toLine(const FeedbackEntry& entry) {
    const nlohmann::json json = {
        {"time", entry.time},       {"solved", entry.solved},          {"targetKind", entry.targetKind},
        {"windows", entry.windows}, {"before", entry.before},          {"after", entry.after},
        {"backup", entry.backup},   {"toolVersion", entry.toolVersion}};
    return json.dump() + "\n"; // dump() escapes control characters: one entry is always one line
}

std::optional<FeedbackEntry> fromLine(std::string_view line) {
    const nlohmann::json json = nlohmann::json::parse(line.begin(), line.end(), nullptr, false);
    if (json.is_discarded() || !json.is_object())
        return std::nullopt;
    const auto text = [&](const char* name) {
        const auto found = json.find(name);
        return found != json.end() && found->is_string() ? found->get<std::string>() : std::string();
    };
    const auto solved = json.find("solved");
    if (solved == json.end() || !solved->is_boolean())
        return std::nullopt;
    return FeedbackEntry{text("time"),   solved->get<bool>(), text("targetKind"), text("windows"),
                         text("before"), text("after"),       text("backup"),     text("toolVersion")};
}

} // namespace

Expected<void, Error> appendFeedback(const std::filesystem::path& logFile, FeedbackEntry entry) {
    if (entry.time.empty())
        entry.time = isoUtc(std::chrono::system_clock::now());
    if (!logFile.parent_path().empty()) {
        std::error_code error;
        std::filesystem::create_directories(logFile.parent_path(), error);
        if (error)
            return unexpected(fileSystemError(error, logFile.parent_path(), "cannot create the folder"));
    }
    const std::string line = toLine(entry);
    return appendDurably(logFile, {reinterpret_cast<const std::uint8_t*>(line.data()), line.size()});
}

// A missing log is an empty one. A line that does not parse (a write cut short by a crash) is skipped.
Expected<std::vector<FeedbackEntry>, Error> readFeedback(const std::filesystem::path& logFile) {
    std::vector<FeedbackEntry> entries;
    Expected<std::vector<std::uint8_t>, Error> bytes = readWholeFile(logFile);
    if (!bytes && bytes.error().code == ErrorCode::NotFound)
        return entries;
    if (!bytes)
        return unexpected(bytes.error());
    const std::string_view text(reinterpret_cast<const char*>(bytes->data()), bytes->size());
    for (std::size_t begin = 0; begin < text.size();) {
        const std::size_t end = std::min(text.find('\n', begin), text.size());
        if (std::optional<FeedbackEntry> entry = fromLine(text.substr(begin, end - begin)))
            entries.push_back(std::move(*entry));
        begin = end + 1;
    }
    return entries;
}

} // namespace heapfix
