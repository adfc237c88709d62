#include "RegistryKeyName.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>

namespace heapfix {
namespace {

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

struct RootName {
    std::string_view longName;
    std::string_view shortName;
    HKEY root;
};

HKEY findRoot(std::string_view name) {
    const std::array<RootName, 5> roots{{
        {"HKEY_LOCAL_MACHINE", "HKLM", HKEY_LOCAL_MACHINE},
        {"HKEY_CURRENT_USER", "HKCU", HKEY_CURRENT_USER},
        {"HKEY_USERS", "HKU", HKEY_USERS},
        {"HKEY_CLASSES_ROOT", "HKCR", HKEY_CLASSES_ROOT},
        {"HKEY_CURRENT_CONFIG", "HKCC", HKEY_CURRENT_CONFIG},
    }};
    for (const RootName& candidate : roots)
        if (equalsIgnoringCase(name, candidate.longName) || equalsIgnoringCase(name, candidate.shortName))
            return candidate.root;
    return nullptr;
}

} // namespace

Expected<RegistryKeyName, Error> parseRegistryKey(std::string_view key) {
    const std::size_t separator = key.find('\\');
    const std::string_view rootName = key.substr(0, separator);
    HKEY root = findRoot(rootName);
    if (!root)
        return unexpected(
            makeError(ErrorCode::Malformed, std::string(key),
                      "the key does not start with a registry root such as HKEY_LOCAL_MACHINE"));
    std::string_view rest =
        separator == std::string_view::npos ? std::string_view() : key.substr(separator + 1);
    while (!rest.empty() && rest.back() == '\\')
        rest.remove_suffix(1);
    if (rest.find("\\\\") != std::string_view::npos || (!rest.empty() && rest.front() == '\\'))
        return unexpected(
            makeError(ErrorCode::Malformed, std::string(key), "the key has an empty component"));
    return RegistryKeyName{root, toWide(rest)};
}

std::string replaceCurrentControlSet(std::string_view key, std::string_view controlSet) {
    constexpr std::string_view link = "CurrentControlSet";
    std::string result(key);
    if (controlSet.empty())
        return result;
    std::size_t start = 0;
    while (start <= result.size()) {
        std::size_t end = result.find('\\', start);
        if (end == std::string::npos)
            end = result.size();
        if (equalsIgnoringCase(std::string_view(result).substr(start, end - start), link)) {
            result.replace(start, end - start, controlSet);
            return result;
        }
        start = end + 1;
    }
    return result;
}

std::string controlSetName(DWORD number) {
    return fmt::format("ControlSet{:03}", number);
}

} // namespace heapfix
