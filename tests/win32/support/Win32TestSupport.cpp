#include "Win32TestSupport.h"

#include <atomic>
#include <fstream>
#include <iterator>

namespace heapfix::test {

ProcessResult runProgram(const std::wstring& commandLine) {
    SECURITY_ATTRIBUTES inherit{sizeof(SECURITY_ATTRIBUTES), nullptr, TRUE};
    HANDLE readEnd = nullptr;
    HANDLE writeEnd = nullptr;
    ProcessResult result{static_cast<DWORD>(-1), {}};
    if (!CreatePipe(&readEnd, &writeEnd, &inherit, 0))
        return result;
    SetHandleInformation(readEnd, HANDLE_FLAG_INHERIT, 0);
    STARTUPINFOW startup{};
    startup.cb = sizeof(startup);
    startup.dwFlags = STARTF_USESTDHANDLES;
    startup.hStdInput = GetStdHandle(STD_INPUT_HANDLE);
    startup.hStdOutput = writeEnd;
    startup.hStdError = writeEnd;
    PROCESS_INFORMATION process{};
    std::wstring mutableLine = commandLine;
    const BOOL started = CreateProcessW(nullptr, mutableLine.data(), nullptr, nullptr, TRUE, 0, nullptr,
                                        nullptr, &startup, &process);
    CloseHandle(writeEnd);
    if (started) {
        char buffer[4096];
        DWORD got = 0;
        while (ReadFile(readEnd, buffer, sizeof(buffer), &got, nullptr) && got > 0)
            result.output.append(buffer, got);
        WaitForSingleObject(process.hProcess, INFINITE);
        GetExitCodeProcess(process.hProcess, &result.exitCode);
        CloseHandle(process.hProcess);
        CloseHandle(process.hThread);
    }
    CloseHandle(readEnd);
    return result;
}

namespace {
unsigned nextNumber() {
    static std::atomic<unsigned> counter{0};
    return ++counter;
}
} // namespace

ScratchKey::ScratchKey()
    : subkey_(L"SOFTWARE\\HeapfixTest\\" + std::to_wstring(GetCurrentProcessId()) + L"_" +
              std::to_wstring(nextNumber())) {
    HKEY key = nullptr;
    if (RegCreateKeyExW(HKEY_LOCAL_MACHINE, subkey_.c_str(), 0, nullptr, 0, KEY_ALL_ACCESS, nullptr, &key,
                        nullptr) == ERROR_SUCCESS)
        RegCloseKey(key);
}

ScratchKey::~ScratchKey() {
    RegDeleteTreeW(HKEY_LOCAL_MACHINE, subkey_.c_str()); // its subkeys and values
    RegDeleteKeyW(HKEY_LOCAL_MACHINE, subkey_.c_str());
}

std::string ScratchKey::name() const {
    return "HKEY_LOCAL_MACHINE\\" + fromWide(subkey_);
}
std::wstring ScratchKey::regName() const {
    return L"HKLM\\" + subkey_;
}
std::wstring ScratchKey::subkey() const {
    return subkey_;
}

TempFolder::TempFolder() {
    path_ =
        std::filesystem::temp_directory_path() /
        (L"heapfix-test-" + std::to_wstring(GetCurrentProcessId()) + L"-" + std::to_wstring(nextNumber()));
    std::filesystem::create_directories(path_);
}

TempFolder::~TempFolder() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
}

std::vector<std::uint8_t> readFileBytes(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeFileBytes(const std::filesystem::path& file, const std::vector<std::uint8_t>& bytes) {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
}

std::vector<std::wstring> machineKeysStartingWith(const std::wstring& prefix) {
    std::vector<std::wstring> names;
    wchar_t name[256];
    for (DWORD index = 0;; ++index) {
        DWORD length = 256;
        if (RegEnumKeyExW(HKEY_LOCAL_MACHINE, index, name, &length, nullptr, nullptr, nullptr, nullptr) !=
            ERROR_SUCCESS)
            break;
        const std::wstring found(name, length);
        if (found.rfind(prefix, 0) == 0)
            names.push_back(found);
    }
    return names;
}

std::wstring loadedHivePrefix() {
    return L"HEAPFIX_" + std::to_wstring(GetCurrentProcessId()) + L"_";
}

} // namespace heapfix::test
