#include "ErrorAdvice.h"

namespace heapfix::cli {

std::string_view adviceFor(ErrorCode code) {
    switch (code) {
    case ErrorCode::NotFound:
        return "Check the path or name you gave; nothing was changed.";
    case ErrorCode::AccessDenied:
        return "Run heapfix-cli as an administrator (or as a user who may write there); nothing was changed.";
    case ErrorCode::ReadOnly:
        return "The file or medium is read-only: remove the write protection or copy the installation to "
               "writable "
               "storage, then try again; nothing was changed.";
    case ErrorCode::Corrupt:
        return "The file is damaged or is not what it should be (a Windows registry hive, a backup); nothing "
               "was "
               "changed.";
    case ErrorCode::Io:
        return "Reading or writing failed half-way: check the disk or device and try again.";
    case ErrorCode::NoSpace:
        return "The disk is full: free some space (or use --backup-dir on another disk) and try again.";
    case ErrorCode::Unsafe:
        return "Writing would lose data (for example a hive with pending transaction logs): start that "
               "Windows "
               "once so that it replays its own logs, or repair it there; nothing was changed.";
    case ErrorCode::Malformed:
        return "The value or file does not have the expected form; nothing was changed.";
    case ErrorCode::Refused:
        // Refused comes from a restore file that holds more than the value, a BCD store whose default entry
        // is not a Windows loader, a boot-revert over a file changed since: the error itself says which.
        return "heapfix refused this for the reason given above; nothing was changed.";
    case ErrorCode::Unsupported:
        return "This is not possible here; see heapfix-cli --help for the target options.";
    case ErrorCode::Mismatch:
        return "What was read back differs from what was written.";
    case ErrorCode::Busy:
        return "Another heapfix is changing this installation: wait until it has finished, then try again; "
               "nothing was changed.";
    }
    return {};
}

} // namespace heapfix::cli
