#include "Win32Tree.h"

#include "RegistryKeyName.h"
#include "Win32Registry.h"

#include <fmt/format.h>

#include <algorithm>
#include <cwctype>
#include <string_view>

namespace heapfix {
namespace {

std::wstring joined(const std::wstring& parent, const std::wstring& child) {
    return parent.empty() ? child : parent + L"\\" + child;
}

// Registry names compare case-insensitively. (CompareStringOrdinal would do it exactly, but it is Vista's and
// heapfix-cli.exe also runs on XP and 2003.)
bool sameName(std::wstring_view a, std::wstring_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](wchar_t x, wchar_t y) {
               return std::towlower(static_cast<wint_t>(x)) == std::towlower(static_cast<wint_t>(y));
           });
}

// Deletes `subkey` of `base` with everything below it, deepest first. (RegDeleteTreeW is Vista's, and
// shlwapi's SHDeleteKeyW would be one more DLL that the loader finds beside the program: DLL planting.)
LSTATUS deleteTree(HKEY base, const std::wstring& subkey) {
    HKEY raw = nullptr;
    LSTATUS status = RegOpenKeyExW(base, subkey.c_str(), 0,
                                   KEY_ENUMERATE_SUB_KEYS | KEY_QUERY_VALUE | registryViewFlag(), &raw);
    if (status != ERROR_SUCCESS)
        return status;
    std::vector<std::wstring> children;
    {
        const KeyHandle handle(raw);
        for (DWORD index = 0;; ++index) {
            wchar_t name[256];
            DWORD length = 256;
            status = RegEnumKeyExW(handle.get(), index, name, &length, nullptr, nullptr, nullptr, nullptr);
            if (status == ERROR_NO_MORE_ITEMS)
                break;
            if (status != ERROR_SUCCESS)
                return status;
            children.emplace_back(name, length);
        }
    }
    for (const std::wstring& child : children)
        if (status = deleteTree(base, subkey + L"\\" + child); status != ERROR_SUCCESS)
            return status;
    return RegDeleteKeyW(base, subkey.c_str());
}

} // namespace

Win32Tree::Win32Tree(std::string root, HKEY base, std::wstring subkey)
    : root_(std::move(root))
    , base_(base)
    , rootSubkey_(std::move(subkey))
    , keys_{std::wstring()} {}

Expected<Win32Tree, Error> Win32Tree::open(const std::string& root) {
    auto name = parseRegistryKey(root);
    if (!name)
        return unexpected(name.error());
    if (auto key = openRegistryKey(*name, KEY_READ, root); !key)
        return unexpected(key.error());
    return Win32Tree(root, name->root, name->subkey);
}

Expected<std::wstring, Error> Win32Tree::subkeyOf(Key key) const {
    if (key >= keys_.size())
        return unexpected(makeError(ErrorCode::NotFound, root_, "the key is no longer there"));
    return joined(rootSubkey_, keys_[static_cast<std::size_t>(key)]);
}

RegistryTree::Key Win32Tree::keyFor(std::wstring subkey) const {
    for (Key key = 0; key < keys_.size(); ++key)
        if (sameName(keys_[static_cast<std::size_t>(key)], subkey))
            return key;
    keys_.push_back(std::move(subkey));
    return keys_.size() - 1;
}

Expected<HKEY, Error> Win32Tree::openKey(Key key, REGSAM access) const {
    Expected<std::wstring, Error> subkey = subkeyOf(key);
    if (!subkey)
        return unexpected(subkey.error());
    HKEY handle = nullptr;
    const LSTATUS status = RegOpenKeyExW(base_, subkey->c_str(), 0, access | registryViewFlag(), &handle);
    if (status != ERROR_SUCCESS)
        return unexpected(win32Error(status, where(key), "opening the key"));
    return handle;
}

std::string Win32Tree::where(Key key) const {
    return key < keys_.size() && !keys_[static_cast<std::size_t>(key)].empty()
               ? root_ + "\\" + fromWide(keys_[static_cast<std::size_t>(key)])
               : root_;
}

Expected<RegistryTree::Key, Error> Win32Tree::findKey(const std::vector<std::string>& segments) const {
    std::wstring relative;
    for (const std::string& segment : segments)
        relative = joined(relative, toWide(segment));
    HKEY handle = nullptr;
    const LSTATUS status = RegOpenKeyExW(base_, joined(rootSubkey_, relative).c_str(), 0,
                                         KEY_QUERY_VALUE | registryViewFlag(), &handle);
    if (status == ERROR_FILE_NOT_FOUND || status == ERROR_PATH_NOT_FOUND)
        return unexpected(
            makeError(ErrorCode::NotFound, "\\" + fromWide(relative), "the key does not exist in the hive"));
    if (status != ERROR_SUCCESS)
        return unexpected(win32Error(status, root_ + "\\" + fromWide(relative), "opening the key"));
    RegCloseKey(handle);
    return keyFor(std::move(relative));
}

Expected<RegistryTree::Children, Error> Win32Tree::children(Key key) const {
    Expected<HKEY, Error> opened = openKey(key, KEY_ENUMERATE_SUB_KEYS);
    if (!opened)
        return unexpected(opened.error());
    const KeyHandle handle(*opened);
    LSTATUS status = ERROR_SUCCESS;
    const std::wstring parent = keys_[static_cast<std::size_t>(key)];
    Children result;
    for (DWORD index = 0;; ++index) {
        wchar_t name[256]; // a key name is at most 255 characters
        DWORD length = 256;
        status = RegEnumKeyExW(handle.get(), index, name, &length, nullptr, nullptr, nullptr, nullptr);
        if (status == ERROR_NO_MORE_ITEMS)
            break;
        if (status != ERROR_SUCCESS)
            return unexpected(win32Error(status, where(key), "listing the subkeys"));
        const std::wstring child(name, length);
        result.emplace_back(fromWide(child), keyFor(joined(parent, child)));
    }
    return result;
}

