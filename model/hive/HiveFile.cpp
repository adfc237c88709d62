#include "HiveFile.h"

#include "../backup/FilePlatform.h"
#include "LogReplay.h"
#include "RegfFormat.h"

#include "HiveFileParts.h"

#include "../backup/AtomicFile.h"

#include <fmt/format.h>

#ifdef __linux__
#include <fcntl.h>
#include <unistd.h>
#endif

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <span>

namespace heapfix {

namespace fs = std::filesystem;

namespace hivefile {

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

// Problems visible in the base block that hivex would only report as "invalid argument". `head` is the start
// of the file (all of it, or at least its first two blocks), `fileSize` the size of the whole file.
std::optional<Error> baseBlockProblem(const fs::path& file, std::span<const std::uint8_t> head,
                                      std::uintmax_t fileSize) {
    const auto corrupt = [&](ErrorCause cause, std::string detail) {
        return makeError(ErrorCode::Corrupt, file.string(), std::move(detail), cause);
    };
    if (fileSize == 0)
        return corrupt(ErrorCause::EmptyFile, "the file is empty");
    if (fileSize < 2 * regf::kBaseBlockSize || head.size() < regf::kBaseBlockSize)
        return corrupt(ErrorCause::TooShort,
                       fmt::format("the file is too short ({} bytes) to be a registry hive", fileSize));
    const regf::BaseBlock base = regf::parseBaseBlock(head);
    if (!base.signatureOk)
        return corrupt(ErrorCause::NotAHive,
                       "the file does not start with \"regf\": it is not a registry hive");
    if (base.hiveBinsSize == 0 || base.hiveBinsSize % 4096 != 0)
        return corrupt(
            ErrorCause::DamagedBaseBlock,
            fmt::format("the base block gives an impossible hive bins size ({})", base.hiveBinsSize));
    if (regf::kBaseBlockSize + std::uint64_t{base.hiveBinsSize} > fileSize)
        return corrupt(
            ErrorCause::Truncated,
            fmt::format("the file is truncated: its base block announces {} bytes of hive bins but "
                        "only {} follow",
                        base.hiveBinsSize, fileSize - regf::kBaseBlockSize));
    return std::nullopt;
}

// The first two blocks of a file and its size: all that a clean hive needs before hivex opens it (reading a
// whole 12 MiB hive for its base block made heapfix-cli status slower than hivexget; bench/, issue 7).
Expected<FileStart, Error> readFileStart(const fs::path& file) {
    Expected<ReadableFile, Error> opened = openRegularFile(file);
    if (!opened)
        return unexpected(opened.error());
    FileStart start;
    start.size = opened->size();
    start.identity = opened->identity();
    start.bytes.resize(
        static_cast<std::size_t>(std::min<std::uintmax_t>(start.size, 2 * regf::kBaseBlockSize)));
    for (std::size_t filled = 0; filled < start.bytes.size();) {
        Expected<std::size_t, Error> got = opened->read(std::span(start.bytes).subspan(filled));
        if (!got)
            return unexpected(got.error());
        if (*got == 0)
            return unexpected(
                makeError(ErrorCode::Io, pathToUtf8(file), "the file got shorter while it was read"));
        filled += *got;
    }
    return start;
}

// "<file><suffix><stamp>", with -2, -3... when a file of that name already exists.
fs::path freshName(const fs::path& file, const std::string& suffix, const std::string& stamp) {
    fs::path candidate = file;
    candidate += suffix + stamp;
    const auto taken = [](const fs::path& name) { // links count as taken, never followed; no exceptions
        std::error_code error;
        return fs::symlink_status(name, error).type() != fs::file_type::not_found;
    };
    for (int n = 2; taken(candidate) && n < 10000; ++n) {
        candidate = file;
        candidate += fmt::format("{}{}-{}", suffix, stamp, n);
    }
    return candidate;
}

bool hasWriteBit(const fs::path& path) {
    std::error_code error;
    const fs::perms perms = fs::status(path, error).permissions();
    return !error && (perms & fs::perms::owner_write) != fs::perms::none;
}

// Starts the disk writing a file without waiting (Linux), so that the fsync after the check waits less.
void startWriteBack(const fs::path& file) {
#ifdef __linux__
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        sync_file_range(fd, 0, 0, SYNC_FILE_RANGE_WRITE);
        ::close(fd);
    }
#else
    (void)file;
#endif
}

Error withSubject(Error error, const fs::path& file) {
    if (error.subject.empty())
        error.subject = file.string();
    return error;
}

std::string newFolderPrefix(const fs::path& hive, unsigned long processId) {
    return fmt::format("{}.heapfix-new-{}-", pathToUtf8(hive.filename()), processId);
}

} // namespace hivefile

using namespace hivefile;

Expected<std::unique_ptr<HiveFile>, Error> HiveFile::open(const fs::path& file) {
    Expected<EntryFacts, Error> facts = entryFacts(file);
    if (!facts)
        return unexpected(facts.error());
    if (facts->kind == EntryFacts::Kind::Missing)
        return unexpected(makeError(ErrorCode::NotFound, file.string(), "there is no hive file here"));
    if (facts->kind != EntryFacts::Kind::Regular) // the same refusal and words as openRegularFile's
        return unexpected(openRegularFile(file).error());
    std::unique_ptr<HiveFile> hive(new HiveFile());
    hive->file_ = file;
    if (Expected<void, Error> loaded = hive->loadState(); !loaded)
        return unexpected(withSubject(loaded.error(), file));
    return hive;
}

