#pragma once
// Helpers for the tests that run under Wine (or on Windows): peer programs such as reg.exe, scratch registry
// keys that clean up after themselves, temporary folders.

#include "model/core/Expected.h"
#include "model/win32/Win32Text.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace heapfix::test {

struct ProcessResult {
    DWORD exitCode = 0;
    std::string output; // standard output and error, as the program wrote them (reg.exe: the OEM code page)
};

// Runs a command line (no shell) and waits for it.
ProcessResult runProgram(const std::wstring& commandLine);

// A key of its own under HKLM\SOFTWARE\HeapfixTest, deleted with everything below it at the end.
class ScratchKey {
public:
    ScratchKey();
    ~ScratchKey();
    ScratchKey(const ScratchKey&) = delete;
    ScratchKey& operator=(const ScratchKey&) = delete;

    std::string name() const;     // "HKEY_LOCAL_MACHINE\SOFTWARE\HeapfixTest\123_1"
    std::wstring regName() const; // "HKLM\SOFTWARE\HeapfixTest\123_1", for reg.exe
    std::wstring subkey() const;  // "SOFTWARE\HeapfixTest\123_1", below HKEY_LOCAL_MACHINE

private:
    std::wstring subkey_;
};

// A fresh folder under %TEMP%, removed with its contents at the end.
class TempFolder {
public:
    TempFolder();
    ~TempFolder();
    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

std::vector<std::uint8_t> readFileBytes(const std::filesystem::path& file);
void writeFileBytes(const std::filesystem::path& file, const std::vector<std::uint8_t>& bytes);

// The names of the keys directly under HKEY_LOCAL_MACHINE that start with prefix.
std::vector<std::wstring> machineKeysStartingWith(const std::wstring& prefix);
// "HEAPFIX_<this process id>_": the temporary keys LoadedHive makes.
std::wstring loadedHivePrefix();

} // namespace heapfix::test
