#include "SystemBootSettings.h"

#include "../core/Utf16.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <regex>

namespace heapfix {

namespace {

using Node = RegistryTree::Key;

const std::vector<std::string> kMemoryManagement = {"Control", "Session Manager", "Memory Management"};
const std::vector<std::string> kCrashControl = {"Control", "CrashControl"};

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

std::vector<std::string> under(const std::string& controlSet, const std::vector<std::string>& path) {
    std::vector<std::string> full{controlSet};
    full.insert(full.end(), path.begin(), path.end());
    return full;
}

// The strings of a REG_MULTI_SZ (empty entries dropped).
Expected<std::vector<std::string>, Error> multiStringOf(const RegistryValue& value, const std::string& name) {
    Expected<std::u16string, Error> text = decodeUtf16Le(value.data);
    if (!text || (value.type != ValueType::MultiString && value.type != ValueType::String))
        return unexpected(makeError(ErrorCode::Malformed, name, "the value is not a REG_MULTI_SZ"));
    std::vector<std::string> strings;
    std::size_t start = 0;
    while (start < text->size()) {
        const std::size_t end = std::min(text->find(u'\0', start), text->size());
        if (end > start)
            strings.push_back(toUtf8(std::u16string_view(*text).substr(start, end - start)));
        start = end + 1;
    }
    return strings;
}

Expected<std::optional<std::uint32_t>, Error> dwordOf(const RegistryValue& value, const std::string& name) {
    if (value.type != ValueType::Dword || value.data.size() != 4)
        return unexpected(makeError(ErrorCode::Malformed, name, "the value is not a REG_DWORD"));
    const auto& d = value.data;
    return std::optional<std::uint32_t>(static_cast<std::uint32_t>(d[0] | d[1] << 8 | d[2] << 16) |
                                        static_cast<std::uint32_t>(d[3]) << 24);
}

Expected<std::optional<std::string>, Error> textOf(const RegistryValue& value, const std::string& name) {
    Expected<std::u16string, Error> text = decodeUtf16Le(value.data);
    if (!text)
        return unexpected(makeError(ErrorCode::Malformed, name, "the value is not UTF-16 text"));
    return std::optional<std::string>(toUtf8(withoutTrailingNuls(*text)));
}

// The value as `parse` reads it; an absent value is no error but the empty result (an empty list, nullopt).
template <typename Parse>
auto readOptional(const RegistryTree& hive, Node key, const std::string& name, Parse parse) {
    using Result = decltype(parse(std::declval<const RegistryValue&>(), name));
    Expected<RegistryValue, Error> value = hive.readValue(key, name);
    if (value)
        return parse(*value, name);
    if (value.error().code == ErrorCode::NotFound)
        return Result(typename Result::value_type{});
    return Result(unexpected(value.error()));
}

// "D:\pagefile.sys 0 0" -> "D:\pagefile.sys"; "\??\D:\pagefile.sys" -> "D:\pagefile.sys".
std::string pageFilePath(std::string entry) {
    if (entry.rfind("\\??\\", 0) == 0)
        entry.erase(0, 4);
    static const std::regex sizes(R"( +[0-9]+( +[0-9]+)? *$)");
    return std::regex_replace(entry, sizes, "");
}

bool atSystemManagedDefault(const std::string& path) {
    const std::string name = lower(path);
    return name == "?:\\pagefile.sys" || name == "c:\\pagefile.sys";
}

} // namespace

Expected<std::vector<std::string>, Error> controlSetNames(const RegistryTree& system) {
    Expected<Node, Error> root = system.findKey({});
    if (!root)
        return unexpected(root.error());
    Expected<RegistryTree::Children, Error> children = system.children(*root);
    if (!children)
        return unexpected(children.error());
    static const std::regex controlSet(R"(ControlSet[0-9]{3})", std::regex::icase);
    std::vector<std::string> names;
    for (const auto& child : *children)
        if (std::regex_match(child.first, controlSet))
            names.push_back(child.first);
    std::sort(names.begin(), names.end());
    if (names.empty())
        return unexpected(makeError(ErrorCode::Corrupt, system.name(),
                                    "the hive has no ControlSet00N key: it is not a SYSTEM hive"));
    return names;
}

Expected<PageFiles, Error> readPageFiles(const RegistryTree& system, const std::string& controlSet) {
    PageFiles files;
    files.controlSet = controlSet;
    Expected<Node, Error> key = system.findKey(under(controlSet, kMemoryManagement));
    if (!key)
        return unexpected(key.error());
    auto existing = readOptional(system, *key, "ExistingPageFiles", multiStringOf);
    auto paging = readOptional(system, *key, "PagingFiles", multiStringOf);
    if (!existing)
        return unexpected(existing.error());
    if (!paging)
        return unexpected(paging.error());
    files.existingPageFiles = *existing;
    files.pagingFiles = *paging;
    for (const std::vector<std::string>* list : {&files.existingPageFiles, &files.pagingFiles})
        for (const std::string& entry : *list) {
            const std::string path = pageFilePath(entry);
            if (!atSystemManagedDefault(path) &&
                std::find(files.misplaced.begin(), files.misplaced.end(), path) == files.misplaced.end())
                files.misplaced.push_back(path);
        }
    return files;
}

Expected<std::vector<CrashDump>, Error> readCrashDumps(const RegistryTree& system) {
    Expected<std::vector<std::string>, Error> sets = controlSetNames(system);
    if (!sets)
        return unexpected(sets.error());
    std::vector<CrashDump> dumps;
    for (const std::string& set : *sets) {
        CrashDump dump;
        dump.controlSet = set;
        if (Expected<Node, Error> key = system.findKey(under(set, kCrashControl))) {
            auto enabled = readOptional(system, *key, "CrashDumpEnabled", dwordOf);
            auto file = readOptional(system, *key, "DumpFile", textOf);
            auto nmi = readOptional(system, *key, "NMICrashDump", dwordOf);
            if (!enabled || !file || !nmi)
                return unexpected(!enabled ? enabled.error() : !file ? file.error() : nmi.error());
            dump.crashDumpEnabled = *enabled;
            dump.dumpFile = *file;
            dump.nmiCrashDump = *nmi;
        }
        dumps.push_back(std::move(dump));
    }
    return dumps;
}

Expected<void, Error> resetPagingFiles(RegistryTree& system) {
    Expected<std::vector<std::string>, Error> sets = controlSetNames(system);
    if (!sets)
        return unexpected(sets.error());
    std::u16string text(kSystemManagedPagingFiles);
    text.append(2, u'\0'); // REG_MULTI_SZ: the string's NUL and the list's
    const RegistryValue value{ValueType::MultiString, encodeUtf16Le(text)};
    for (const std::string& set : *sets) {
        Expected<Node, Error> key = system.findKey(under(set, kMemoryManagement));
        if (!key)
            continue; // a control set without Memory Management has no page file to move
        if (Expected<void, Error> written = system.setValue(*key, "PagingFiles", value); !written)
            return written;
    }
    return {};
}

Expected<void, Error> enableCrashDumps(RegistryTree& system) {
    Expected<std::vector<std::string>, Error> sets = controlSetNames(system);
    if (!sets)
        return unexpected(sets.error());
    for (const std::string& set : *sets) {
        Expected<Node, Error> control = system.findKey({set, "Control"});
        if (!control)
            return unexpected(control.error());
        Expected<Node, Error> crash = system.findOrAddChild(*control, "CrashControl");
        if (!crash)
            return unexpected(crash.error());
        for (const auto& [name, value] :
             {std::pair<std::string, RegistryValue>{"CrashDumpEnabled", RegistryValue::fromDword(1)},
              {"DumpFile", RegistryValue::fromText(ValueType::ExpandString, kSeedDumpFile)},
              {"NMICrashDump", RegistryValue::fromDword(1)}})
            if (Expected<void, Error> written = system.setValue(*crash, name, value); !written)
                return written;
    }
    return {};
}

} // namespace heapfix
