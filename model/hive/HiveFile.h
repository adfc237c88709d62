#pragma once
// One hive file of an offline installation with everything around it: its transaction logs (replayed into a
// private working copy when the hive is dirty), a read view, and the safe write: commit into a temporary file
// beside the hive, fsync, re-open and check, keep the original, rename over, set stale logs aside.

#include "HiveHandle.h"
#include "WorkingCopy.h"

#include "../core/Error.h"
#include "../core/Expected.h"
#include "../core/RegistryValue.h"

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
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

struct WriteReceipt {
    std::filesystem::path keptOriginal;              // "<hive>.heapfix-orig-<UTC time>"
    std::vector<std::filesystem::path> logsSetAside; // "<log>.heapfix-replayed-<UTC time>"
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

    // Sets one value durably. The original stays as receipt.keptOriginal; on any error the hive is unchanged.
    Expected<WriteReceipt, Error> writeValue(const std::vector<std::string>& key, const std::string& name,
                                             const RegistryValue& value);

    // Several changes in one safe write, the same steps as writeValue: `edit` changes a write handle on the
    // working copy; the result is committed to a temporary file, synced, checked to be a clean hive, handed
    // re-opened to `check` (with the view of the hive as it was), and only then renamed over the hive.
    using Edit = std::function<Expected<void, Error>(HiveHandle& editor)>;
    using Check = std::function<Expected<void, Error>(const HiveHandle& written, const HiveHandle& before)>;
    Expected<WriteReceipt, Error> writeEdits(const Edit& edit, const Check& check);

private:
    HiveFile() = default;
    Expected<void, Error> loadState();
    Expected<void, Error> adoptCommitted(HiveHandle written);
    Expected<void, Error> checkWritable() const;
    Expected<HiveHandle, Error> reopenCommitted(const std::filesystem::path& committed) const;
    Expected<void, Error> verifyCommitted(const HiveHandle& reopened, const std::vector<std::string>& key,
                                          const std::string& name, const RegistryValue& value) const;
    Expected<WriteReceipt, Error> replaceOriginal(const std::filesystem::path& committed, HiveHandle written);

    std::filesystem::path file_;
    std::vector<std::filesystem::path> logs_;
    HiveState state_ = HiveState::Clean;
    std::string note_;
    std::optional<Error> unsafe_;          // why writes are refused
    std::unique_ptr<WorkingCopy> working_; // the replayed working copy of a dirty hive
    std::filesystem::path workingCopy_;    // the file the view reads (the hive itself when clean)
    std::unique_ptr<HiveHandle> view_;
};

// The transaction logs beside a hive (<name>.LOG1, .LOG2, .LOG in any case), LOG1 first.
std::vector<std::filesystem::path> findTransactionLogs(const std::filesystem::path& hive);
// The entry of `folder` named `name` compared case-insensitively (ASCII), or nullopt.
std::optional<std::filesystem::path> findCaseInsensitive(const std::filesystem::path& folder,
                                                         const std::string& name);

} // namespace heapfix
