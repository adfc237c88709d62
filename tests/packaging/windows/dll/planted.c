/* A DLL an attacker would plant beside heapfix-cli.exe under the name of a system DLL that is not a KnownDLL
 * (version.dll): when it is loaded, DllMain writes "<its own path>.loaded" beside it, which the test looks
 * for. It exports every function of the real version.dll (planted-version.def), all answering 0, so that a
 * program that imports them still starts and the marker, not a failed start, says it was loaded. */
#include <windows.h>

int planted_answer(void) {
    return 0;
}

BOOL WINAPI DllMain(HINSTANCE self, DWORD reason, LPVOID reserved) {
    (void)reserved;
    if (reason == DLL_PROCESS_ATTACH) {
        wchar_t path[MAX_PATH + 16];
        const DWORD length = GetModuleFileNameW(self, path, MAX_PATH);
        if (length > 0 && length < MAX_PATH) {
            lstrcatW(path, L".loaded");
            HANDLE marker =
                CreateFileW(path, GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, FILE_ATTRIBUTE_NORMAL, NULL);
            if (marker != INVALID_HANDLE_VALUE)
                CloseHandle(marker);
        }
    }
    return TRUE;
}
