#pragma once
// Where heapfix's programs let Windows look for DLLs (CWE-427, DLL planting). heapfix runs as administrator
// from a Downloads folder or a USB stick; a DLL dropped beside it, or in the current folder, under the name
// of a system DLL that is not a KnownDLL (version.dll, userenv.dll, wevtapi.dll, ...) would run with those
// rights. Both programs call restrictDllSearch() first thing in main: every DLL loaded after it, and every
// DLL those depend on, comes from System32 (or is one heapfix ships, loaded by its full path). The DLLs a
// program imports at link time are resolved before main: those are KnownDLLs only, the rest is delay-loaded
// (cmake/HeapfixDllSafety.cmake), and the mingw-w64 heapfix-cli.exe also carries DependentLoadFlags 0x800
// (System32) for Windows 10 1607 and later (app/win32/LoadConfig.cpp). README.md "DLL planting" says what
// was checked and how.

namespace heapfix::dllsearch {

// SetDefaultDllDirectories(LOAD_LIBRARY_SEARCH_SYSTEM32), looked up at run time because Windows Vista and a
// Windows 7 without KB2533623 lack it, and SetDllDirectoryW(L"") (the current folder is no longer searched).
// False when SetDefaultDllDirectories is missing or fails: only the current folder is excluded then.
bool restrictDllSearch();

// Loads a DLL heapfix ships in its own folder (such as a Qt module that only a Qt plugin imports, which the
// restricted search would no longer find) by its full path; its dependencies come from that folder or
// System32. False when it is not there or does not load.
bool loadShippedLibrary(const wchar_t* fileName);

} // namespace heapfix::dllsearch
