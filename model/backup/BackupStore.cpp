#include "BackupStore.h"

#include "AtomicFile.h"
#include "RegFile.h"
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
#include <random>
#include <span>

#ifndef _WIN32
#include <fcntl.h>
#include <unistd.h>
#endif

namespace heapfix {
namespace {

constexpr std::string_view kRecordFormat = "heapfix-backup-1";
constexpr std::uintmax_t kMaxRecordBytes = 64 * 1024;

// A short, file-name-safe tag of the target: "live", "sample-win10-x64", "offline-SYSTEM".
std::string targetTag(const TargetInfo& target) {
    std::string tag(targetKindName(target.kind));
    std::string detail = target.kind == TargetKind::Sample ? target.sampleName
                         : target.kind == TargetKind::Offline
                             ? pathText(std::filesystem::path(target.path).filename())
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

nlohmann::json toJson(const BackupRecord& record) {
    return {{"format", kRecordFormat},           {"regFile", pathText(record.regFile.filename())},
            {"created", record.created},         {"targetKind", record.targetKind},
            {"targetPath", record.targetPath},   {"controlSet", record.controlSet},
            {"windows", record.windows},         {"key", record.key},
            {"valueName", record.valueName},     {"valueType", record.valueType},
            {"valueBefore", record.valueBefore}, {"sharedSection", record.sharedSection},
            {"toolVersion", record.toolVersion}, {"sha256", record.sha256}};
}

Expected<BackupRecord, Error> fromJson(const std::vector<std::uint8_t>& bytes,
                                       const std::filesystem::path& file) {
    const nlohmann::json json = nlohmann::json::parse(bytes.begin(), bytes.end(), nullptr, false);
    if (json.is_discarded() || !json.is_object() || json.value("format", "") != kRecordFormat)
        return unexpected(makeError(ErrorCode::Corrupt, pathText(file), "not a heapfix backup record"));
    const auto text = [&](const char* name) {
        const auto found = json.find(name);
        return found != json.end() && found->is_string() ? found->get<std::string>() : std::string();
    };
    const std::string regName = text("regFile");
    if (regName.empty() || std::filesystem::path(regName).has_parent_path())
        return unexpected(
            makeError(ErrorCode::Corrupt, pathText(file), "the record names no .reg file beside it"));
    BackupRecord record{file.parent_path() / regName,
                        file,
                        text("created"),
                        text("targetKind"),
                        text("targetPath"),
                        text("controlSet"),
                        text("windows"),
                        text("key"),
                        text("valueName"),
                        text("valueType"),
                        text("valueBefore"),
                        text("sharedSection"),
                        text("toolVersion"),
                        text("sha256")};
    return record;
}

// A .reg with no record beside it (regedit's or Wine's export, or a record that was lost): what it says.
Expected<BackupRecord, Error> fromBareRegFile(const std::filesystem::path& file) {
    Expected<std::vector<std::uint8_t>, Error> bytes = readWholeFile(file, kMaxRegFileBytes);
    if (!bytes)
        return unexpected(bytes.error());
    Expected<RegFileDocument, Error> document = parseRegFile(*bytes, pathText(file));
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
    const std::string nameA = pathText(a.regFile.stem());
    const std::string nameB = pathText(b.regFile.stem());
    if (nameA.size() != nameB.size())
        return nameA.size() < nameB.size();
    return nameA < nameB;
}

// Where a backup failed, in words that say what to do; the code stays the cause's.
Error backupError(const std::filesystem::path& folder, const Error& cause) {
    return makeError(
        cause.code, pathText(folder),
        fmt::format("the backup could not be made here ({}); nothing was changed. Choose another "
                    "backup folder, or free space on this one, and try again",
                    cause.message()));
}

void removeQuietly(const std::filesystem::path& file) {
    std::error_code ignored;
    std::filesystem::remove(file, ignored);
}

struct FileContents {
    std::filesystem::path target;
    std::span<const std::uint8_t> bytes;
};

#ifdef _WIN32
Expected<void, Error> writeDurably(const std::filesystem::path&, std::initializer_list<FileContents> files) {
    // MOVEFILE_WRITE_THROUGH makes each rename durable on its own; there is no folder to flush.
    for (const FileContents& file : files)
        if (Expected<void, Error> written = writeFileAtomically(file.target, file.bytes); !written)
            return written;
    return {};
}
#else
Error errnoError(int error, const std::filesystem::path& subject, std::string_view action) {
    return fileSystemError(std::error_code(error, std::generic_category()), subject, action);
}

// A temporary file beside `file.target`, written; flushed later by flushAndClose.
Expected<int, Error> writeTemporary(const std::filesystem::path& temporary, const FileContents& file) {
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0)
        return unexpected(errnoError(errno, file.target, "cannot create a temporary file beside it"));
    std::span<const std::uint8_t> rest = file.bytes;
    while (!rest.empty()) {
        const ssize_t count = ::write(fd, rest.data(), rest.size());
        if (count < 0 && errno == EINTR)
            continue;
        if (count < 0) {
            const int error = errno;
            ::close(fd);
            return unexpected(errnoError(error, file.target, "cannot write"));
        }
        rest = rest.subspan(static_cast<std::size_t>(count));
    }
#ifdef __linux__
    // The data on the disk now, without a journal commit: the fsync of the first file then commits the
    // journal for all of them, and the others' fsyncs find nothing left to commit (ext4: two commits for a
    // backup instead of three). Each file is still fsynced below; this only orders the work.
    ::sync_file_range(fd, 0, 0,
                      SYNC_FILE_RANGE_WAIT_BEFORE | SYNC_FILE_RANGE_WRITE | SYNC_FILE_RANGE_WAIT_AFTER);
#endif
    return fd;
}

Expected<void, Error> flushAndClose(int fd, const FileContents& file) {
    Expected<void, Error> flushed;
    if (::fsync(fd) != 0)
        flushed = unexpected(errnoError(errno, file.target, "cannot flush to the disk"));
    if (::close(fd) != 0 && flushed)
        flushed = unexpected(errnoError(errno, file.target, "cannot close"));
    return flushed;
}

// The files of one backup, all in `folder`, as writeFileAtomically writes one: each into a temporary file
// that is flushed, then renamed into place; the folder is flushed once for all of them (three flushes for a
// .reg and its record instead of four: an apply's flushes are most of its time, bench/ and issue 7).
Expected<void, Error> writeDurably(const std::filesystem::path& folder,
                                   std::initializer_list<FileContents> files) {
    std::vector<std::filesystem::path> temporaries;
    std::vector<int> descriptors;
    Expected<void, Error> done;
    for (const FileContents& file : files) {
        thread_local std::mt19937_64 random{std::random_device{}()};
        temporaries.push_back(file.target.parent_path() /
                              fmt::format(".{}.tmp-{:016x}", pathText(file.target.filename()), random()));
        Expected<int, Error> written = writeTemporary(temporaries.back(), file);
        if (!written) {
            done = unexpected(written.error());
            break;
        }
        descriptors.push_back(*written);
    }
    std::size_t index = 0;
    for (const FileContents& file : files) { // every descriptor is closed, also after a failure
        if (index == descriptors.size())
            break;
        Expected<void, Error> flushed = flushAndClose(descriptors[index++], file);
        if (done && !flushed)
            done = flushed;
    }
    std::size_t renamed = 0;
    for (const FileContents& file : files) {
        if (!done)
            break;
        if (::rename(temporaries[renamed].c_str(), file.target.c_str()) != 0)
            done = unexpected(errnoError(errno, file.target, "cannot replace"));
        else
            ++renamed;
    }
    for (std::size_t i = renamed; i < temporaries.size(); ++i)
        removeQuietly(temporaries[i]); // never leave a partial file behind
    if (!done)
        return done;
    return syncFolder(folder.empty() ? std::filesystem::path(".") : folder);
}
#endif

} // namespace

BackupStore::BackupStore(std::filesystem::path folder)
    : folder_(std::move(folder))
    , clock_([] { return std::chrono::system_clock::now(); }) {}

void BackupStore::setClock(std::function<std::chrono::system_clock::time_point()> clock) {
    clock_ = std::move(clock);
}

// heapfix-20261121-230512-sample-win10-x64.reg, with -2, -3 ... when a backup of that second exists already.
std::filesystem::path BackupStore::freshRegFile(const std::string& stamp, const std::string& tag) const {
    const std::string base = fmt::format("heapfix-{}-{}", stamp, tag);
    std::filesystem::path file = folder_ / (base + ".reg");
    for (int n = 2; std::filesystem::exists(file) ||
                    std::filesystem::exists(std::filesystem::path(file).replace_extension(".json"));
         ++n)
        file = folder_ / fmt::format("{}-{}.reg", base, n);
    return file;
}

Expected<BackupRecord, Error> BackupStore::save(const BackupRequest& request) {
    std::error_code error;
    std::filesystem::create_directories(folder_, error);
    if (error)
        return unexpected(backupError(folder_, fileSystemError(error, folder_, "cannot create the folder")));
    const auto now = clock_();
    BackupRecord record;
    record.regFile = freshRegFile(compactUtc(now), targetTag(request.target));
    record.recordFile = std::filesystem::path(record.regFile).replace_extension(".json");
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
    const std::string json = toJson(record).dump(2) + "\n";
    Expected<void, Error> written = writeDurably(
        folder_, {{record.regFile, reg},
                  {record.recordFile, {reinterpret_cast<const std::uint8_t*>(json.data()), json.size()}}});
    if (written)
        written = verifyValue(record, request.value);
    if (!written) {
        removeQuietly(record.regFile);
        removeQuietly(record.recordFile);
        return unexpected(backupError(folder_, written.error()));
    }
    return record;
}

Expected<void, Error> BackupStore::verify(const BackupRecord& record) const {
    return verifyValue(record, std::nullopt);
}

// Read back, checksum, parse, and the value is the one the record describes (or exactly `expected`).
Expected<void, Error> BackupStore::verifyValue(const BackupRecord& record,
                                               const std::optional<RegistryValue>& expected) const {
    Expected<std::vector<std::uint8_t>, Error> bytes = readWholeFile(record.regFile, kMaxRegFileBytes);
    if (!bytes)
        return unexpected(bytes.error());
    if (sha256Hex(*bytes) != record.sha256)
        return unexpected(
            makeError(ErrorCode::Corrupt, pathText(record.regFile),
                      "its SHA-256 differs from the one recorded: the backup was changed or damaged"));
    Expected<RegFileDocument, Error> document = parseRegFile(*bytes, pathText(record.regFile));
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
        return unexpected(makeError(ErrorCode::Mismatch, pathText(record.regFile),
                                    "the value read back from the backup differs from the value backed up"));
    return {};
}

std::vector<BackupRecord> BackupStore::list() const {
    std::vector<BackupRecord> records;
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(folder_, error)) {
        const std::filesystem::path file = entry.path();
        const bool record = file.extension() == ".json";
        const bool bareReg = file.extension() == ".reg" &&
                             !std::filesystem::exists(std::filesystem::path(file).replace_extension(".json"));
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
        if (!std::filesystem::exists(record))
            return fromBareRegFile(file);
        Expected<BackupRecord, Error> loaded = load(record);
        if (loaded && loaded->regFile.filename() == file.filename())
            return loaded;
        return fromBareRegFile(file);
    }
    Expected<std::vector<std::uint8_t>, Error> bytes = readWholeFile(file, kMaxRecordBytes);
    if (!bytes)
        return unexpected(bytes.error());
    return fromJson(*bytes, file);
}

} // namespace heapfix
