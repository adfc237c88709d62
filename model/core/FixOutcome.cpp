#include "FixOutcome.h"

namespace heapfix {

std::string_view fixOutcomeName(FixOutcome outcome) {
    switch (outcome) {
    case FixOutcome::Changed:
        return "changed";
    case FixOutcome::ChangedUnconfirmed:
        return "changed-unconfirmed";
    case FixOutcome::NothingToChange:
        return "nothing-to-change";
    case FixOutcome::InspectFailed:
        return "inspect-failed";
    case FixOutcome::BackupFailed:
        return "backup-failed";
    case FixOutcome::WriteFailed:
        return "write-failed";
    case FixOutcome::RolledBack:
        return "rolled-back";
    case FixOutcome::RollbackFailed:
        return "rollback-failed";
    }
    return "unknown";
}

} // namespace heapfix
