#include "HiveWalk.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <span>
#include <string_view>

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
    void add(std::string_view text) {
        add(text.data(), text.size());
        add("\0", 1);
    }
};

// The nodes walked so far, one bit per 4-byte step of the hive (hivex's own bitmap of cells has the same
// grain): a hive of 12 MB needs 370 KB, and no hashing.
class SeenNodes {
public:
    // False if the node was seen before.
    bool insert(HiveHandle::Node node) {
        const std::size_t bit = static_cast<std::size_t>(node >> 2);
        if (bit / 8 >= bits_.size())
            bits_.resize(bit / 8 + 1 + bits_.size() / 2);
        std::uint8_t& byte = bits_[bit / 8];
        const auto mask = static_cast<std::uint8_t>(1u << (bit % 8));
        if (byte & mask)
            return false;
        byte |= mask;
        return true;
    }

private:
    std::vector<std::uint8_t> bits_;
};

std::string lowered(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

} // namespace

std::string HiveWalk::path(const HiveHandle& hive, std::size_t index) const {
    std::vector<HiveHandle::Node> nodes;
    for (std::size_t at = index; at != 0 && at < keys.size() && nodes.size() <= kMaxDepth;
         at = keys[at].parent)
        nodes.push_back(keys[at].node);
    if (nodes.empty())
        return "\\";
    std::string text;
    for (auto node = nodes.rbegin(); node != nodes.rend(); ++node)
        text += "\\" + lowered(hive.keyName(*node));
    return text;
}

HiveWalk walkHive(const HiveHandle& hive, std::size_t sizeHint) {
    HiveWalk walk;
    Expected<HiveHandle::Node, Error> root = hive.findKey({});
    if (!root) {
        walk.unreadable.push_back("\\: " + root.error().detail);
        return walk;
    }
    struct Pending {
        std::size_t index; // in walk.keys
        std::size_t depth;
    };
    walk.keys.push_back({*root, 0, 0});
    std::vector<Pending> pending{{0, 0}};
    walk.keys.reserve(sizeHint);
    SeenNodes seen;
    std::vector<std::uint64_t> valueDigests;
    while (!pending.empty()) {
        const Pending key = pending.back();
        pending.pop_back();
        const HiveHandle::Node node = walk.keys[key.index].node;
        if (!seen.insert(node) || walk.keys.size() > kMaxKeys || key.depth > kMaxDepth) {
            walk.unreadable.push_back(walk.path(hive, key.index) +
                                      ": the key is reached twice (a loop of keys)");
            continue;
        }
        Digest digest;
        // Each value digested on its own and the digests sorted: the key's digest does not depend on the
        // order its values are listed in, and no name is compared (or lowered) more than once.
        valueDigests.clear();
        Expected<void, Error> values = hive.visitValues(
            node, [&](std::string_view name, std::uint32_t type, std::span<const std::uint8_t> data) {
                Digest one;
                one.add(name);
                one.add(&type, sizeof type);
                const std::uint64_t length = data.size();
                one.add(&length, sizeof length);
                one.add(data.data(), data.size());
                valueDigests.push_back(one.value);
            });
        if (values) {
            std::sort(valueDigests.begin(), valueDigests.end());
            digest.add(valueDigests.data(), valueDigests.size() * sizeof(std::uint64_t));
        } else {
            walk.unreadable.push_back(walk.path(hive, key.index) + ": its values: " + values.error().detail);
        }
        Expected<void, Error> children =
            hive.visitChildren(node, [&](std::string_view name, HiveHandle::Node child) {
                digest.add(name);
                pending.push_back({walk.keys.size(), key.depth + 1});
                walk.keys.push_back({child, key.index, 0});
            });
        if (!children)
            walk.unreadable.push_back(walk.path(hive, key.index) +
                                      ": its subkeys: " + children.error().detail);
        walk.keys[key.index].digest = digest.value;
    }
    return walk;
}

std::vector<std::string> changedKeys(WalkedHive before, WalkedHive after,
                                     std::optional<HiveHandle::Node> except) {
    // Both walks' keys sorted by node, then merged: a node in one walk only, or with another digest, changed.
    using Entry = std::pair<HiveHandle::Node, std::size_t>;
    const auto byNode = [](const HiveWalk& walk) {
        std::vector<Entry> entries;
        entries.reserve(walk.keys.size());
        for (std::size_t i = 0; i < walk.keys.size(); ++i)
            entries.emplace_back(walk.keys[i].node, i);
        std::sort(entries.begin(), entries.end());
        return entries;
    };
    const std::vector<Entry> old = byNode(before.walk);
    const std::vector<Entry> now = byNode(after.walk);
    std::vector<std::string> changed;
    const auto note = [&](WalkedHive side, const Entry& entry) {
        if (entry.first != except)
            changed.push_back(side.walk.path(side.hive, entry.second));
    };
    std::size_t i = 0, j = 0;
    while (i < old.size() || j < now.size()) {
        if (j == now.size() || (i < old.size() && old[i].first < now[j].first)) {
            note(before, old[i++]);
        } else if (i == old.size() || now[j].first < old[i].first) {
            note(after, now[j++]);
        } else {
            if (before.walk.keys[old[i].second].digest != after.walk.keys[now[j].second].digest)
                note(after, now[j]);
            ++i;
            ++j;
        }
    }
    std::sort(changed.begin(), changed.end());
    changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
    return changed;
}

} // namespace heapfix
