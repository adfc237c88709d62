#pragma once
// How a change ended, in the terms every front end renders (the CLI's exit codes, the wizard's result): the
// fix and restore transactions (fix/FixTransaction) and the boot repair (boot/BootRepair) both report one.

#include <string_view>

namespace heapfix {

enum class FixOutcome {
    Changed, // written and verified
    // written and read back, but the write could not be confirmed durable (the folder could not be flushed):
    // the change is in place; a power cut now could undo it
    ChangedUnconfirmed,
    NothingToChange, // the value already is what was asked: nothing written, no backup needed
    InspectFailed,   // the value could not be read or parsed: nothing changed
    BackupFailed,    // the backup could not be written or verified: nothing changed
    WriteFailed,     // the write was refused or failed; the value is as it was (checked)
    RolledBack,      // the read-back differed or failed; the old value was put back and checked
    RollbackFailed,  // the old value could not be put back: the backup names what to restore
};

std::string_view fixOutcomeName(FixOutcome outcome);

} // namespace heapfix
