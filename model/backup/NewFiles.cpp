#include "NewFiles.h"

#include "AtomicFile.h"

#include <fmt/format.h>

namespace heapfix {

namespace {

constexpr int kMaxNames = 1000;

} // namespace

Expected<FileIdentity, Error> writeNewFile(const std::filesystem::path& file,
                                           std::span<const std::uint8_t> bytes) {
    const std::filesystem::path folder = file.parent_path().empty() ? "." : file.parent_path();
    Expected<StagedFile, Error> staged = StagedFile::write(folder, bytes, StagedFile::Access::Shared, file);
    if (!staged)
        return unexpected(staged.error());
    Expected<bool, Error> placed = staged->moveToFreeName(file);
    if (!placed)
        return unexpected(placed.error());
    if (!*placed)
        return unexpected(
            makeError(ErrorCode::Refused, pathToUtf8(file), "a file of this name exists already"));
    if (Expected<void, Error> synced = syncFolder(folder); !synced)
        return unexpected(synced.error()); // the placed file removes itself
    staged->keep();
    return staged->identity();
}

Expected<PlacedFiles, Error> writeNewFiles(const std::filesystem::path& folder, const std::string& base,
                                           const std::vector<NewFile>& files) {
    std::vector<StagedFile> staged; // each removes itself unless kept
    std::vector<std::filesystem::path> stagingNames;
    for (const NewFile& file : files) {
        Expected<StagedFile, Error> written = StagedFile::write(
            folder, file.bytes,
            file.privateToOwner ? StagedFile::Access::OwnerOnly : StagedFile::Access::Shared,
            folder / (base + file.suffix));
        if (!written)
            return unexpected(written.error());
        stagingNames.push_back(written->path());
        staged.push_back(std::move(*written));
    }
    for (int n = 1; n <= kMaxNames; ++n) {
        PlacedFiles placed;
        placed.base = n == 1 ? base : fmt::format("{}-{}", base, n);
        bool taken = false;
        for (std::size_t i = 0; i < files.size() && !taken; ++i) {
            const std::filesystem::path target = folder / (placed.base + files[i].suffix);
            Expected<bool, Error> moved = staged[i].moveToFreeName(target);
            if (!moved)
                return unexpected(moved.error()); // every file removes itself, placed or not
            taken = !*moved;
        }
        if (taken) { // the ones placed under this name back to their staging names, then the next name
            for (std::size_t i = 0; i < files.size(); ++i)
                if (staged[i].path() != stagingNames[i])
                    if (Expected<bool, Error> back = staged[i].moveToFreeName(stagingNames[i]);
                        !back || !*back)
                        return unexpected(back ? makeError(ErrorCode::Io, pathToUtf8(stagingNames[i]),
                                                           "cannot move a new file back to its staging name")
                                               : back.error());
            continue;
        }
        if (Expected<void, Error> synced = syncFolder(folder); !synced)
            return unexpected(synced.error());
        for (StagedFile& file : staged) {
            placed.paths.push_back(file.path());
            placed.identities.push_back(file.identity());
            file.keep();
        }
        return placed;
    }
    return unexpected(makeError(ErrorCode::Io, pathToUtf8(folder / base),
                                fmt::format("every name from {0} to {0}-{1} is taken", base, kMaxNames)));
}

void removePlaced(const PlacedFiles& placed) {
    for (std::size_t i = 0; i < placed.paths.size(); ++i)
        removeIfSame(placed.paths[i], placed.identities[i]);
}

} // namespace heapfix
