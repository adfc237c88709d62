#include "FixOutcome.h"

#include "EnumNames.h"

namespace heapfix {

std::string_view fixOutcomeName(FixOutcome outcome) {
    constexpr auto kNames =
        enumNames<FixOutcome>({"changed", "changed-unconfirmed", "nothing-to-change", "inspect-failed",
                               "backup-failed", "write-failed", "rolled-back", "rollback-failed"});
    return kNames.name(outcome);
}

} // namespace heapfix