Expected<RegistryValue, Error> Win32Tree::readValue(Key key, const std::string& name) const {
    Expected<HKEY, Error> opened = openKey(key, KEY_QUERY_VALUE);
    if (!opened)
        return unexpected(opened.error());
    const KeyHandle handle(*opened);
    LSTATUS status = ERROR_SUCCESS;
    const std::wstring valueName = toWide(name);
    DWORD type = 0;
    DWORD size = 0;
    std::vector<std::uint8_t> data;
    do { // the value can grow between the two calls: ask again
        status = RegQueryValueExW(handle.get(), valueName.c_str(), nullptr, &type, nullptr, &size);
        if (status != ERROR_SUCCESS)
            break;
        data.resize(size);
        status = RegQueryValueExW(handle.get(), valueName.c_str(), nullptr, &type, data.data(), &size);
    } while (status == ERROR_MORE_DATA);
    if (status == ERROR_FILE_NOT_FOUND)
        return unexpected(makeError(ErrorCode::NotFound, name, "the value does not exist"));
    if (status != ERROR_SUCCESS)
        return unexpected(win32Error(status, where(key), fmt::format("reading value \"{}\"", name)));
    data.resize(size);
    return RegistryValue{static_cast<ValueType>(type), std::move(data)};
}

Expected<void, Error> Win32Tree::setValue(Key key, const std::string& name, const RegistryValue& value) {
    Expected<HKEY, Error> opened = openKey(key, KEY_SET_VALUE);
    if (!opened)
        return unexpected(opened.error());
    const KeyHandle handle(*opened);
    const LSTATUS status = RegSetValueExW(
        handle.get(), toWide(name).c_str(), 0, static_cast<DWORD>(value.type),
        value.data.empty() ? nullptr : value.data.data(), static_cast<DWORD>(value.data.size()));
    if (status != ERROR_SUCCESS)
        return unexpected(win32Error(status, where(key), fmt::format("setting value \"{}\"", name)));
    return {};
}

Expected<void, Error> Win32Tree::deleteValue(Key key, const std::string& name) {
    Expected<HKEY, Error> opened = openKey(key, KEY_SET_VALUE);
    if (!opened)
        return unexpected(opened.error());
    const KeyHandle handle(*opened);
    const LSTATUS status = RegDeleteValueW(handle.get(), toWide(name).c_str());
    if (status != ERROR_SUCCESS && status != ERROR_FILE_NOT_FOUND)
        return unexpected(win32Error(status, where(key), fmt::format("deleting value \"{}\"", name)));
    return {};
}

Expected<RegistryTree::Key, Error> Win32Tree::addChild(Key parent, const std::string& name) {
    Expected<std::wstring, Error> subkey = subkeyOf(parent);
    if (!subkey)
        return unexpected(subkey.error());
    const std::wstring child = joined(keys_[static_cast<std::size_t>(parent)], toWide(name));
    HKEY raw = nullptr;
    DWORD disposition = 0;
    const LSTATUS status =
        RegCreateKeyExW(base_, joined(rootSubkey_, child).c_str(), 0, nullptr, REG_OPTION_NON_VOLATILE,
                        KEY_QUERY_VALUE | registryViewFlag(), nullptr, &raw, &disposition);
    if (status != ERROR_SUCCESS)
        return unexpected(win32Error(status, where(parent), fmt::format("adding key \"{}\"", name)));
    RegCloseKey(raw);
    if (disposition == REG_OPENED_EXISTING_KEY)
        return unexpected(
            makeError(ErrorCode::Refused, where(parent), fmt::format("key \"{}\" exists", name)));
    return keyFor(child);
}

Expected<void, Error> Win32Tree::deleteKey(Key key) {
    Expected<std::wstring, Error> subkey = subkeyOf(key);
    if (!subkey)
        return unexpected(subkey.error());
    if (key == 0)
        return unexpected(makeError(ErrorCode::Refused, root_, "the root of the hive cannot be deleted"));
    const LSTATUS status = deleteTree(base_, *subkey);
    if (status != ERROR_SUCCESS)
        return unexpected(win32Error(status, where(key), "deleting the key"));
    // Forget it and every key below it: their numbers now name nothing.
    const std::wstring gone = keys_[static_cast<std::size_t>(key)];
    for (std::wstring& known : keys_)
        if (sameName(std::wstring_view(known).substr(0, gone.size()), gone) &&
            (known.size() == gone.size() || known[gone.size()] == L'\\'))
            known = L"\x01"; // no key has this name
    return {};
}

Expected<void, Error> Win32Tree::flush() {
    HKEY raw = nullptr;
    LSTATUS status = RegOpenKeyExW(base_, rootSubkey_.c_str(), 0, KEY_READ | registryViewFlag(), &raw);
    if (status != ERROR_SUCCESS)
        return unexpected(win32Error(status, root_, "opening the key"));
    const KeyHandle handle(raw);
    status = RegFlushKey(handle.get());
    if (status != ERROR_SUCCESS)
        return unexpected(win32Error(status, root_, "writing the hive to its file"));
    return {};
}

} // namespace heapfix
