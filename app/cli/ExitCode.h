#pragma once
// The exit codes of heapfix-cli: the contract helpdesk scripts rely on. Documented in --help and README.md.

#include "model/core/Error.h"
#include "model/fix/FixTransaction.h"

namespace heapfix::cli {

enum ExitCode : int {
    kDone = 0,               // done, or nothing to change
    kUsage = 1,              // bad options or values, unknown sample, a refused restore file, no confirmation
    kTargetUnreadable = 2,   // the target cannot be read, or its value is malformed; diagnose: the log
    kWriteRefused = 3,       // access denied, read-only, unsafe hive: nothing changed
    kBackupFailed = 4,       // the backup could not be written or verified: nothing changed
    kVerificationFailed = 5, // the value read back differed: the original was put back
    kChangedUnconfirmed = 6, // the change is in place, but could not be confirmed durable
    kOutputFailed = 7,       // the command ran, but its report could not be written to stdout
};

// The table printed at the end of --help.
const char* exitCodeTable();

// Failures to open or read a target.
ExitCode exitCodeForReadError(const Error& error);
ExitCode exitCodeForOutcome(FixOutcome outcome);

} // namespace heapfix::cli
