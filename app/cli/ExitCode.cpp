#include "ExitCode.h"

namespace heapfix::cli {

const char* exitCodeTable() {
    return "Exit codes:\n"
           "  0  done (also when nothing needed to change)\n"
           "  1  usage: bad options or values, unknown sample, a restore file that is not a backup of this\n"
           "     one value, or apply/restore without --yes and without a terminal to ask on\n"
           "  2  the target cannot be read, or its value is malformed: nothing changed; diagnose: the\n"
           "     event log cannot be read\n"
           "  3  the write was refused (access denied, read-only medium, unsafe hive): nothing changed\n"
           "  4  the backup could not be written or verified: nothing changed\n"
           "  5  the value read back was wrong: the original value was put back\n"
           "  6  the change IS in place and was read back, but could not be confirmed on the disk (the\n"
           "     folder could not be flushed): check the disk; a power cut now could undo the change\n"
           "  7  the report could not be written to standard output (a full disk, a closed pipe): the\n"
           "     command itself ran to the end (apply, restore: the change is in place and verified);\n"
           "     run status to see the value\n";
}

ExitCode exitCodeForReadError(const Error& error) {
    return error.code == ErrorCode::Unsupported ? kUsage : kTargetUnreadable;
}

ExitCode exitCodeForOutcome(FixOutcome outcome) {
    switch (outcome) {
    case FixOutcome::Changed:
    case FixOutcome::NothingToChange:
        return kDone;
    case FixOutcome::InspectFailed:
        return kTargetUnreadable;
    case FixOutcome::BackupFailed:
        return kBackupFailed;
    case FixOutcome::ChangedUnconfirmed:
        return kChangedUnconfirmed;
    case FixOutcome::WriteFailed:
        return kWriteRefused;
    case FixOutcome::RolledBack:
    case FixOutcome::RollbackFailed:
        return kVerificationFailed;
    }
    return kTargetUnreadable;
}

} // namespace heapfix::cli
