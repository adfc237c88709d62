#pragma once
// The errors of stores, files and backups: a code the front ends turn into words in the user's language,
// the file or key concerned, and an English detail for logs and the command line.

#include <string>
#include <string_view>

namespace heapfix {

enum class ErrorCode {
    NotFound,     // the key, value, file or folder does not exist
    AccessDenied, // the operating system refused (not an administrator, file permissions)
    ReadOnly,     // the medium or file cannot be written (read-only mount, write-protected stick)
    Corrupt,      // the hive, .reg file or backup record is damaged or not what it claims to be
    Io,           // reading or writing failed half-way (full disk, device gone)
    NoSpace,      // the disk is full
    Unsafe,       // writing would lose data (a dirty hive whose logs cannot be replayed, an unsafe-only hive)
    Malformed,    // the value or input does not have the expected form
    Refused,      // the input is well-formed but not allowed (a restore file naming another key)
    Unsupported,  // not possible on this platform or target
    Mismatch,     // read back differs from what was written
    Busy,         // another heapfix is changing the same installation; it waited, then gave up
};

std::string_view errorCodeName(ErrorCode code); // "not-found", "access-denied", ... (stable, for JSON)

// The precise cause, where the wizard says more in the user's language than the code does (why a hive file is
// no hive, why a folder is no Windows installation); Unspecified everywhere else. The English detail says the
// same for the CLI.
enum class ErrorCause {
    Unspecified,
    EmptyFile,        // the file is empty
    TooShort,         // too short to be a registry hive
    NotAHive,         // does not start with "regf"
    Truncated,        // the base block announces more hive bins than the file holds
    DamagedBaseBlock, // an impossible hive bins size or a wrong checksum
    NotSystemHive,    // a hive, but no SYSTEM hive (no Select key)
    NoSuchFolder,     // the folder named does not exist
    NoSystemHive,     // the folder holds no System32\config\SYSTEM
    UnknownSample,    // no built-in sample installation of that name
    NotARegularFile,  // a link, folder, FIFO or device where a file was expected: never followed or read
    DamagedElsewhere, // a hive with keys or values that cannot be read, away from the one value
    // A change of the Windows value refused (model/fix/ValueChange):
    TypeWouldChange,       // the new value has another type (REG_SZ for REG_EXPAND_SZ)
    ValueDoesNotParse,     // the new value is empty or has no, or two, SharedSection tokens
    OtherCharactersDiffer, // the new value differs outside the SharedSection numbers
    CurrentValueMalformed, // the current value does not parse: nothing is changed in it
};

// "type-would-change", ... for the causes above that a script may act on; "" for the others.
std::string_view errorCauseName(ErrorCause cause);

struct Error {
    ErrorCode code = ErrorCode::Io;
    std::string subject; // the file, folder or registry key concerned
    std::string detail;  // English, technical: for logs, the CLI and "show details"
    ErrorCause cause = ErrorCause::Unspecified;

    std::string message() const; // "subject: detail"
};

Error makeError(ErrorCode code, std::string subject, std::string detail,
                ErrorCause cause = ErrorCause::Unspecified);

} // namespace heapfix
