#include "BootBackup.h"

#include "../backup/AtomicFile.h"
#include "../backup/NewFiles.h"
#include "../backup/Sha256.h"
#include "../backup/UtcTime.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <span>

namespace heapfix {

namespace fs = std::filesystem;

namespace {

constexpr std::uintmax_t kMaxFileBytes = 2ull * 1024 * 1024 * 1024; // a regf hive's own limit

Expected<std::string, Error> hashOf(const fs::path& file) {
    Expected<std::vector<std::uint8_t>, Error> bytes = readWholeFile(file, kMaxFileBytes);
    if (!bytes)
        return unexpected(bytes.error());
    return sha256Hex(*bytes);
}

// The file's hash, "" when it does not exist.
Expected<std::string, Error> currentHash(const fs::path& file) {
    std::error_code error;
    if (!fs::exists(file, error))
        return std::string();
    return hashOf(file);
}

nlohmann::json toJson(const BootBackup& backup) {
    nlohmann::json files = nlohmann::json::array();
    for (const BootBackupFile& file : backup.files) {
        nlohmann::json entry{
            {"copy", file.copy}, {"original", pathToUtf8(file.original)}, {"sha256", file.sha256}};
        entry["sha256_after"] = file.after ? nlohmann::json(*file.after) : nlohmann::json(nullptr);
        files.push_back(entry);
    }
    return {{"kind", "heapfix-boot-backup"}, {"created", backup.created}, {"files", files}};
}

Expected<void, Error> writeManifest(const BootBackup& backup) {
    const std::string text = toJson(backup).dump(2) + "\n";
    return writeFileAtomically(backup.folder / kBootManifestName,
                               std::span(reinterpret_cast<const std::uint8_t*>(text.data()), text.size()));
}

Error copyMismatch(const BootBackup& backup, const BootBackupFile& file) {
    return makeError(ErrorCode::Mismatch, pathToUtf8(backup.folder / pathFromUtf8(file.copy)),
                     "the backup copy does not match the sha256 recorded for it");
}

// A folder of this run's own: "boot-<stamp>", or -2, -3 ... when that name is taken, made here, so that it is
// never a folder (or a link to one) that someone else put under that name.
Expected<fs::path, Error> createFreshFolder(const fs::path& parent, const std::string& stamp) {
    constexpr int kTries = 1000;
    for (int n = 1; n <= kTries; ++n) {
        const fs::path folder = parent / (n == 1 ? "boot-" + stamp : fmt::format("boot-{}-{}", stamp, n));
        std::error_code error;
        if (fs::create_directory(folder, error))
            return folder;
        if (error && error != std::errc::file_exists)
            return unexpected(fileSystemError(error, folder, "cannot create the backup folder"));
    }
    return unexpected(makeError(ErrorCode::Io, pathToUtf8(parent / ("boot-" + stamp)),
                                "every name for the backup folder is taken"));
}

Expected<void, Error> copyInto(BootBackup& backup, const fs::path& original) {
    Expected<std::vector<std::uint8_t>, Error> bytes = readWholeFile(original, kMaxFileBytes);
    if (!bytes)
        return unexpected(bytes.error());
    BootBackupFile file;
    file.original = fs::absolute(original);
    file.sha256 = sha256Hex(*bytes);
    // Readable by its owner only, like the kept whole hives: SYSTEM holds the key that protects the SAM.
    Expected<PlacedFiles, Error> placed = writeNewFiles(
        backup.folder, fmt::format("{}-{}", backup.files.size() + 1, pathToUtf8(original.filename())),
        {NewFile{"", *bytes, /*privateToOwner=*/true}});
    if (!placed)
        return unexpected(placed.error());
    file.copy = pathToUtf8(placed->paths.front().filename());
    // Read back against the bytes just written (no second hash), as BackupStore::save checks its copies.
    Expected<bool, Error> holds = fileHolds(placed->paths.front(), *bytes);
    if (!holds)
        return unexpected(holds.error());
    backup.files.push_back(std::move(file));
    if (!*holds)
        return unexpected(copyMismatch(backup, backup.files.back()));
    return {};
}

} // namespace

Expected<void, Error> verifyCopy(const BootBackup& backup, const BootBackupFile& file) {
    Expected<std::string, Error> hash = hashOf(backup.folder / pathFromUtf8(file.copy));
    if (!hash)
        return unexpected(hash.error());
    if (*hash != file.sha256)
        return unexpected(copyMismatch(backup, file));
    return {};
}

Expected<BootBackup, Error> createBootBackup(const fs::path& backupsFolder,
                                             const std::vector<fs::path>& files,
                                             std::chrono::system_clock::time_point now) {
    BootBackup backup;
    backup.created = isoUtc(now);
    std::error_code error;
    fs::create_directories(backupsFolder, error);
    if (error)
        return unexpected(fileSystemError(error, backupsFolder, "cannot create the backup folder"));
    Expected<fs::path, Error> folder = createFreshFolder(backupsFolder, compactUtc(now));
    if (!folder)
        return unexpected(folder.error());
    backup.folder = std::move(*folder);
    Expected<void, Error> done;
    for (const fs::path& file : files)
        if (done = copyInto(backup, file); !done)
            break;
    if (done)
        done = writeManifest(backup);
    if (done)
        done = syncFolder(backup.folder);
    if (!done) {
        fs::remove_all(backup.folder, error);
        return unexpected(done.error());
    }
    return backup;
}

Expected<void, Error> recordAfterState(BootBackup& backup) {
    for (BootBackupFile& file : backup.files) {
        Expected<std::string, Error> hash = currentHash(file.original);
        if (!hash)
            return unexpected(hash.error());
        file.after = *hash;
    }
    return writeManifest(backup);
}

Expected<BootBackup, Error> loadBootBackup(const fs::path& folder) {
    const fs::path manifest = folder / kBootManifestName;
    Expected<std::vector<std::uint8_t>, Error> bytes = readWholeFile(manifest);
    if (!bytes)
        return unexpected(bytes.error());
    const nlohmann::json json = nlohmann::json::parse(bytes->begin(), bytes->end(), nullptr, false);
    const Error corrupt =
        makeError(ErrorCode::Corrupt, pathToUtf8(manifest), "not a heapfix boot backup manifest");
    if (!json.is_object() || json.value("kind", "") != "heapfix-boot-backup" || !json.contains("files") ||
        !json["files"].is_array())
        return unexpected(corrupt);
    BootBackup backup;
    backup.folder = folder;
    backup.created = json.value("created", "");
    for (const nlohmann::json& entry : json["files"]) {
        if (!entry.is_object() || !entry.contains("copy") || !entry["copy"].is_string() ||
            !entry.contains("original") || !entry["original"].is_string() || !entry.contains("sha256") ||
            !entry["sha256"].is_string())
            return unexpected(corrupt);
        BootBackupFile file;
        file.copy = entry["copy"].get<std::string>();
        if (file.copy.find('/') != std::string::npos || file.copy.find('\\') != std::string::npos ||
            file.copy == "..")
            return unexpected(corrupt); // a copy name must stay inside the backup folder
        file.original = fs::u8path(entry["original"].get<std::string>());
        file.sha256 = entry["sha256"].get<std::string>();
        if (entry.contains("sha256_after") && entry["sha256_after"].is_string())
            file.after = entry["sha256_after"].get<std::string>();
        backup.files.push_back(std::move(file));
    }
    return backup;
}

Expected<RevertState, Error> revertStateOf(const BootBackupFile& file) {
    Expected<std::string, Error> now = currentHash(file.original);
    if (!now)
        return unexpected(now.error());
    if (*now == file.sha256)
        return RevertState::Original;
    return file.after && *now == *file.after ? RevertState::AsLeft : RevertState::ChangedSince;
}

Error changedSinceError(const BootBackupFile& file) {
    return makeError(
        ErrorCode::Refused, pathToUtf8(file.original),
        "the file changed after heapfix's repair (Windows or someone else wrote it); restoring the "
        "backup would lose that change, so nothing was reverted");
}

Expected<fs::path, Error> keepAside(const BootBackupFile& file, const std::string& stamp) {
    Expected<std::vector<std::uint8_t>, Error> bytes = readWholeFile(file.original, kMaxFileBytes);
    if (!bytes)
        return unexpected(bytes.error());
    if (!file.after || sha256Hex(*bytes) != *file.after) // it changed since it was checked
        return unexpected(changedSinceError(file));
    const std::string base = pathToUtf8(file.original.filename()) + ".heapfix-before-revert-" + stamp;
    Expected<PlacedFiles, Error> placed =
        writeNewFiles(file.original.parent_path(), base, {NewFile{"", *bytes, /*privateToOwner=*/true}});
    if (!placed)
        return unexpected(placed.error());
    return placed->paths.front();
}

Expected<void, Error> putBack(const BootBackup& backup, const BootBackupFile& file) {
    Expected<std::vector<std::uint8_t>, Error> bytes =
        readWholeFile(backup.folder / pathFromUtf8(file.copy), kMaxFileBytes);
    if (!bytes)
        return unexpected(bytes.error());
    if (sha256Hex(*bytes) != file.sha256)
        return unexpected(copyMismatch(backup, file));
    return writeFileAtomically(file.original, *bytes);
}

} // namespace heapfix
