// openBootHive on Linux: the hive file through hivex (HiveFile).

#include "BootHive.h"

#include "../hive/HiveFile.h"

namespace heapfix {

namespace {

class FileBootHive : public BootHive {
public:
    explicit FileBootHive(std::unique_ptr<HiveFile> hive)
        : hive_(std::move(hive)) {}

    const RegistryTree& tree() const override { return hive_->view(); }

    std::vector<std::filesystem::path> files() const override {
        std::vector<std::filesystem::path> files{hive_->file()};
        files.insert(files.end(), hive_->logs().begin(), hive_->logs().end());
        return files;
    }

    std::string note() const override { return hive_->note(); }

    Expected<void, Error> write(const Edit& edit, const Check& check) override {
        Expected<WriteReceipt, Error> written = hive_->writeEdits(
            [&edit](HiveHandle& editor) { return edit(editor); },
            [&check](const HiveHandle& result, const HiveHandle&) { return check(result); });
        if (!written)
            return unexpected(written.error());
        return {};
    }

    bool writesAllOrNothing() const override { return true; }

private:
    std::unique_ptr<HiveFile> hive_;
};

} // namespace

Expected<std::unique_ptr<BootHive>, Error> openBootHive(const std::filesystem::path& file, std::string_view) {
    Expected<std::unique_ptr<HiveFile>, Error> hive = HiveFile::open(file);
    if (!hive)
        return unexpected(hive.error());
    return std::unique_ptr<BootHive>(new FileBootHive(std::move(*hive)));
}

} // namespace heapfix
