// The controls of dll-planting-wine.sh, so that "no marker" from heapfix-cli.exe means something:
// - dll_probe_shell32.exe [restrict]: asks shell32 for the local AppData folder as heapfix-cli.exe does
//   (shell32 delay-loaded, as in heapfix-cli.exe); with "restrict" it first calls restrictDllSearch() as
//   heapfix-cli.exe does, without it the planted DLL is expected to load.
// - dll_probe_dlf.exe: imports version.dll at link time and carries DependentLoadFlags 0x800 like
//   heapfix-cli.exe's load configuration: whether this Wine honours the flag.
#include "DllSearch.h"

#include <windows.h>

#include <cstdio>
#include <cwchar>
#ifdef HEAPFIX_PROBE_SHELL32
#include <shlobj.h>
#endif

int wmain(int argc, wchar_t** argv) {
#ifdef HEAPFIX_PROBE_SHELL32
    if (argc > 1 && std::wcscmp(argv[1], L"restrict") == 0)
        heapfix::dllsearch::restrictDllSearch();
    PWSTR folder = nullptr;
    const HRESULT result = SHGetKnownFolderPath(FOLDERID_LocalAppData, KF_FLAG_DEFAULT, nullptr, &folder);
    CoTaskMemFree(folder);
    std::printf("SHGetKnownFolderPath: 0x%08lx\n", static_cast<unsigned long>(result));
#else
    (void)argc;
    (void)argv;
    DWORD handle = 0;
    std::printf("GetFileVersionInfoSizeW: %lu\n",
                static_cast<unsigned long>(GetFileVersionInfoSizeW(L"kernel32.dll", &handle)));
#endif
    return 0;
}
