#include "BackupStore.h"

#include "AtomicFile.h"
#include "BackupRecord.h"
#include "NewFiles.h"
#include "RegFile.h"
#include "SafeOpen.h"
#include "Sha256.h"
#include "UtcTime.h"

#include "../core/SharedSection.h"
#include "../core/Utf16.h"

#include <heapfix/Version.h>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <span>

namespace heapfix {
namespace {

// A short, file-name-safe tag of the target: "live", "sample-win10-x64", "offline-SYSTEM".
std::string targetTag(const TargetInfo& target) {
    std::string tag(targetKindName(target.kind));
    std::string detail = target.kind == TargetKind::Sample ? target.sampleName
                         : target.kind == TargetKind::Offline
                             ? pathToUtf8(pathFromUtf8(target.path).filename())
                             : std::string();
    detail.erase(std::remove_if(detail.begin(), detail.end(),
                                [](unsigned char c) { return !std::isalnum(c) && c != '-' && c != '_'; }),
                 detail.end());
    if (!detail.empty())
        tag += "-" + detail.substr(0, 24);
    return tag;
}

std::string windowsDescription(const WindowsVersion& windows) {
    if (windows.source == VersionSource::Unknown)
        return "unknown";
    const std::string name = windows.productName.empty() ? windows.displayName() : windows.productName;
    return fmt::format("{} {}.{}.{} {}", name, windows.major, windows.minor, windows.build,
                       architectureName(windows.architecture));
}

// The value's text without its NUL, and its SharedSection numbers where they parse.
void describeValue(BackupRecord& record, const RegistryValue& value) {
    record.valueType = std::string(valueTypeName(value.type));
    if (value.type != ValueType::ExpandString && value.type != ValueType::String)
        return; // a broken value of another type is backed up all the same; its bytes are in the .reg
    const Expected<std::u16string, Error> text = decodeUtf16Le(value.data);
    if (!text)
        return;
    record.valueBefore = toUtf8(withoutTrailingNuls(*text));
    if (const auto parsed = SharedSection::parse(*text))
        record.sharedSection = formatSharedSection(parsed->values());
}

// A .reg with no record beside it (regedit's or Wine's export, or a record that was lost): what it says.
Expected<BackupRecord, Error> fromBareRegFile(const std::filesystem::path& file) {
    Expected<std::vector<std::uint8_t>, Error> bytes = readWholeFile(file, kMaxRegFileBytes);
    if (!bytes)
        return unexpected(bytes.error());
    Expected<RegFileDocument, Error> document = parseRegFile(*bytes, pathToUtf8(file));
    if (!document)
        return unexpected(document.error());
    const std::string key = document->keys.empty() ? std::string() : document->keys.front().path;
    const std::string name = document->keys.empty() || document->keys.front().values.empty()
                                 ? std::string(kWindowsValueName)
                                 : document->keys.front().values.front().name;
    Expected<RegistryValue, Error> value = restorableValue(*document, key, key, name);
    if (!value)
        return unexpected(value.error());
    BackupRecord record;
    record.regFile = file;
    record.key = key;
    record.valueName = name;
    record.sha256 = sha256Hex(*bytes);
    std::error_code error;
    const auto modified = std::filesystem::last_write_time(file, error);
    if (!error)
        record.created = isoUtc(std::chrono::file_clock::to_sys(modified));
    describeValue(record, *value);
    return record;
}

// Backups of one second and one target are named base.reg, base-2.reg ... base-10.reg (freshRegFile): the
// longer name is the later one, and among names of one length the greater.
bool lessRecent(const BackupRecord& a, const BackupRecord& b) {
    if (a.created != b.created)
        return a.created < b.created;
    const std::string nameA = pathToUtf8(a.regFile.stem());
    const std::string nameB = pathToUtf8(b.regFile.stem());
    if (nameA.size() != nameB.size())
        return nameA.size() < nameB.size();
    return nameA < nameB;
}

// Where a backup failed, in words that say what to do; the code stays the cause's.
Error backupError(const std::filesystem::path& folder, const Error& cause) {
    // Another folder or free space helps only where the disk or folder was the cause: not for a value too
    // large for a .reg restore file (Malformed), which no folder can take.
    const bool folderHelps = cause.code != ErrorCode::Malformed && cause.code != ErrorCode::Corrupt;
    return makeError(
        cause.code, pathToUtf8(folder),
        fmt::format("the backup could not be made here ({}); nothing was changed. {}", cause.message(),
                    folderHelps
                        ? "Choose another backup folder, or free space on this one, and try again"
                        : "No other folder helps: heapfix does not change a value it cannot back up"));
}

} // namespace

BackupStore::BackupStore(std::filesystem::path folder)
    : folder_(std::move(folder))
    , clock_([] { return std::chrono::system_clock::now(); }) {}

void BackupStore::setClock(std::function<std::chrono::system_clock::time_point()> clock) {
    clock_ = std::move(clock);
}

Expected<BackupRecord, Error> BackupStore::save(const BackupRequest& request) {
    std::error_code error;
    std::filesystem::create_directories(folder_, error);
    if (error)
        return unexpected(backupError(folder_, fileSystemError(error, folder_, "cannot create the folder")));
    if (Expected<EntryFacts, Error> facts = entryFacts(folder_);
        !facts || facts->kind != EntryFacts::Kind::Folder)
        return unexpected(
            backupError(folder_, facts ? makeError(ErrorCode::Refused, pathToUtf8(folder_),
                                                   "it is not a folder (a link to one is not followed)",
                                                   ErrorCause::NotARegularFile)
                                       : facts.error()));
    const auto now = clock_();
    BackupRecord record;
    record.created = isoUtc(now);
    record.targetKind = std::string(targetKindName(request.target.kind));
    record.targetPath = request.target.path;
    record.controlSet = request.target.controlSet;
    record.windows = windowsDescription(request.windows);
    record.key = request.key;
    record.valueName = request.valueName;
    record.toolVersion = kToolVersion;
    describeValue(record, request.value);

    const std::vector<std::uint8_t> reg = writeRegFile(request.key, request.valueName, request.value);
    record.sha256 = sha256Hex(reg);
    std::vector<FileContents> kept;
    for (const std::filesystem::path& file : request.keep) {
        Expected<FileContents, Error> contents = FileContents::read(file, kMaxKeptFileBytes);
        if (!contents)
            return unexpected(contents.error()); // the original cannot be read: not a backup problem
        record.kept.push_back(
            KeptFile{{}, pathToUtf8(file), sha256Hex(contents->bytes()), contents->bytes().size()});
        kept.push_back(std::move(*contents));
    }
    // The record names the other files by the name chosen, so it is written once that name is known: the
    // .reg and the kept files take a name first, the record then takes the same name or none is used.
    const std::string base = fmt::format("heapfix-{}-{}", compactUtc(now), targetTag(request.target));
    std::vector<NewFile> files{{".reg", reg, false}};
    for (std::size_t i = 0; i < kept.size(); ++i)
        files.push_back({".original-" + pathToUtf8(request.keep[i].filename()), kept[i].bytes(), true});
    Expected<PlacedFiles, Error> placed = writeNewFiles(folder_, base, files);
    if (!placed)
        return unexpected(backupError(folder_, placed.error()));
    record.regFile = placed->paths[0];
    for (std::size_t i = 0; i < record.kept.size(); ++i)
        record.kept[i].file = placed->paths[i + 1];
    const std::string json = recordJson(record);
    record.recordFile = folder_ / (placed->base + ".json");
    Expected<FileIdentity, Error> recordWritten =
        writeNewFile(record.recordFile, {reinterpret_cast<const std::uint8_t*>(json.data()), json.size()});
    Expected<void, Error> written =
        recordWritten ? verifyValue(record, request.value) : unexpected(recordWritten.error());
    // The kept copies just written read back as the bytes in memory (compared piece by piece: no second
    // hash of a whole hive); verifyKept checks an older backup against its recorded hashes.
    for (std::size_t i = 0; written && i < record.kept.size(); ++i) {
        Expected<bool, Error> same = fileHolds(record.kept[i].file, kept[i].bytes());
        if (!same)
            written = unexpected(same.error());
        else if (!*same)
            written =
                unexpected(makeError(ErrorCode::Corrupt, pathToUtf8(record.kept[i].file),
                                     "it does not read back as it was written: the kept copy is damaged"));
    }
    if (!written) {
        removePlaced(*placed);
        if (recordWritten)
            removeIfSame(record.recordFile, *recordWritten);
        return unexpected(backupError(folder_, written.error()));
    }
    return record;
}

Expected<void, Error> BackupStore::verify(const BackupRecord& record) const {
    Expected<void, Error> value = verifyValue(record, std::nullopt);
    if (!value)
        return value;
    return verifyKept(record);
}

// Every kept file reads back whole with the hash and size recorded.
Expected<void, Error> BackupStore::verifyKept(const BackupRecord& record) const {
    for (const KeptFile& kept : record.kept) {
        Expected<FileContents, Error> contents = FileContents::read(kept.file, kMaxKeptFileBytes);
        if (!contents)
            return unexpected(contents.error());
        if (contents->bytes().size() != kept.bytes || sha256Hex(contents->bytes()) != kept.sha256)
            return unexpected(
                makeError(ErrorCode::Corrupt, pathToUtf8(kept.file),
                          "its SHA-256 differs from the one recorded: the kept file was changed "
                          "or damaged"));
    }
    return {};
}

// Read back, checksum, parse, and the value is the one the record describes (or exactly `expected`).
Expected<void, Error> BackupStore::verifyValue(const BackupRecord& record,
                                               const std::optional<RegistryValue>& expected) const {
    Expected<std::vector<std::uint8_t>, Error> bytes = readWholeFile(record.regFile, kMaxRegFileBytes);
    if (!bytes)
        return unexpected(bytes.error());
    if (sha256Hex(*bytes) != record.sha256)
        return unexpected(
            makeError(ErrorCode::Corrupt, pathToUtf8(record.regFile),
                      "its SHA-256 differs from the one recorded: the backup was changed or damaged"));
    Expected<RegFileDocument, Error> document = parseRegFile(*bytes, pathToUtf8(record.regFile));
    if (!document)
        return unexpected(document.error());
    Expected<RegistryValue, Error> value = singleValue(*document, record.key, record.key, record.valueName);
    if (!value)
        return unexpected(value.error());
    BackupRecord reread = record;
    describeValue(reread, *value);
    const bool same = expected
                          ? *value == *expected
                          : reread.valueBefore == record.valueBefore && reread.valueType == record.valueType;
    if (!same)
        return unexpected(makeError(ErrorCode::Mismatch, pathToUtf8(record.regFile),
                                    "the value read back from the backup differs from the value backed up"));
    return {};
}

std::vector<BackupRecord> BackupStore::list() const {
    std::vector<BackupRecord> records;
    std::error_code error;
    for (const std::filesystem::path& file : folderEntries(folder_)) {
        const bool record = file.extension() == ".json";
        const bool bareReg =
            file.extension() == ".reg" &&
            !std::filesystem::exists(std::filesystem::path(file).replace_extension(".json"), error);
        if (!record && !bareReg)
            continue;
        if (Expected<BackupRecord, Error> loaded = load(file))
            records.push_back(std::move(*loaded));
    }
    std::sort(records.begin(), records.end(), [](const auto& a, const auto& b) { return lessRecent(b, a); });
    return records;
}

Expected<BackupRecord, Error> BackupStore::load(const std::filesystem::path& file) const {
    if (file.extension() == ".reg") {
        const std::filesystem::path record = std::filesystem::path(file).replace_extension(".json");
        std::error_code error;
        if (!std::filesystem::exists(record, error))
            return fromBareRegFile(file);
        Expected<BackupRecord, Error> loaded = load(record);
        if (loaded && loaded->regFile.filename() == file.filename())
            return loaded;
        return fromBareRegFile(file);
    }
    Expected<std::vector<std::uint8_t>, Error> bytes = readWholeFile(file, kMaxRecordBytes);
    if (!bytes)
        return unexpected(bytes.error());
    return parseRecordJson(*bytes, file);
}

} // namespace heapfix
