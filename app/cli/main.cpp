// heapfix-cli's entry point. On Windows the program is linked with -municode: wmain first restricts where
// DLLs may come from (System32: app/win32/DllSearch.h), then receives the arguments in UTF-16 and converts
// them to UTF-8, which is what the rest of the CLI speaks; the console is set to UTF-8.

#include "Cli.h"

#include <string>
#include <vector>

#ifdef _WIN32
#include "DllSearch.h"

#include <windows.h>

namespace {

std::string utf8FromWide(const wchar_t* text) {
    const int size = WideCharToMultiByte(CP_UTF8, 0, text, -1, nullptr, 0, nullptr, nullptr);
    if (size <= 1)
        return {};
    std::string result(static_cast<std::size_t>(size), '\0');
    WideCharToMultiByte(CP_UTF8, 0, text, -1, result.data(), size, nullptr, nullptr);
    result.resize(static_cast<std::size_t>(size - 1));
    return result;
}

} // namespace

int wmain(int argc, wchar_t** argv) {
    heapfix::dllsearch::restrictDllSearch();
    SetConsoleOutputCP(CP_UTF8);
    std::vector<std::string> arguments;
    for (int i = 1; i < argc; ++i)
        arguments.push_back(utf8FromWide(argv[i]));
    return heapfix::cli::runCli(arguments);
}

#else

int main(int argc, char** argv) {
    std::vector<std::string> arguments(argv + 1, argv + argc);
    return heapfix::cli::runCli(arguments);
}

#endif
