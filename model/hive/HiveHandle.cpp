#include "HiveHandle.h"

#include "../backup/AtomicFile.h"

#include <hivex.h>

#include <fmt/format.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <memory>

namespace heapfix {

namespace {

struct FreeDeleter {
    void operator()(void* pointer) const { std::free(pointer); }
};

} // namespace

Expected<HiveHandle, Error> HiveHandle::open(const std::filesystem::path& file, Mode mode) {
    errno = 0;
    hive_h* handle = hivex_open(pathToUtf8(file).c_str(), mode == Mode::Write ? HIVEX_OPEN_WRITE : 0);
    if (handle)
        return HiveHandle(handle, file);
    const int error = errno;
    if (error == EINVAL || error == ENOTSUP || error == EFAULT || error == ERANGE || error == 0)
        return unexpected(makeError(ErrorCode::Corrupt, pathToUtf8(file),
                                    fmt::format("hivex cannot open it as a registry hive ({}): the file is "
                                                "damaged or not a hive",
                                                std::strerror(error ? error : EINVAL))));
    return unexpected(errnoError(error, file, "cannot open the hive"));
}

HiveHandle::HiveHandle(HiveHandle&& other) noexcept
    : handle_(std::exchange(other.handle_, nullptr))
    , file_(std::move(other.file_)) {}

HiveHandle& HiveHandle::operator=(HiveHandle&& other) noexcept {
    if (this != &other) {
        if (handle_)
            hivex_close(handle_);
        handle_ = std::exchange(other.handle_, nullptr);
        file_ = std::move(other.file_);
    }
    return *this;
}

HiveHandle::~HiveHandle() {
    if (handle_)
        hivex_close(handle_);
}

Expected<HiveHandle::Node, Error> HiveHandle::findKey(const std::vector<std::string>& segments) const {
    hive_node_h node = hivex_root(handle_);
    if (node == 0)
        return unexpected(makeError(ErrorCode::Corrupt, pathToUtf8(file_), "the hive has no root key"));
    std::string walked;
    for (const std::string& segment : segments) {
        walked += "\\" + segment;
        errno = 0;
        const hive_node_h child = hivex_node_get_child(handle_, node, segment.c_str());
        if (child == 0) {
            if (errno != 0)
                return unexpected(
                    makeError(ErrorCode::Corrupt, pathToUtf8(file_),
                              fmt::format("cannot read key {}: {}", walked, std::strerror(errno))));
            return unexpected(makeError(ErrorCode::NotFound, walked, "the key does not exist in the hive"));
        }
        node = child;
    }
    return Node{node};
}

namespace {

// The type number and bytes of one value, by its handle (`name` only for the message), in hivex's malloc'd
// buffer.
struct ValueBytes {
    std::uint32_t type = 0;
    std::unique_ptr<char, FreeDeleter> bytes;
    std::size_t length = 0;
    std::span<const std::uint8_t> data() const {
        return {reinterpret_cast<const std::uint8_t*>(bytes.get()), length};
    }
};

Expected<ValueBytes, Error> valueAt(hive_h* handle, hive_value_h value, const std::filesystem::path& file,
                                    std::string_view name) {
    // hivex stores the hive's 32-bit type number, any of them (0x7FFFFFFF too), through a hive_type*: read it
    // as the uint32 it is, never as the C enum, whose range holds only the known types (UBSan: load of an
    // invalid enum value). ValueType has a fixed uint32 underlying type, so every number is a valid
    // ValueType.
    static_assert(sizeof(hive_type) == sizeof(std::uint32_t));
    ValueBytes result;
    result.bytes.reset(
        hivex_value_value(handle, value, reinterpret_cast<hive_type*>(&result.type), &result.length));
    if (!result.bytes)
        return unexpected(
            makeError(ErrorCode::Corrupt, pathToUtf8(file),
                      fmt::format("cannot read the data of value \"{}\": {}", name, std::strerror(errno))));
    return result;
}

RegistryValue valueOf(std::uint32_t type, std::span<const std::uint8_t> data) {
    RegistryValue result;
    result.type = static_cast<ValueType>(type);
    result.data.assign(data.begin(), data.end());
    return result;
}

} // namespace

Expected<RegistryValue, Error> HiveHandle::readValue(Node key, const std::string& name) const {
    errno = 0;
    const hive_value_h value = hivex_node_get_value(handle_, key, name.c_str());
    if (value == 0) {
        if (errno != 0)
            return unexpected(
                makeError(ErrorCode::Corrupt, pathToUtf8(file_),
                          fmt::format("cannot read value \"{}\": {}", name, std::strerror(errno))));
        return unexpected(makeError(ErrorCode::NotFound, name, "the value does not exist"));
    }
    Expected<ValueBytes, Error> bytes = valueAt(handle_, value, file_, name);
    if (!bytes)
        return unexpected(bytes.error());
    return valueOf(bytes->type, bytes->data());
}

Expected<void, Error> HiveHandle::visitValues(Node key, const ValueVisitor& visit) const {
    std::unique_ptr<hive_value_h, FreeDeleter> list(hivex_node_values(handle_, key));
    if (!list)
        return unexpected(
            makeError(ErrorCode::Corrupt, pathToUtf8(file_), "cannot list the values of a key"));
    for (const hive_value_h* value = list.get(); *value != 0; ++value) {
        std::unique_ptr<char, FreeDeleter> name(hivex_value_key(handle_, *value));
        if (!name)
            return unexpected(makeError(ErrorCode::Corrupt, pathToUtf8(file_), "cannot read a value name"));
        // By its handle: a lookup by name would compare (and convert) every name of the key again.
        Expected<ValueBytes, Error> bytes = valueAt(handle_, *value, file_, name.get());
        if (!bytes)
            return unexpected(bytes.error());
        visit(name.get(), bytes->type, bytes->data());
    }
    return {};
}

Expected<std::vector<std::pair<std::string, RegistryValue>>, Error> HiveHandle::values(Node key) const {
    std::vector<std::pair<std::string, RegistryValue>> result;
    Expected<void, Error> visited =
        visitValues(key, [&](std::string_view name, std::uint32_t type, std::span<const std::uint8_t> data) {
            result.emplace_back(std::string(name), valueOf(type, data));
        });
    if (!visited)
        return unexpected(visited.error());
    return result;
}

Expected<void, Error> HiveHandle::setValue(Node key, const std::string& name, const RegistryValue& value) {
    std::vector<std::uint8_t> data = value.data;
    std::vector<char> keyName(name.begin(), name.end());
    keyName.push_back('\0');
    hive_set_value set{};
    set.key = keyName.data();
    set.t = static_cast<hive_type>(value.type);
    set.len = data.size();
    set.value = reinterpret_cast<char*>(data.data());
    if (hivex_node_set_value(handle_, key, &set, 0) != 0)
        return unexpected(
            makeError(ErrorCode::Io, pathToUtf8(file_),
                      fmt::format("hivex cannot set value \"{}\": {}", name, std::strerror(errno))));
    return {};
}

Expected<void, Error> HiveHandle::visitChildren(Node key, const ChildVisitor& visit) const {
    std::unique_ptr<hive_node_h, FreeDeleter> list(hivex_node_children(handle_, key));
    if (!list)
        return unexpected(
            makeError(ErrorCode::Corrupt, pathToUtf8(file_), "cannot list the subkeys of a key"));
    for (const hive_node_h* child = list.get(); *child != 0; ++child) {
        std::unique_ptr<char, FreeDeleter> name(hivex_node_name(handle_, *child));
        if (!name)
            return unexpected(makeError(ErrorCode::Corrupt, pathToUtf8(file_), "cannot read a key name"));
        visit(name.get(), Node{*child});
    }
    return {};
}

Expected<RegistryTree::Children, Error> HiveHandle::children(Node key) const {
    Children result;
    Expected<void, Error> visited = visitChildren(
        key, [&](std::string_view name, Node child) { result.emplace_back(std::string(name), child); });
    if (!visited)
        return unexpected(visited.error());
    return result;
}

std::string HiveHandle::keyName(Node key) const {
    std::unique_ptr<char, FreeDeleter> name(hivex_node_name(handle_, key));
    return name ? std::string(name.get()) : std::string();
}

Expected<void, Error> HiveHandle::deleteValue(Node key, const std::string& name) {
    Expected<std::vector<std::pair<std::string, RegistryValue>>, Error> all = values(key);
    if (!all)
        return unexpected(all.error());
    std::vector<std::pair<std::string, RegistryValue>> kept;
    for (auto& entry : *all)
        if (!sameKeyName(entry.first, name))
            kept.push_back(std::move(entry));
    if (kept.size() == all->size())
        return {};
    std::vector<std::vector<char>> names;
    std::vector<hive_set_value> list;
    names.reserve(kept.size());
    for (auto& [valueName, value] : kept) {
        names.emplace_back(valueName.begin(), valueName.end());
        names.back().push_back('\0');
        hive_set_value set{};
        set.key = names.back().data();
        set.t = static_cast<hive_type>(value.type);
        set.len = value.data.size();
        set.value = reinterpret_cast<char*>(value.data.data());
        list.push_back(set);
    }
    if (hivex_node_set_values(handle_, key, list.size(), list.data(), 0) != 0)
        return unexpected(
            makeError(ErrorCode::Io, pathToUtf8(file_),
                      fmt::format("hivex cannot delete value \"{}\": {}", name, std::strerror(errno))));
    return {};
}

std::string HiveHandle::name() const {
    return pathToUtf8(file_);
}

Expected<HiveHandle::Node, Error> HiveHandle::addChild(Node parent, const std::string& name) {
    errno = 0;
    const hive_node_h child = hivex_node_add_child(handle_, parent, name.c_str());
    if (child == 0)
        return unexpected(
            makeError(ErrorCode::Io, pathToUtf8(file_),
                      fmt::format("hivex cannot add key \"{}\": {}", name, std::strerror(errno))));
    return Node{child};
}

Expected<void, Error> HiveHandle::deleteKey(Node key) {
    if (hivex_node_delete_child(handle_, key) != 0)
        return unexpected(makeError(ErrorCode::Io, pathToUtf8(file_),
                                    fmt::format("hivex cannot delete a key: {}", std::strerror(errno))));
    return {};
}

Expected<void, Error> HiveHandle::commit(const std::filesystem::path& target) {
    if (hivex_commit(handle_, pathToUtf8(target).c_str(), 0) != 0)
        return unexpected(errnoError(errno, target, "cannot write the changed hive"));
    return {};
}

} // namespace heapfix
