#include "BackupRecord.h"

#include "AtomicFile.h"

#include <nlohmann/json.hpp>

namespace heapfix {

namespace {

constexpr std::string_view kRecordFormat = "heapfix-backup-1";

// A file name with no folder in it: not empty, not "." or "..", no separator of either system.
bool plainName(const std::string& name) {
    return !name.empty() && name != "." && name != ".." && name.find_first_of("/\\:") == std::string::npos;
}

} // namespace

std::string recordJson(const BackupRecord& record) {
    nlohmann::json json = {
        {"format", kRecordFormat},           {"regFile", pathToUtf8(record.regFile.filename())},
        {"created", record.created},         {"targetKind", record.targetKind},
        {"targetPath", record.targetPath},   {"controlSet", record.controlSet},
        {"windows", record.windows},         {"key", record.key},
        {"valueName", record.valueName},     {"valueType", record.valueType},
        {"valueBefore", record.valueBefore}, {"sharedSection", record.sharedSection},
        {"toolVersion", record.toolVersion}, {"sha256", record.sha256}};
    if (!record.kept.empty()) {
        nlohmann::json kept = nlohmann::json::array();
        for (const KeptFile& file : record.kept)
            kept.push_back({{"file", pathToUtf8(file.file.filename())},
                            {"from", file.from},
                            {"sha256", file.sha256},
                            {"bytes", file.bytes}});
        json["kept"] = std::move(kept);
    }
    return json.dump(2) + "\n";
}

Expected<BackupRecord, Error> parseRecordJson(const std::vector<std::uint8_t>& bytes,
                                              const std::filesystem::path& file) {
    const nlohmann::json json = nlohmann::json::parse(bytes.begin(), bytes.end(), nullptr, false);
    if (json.is_discarded() || !json.is_object() || json.value("format", "") != kRecordFormat)
        return unexpected(makeError(ErrorCode::Corrupt, pathToUtf8(file), "not a heapfix backup record"));
    const auto text = [](const nlohmann::json& object, const char* name) {
        const auto found = object.find(name);
        return found != object.end() && found->is_string() ? found->get<std::string>() : std::string();
    };
    const std::string regName = text(json, "regFile");
    if (!plainName(regName))
        return unexpected(
            makeError(ErrorCode::Corrupt, pathToUtf8(file), "the record names no .reg file beside it"));
    BackupRecord record{file.parent_path() / regName,
                        file,
                        text(json, "created"),
                        text(json, "targetKind"),
                        text(json, "targetPath"),
                        text(json, "controlSet"),
                        text(json, "windows"),
                        text(json, "key"),
                        text(json, "valueName"),
                        text(json, "valueType"),
                        text(json, "valueBefore"),
                        text(json, "sharedSection"),
                        text(json, "toolVersion"),
                        text(json, "sha256"),
                        {}};
    if (const auto kept = json.find("kept"); kept != json.end()) {
        if (!kept->is_array())
            return unexpected(
                makeError(ErrorCode::Corrupt, pathToUtf8(file), "its list of kept files is damaged"));
        for (const nlohmann::json& entry : *kept) {
            const std::string name = entry.is_object() ? text(entry, "file") : std::string();
            const auto size = entry.is_object() ? entry.find("bytes") : entry.end();
            if (!plainName(name) || size == entry.end() || !size->is_number_unsigned())
                return unexpected(makeError(ErrorCode::Corrupt, pathToUtf8(file),
                                            "it names a kept file that is not beside it"));
            record.kept.push_back(
                KeptFile{file.parent_path() / name, text(entry, "from"), text(entry, "sha256"), *size});
        }
    }
    return record;
}

} // namespace heapfix
