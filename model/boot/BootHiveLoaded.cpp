// openBootHive on Windows: the hive loaded into the registry with RegLoadKeyW under a temporary HKLM key
// (LoadedHive, unloaded when this goes), read and edited through Win32Tree. Windows replays the hive's logs
// itself when it loads it. Under Wine, RegLoadKeyW refuses every real hive (ERROR_BADDB): the error says so.

#include "BootHive.h"

#include "../backup/InstallationFiles.h"
#include "../win32/LoadedHive.h"
#include "../win32/Win32Tree.h"

namespace heapfix {

namespace {

class LoadedBootHive : public BootHive {
public:
    LoadedBootHive(std::unique_ptr<LoadedHive> loaded, Win32Tree tree)
        : loaded_(std::move(loaded))
        , tree_(std::move(tree)) {}

    const RegistryTree& tree() const override { return tree_; }

    std::vector<std::filesystem::path> files() const override {
        std::vector<std::filesystem::path> files{loaded_->file()};
        const std::vector<std::filesystem::path> logs = findTransactionLogs(loaded_->file());
        files.insert(files.end(), logs.begin(), logs.end());
        return files;
    }

    std::string note() const override { return {}; }

    Expected<void, Error> write(const Edit& edit, const Check& check) override {
        if (Expected<void, Error> edited = edit(tree_); !edited)
            return edited;
        if (Expected<void, Error> checked = check(tree_); !checked)
            return checked;
        return tree_.flush(); // RegFlushKey: the hive file holds the changes before it is unloaded
    }

    bool writesAllOrNothing() const override { return false; }

private:
    std::unique_ptr<LoadedHive> loaded_; // declared first: unloaded after the tree is gone
    Win32Tree tree_;
};

} // namespace

Expected<std::unique_ptr<BootHive>, Error> openBootHive(const std::filesystem::path& file,
                                                        std::string_view label) {
    Expected<std::unique_ptr<LoadedHive>, Error> loaded = LoadedHive::load(file, label);
    if (!loaded)
        return unexpected(loaded.error());
    Expected<Win32Tree, Error> tree = Win32Tree::open((*loaded)->key());
    if (!tree)
        return unexpected(tree.error());
    return std::unique_ptr<BootHive>(new LoadedBootHive(std::move(*loaded), std::move(*tree)));
}

} // namespace heapfix
