#include "SampleInstallation.h"

#include "BlankHive.h"

#include "../backup/AtomicFile.h"

#include <hivex.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <random>
#include <system_error>

// The sample is built in a hidden staging folder beside its final place and renamed into place only when both
// hives are written, flushed and read back: a failure at any step removes the staging folder and leaves the
// parent folder as it was.

namespace heapfix {
namespace fs = std::filesystem;
namespace {

struct HiveCloser {
    void operator()(hive_h* hive) const { hivex_close(hive); }
};
using OpenHive = std::unique_ptr<hive_h, HiveCloser>;

Error lastHivexError(const fs::path& file, std::string_view action) {
    const int code = errno != 0 ? errno : EIO;
    return fileSystemError(std::error_code(code, std::generic_category()), file, action);
}

std::vector<std::string> splitKeyPath(const std::string& path) {
    std::vector<std::string> segments;
    std::size_t start = 0;
    while (start <= path.size()) {
        const std::size_t end = std::min(path.find('\\', start), path.size());
        if (end > start)
            segments.push_back(path.substr(start, end - start));
        start = end + 1;
    }
    return segments;
}

// The key below the root, created where missing (hivex adds one key at a time).
Expected<hive_node_h, Error> ensureKey(hive_h* hive, const fs::path& file, const std::string& path) {
    hive_node_h node = hivex_root(hive);
    for (const std::string& segment : splitKeyPath(path)) {
        errno = 0;
        hive_node_h child = hivex_node_get_child(hive, node, segment.c_str());
        if (child == 0 && errno != 0)
            return unexpected(lastHivexError(file, "cannot look up key " + path));
        if (child == 0)
            child = hivex_node_add_child(hive, node, segment.c_str());
        if (child == 0)
            return unexpected(lastHivexError(file, "cannot add key " + path));
        node = child;
    }
    return node;
}

Expected<void, Error> setValues(hive_h* hive, hive_node_h node, const fs::path& file, const SampleKey& key) {
    std::vector<RegistryValue> encoded;
    for (const SampleValue& value : key.values)
        encoded.push_back(value.encoded());
    std::vector<hive_set_value> values;
    for (std::size_t i = 0; i < encoded.size(); ++i)
        values.push_back(hive_set_value{const_cast<char*>(key.values[i].name.c_str()),
                                        static_cast<hive_type>(encoded[i].type), encoded[i].data.size(),
                                        reinterpret_cast<char*>(encoded[i].data.data())});
    if (hivex_node_set_values(hive, node, values.size(), values.data(), 0) != 0)
        return unexpected(lastHivexError(file, "cannot set the values of " + key.path));
    return {};
}

// Re-opens the written hive the way every reader will (never HIVEX_OPEN_UNSAFE) and compares each value.
Expected<void, Error> verifyHive(const fs::path& file, const std::vector<SampleKey>& keys) {
    const OpenHive hive(hivex_open(file.c_str(), 0));
    if (!hive)
        return unexpected(lastHivexError(file, "the written hive does not open"));
    for (const SampleKey& key : keys) {
        hive_node_h node = hivex_root(hive.get());
        for (const std::string& segment : splitKeyPath(key.path))
            node = node == 0 ? 0 : hivex_node_get_child(hive.get(), node, segment.c_str());
        for (const SampleValue& expected : key.values) {
            const hive_value_h value =
                node == 0 ? 0 : hivex_node_get_value(hive.get(), node, expected.name.c_str());
            hive_type type{};
            std::size_t size = 0;
            char* data = value == 0 ? nullptr : hivex_value_value(hive.get(), value, &type, &size);
            const std::unique_ptr<char, decltype(&std::free)> owned(data, &std::free);
            const RegistryValue wanted = expected.encoded();
            const bool same = data != nullptr && static_cast<ValueType>(type) == wanted.type &&
                              std::vector<std::uint8_t>(data, data + size) == wanted.data;
            if (!same)
                return unexpected(makeError(ErrorCode::Mismatch, pathToUtf8(file),
                                            "reads back differently: " + key.path + "\\" + expected.name));
        }
    }
    return {};
}

// The blank hive of a scratch sample: written, not flushed.
Expected<void, Error> writeScratchFile(const fs::path& file, const std::vector<std::uint8_t>& bytes) {
    std::FILE* stream = std::fopen(file.c_str(), "wbx");
    if (!stream)
        return unexpected(
            fileSystemError(std::error_code(errno, std::generic_category()), file, "cannot create"));
    const bool written = std::fwrite(bytes.data(), 1, bytes.size(), stream) == bytes.size();
    const int error = errno;
    if (std::fclose(stream) != 0 || !written)
        return unexpected(fileSystemError(std::error_code(written ? errno : error, std::generic_category()),
                                          file, "cannot write"));
    return {};
}

// A blank hive from BlankHive, filled through hivex, committed, flushed and checked. Minor version 5 for
// every release: hivex writes "lh" subkey lists, a regf 1.5 structure.
Expected<void, Error> writeHive(const fs::path& file, const std::vector<SampleKey>& keys,
                                SampleDurability durability) {
    const std::vector<std::uint8_t> blank = blankHive(u"ROOT", file.filename().u16string(), 5);
    if (auto written = durability == SampleDurability::Synced ? writeFileAtomically(file, blank)
                                                              : writeScratchFile(file, blank);
        !written)
        return unexpected(written.error());
    {
        const OpenHive hive(hivex_open(file.c_str(), HIVEX_OPEN_WRITE));
        if (!hive)
            return unexpected(lastHivexError(file, "cannot open the blank hive"));
        for (const SampleKey& key : keys) {
            const auto node = ensureKey(hive.get(), file, key.path);
            if (!node)
                return unexpected(node.error());
            if (auto set = setValues(hive.get(), *node, file, key); !set)
                return unexpected(set.error());
        }
        if (hivex_commit(hive.get(), nullptr, 0) != 0)
            return unexpected(lastHivexError(file, "cannot commit the hive"));
    }
    if (durability == SampleDurability::Synced)
        if (auto synced = syncFile(file); !synced)
            return unexpected(synced.error());
    return verifyHive(file, keys);
}

std::string randomSuffix() {
    std::random_device random;
    const std::uint32_t number = random();
    constexpr char kHex[] = "0123456789abcdef";
    std::string text;
    for (int shift = 28; shift >= 0; shift -= 4)
        text += kHex[(number >> shift) & 0xFu];
    return text;
}

// Removes the staging folder unless the sample was moved into place.
class StagingFolder {
public:
    explicit StagingFolder(fs::path path)
        : path_(std::move(path)) {}
    ~StagingFolder() {
        std::error_code ignored;
        if (!released_)
            fs::remove_all(path_, ignored);
    }
    StagingFolder(const StagingFolder&) = delete;
    StagingFolder& operator=(const StagingFolder&) = delete;
    const fs::path& path() const { return path_; }
    void release() { released_ = true; }

private:
    fs::path path_;
    bool released_ = false;
};

SampleFiles filesUnder(const fs::path& folder) {
    const fs::path windows = folder / "Windows";
    const fs::path config = windows / "System32" / "config";
    return SampleFiles{windows, config / "SYSTEM", config / "SOFTWARE"};
}

} // namespace

Expected<SampleFiles, Error> createSampleInstallation(const SampleDefinition& sample,
                                                      const fs::path& parentFolder,
                                                      SampleDurability durability) {
    const fs::path target = parentFolder / sample.name;
    std::error_code error;
    const bool taken = fs::exists(target, error);
    if (error)
        return unexpected(fileSystemError(error, target, "cannot check the sample folder"));
    if (taken)
        return unexpected(makeError(ErrorCode::Refused, pathToUtf8(target),
                                    "already exists; choose another folder or remove it first"));

    StagingFolder staging(parentFolder / (".heapfix-" + sample.name + "-" + randomSuffix()));
    if (!fs::create_directory(staging.path(), error))
        return unexpected(fileSystemError(error ? error : std::make_error_code(std::errc::file_exists),
                                          staging.path(), "cannot create the sample folder"));
    const SampleFiles staged = filesUnder(staging.path());
    fs::create_directories(staged.systemHive.parent_path(), error);
    if (error)
        return unexpected(
            fileSystemError(error, staged.systemHive.parent_path(), "cannot create the folder"));

    if (auto system = writeHive(staged.systemHive, sampleSystemKeys(sample), durability); !system)
        return unexpected(system.error());
    if (auto software = writeHive(staged.softwareHive, sampleSoftwareKeys(sample), durability); !software)
        return unexpected(software.error());

    fs::rename(staging.path(), target, error);
    if (error)
        return unexpected(fileSystemError(error, target, "cannot move the sample into place"));
    staging.release();
    if (durability == SampleDurability::Scratch)
        return filesUnder(target);
    if (auto synced = syncFolder(parentFolder); !synced) {
        fs::remove_all(target, error);
        return unexpected(synced.error());
    }
    return filesUnder(target);
}

} // namespace heapfix
