#include "MemoryRegistry.h"

#include <algorithm>
#include <cctype>

namespace heapfix {
namespace {

constexpr std::string_view kCurrentControlSet = "currentcontrolset";

std::string lowered(std::string_view text) {
    std::string result(text);
    std::transform(result.begin(), result.end(), result.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return result;
}

// Where the "CurrentControlSet" component of a key starts, or npos.
std::size_t currentControlSetAt(std::string_view key) {
    const std::string lower = lowered(key);
    for (std::size_t at = lower.find(kCurrentControlSet); at != std::string::npos;
         at = lower.find(kCurrentControlSet, at + 1)) {
        const std::size_t end = at + kCurrentControlSet.size();
        const bool starts = at == 0 || lower[at - 1] == '\\';
        const bool ends = end == lower.size() || lower[end] == '\\';
        if (starts && ends)
            return at;
    }
    return std::string::npos;
}

} // namespace

MemoryRegistry::MemoryRegistry(std::string controlSet)
    : controlSet_(std::move(controlSet)) {}

std::string MemoryRegistry::resolveKey(std::string_view key) const {
    std::string resolved(key);
    const std::size_t at = currentControlSetAt(resolved);
    if (at != std::string::npos)
        resolved.replace(at, kCurrentControlSet.size(), controlSet_);
    return resolved;
}

// Registry keys and value names compare case-insensitively; "HKLM" is the usual short name of the root.
std::string MemoryRegistry::normalized(const ValuePath& path) const {
    std::string key = lowered(resolveKey(path.key));
    if (key.starts_with("hklm\\"))
        key.replace(0, 4, "hkey_local_machine");
    return key + '\n' + lowered(path.name);
}

void MemoryRegistry::set(const ValuePath& path, RegistryValue value) {
    values_[normalized(path)] = std::move(value);
}

std::optional<RegistryValue> MemoryRegistry::get(const ValuePath& path) const {
    const auto found = values_.find(normalized(path));
    if (found == values_.end())
        return std::nullopt;
    return found->second;
}

void MemoryRegistry::failAt(Operation operation, int nth, Error error) {
    failure_ = Failure{operation, count(operation) + nth, std::move(error)};
}

void MemoryRegistry::corruptWriteAt(int nth, RegistryValue stored) {
    corruption_ = std::make_pair(writes_ + nth, std::move(stored));
}

int MemoryRegistry::count(Operation operation) const {
    return operation == Operation::Read ? reads_ : writes_;
}

Expected<RegistryValue, Error> MemoryRegistry::read(const ValuePath& path) {
    ++reads_;
    if (failure_ && failure_->operation == Operation::Read && failure_->at == reads_)
        return unexpected(failure_->error);
    std::optional<RegistryValue> value = get(path);
    if (!value)
        return unexpected(makeError(ErrorCode::NotFound, path.key + "\\" + path.name, "no such value"));
    return *value;
}

Expected<void, Error> MemoryRegistry::write(const ValuePath& path, const RegistryValue& value) {
    ++writes_;
    if (failure_ && failure_->operation == Operation::Write && failure_->at == writes_)
        return unexpected(failure_->error);
    if (corruption_ && corruption_->first == writes_) {
        set(path, corruption_->second);
        return {};
    }
    set(path, value);
    return {};
}

} // namespace heapfix
