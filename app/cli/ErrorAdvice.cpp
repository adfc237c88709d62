#include "ErrorAdvice.h"

#include "model/core/EnumNames.h"

namespace heapfix::cli {

std::string_view adviceFor(ErrorCode code) {
    constexpr auto kAdvice = enumNames<ErrorCode>(
        {
            "Check the path or name you gave; nothing was changed.",
            "Run heapfix-cli as an administrator (or as a user who may write there); nothing was changed.",
            "The file or medium is read-only: remove the write protection or copy the installation to "
            "writable storage, then try again; nothing was changed.",
            "The file is damaged or is not what it should be (a Windows registry hive, a backup); "
            "nothing was changed.",
            "Reading or writing failed half-way: check the disk or device and try again.",
            "The disk is full: free some space (or use --backup-dir on another disk) and try again.",
            "Writing would lose data (for example a hive with pending transaction logs): start that Windows "
            "once so that it replays its own logs, or repair it there; nothing was changed.",
            "The value or file does not have the expected form; nothing was changed.",
            // Refused comes from a restore file that holds more than the value, a BCD store whose default
            // entry is not a Windows loader, a boot-revert over a file changed since: the error itself says
            // which.
            "heapfix refused this for the reason given above; nothing was changed.",
            "This is not possible here; see heapfix-cli --help for the target options.",
            "What was read back differs from what was written.",
            "Another heapfix is changing this installation: wait until it has finished, then try again; "
            "nothing was changed.",
        },
        "");
    return kAdvice.name(code);
}

} // namespace heapfix::cli
