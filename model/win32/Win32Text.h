#pragma once
// Text and error plumbing between heapfix (UTF-8, Error values) and the wide-character Win32 API.

#include "../core/Error.h"

#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>

#include <string>
#include <string_view>

namespace heapfix {

std::wstring toWide(std::string_view utf8);
std::string fromWide(std::wstring_view wide);

// The system's own text for a Win32 error code (FormatMessageW), without the trailing line break, followed by
// the number: "The system cannot find the file specified. (error 2)".
std::string systemMessage(DWORD code);

// A Win32 error status as an Error: ERROR_ACCESS_DENIED -> AccessDenied, ERROR_FILE_NOT_FOUND and
// ERROR_PATH_NOT_FOUND -> NotFound, everything else -> Io; the detail names what was being done.
Error win32Error(LSTATUS status, std::string subject, std::string_view doing);

} // namespace heapfix
