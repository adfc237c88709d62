#pragma once
// One hive file of an offline installation with everything around it: its transaction logs (replayed into a
// private working copy when the hive is dirty), a read view, and the safe write: commit into a temporary file
// beside the hive, fsync, re-open and check, keep the original, rename over, set stale logs aside.

#include "../backup/FilePlatform.h"
#include "../backup/InstallationFiles.h"
#include "HiveHandle.h"
#include "HiveWalk.h"
#include "WorkingCopy.h"

#include "../core/Error.h"
#include "../core/Expected.h"
#include "../core/RegistryValue.h"

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace heapfix {

// What the files beside a hive say about it.
enum class HiveState {
    Clean,        // nothing pending
    Replayed,     // dirty; its logs were replayed into the working copy, which is what is read and written
    Unreplayable, // dirty, and its logs cannot be replayed safely: reads show the base hive, writes refused
    NewerLogs,    // clean, yet a log holds newer entries (Windows ignores them): writes refused
};

struct WriteOptions {
    // The caller keeps the original hive and its replayed logs elsewhere (the backup folder, FixTransaction):
    // no copy stays beside the hive and replayed logs are removed. Otherwise the original is kept beside the
    // hive as "<hive>.heapfix-orig-<time>" and replayed logs are renamed aside.
    bool originalsKept = false;
};

struct WriteReceipt {
    std::filesystem::path keptOriginal; // "<hive>.heapfix-orig-<UTC time>", unless kept elsewhere
    std::vector<std::filesystem::path> logsSetAside; // "<log>.heapfix-replayed-<UTC time>"
    std::vector<std::filesystem::path> logsRemoved;  // replayed logs removed (kept elsewhere)
    std::vector<std::string> notes;                  // English: leftovers of stopped runs that were removed
    // The new hive is in place, but this could not be confirmed (the folder could not be flushed): a power
    // cut now could still bring the old one back.
    std::optional<Error> unconfirmed;
};

class HiveFile {
public:
    static Expected<std::unique_ptr<HiveFile>, Error> open(const std::filesystem::path& file);
    ~HiveFile();
    HiveFile(const HiveFile&) = delete;
    HiveFile& operator=(const HiveFile&) = delete;

    const std::filesystem::path& file() const { return file_; }
    HiveState state() const { return state_; }
    // English: what was replayed, or why the hive cannot be written. Empty for a clean hive.
    const std::string& note() const { return note_; }
    const std::vector<std::filesystem::path>& logs() const { return logs_; }

    const HiveHandle& view() const { return *view_; }
    // The whole hive as read (walked once, on first use): its keys' digests and what could not be read.
    const HiveWalk& wholeWalk() const;

    // Reads the hive again when the file under its name is no longer the one read (another program replaced
    // it); nothing when it is the same.
    Expected<void, Error> refreshIfReplaced();
    // The files a backup must keep whole before a write: the hive, and its logs when they were replayed.
    std::vector<std::filesystem::path> filesToKeep() const;
    // Removes the private folders and temporary files that heapfix runs on this hive left when they were
    // stopped (their process is gone) and that belong to this user; returns what it removed, in English.
    std::vector<std::string> removeLeftovers() const;
    // Why a write would be refused before it starts (unsafe hive, read-only file or folder); nothing if none.
    Expected<void, Error> checkCanWrite() const;

    // Sets one value durably. The original stays as receipt.keptOriginal; on any error the hive is unchanged.
    Expected<WriteReceipt, Error> writeValue(const std::vector<std::string>& key, const std::string& name,
                                             const RegistryValue& value, const WriteOptions& options = {});

    // Several changes in one safe write, the same steps as writeValue: `edit` changes a write handle on the
    // working copy; the result is committed to a temporary file, synced, checked to be a clean hive, handed
    // re-opened to `check` (with the view of the hive as it was), and only then renamed over the hive.
    using Edit = std::function<Expected<void, Error>(HiveHandle& editor)>;
    using Check = std::function<Expected<void, Error>(const HiveHandle& written, const HiveHandle& before)>;
    // The new file is made in a private folder beside the hive (nobody else can plant a name there), gets the
    // original's owner and mode, and replaces the hive only while the name still leads to the file read.
    Expected<WriteReceipt, Error> writeEdits(const Edit& edit, const Check& check,
                                             const WriteOptions& options = {});
    // The whole file replaced by `bytes` (a kept original put back), through the same steps; `check` sees
    // the new file re-opened.
    Expected<WriteReceipt, Error> replaceWhole(std::span<const std::uint8_t> bytes, const Check& check,
                                               const WriteOptions& options = {});

private:
    HiveFile() = default;
    Expected<void, Error> loadState();
    Expected<void, Error> adoptCommitted(HiveHandle written);
    Expected<void, Error> checkWritable() const;
    Expected<HiveHandle, Error> reopenCommitted(const std::filesystem::path& committed) const;
    Expected<void, Error> verifyCommitted(const HiveHandle& reopened, const std::vector<std::string>& key,
                                          const std::string& name, const RegistryValue& value) const;
    Expected<void, Error> checkStillTheFileRead() const;
    using Produce = std::function<Expected<void, Error>(const std::filesystem::path& committed)>;
    Expected<WriteReceipt, Error> commitReplacement(const Produce& produce, const Check& check,
                                                    const WriteOptions& options);
    Expected<WriteReceipt, Error> replaceOriginal(const std::filesystem::path& committed, HiveHandle written,
                                                  const WriteOptions& options);

    std::filesystem::path file_;
    std::vector<std::filesystem::path> logs_;
    HiveState state_ = HiveState::Clean;
    std::string note_;
    std::optional<Error> unsafe_;          // why writes are refused
    std::unique_ptr<WorkingCopy> working_; // the replayed working copy of a dirty hive
    std::filesystem::path workingCopy_;    // the file the view reads (the hive itself when clean)
    std::unique_ptr<HiveHandle> view_;
    EntryFacts facts_; // the hive file as read: identity, owner, mode
    mutable std::optional<HiveWalk> walk_;
};

} // namespace heapfix
