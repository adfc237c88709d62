#include "BootBackup.h"

#include "../backup/AtomicFile.h"
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

Expected<void, Error> verifyCopy(const BootBackup& backup, const BootBackupFile& file) {
    Expected<std::string, Error> hash = hashOf(backup.folder / pathFromUtf8(file.copy));
    if (!hash)
        return unexpected(hash.error());
    if (*hash != file.sha256)
        return unexpected(makeError(ErrorCode::Mismatch, pathToUtf8(backup.folder / pathFromUtf8(file.copy)),
                                    "the backup copy does not match the sha256 recorded for it"));
    return {};
}

fs::path freshFolder(const fs::path& parent, const std::string& stamp) {
    fs::path folder = parent / ("boot-" + stamp);
    for (int n = 2; fs::exists(folder); ++n)
        folder = parent / fmt::format("boot-{}-{}", stamp, n);
    return folder;
}

Expected<void, Error> copyInto(BootBackup& backup, const fs::path& original) {
    Expected<std::vector<std::uint8_t>, Error> bytes = readWholeFile(original, kMaxFileBytes);
    if (!bytes)
        return unexpected(bytes.error());
    BootBackupFile file;
    file.original = fs::absolute(original);
    file.copy = fmt::format("{}-{}", backup.files.size() + 1, pathToUtf8(original.filename()));
    file.sha256 = sha256Hex(*bytes);
    if (Expected<void, Error> written = writeFileAtomically(backup.folder / pathFromUtf8(file.copy), *bytes);
        !written)
        return written;
    backup.files.push_back(std::move(file));
    return verifyCopy(backup, backup.files.back());
}

} // namespace

Expected<BootBackup, Error> createBootBackup(const fs::path& backupsFolder,
                                             const std::vector<fs::path>& files,
                                             std::chrono::system_clock::time_point now) {
    BootBackup backup;
    backup.created = isoUtc(now);
    std::error_code error;
    fs::create_directories(backupsFolder, error);
    if (error)
        return unexpected(fileSystemError(error, backupsFolder, "cannot create the backup folder"));
    backup.folder = freshFolder(backupsFolder, compactUtc(now));
    fs::create_directory(backup.folder, error);
    if (error)
        return unexpected(fileSystemError(error, backup.folder, "cannot create the backup folder"));
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

Expected<RevertResult, Error> revertBootBackup(const BootBackup& backup) {
    // Check everything first: nothing is touched unless every file can be restored without loss.
    for (const BootBackupFile& file : backup.files) {
        if (Expected<void, Error> copy = verifyCopy(backup, file); !copy)
            return unexpected(copy.error());
        Expected<std::string, Error> now = currentHash(file.original);
        if (!now)
            return unexpected(now.error());
        if (*now != file.sha256 && (!file.after || *now != *file.after))
            return unexpected(makeError(
                ErrorCode::Refused, pathToUtf8(file.original),
                "the file changed after heapfix's repair (Windows or someone else wrote it); restoring the "
                "backup would lose that change, so nothing was reverted"));
    }
    RevertResult result;
    const std::string stamp = compactUtc(std::chrono::system_clock::now());
    for (const BootBackupFile& file : backup.files) {
        Expected<std::string, Error> now = currentHash(file.original);
        if (!now)
            return unexpected(now.error());
        if (*now == file.sha256)
            continue; // already the original
        if (!now->empty()) {
            fs::path aside = file.original;
            aside += ".heapfix-before-revert-" + stamp;
            std::error_code error;
            fs::copy_file(file.original, aside, fs::copy_options::overwrite_existing, error);
            if (error)
                return unexpected(fileSystemError(error, aside, "cannot keep the current file aside"));
            if (Expected<void, Error> synced = syncFile(aside); !synced)
                return unexpected(synced.error());
            result.keptAside.push_back(aside);
        }
        Expected<std::vector<std::uint8_t>, Error> bytes =
            readWholeFile(backup.folder / pathFromUtf8(file.copy), kMaxFileBytes);
        if (!bytes)
            return unexpected(bytes.error());
        if (Expected<void, Error> written = writeFileAtomically(file.original, *bytes); !written)
            return unexpected(written.error());
        Expected<std::string, Error> restored = hashOf(file.original);
        if (!restored || *restored != file.sha256)
            return unexpected(makeError(ErrorCode::Mismatch, pathToUtf8(file.original),
                                        "the restored file does not match the backup's sha256"));
        result.restored.push_back(file.original);
    }
    return result;
}

} // namespace heapfix
