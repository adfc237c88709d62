#pragma once
// One hive opened through hivex, closed when the handle goes. Keeps hivex out of every other header.
// Never opens with HIVEX_OPEN_UNSAFE: a hive that only opens that way is damaged and is refused.

#include "../core/Error.h"
#include "../core/Expected.h"
#include "../core/RegistryTree.h"
#include "../core/RegistryValue.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

struct hive_h; // hivex's handle type

namespace heapfix {

class HiveHandle : public RegistryTree {
public:
    using Node = Key; // hivex's hive_node_h

    enum class Mode { Read, Write }; // Write: changes stay in memory until commit()

    static Expected<HiveHandle, Error> open(const std::filesystem::path& file, Mode mode);
    HiveHandle(HiveHandle&& other) noexcept;
    HiveHandle& operator=(HiveHandle&& other) noexcept;
    HiveHandle(const HiveHandle&) = delete;
    HiveHandle& operator=(const HiveHandle&) = delete;
    ~HiveHandle() override;

    // The key under the root, each segment matched case-insensitively as Windows does.
    Expected<Node, Error> findKey(const std::vector<std::string>& segments) const override;
    Expected<RegistryValue, Error> readValue(Node key, const std::string& name) const override;
    // Every value of the key, name and contents, in the hive's order (to check that a write changed one).
    Expected<std::vector<std::pair<std::string, RegistryValue>>, Error> values(Node key) const;
    // The same, handed to `visit` one value at a time without copies (name, type number, bytes): for the
    // whole-hive walk. Stops at the first value that cannot be read.
    using ValueVisitor =
        std::function<void(std::string_view name, std::uint32_t type, std::span<const std::uint8_t> data)>;
    Expected<void, Error> visitValues(Node key, const ValueVisitor& visit) const;
    Expected<void, Error> setValue(Node key, const std::string& name, const RegistryValue& value) override;
    // Rewrites the key's value list without it (hivex has no single-value delete).
    Expected<void, Error> deleteValue(Node key, const std::string& name) override;
    // The subkeys of a key, name and node, in the hive's order (the BCD's Objects, a SYSTEM's ControlSet00N).
    Expected<Children, Error> children(Node key) const override;
    // The same, handed to `visit` one subkey at a time without copies: for the whole-hive walk.
    using ChildVisitor = std::function<void(std::string_view name, Node child)>;
    Expected<void, Error> visitChildren(Node key, const ChildVisitor& visit) const;
    // A key's own name ("" for one that cannot be read): to name a key the walk found changed.
    std::string keyName(Node key) const;
    // Adds a subkey (Write mode); fails if one of that name exists.
    Expected<Node, Error> addChild(Node parent, const std::string& name) override;
    // Deletes a key with its subkeys and values (Write mode).
    Expected<void, Error> deleteKey(Node key) override;
    std::string name() const override;
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
