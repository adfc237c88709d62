#include "Target.h"

#include "EnumNames.h"

namespace heapfix {

std::string_view targetKindName(TargetKind kind) {
    constexpr auto kNames = enumNames<TargetKind>({"live", "offline", "sample"});
    return kNames.name(kind);
}

} // namespace heapfix
