#include "HiveWalk.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace heapfix {

namespace {

constexpr std::size_t kMaxKeys = 4'000'000; // far above any real hive; ends a walk through a loop of keys
constexpr std::size_t kMaxDepth = 512;      // Windows allows 512 levels

struct Digest { // FNV-1a, 64 bits: to tell "the same" from "changed", not against an adversary
    std::uint64_t value = 14695981039346656037ull;
    void add(const void* data, std::size_t size) {
        for (std::size_t i = 0; i < size; ++i)
            value = (value ^ static_cast<const std::uint8_t*>(data)[i]) * 1099511628211ull;
    }
    void add(const std::string& text) {
        add(text.data(), text.size());
        add("\0", 1);
    }
};

std::string lowered(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

} // namespace

HiveWalk walkHive(const HiveHandle& hive) {
    HiveWalk walk;
    Expected<HiveHandle::Node, Error> root = hive.findKey({});
    if (!root) {
        walk.unreadable.push_back("\\: " + root.error().detail);
        return walk;
    }
    struct Pending {
        HiveHandle::Node node;
        std::string path;
        std::size_t depth;
    };
    std::vector<Pending> pending{{*root, "", 0}};
    std::set<HiveHandle::Node> seen;
    while (!pending.empty()) {
        Pending key = std::move(pending.back());
        pending.pop_back();
        const std::string shown = key.path.empty() ? "\\" : key.path;
        if (!seen.insert(key.node).second || seen.size() > kMaxKeys || key.depth > kMaxDepth) {
            walk.unreadable.push_back(shown + ": the key is reached twice (a loop of keys)");
            continue;
        }
        Digest digest;
        Expected<std::vector<std::pair<std::string, RegistryValue>>, Error> values = hive.values(key.node);
        if (values) {
            std::sort(values->begin(), values->end(),
                      [](const auto& a, const auto& b) { return lowered(a.first) < lowered(b.first); });
            for (const auto& [name, value] : *values) {
                digest.add(name);
                const auto type = static_cast<std::uint32_t>(value.type);
                digest.add(&type, sizeof type);
                digest.add(value.data.data(), value.data.size());
            }
        } else {
            walk.unreadable.push_back(shown + ": its values: " + values.error().detail);
        }
        Expected<std::vector<std::pair<std::string, HiveHandle::Node>>, Error> children =
            hive.children(key.node);
        if (children) {
            for (const auto& [name, node] : *children) {
                digest.add(name);
                pending.push_back({node, key.path + "\\" + lowered(name), key.depth + 1});
            }
        } else {
            walk.unreadable.push_back(shown + ": its subkeys: " + children.error().detail);
        }
        walk.keys[lowered(shown)] = digest.value;
    }
    return walk;
}

std::vector<std::string> changedKeys(const HiveWalk& before, const HiveWalk& after) {
    std::vector<std::string> changed;
    for (const auto& [path, digest] : before.keys)
        if (const auto found = after.keys.find(path); found == after.keys.end() || found->second != digest)
            changed.push_back(path);
    for (const auto& [path, digest] : after.keys)
        if (!before.keys.contains(path))
            changed.push_back(path);
    return changed;
}

} // namespace heapfix
