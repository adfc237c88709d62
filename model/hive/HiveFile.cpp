#include "HiveFile.h"

#include "HivePlatform.h"
#include "LogReplay.h"
#include "RegfFormat.h"

#include "../backup/AtomicFile.h"
#include "../backup/UtcTime.h"

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

namespace {

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
struct FileStart {
    std::vector<std::uint8_t> bytes;
    std::uintmax_t size = 0;
};

Expected<FileStart, Error> readFileStart(const fs::path& file) {
    FileStart start;
    std::error_code error;
    start.size = fs::file_size(file, error);
    if (error)
        return unexpected(errorFromErrno(error.value(), file.string(), "cannot read"));
    std::ifstream stream(file, std::ios::binary);
    start.bytes.resize(
        static_cast<std::size_t>(std::min<std::uintmax_t>(start.size, 2 * regf::kBaseBlockSize)));
    if (!stream.read(reinterpret_cast<char*>(start.bytes.data()),
                     static_cast<std::streamsize>(start.bytes.size())))
        return unexpected(errorFromErrno(errno ? errno : EIO, file.string(), "cannot read"));
    return start;
}

// "<file><suffix><stamp>", with -2, -3... when a file of that name already exists.
fs::path freshName(const fs::path& file, const std::string& suffix, const std::string& stamp) {
    fs::path candidate = file;
    candidate += suffix + stamp;
    for (int n = 2; fs::exists(candidate); ++n) {
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

} // namespace

std::optional<fs::path> findCaseInsensitive(const fs::path& folder, const std::string& name) {
    std::error_code error;
    const fs::path exact = folder / name;
    if (fs::exists(exact, error))
        return exact;
    const std::string wanted = lower(name);
    for (const fs::directory_entry& entry : fs::directory_iterator(folder, error))
        if (lower(entry.path().filename().string()) == wanted)
            return entry.path();
    return std::nullopt;
}

std::vector<fs::path> findTransactionLogs(const fs::path& hive) {
    std::vector<fs::path> logs;
    for (const char* suffix : {".LOG1", ".LOG2", ".LOG"})
        if (std::optional<fs::path> log =
                findCaseInsensitive(hive.parent_path(), hive.filename().string() + suffix))
            logs.push_back(*log);
    return logs;
}

Expected<std::unique_ptr<HiveFile>, Error> HiveFile::open(const fs::path& file) {
    std::error_code error;
    if (!fs::is_regular_file(file, error))
        return unexpected(makeError(ErrorCode::NotFound, file.string(), "there is no hive file here"));
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

Expected<void, Error> HiveFile::checkWritable() const {
    const fs::path folder = fs::absolute(file_).parent_path();
    if (!hasWriteBit(file_))
        return unexpected(makeError(ErrorCode::ReadOnly, file_.string(),
                                    "the hive file is read-only; clear its read-only flag to change it"));
    if (hiveplatform::volumeReadOnly(folder).value_or(false))
        return unexpected(makeError(ErrorCode::ReadOnly, folder.string(),
                                    "the disk holding the hive is mounted read-only"));
#ifdef _WIN32 // a folder's read-only attribute does not keep files from being created in it
    const bool folderWritable = hiveplatform::canCreateFilesIn(folder);
#else
    const bool folderWritable = hasWriteBit(folder) && hiveplatform::canCreateFilesIn(folder);
#endif
    if (!folderWritable)
        return unexpected(makeError(ErrorCode::ReadOnly, folder.string(),
                                    "the folder holding the hive is read-only, so no safe copy can be made "
                                    "beside it"));
    return {};
}

Expected<WriteReceipt, Error> HiveFile::writeValue(const std::vector<std::string>& key,
                                                   const std::string& name, const RegistryValue& value) {
    const Edit edit = [&](HiveHandle& editor) -> Expected<void, Error> {
        Expected<HiveHandle::Node, Error> node = editor.findKey(key);
        if (!node)
            return unexpected(node.error());
        return editor.setValue(*node, name, value);
    };
    const Check check = [&](const HiveHandle& written, const HiveHandle&) {
        return verifyCommitted(written, key, name, value);
    };
    return writeEdits(edit, check);
}

Expected<WriteReceipt, Error> HiveFile::writeEdits(const Edit& edit, const Check& check) {
    if (unsafe_)
        return unexpected(*unsafe_);
    if (Expected<void, Error> writable = checkWritable(); !writable)
        return unexpected(writable.error());
    fs::path committed = file_;
    committed += fmt::format(".heapfix-new-{}", hiveplatform::processId());
    Expected<void, Error> checked;
    {
        Expected<HiveHandle, Error> editor = HiveHandle::open(workingCopy_, HiveHandle::Mode::Write);
        if (!editor)
            return unexpected(withSubject(editor.error(), file_));
        if (Expected<void, Error> edited = edit(*editor); !edited)
            return unexpected(edited.error());
        checked = editor->commit(committed);
    } // closed: the edited copy's memory is freed before the check
    // While the disk writes the committed file, it is re-opened and checked from the page cache (the same
    // bytes the disk gets); the fsync then waits for the rest. Nothing is renamed before both are done.
    if (checked)
        startWriteBack(committed);
    std::optional<HiveHandle> written;
    if (checked) {
        Expected<HiveHandle, Error> reopened = reopenCommitted(committed);
        checked = reopened ? check(*reopened, *view_) : Expected<void, Error>(unexpected(reopened.error()));
        if (checked)
            written.emplace(std::move(*reopened));
    }
    if (checked)
        checked = syncFile(committed);
    if (!checked) {
        std::error_code ignored;
        fs::remove(committed, ignored);
        return unexpected(checked.error());
    }
    return replaceOriginal(committed, std::move(*written));
}

// The committed file must be an undamaged hive, marked clean, that hivex opens without the unsafe flag.
Expected<HiveHandle, Error> HiveFile::reopenCommitted(const fs::path& committed) const {
    const auto mismatch = [&](const std::string& detail) {
        return unexpected(makeError(ErrorCode::Mismatch, committed.string(), detail));
    };
    Expected<FileStart, Error> start = readFileStart(committed);
    if (!start)
        return unexpected(start.error());
    if (std::optional<Error> problem = baseBlockProblem(committed, start->bytes, start->size))
        return mismatch("the written hive is damaged: " + problem->detail);
    if (regf::parseBaseBlock(start->bytes).dirty())
        return mismatch("the written hive is not marked clean");
    return HiveHandle::open(committed, HiveHandle::Mode::Read);
}

// The written hive holds the new value and every other value of the key exactly as before.
Expected<void, Error> HiveFile::verifyCommitted(const HiveHandle& reopened,
                                                const std::vector<std::string>& key, const std::string& name,
                                                const RegistryValue& value) const {
    const auto mismatch = [&](const std::string& detail) {
        return unexpected(makeError(ErrorCode::Mismatch, reopened.file().string(), detail));
    };
    Expected<HiveHandle::Node, Error> after = reopened.findKey(key);
    Expected<HiveHandle::Node, Error> before = view_->findKey(key);
    if (!after || !before)
        return mismatch("the key cannot be found again in the written hive");
    Expected<std::vector<std::pair<std::string, RegistryValue>>, Error> newValues = reopened.values(*after);
    Expected<std::vector<std::pair<std::string, RegistryValue>>, Error> oldValues = view_->values(*before);
    if (!newValues || !oldValues)
        return mismatch("the values of the key cannot be read back");
    std::vector<std::pair<std::string, RegistryValue>> expected;
    bool replaced = false;
    for (auto& [oldName, oldValue] : *oldValues) {
        const bool target = lower(oldName) == lower(name);
        expected.emplace_back(oldName, target ? value : oldValue);
        replaced = replaced || target;
    }
    if (!replaced)
        expected.emplace_back(name, value);
    std::sort(expected.begin(), expected.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    std::sort(newValues->begin(), newValues->end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    if (*newValues != expected)
        return mismatch("reading the written hive back does not give the intended values");
    return {};
}

// Keeps the original under a new name (a hard link, or a synced copy where links are impossible), renames the
// checked file over the hive, and sets replayed logs aside so that Windows never replays them over it.
Expected<WriteReceipt, Error> HiveFile::replaceOriginal(const fs::path& committed, HiveHandle written) {
    const std::string stamp = compactUtc(std::chrono::system_clock::now());
    const fs::path folder = fs::absolute(file_).parent_path();
    WriteReceipt receipt;
    receipt.keptOriginal = freshName(file_, ".heapfix-orig-", stamp);
    std::error_code error;
    fs::create_hard_link(file_, receipt.keptOriginal, error);
    if (error) {
        fs::copy_file(file_, receipt.keptOriginal, error);
        Expected<void, Error> synced =
            error ? Expected<void, Error>(
                        unexpected(errorFromErrno(error.value(), receipt.keptOriginal.string(),
                                                  "cannot keep a copy of the original hive")))
                  : syncFile(receipt.keptOriginal);
        if (!synced) {
            fs::remove(committed, error);
            fs::remove(receipt.keptOriginal, error);
            return unexpected(synced.error());
        }
    }
    if (Expected<void, Error> replaced =
            hiveplatform::replaceFile(committed, file_, "cannot put the changed hive in place");
        !replaced) {
        fs::remove(committed, error);
        fs::remove(receipt.keptOriginal, error);
        return unexpected(replaced.error());
    }
    // The new hive is clean with a higher sequence number, so even a log that cannot be moved is ignored by
    // Windows; moving them keeps anyone from replaying stale entries by hand.
    if (state_ == HiveState::Replayed) {
        for (const fs::path& log : logs_) {
            const fs::path aside = freshName(log, ".heapfix-replayed-", stamp);
            fs::rename(log, aside, error);
            if (!error)
                receipt.logsSetAside.push_back(aside);
        }
    }
    if (Expected<void, Error> synced = syncFolder(folder); !synced)
        return unexpected(synced.error());
    if (Expected<void, Error> adopted = adoptCommitted(std::move(written)); !adopted)
        return unexpected(adopted.error());
    return receipt;
}

// After a write: the re-opened, checked hive becomes the view, without hivex parsing the file a fourth time.
// The rest is what loadState() finds in a clean hive: the logs still beside it, and whether they hold entries
// newer than it.
Expected<void, Error> HiveFile::adoptCommitted(HiveHandle written) {
    view_.reset();
    working_.reset();
    state_ = HiveState::Clean;
    note_.clear();
    unsafe_.reset();
    workingCopy_ = file_;
    written.renamed(file_);
    view_ = std::make_unique<HiveHandle>(std::move(written));
    logs_ = findTransactionLogs(file_);
    if (logs_.empty())
        return {};
    Expected<FileStart, Error> start = readFileStart(file_);
    if (!start)
        return unexpected(start.error());
    Expected<std::unique_ptr<LogFiles>, Error> logFiles = LogFiles::read(logs_);
    if (!logFiles)
        return unexpected(logFiles.error());
    if (logsHoldNewerEntries(start->bytes, (*logFiles)->logs())) {
        state_ = HiveState::NewerLogs;
        note_ = "the hive is marked clean but a transaction log holds newer entries, which Windows would "
                "ignore; heapfix does not write a hive in this state";
        unsafe_ = makeError(ErrorCode::Unsafe, file_.string(), note_);
    }
    return {};
}

} // namespace heapfix