HiveFile::~HiveFile() {
    view_.reset(); // before the working copy it may read
    working_.reset();
}

Expected<void, Error> HiveFile::loadState() {
    walk_.reset();
    view_.reset();
    working_.reset(); // a working copy of an earlier load
    state_ = HiveState::Clean;
    note_.clear();
    unsafe_.reset();
    workingCopy_ = file_;
    Expected<FileStart, Error> start = readFileStart(file_);
    if (!start)
        return unexpected(start.error());
    if (std::optional<Error> problem = baseBlockProblem(file_, start->bytes, start->size))
        return unexpected(*problem);
    Expected<EntryFacts, Error> facts = entryFacts(file_);
    if (!facts)
        return unexpected(facts.error());
    facts_ = *facts;
    facts_.identity = start->identity; // the file read, should the name have changed since
    logs_ = findTransactionLogs(file_);
    Expected<std::unique_ptr<LogFiles>, Error> logFiles = LogFiles::read(logs_);
    if (!logFiles)
        return unexpected(logFiles.error());
    const std::vector<TransactionLog>& logs = (*logFiles)->logs();
    const regf::BaseBlock base = regf::parseBaseBlock(start->bytes);
    if (!base.checksumOk && logs_.empty())
        return unexpected(makeError(ErrorCode::Corrupt, file_.string(),
                                    "the base block checksum is wrong: the file is damaged",
                                    ErrorCause::DamagedBaseBlock));
    if (base.dirty()) {
        // Only a dirty hive is copied: its logs are replayed over a working copy of it (in memory on Linux).
        Expected<ReplayOutcome, Error> replay = replayIntoWorkingCopy(file_, logs);
        if (!replay)
            return unexpected(replay.error());
        if (replay->copy) {
            working_ = std::move(replay->copy);
            workingCopy_ = working_->path();
            state_ = HiveState::Replayed;
            note_ = fmt::format("the hive was not closed cleanly (sequence numbers {}/{}); {}",
                                base.primarySequence, base.secondarySequence, replay->note);
        } else {
            state_ = HiveState::Unreplayable;
            note_ =
                fmt::format("the hive has pending changes in its transaction logs that cannot be replayed "
                            "safely ({}); values shown are those of the hive without them",
                            replay->refused ? replay->refused->detail : std::string("no reason given"));
            unsafe_ = makeError(ErrorCode::Unsafe, file_.string(), note_);
        }
    } else if (logsHoldNewerEntries(start->bytes, logs)) {
        state_ = HiveState::NewerLogs;
        note_ = "the hive is marked clean but a transaction log holds newer entries, which Windows would "
                "ignore; heapfix does not write a hive in this state";
        unsafe_ = makeError(ErrorCode::Unsafe, file_.string(), note_);
    }
    Expected<HiveHandle, Error> view = HiveHandle::open(workingCopy_, HiveHandle::Mode::Read);
    if (!view)
        return unexpected(withSubject(view.error(), file_));
    view_ = std::make_unique<HiveHandle>(std::move(*view));
    return {};
}

Expected<void, Error> HiveFile::checkCanWrite() const {
    if (unsafe_)
        return unexpected(*unsafe_);
    return checkWritable();
}

Expected<void, Error> HiveFile::checkWritable() const {
    const fs::path folder = fs::absolute(file_).parent_path();
    if (!hasWriteBit(file_))
        return unexpected(makeError(ErrorCode::ReadOnly, file_.string(),
                                    "the hive file is read-only; clear its read-only flag to change it"));
    if (fileplatform::volumeReadOnly(folder).value_or(false))
        return unexpected(makeError(ErrorCode::ReadOnly, folder.string(),
                                    "the disk holding the hive is mounted read-only"));
#ifdef _WIN32 // a folder's read-only attribute does not keep files from being created in it
    const bool folderWritable = fileplatform::canCreateFilesIn(folder);
#else
    const bool folderWritable = hasWriteBit(folder) && fileplatform::canCreateFilesIn(folder);
#endif
    if (!folderWritable)
        return unexpected(makeError(ErrorCode::ReadOnly, folder.string(),
                                    "the folder holding the hive is read-only, so no safe copy can be made "
                                    "beside it"));
    const std::uint32_t user = fileplatform::effectiveUser();
    if (user != 0 && facts_.owner != user)
        return unexpected(makeError(ErrorCode::AccessDenied, file_.string(),
                                    "the hive file belongs to another user, and only an administrator (root) "
                                    "can give the changed hive that owner again"));
    return {};
}

Expected<void, Error> HiveFile::refreshIfReplaced() {
    Expected<EntryFacts, Error> now = entryFacts(file_);
    if (!now)
        return unexpected(now.error());
    if (now->kind == EntryFacts::Kind::Regular && now->identity == facts_.identity)
        return {};
    if (now->kind != EntryFacts::Kind::Regular)
        return unexpected(makeError(ErrorCode::Refused, file_.string(),
                                    "the hive file was replaced by something that is not a regular file"));
    return loadState();
}

const HiveWalk& HiveFile::wholeWalk() const {
    if (!walk_)
        walk_ = walkHive(*view_);
    return *walk_;
}

std::vector<fs::path> HiveFile::filesToKeep() const {
    std::vector<fs::path> files{file_};
    if (state_ == HiveState::Replayed)
        files.insert(files.end(), logs_.begin(), logs_.end());
    return files;
}

} // namespace heapfix
