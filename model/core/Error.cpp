#include "Error.h"

#include "EnumNames.h"

namespace heapfix {

std::string_view errorCodeName(ErrorCode code) {
    constexpr auto kNames =
        enumNames<ErrorCode>({"not-found", "access-denied", "read-only", "corrupt", "io", "no-space",
                              "unsafe", "malformed", "refused", "unsupported", "mismatch", "busy"});
    return kNames.name(code);
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
