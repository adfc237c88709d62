#include "HiveWalk.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <unordered_set>

namespace heapfix {

namespace {

constexpr std::size_t kMaxKeys = 4'000'000; // far above any real hive; ends a walk through a loop of keys
constexpr std::size_t kMaxDepth = 512;      // Windows allows 512 levels

// A 64-bit digest of bytes, eight at a time (a multiply-xorshift mix per word, FNV-1a for the tail): to tell
// "the same" from "changed", not against an adversary. The walk digests every byte of the hive's values.
struct Digest {
    std::uint64_t value = 14695981039346656037ull;
    void add(const void* data, std::size_t size) {
        const auto* bytes = static_cast<const std::uint8_t*>(data);
        for (; size >= 8; bytes += 8, size -= 8) {
            std::uint64_t word = 0;
            std::memcpy(&word, bytes, 8);
            value = (value ^ word) * 0x9E3779B97F4A7C15ull;
            value ^= value >> 29;
        }
        for (; size > 0; ++bytes, --size)
            value = (value ^ *bytes) * 1099511628211ull;
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
    std::unordered_set<HiveHandle::Node> seen;
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
            // Each value digested on its own and the digests sorted: the key's digest does not depend on the
            // order its values are listed in, and no name is compared (or lowered) more than once.
            std::vector<std::uint64_t> valueDigests;
            valueDigests.reserve(values->size());
            for (const auto& [name, value] : *values) {
                Digest one;
                one.add(name);
                const auto type = static_cast<std::uint32_t>(value.type);
                one.add(&type, sizeof type);
                const std::uint64_t length = value.data.size();
                one.add(&length, sizeof length);
                one.add(value.data.data(), value.data.size());
                valueDigests.push_back(one.value);
            }
            std::sort(valueDigests.begin(), valueDigests.end());
            digest.add(valueDigests.data(), valueDigests.size() * sizeof(std::uint64_t));
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
        walk.keys[shown] = digest.value; // the path is made of lowered names already
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
    std::sort(changed.begin(), changed.end());
    return changed;
}

} // namespace heapfix
