#include "SystemHive.h"

#include <fmt/format.h>

namespace heapfix {

// SYSTEM\Select\Current names the control set Windows boots with.
Expected<std::string, Error> readCurrentControlSet(const RegistryTree& system) {
    const std::string subject = system.name();
    Expected<RegistryTree::Key, Error> select = system.findKey({"Select"});
    if (!select)
        return unexpected(makeError(ErrorCode::Corrupt, subject,
                                    "the hive has no Select key: it is not a SYSTEM hive",
                                    ErrorCause::NotSystemHive));
    Expected<RegistryValue, Error> current = system.readValue(*select, "Current");
    if (!current)
        return unexpected(makeError(ErrorCode::Corrupt, subject,
                                    "Select\\Current is missing: it is not a usable SYSTEM hive"));
    if (current->type != ValueType::Dword || current->data.size() != 4)
        return unexpected(makeError(
            ErrorCode::Corrupt, subject,
            fmt::format("Select\\Current is {} (type number {:#x}, {} bytes), not a 4-byte REG_DWORD: it is "
                        "not a usable SYSTEM hive",
                        valueTypeName(current->type), static_cast<std::uint32_t>(current->type),
                        current->data.size())));
    const std::uint32_t number = current->data[0] | current->data[1] << 8 | current->data[2] << 16 |
                                 static_cast<std::uint32_t>(current->data[3]) << 24;
    std::string name = fmt::format("ControlSet{:03}", number);
    if (!system.findKey({name}))
        return unexpected(
            makeError(ErrorCode::Corrupt, subject,
                      fmt::format("Select\\Current is {} but the hive has no {}", number, name)));
    return name;
}

} // namespace heapfix
