#pragma once
// One hive opened through hivex, closed when the handle goes. Keeps hivex out of every other header.
// Never opens with HIVEX_OPEN_UNSAFE: a hive that only opens that way is damaged and is refused.

#include "../core/Error.h"
#include "../core/Expected.h"
#include "../core/RegistryValue.h"

#include <cstddef>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

struct hive_h; // hivex's handle type

namespace heapfix {

class HiveHandle {
public:
    using Node = std::size_t; // hivex's hive_node_h

    enum class Mode { Read, Write }; // Write: changes stay in memory until commit()

    static Expected<HiveHandle, Error> open(const std::filesystem::path& file, Mode mode);
    HiveHandle(HiveHandle&& other) noexcept;
    HiveHandle& operator=(HiveHandle&& other) noexcept;
    HiveHandle(const HiveHandle&) = delete;
    HiveHandle& operator=(const HiveHandle&) = delete;
    ~HiveHandle();

    // The key under the root, each segment matched case-insensitively as Windows does.
    Expected<Node, Error> findKey(const std::vector<std::string>& segments) const;
    Expected<RegistryValue, Error> readValue(Node key, const std::string& name) const;
    // Every value of the key, name and contents, in the hive's order (to check that a write changed one).
    Expected<std::vector<std::pair<std::string, RegistryValue>>, Error> values(Node key) const;
    Expected<void, Error> setValue(Node key, const std::string& name, const RegistryValue& value);
    // The subkeys of a key, name and node, in the hive's order (the BCD's Objects, a SYSTEM's ControlSet00N).
    Expected<std::vector<std::pair<std::string, Node>>, Error> children(Node key) const;
    // Adds a subkey (Write mode); fails if one of that name exists.
    Expected<Node, Error> addChild(Node parent, const std::string& name);
    // Deletes a key with its subkeys and values (Write mode).
    Expected<void, Error> deleteKey(Node key);
    // Writes the whole hive to `target` (hivex truncates and rewrites it; no fsync).
    Expected<void, Error> commit(const std::filesystem::path& target);

    const std::filesystem::path& file() const { return file_; }
    // The file was renamed (to `file`); the handle goes on reading the same bytes.
    void renamed(std::filesystem::path file) { file_ = std::move(file); }

private:
    HiveHandle(hive_h* handle, std::filesystem::path file)
        : handle_(handle)
        , file_(std::move(file)) {}
    hive_h* handle_ = nullptr;
    std::filesystem::path file_;
};

} // namespace heapfix
