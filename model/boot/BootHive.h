#pragma once
// One hive of an offline installation opened for the boot repair, whatever holds it: on Linux the file
// through hivex (HiveFile: logs replayed into a working copy, one safe commit checked before it replaces the
// file); on Windows the file loaded with RegLoadKeyW under a temporary HKLM key (as `bcdedit /store` and the
// seed's `REG LOAD HKLM\BROKENSYSTEM` do), edited through the registry and unloaded on every path.
// BootRepair.cpp holds the use-cases once, on this interface.

#include "../core/Error.h"
#include "../core/Expected.h"
#include "../core/RegistryTree.h"

#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace heapfix {

class BootHive {
public:
    virtual ~BootHive() = default;

    // The hive as it is now.
    virtual const RegistryTree& tree() const = 0;
    // The hive file and its transaction logs: what a backup keeps before the write.
    virtual std::vector<std::filesystem::path> files() const = 0;
    // English: what opening it did (logs replayed); empty when nothing is worth saying.
    virtual std::string note() const = 0;

    using Edit = std::function<Expected<void, Error>(RegistryTree& editor)>;
    using Check = std::function<Expected<void, Error>(const RegistryTree& written)>;
    // Applies `edit`, hands the result to `check`, and makes it the hive's content on disk. A Mismatch from
    // `check` is a verification failure. hivex: on any failure the file is unchanged. Registry: the edits go
    // into the loaded hive as they are made; a failure can leave some of them (the backup puts them back).
    virtual Expected<void, Error> write(const Edit& edit, const Check& check) = 0;
    // Whether a failed write leaves the file as it was (hivex: yes; the loaded hive: no).
    virtual bool writesAllOrNothing() const = 0;
};

// Opens `file` for the boot repair; `label` ("SYSTEM", "BCD") names the temporary key on Windows.
Expected<std::unique_ptr<BootHive>, Error> openBootHive(const std::filesystem::path& file,
                                                        std::string_view label);

} // namespace heapfix
