// HiveFile's safe write: the edited hive is committed into a private folder beside the hive, given the
// original's owner and mode, flushed, re-opened and checked, and renamed over the hive only while the hive's
// name still leads to the file that was read. Before the rename nothing beside the hive has changed; after it
// the result says plainly what could not be confirmed.

#include "HiveFile.h"
#include "HiveFileParts.h"

#include "../backup/FilePlatform.h"
#include "LogReplay.h"
#include "RegfFormat.h"

#include "../backup/AtomicFile.h"
#include "../backup/NewFiles.h"
#include "../backup/UtcTime.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <chrono>

namespace heapfix {

namespace fs = std::filesystem;
using namespace hivefile;

namespace {

// Removes a private folder of a write and the one file in it, never following a link.
void removePrivateFolder(const fs::path& folder) {
    std::error_code ignored;
    for (const fs::path& entry : folderEntries(folder))
        fs::remove(entry, ignored); // remove() unlinks a link itself, never its target
    fs::remove(folder, ignored);
}

// The private folder of one write, removed with what is in it on every way out of the write.
struct PrivateFolderScope {
    explicit PrivateFolderScope(fs::path made)
        : folder(std::move(made)) {}
    PrivateFolderScope(const PrivateFolderScope&) = delete;
    PrivateFolderScope& operator=(const PrivateFolderScope&) = delete;
    ~PrivateFolderScope() { removePrivateFolder(folder); }
    fs::path folder;
};

// The process id in "<hive>.heapfix-new-<pid>" or "<hive>.heapfix-new-<pid>-<random>", or nullopt.
std::optional<unsigned long> leftoverProcess(const std::string& name, const std::string& hiveName) {
    const std::string prefix = hiveName + ".heapfix-new-";
    if (name.size() <= prefix.size() || lower(name.substr(0, prefix.size())) != lower(prefix))
        return std::nullopt;
    const char* first = name.data() + prefix.size();
    const char* last = name.data() + name.size();
    unsigned long id = 0;
    const auto [end, error] = std::from_chars(first, last, id);
    if (error != std::errc() || (end != last && *end != '-'))
        return std::nullopt;
    return id;
}

} // namespace

Expected<WriteReceipt, Error> HiveFile::writeValue(const std::vector<std::string>& key,
                                                   const std::string& name, const RegistryValue& value,
                                                   const WriteOptions& options) {
    const Edit edit = [&](HiveHandle& editor) -> Expected<void, Error> {
        Expected<HiveHandle::Node, Error> node = editor.findKey(key);
        if (!node)
            return unexpected(node.error());
        return editor.setValue(*node, name, value);
    };
    // Every key but this one must read after the write as it read before, and nothing that read before may
    // become unreadable (hivex can free a cell that another key still uses in a cross-linked hive).
    const Check check = [&](const HiveHandle& written, const HiveHandle&) -> Expected<void, Error> {
        if (Expected<void, Error> same = verifyCommitted(written, key, name, value); !same)
            return same;
        // The key written to is found again in the written hive: hivex changed its cell in place.
        Expected<HiveHandle::Node, Error> target = written.findKey(key);
        if (!target)
            return unexpected(target.error());
        const HiveWalk after = walkHive(written, wholeWalk().keys.size());
        const std::vector<std::string> changed =
            changedKeys({*view_, wholeWalk()}, {written, after}, *target);
        if (changed.empty() && after.unreadable.size() <= wholeWalk().unreadable.size())
            return {};
        return unexpected(makeError(
            ErrorCode::Mismatch, file_.string(),
            fmt::format("the written hive differs elsewhere ({}), so it was not put in place; the hive is as "
                        "it was",
                        changed.empty() ? "keys that read before no longer read"
                                        : "key " + changed.front())));
    };
    return writeEdits(edit, check, options);
}

// The hive's name still leads to the regular file that was read (not a link, not a file put there since).
Expected<void, Error> HiveFile::checkStillTheFileRead() const {
    Expected<EntryFacts, Error> now = entryFacts(file_);
    if (!now)
        return unexpected(now.error());
    if (now->kind != EntryFacts::Kind::Regular || !(now->identity == facts_.identity))
        return unexpected(makeError(ErrorCode::Refused, file_.string(),
                                    "the hive file was replaced while heapfix was changing it; nothing was "
                                    "changed"));
    return {};
}

// Private folders and temporary files of earlier heapfix runs on this hive whose process is gone (killed, or
// the power cut) and which belong to this user: removed, and said.
std::vector<std::string> HiveFile::removeLeftovers() const {
    std::vector<std::string> notes;
    const fs::path folder = fs::absolute(file_).parent_path();
    const std::string hiveName = pathToUtf8(file_.filename());
    std::error_code error;
    for (const fs::path& path : folderEntries(folder)) {
        const std::string name = pathToUtf8(path.filename());
        const std::optional<unsigned long> process = leftoverProcess(name, hiveName);
        if (!process || fileplatform::processAlive(*process))
            continue;
        Expected<EntryFacts, Error> facts = entryFacts(path);
        if (!facts || facts->owner != fileplatform::effectiveUser() ||
            (facts->kind != EntryFacts::Kind::Folder && facts->kind != EntryFacts::Kind::Regular))
            continue;
        std::uintmax_t bytes = facts->size;
        if (facts->kind == EntryFacts::Kind::Folder) {
            bytes = 0;
            for (const fs::path& inner : folderEntries(path))
                if (Expected<EntryFacts, Error> innerFacts = entryFacts(inner); innerFacts)
                    bytes += innerFacts->size;
            removePrivateFolder(path);
        } else {
            fs::remove(path, error);
        }
        if (entryFacts(path).value_or(EntryFacts{}).kind == EntryFacts::Kind::Missing)
            notes.push_back(fmt::format("removed {} ({} bytes), left beside the hive by a heapfix run that "
                                        "was stopped (process {})",
                                        pathToUtf8(path), bytes, *process));
    }
    return notes;
}

Expected<WriteReceipt, Error> HiveFile::writeEdits(const Edit& edit, const Check& check,
                                                   const WriteOptions& options) {
    const Produce produce = [&](const fs::path& committed) -> Expected<void, Error> {
        Expected<HiveHandle, Error> editor = HiveHandle::open(workingCopy_, HiveHandle::Mode::Write);
        if (!editor)
            return unexpected(withSubject(editor.error(), file_));
        if (Expected<void, Error> edited = edit(*editor); !edited)
            return edited;
        return editor->commit(committed);
    }; // the editor is closed on return: the edited copy's memory is freed before the check
    return commitReplacement(produce, check, options);
}

// A whole hive file put back (a kept original): its bytes must make a clean hive that `check` accepts, and
// reach the disk exactly; then it replaces the hive as an edit does.
Expected<WriteReceipt, Error> HiveFile::replaceWhole(std::span<const std::uint8_t> bytes, const Check& check,
                                                     const WriteOptions& options) {
    const Produce produce = [&](const fs::path& committed) -> Expected<void, Error> {
        Expected<FileIdentity, Error> written = writeNewFile(committed, bytes);
        if (!written)
            return unexpected(written.error());
        Expected<bool, Error> same = fileHolds(committed, bytes);
        if (!same)
            return unexpected(same.error());
        if (!*same)
            return unexpected(makeError(ErrorCode::Mismatch, pathToUtf8(committed),
                                        "the hive file read back differs from the one written"));
        return {};
    };
    return commitReplacement(produce, check, options);
}

Expected<WriteReceipt, Error> HiveFile::commitReplacement(const Produce& produce, const Check& check,
                                                          const WriteOptions& options) {
    if (unsafe_)
        return unexpected(*unsafe_);
    if (Expected<void, Error> writable = checkWritable(); !writable)
        return unexpected(writable.error());
    if (Expected<void, Error> same = checkStillTheFileRead(); !same)
        return unexpected(same.error());
    std::vector<std::string> notes = removeLeftovers();
    const fs::path folder = fs::absolute(file_).parent_path();
    Expected<fs::path, Error> privateFolder =
        fileplatform::makePrivateFolderIn(folder, newFolderPrefix(file_, fileplatform::processId()));
    if (!privateFolder)
        return unexpected(privateFolder.error());
    const PrivateFolderScope scope{*privateFolder};
    const fs::path committed = *privateFolder / file_.filename();
    Expected<void, Error> checked = produce(committed);
    if (checked)
        checked = fileplatform::keepOwnerAndMode(committed, facts_);
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
    if (checked)
        checked = checkStillTheFileRead();
    if (!checked)
        return unexpected(checked.error());
    Expected<WriteReceipt, Error> receipt = replaceOriginal(committed, std::move(*written), options);
    if (receipt)
        receipt->notes.insert(receipt->notes.begin(), notes.begin(), notes.end());
    return receipt;
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

// Renames the checked file over the hive, keeping the original beside it unless the caller keeps it
// elsewhere, and deals with the replayed logs so that Windows never replays them over the new hive. A failure
// after the rename does not undo it: the receipt says what could not be confirmed.
Expected<WriteReceipt, Error> HiveFile::replaceOriginal(const fs::path& committed, HiveHandle written,
                                                        const WriteOptions& options) {
    const std::string stamp = compactUtc(std::chrono::system_clock::now());
    const fs::path folder = fs::absolute(file_).parent_path();
    WriteReceipt receipt;
    std::error_code error;
    if (!options.originalsKept) {
        receipt.keptOriginal = freshName(file_, ".heapfix-orig-", stamp);
        fs::create_hard_link(file_, receipt.keptOriginal, error); // fails on any existing name, links too
        if (error && error != std::errc::file_exists)             // no links here (FAT): a flushed copy
            if (fs::copy_file(file_, receipt.keptOriginal, error); !error && !syncFile(receipt.keptOriginal))
                error = std::make_error_code(std::errc::io_error);
        if (error) {
            receipt.keptOriginal.clear();
            return unexpected(fileSystemError(error, file_, "cannot keep the original hive beside it"));
        }
    }
    if (Expected<void, Error> replaced =
            fileplatform::replaceFile(committed, file_, "cannot put the changed hive in place");
        !replaced) {
        if (!receipt.keptOriginal.empty())
            fs::remove(receipt.keptOriginal, error);
        return unexpected(replaced.error());
    }
    // From here on the new hive is in place. It is clean with a higher sequence number, so Windows ignores
    // the old logs; removing or moving them keeps anyone from replaying stale entries by hand.
    if (state_ == HiveState::Replayed) {
        for (const fs::path& log : logs_) {
            if (options.originalsKept) {
                if (fs::remove(log, error))
                    receipt.logsRemoved.push_back(log);
                continue;
            }
            const fs::path aside = freshName(log, ".heapfix-replayed-", stamp);
            fs::rename(log, aside, error);
            if (!error)
                receipt.logsSetAside.push_back(aside);
        }
    }
    if (Expected<void, Error> synced = syncFolder(folder); !synced)
        receipt.unconfirmed = synced.error();
    if (Expected<void, Error> adopted = adoptCommitted(std::move(written)); !adopted && !receipt.unconfirmed)
        receipt.unconfirmed = adopted.error();
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
    walk_.reset();
    if (Expected<EntryFacts, Error> facts = entryFacts(file_); facts)
        facts_ = *facts;
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
