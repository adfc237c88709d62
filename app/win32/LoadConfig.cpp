// The load configuration of the mingw-w64 heapfix-cli.exe (x86_64), for its DependentLoadFlags: the DLLs the
// program imports at link time are looked for in System32 only (LOAD_LIBRARY_SEARCH_SYSTEM32), never beside
// it, on Windows 10 1607 and later (older Windows ignores the field). MSVC writes this structure from
// /DEPENDENTLOADFLAG; GNU ld before 2.42 has no such option and does not point the PE header at the
// structure, which cmake/pe-load-config.sh does after linking. Everything else stays zero: no security
// cookie, no SEH table (x64 has none), no control-flow guard.
//
// Wine 8 ignores DependentLoadFlags (checked in tests/packaging/windows/dll-planting-wine.sh); what protects
// heapfix there, and on Windows before 1607, is that every static import is a KnownDLL and the rest is
// delay-loaded after restrictDllSearch().

#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>

static_assert(sizeof(void*) == 8, "LoadConfig.cpp is for the x86_64 build (the i686 one goes without)");

namespace {

constexpr IMAGE_LOAD_CONFIG_DIRECTORY64 loadConfig() {
    IMAGE_LOAD_CONFIG_DIRECTORY64 config{};
    config.Size = sizeof(config);
    config.Reserved1 = LOAD_LIBRARY_SEARCH_SYSTEM32; // what newer SDKs call DependentLoadFlags
    return config;
}

} // namespace

// The name the loader's directory entry is found by (link.exe fills the entry itself, GNU ld does not).
extern "C" const IMAGE_LOAD_CONFIG_DIRECTORY64 _load_config_used;
extern "C" const IMAGE_LOAD_CONFIG_DIRECTORY64 _load_config_used = loadConfig();
