#include "Error.h"

namespace heapfix {

std::string_view errorCodeName(ErrorCode code) {
    switch (code) {
    case ErrorCode::NotFound:
        return "not-found";
    case ErrorCode::AccessDenied:
        return "access-denied";
    case ErrorCode::ReadOnly:
        return "read-only";
    case ErrorCode::Corrupt:
        return "corrupt";
    case ErrorCode::Io:
        return "io";
    case ErrorCode::NoSpace:
        return "no-space";
    case ErrorCode::Unsafe:
        return "unsafe";
    case ErrorCode::Malformed:
        return "malformed";
    case ErrorCode::Refused:
        return "refused";
    case ErrorCode::Unsupported:
        return "unsupported";
    case ErrorCode::Mismatch:
        return "mismatch";
    case ErrorCode::Busy:
        return "busy";
    }
    return "unknown";
}

std::string_view errorCauseName(ErrorCause cause) {
    switch (cause) {
    case ErrorCause::TypeWouldChange:
        return "type-would-change";
    case ErrorCause::ValueDoesNotParse:
        return "value-does-not-parse";
    case ErrorCause::OtherCharactersDiffer:
        return "other-characters-differ";
    case ErrorCause::CurrentValueMalformed:
        return "current-value-malformed";
    default:
        return "";
    }
}

std::string Error::message() const {
    if (subject.empty())
        return detail;
    return subject + ": " + detail;
}

Error makeError(ErrorCode code, std::string subject, std::string detail, ErrorCause cause) {
    return Error{code, std::move(subject), std::move(detail), cause};
}

} // namespace heapfix
