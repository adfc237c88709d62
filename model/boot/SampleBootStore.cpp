#include "SampleBootStore.h"

#include "BcdElements.h"
#include "BcdStore.h"

#include "../backup/AtomicFile.h"
#include "../hive/BlankHive.h"
#include "../hive/HiveHandle.h"

#include <fmt/format.h>

#include <string>
#include <system_error>

namespace heapfix {

namespace fs = std::filesystem;

namespace {

using Node = HiveHandle::Node;

constexpr std::uint32_t kBootManagerType = 0x10100002;    // application, firmware, boot manager
constexpr std::uint32_t kDescriptionElement = 0x12000004; // BcdLibraryString_Description
constexpr std::uint32_t kApplicationPath = 0x12000002;    // BcdLibraryString_ApplicationPath
constexpr std::uint32_t kSystemRoot = 0x22000002;         // BcdOSLoaderString_SystemRoot
constexpr std::uint32_t kDisplayOrder = 0x24000001;       // BcdBootMgrObjectList_DisplayOrder
constexpr std::uint32_t kEmsEnabled = 0x16000020;         // BcdLibraryBoolean_EmsEnabled ({emssettings})

// REG_SZ with its NUL; REG_MULTI_SZ of one string with the list's second NUL (fromText adds one).
RegistryValue text(std::u16string_view value, ValueType type = ValueType::String) {
    std::u16string terminated(value);
    if (type == ValueType::MultiString)
        terminated.push_back(u'\0');
    return RegistryValue::fromText(type, terminated);
}

RegistryValue integers(const std::vector<std::uint64_t>& values) {
    RegistryValue value{ValueType::Binary, {}};
    for (std::uint64_t number : values)
        for (int i = 0; i < 8; ++i)
            value.data.push_back(static_cast<std::uint8_t>(number >> (8 * i)));
    return value;
}

std::u16string utf16(std::string_view ascii) {
    return std::u16string(ascii.begin(), ascii.end());
}

struct Element {
    std::uint32_t id;
    RegistryValue value;
};

// Objects\<name>\Description\Type and Objects\<name>\Elements\<id>\Element, as bcdedit lays out an object.
Expected<void, Error> addObject(HiveHandle& store, Node objects, std::string_view name, std::uint32_t type,
                                const std::vector<Element>& elements) {
    Expected<Node, Error> object = store.addChild(objects, std::string(name));
    if (!object)
        return unexpected(object.error());
    Expected<Node, Error> description = store.addChild(*object, "Description");
    if (!description)
        return unexpected(description.error());
    if (auto set = store.setValue(*description, "Type", RegistryValue::fromDword(type)); !set)
        return set;
    Expected<Node, Error> list = store.addChild(*object, "Elements");
    if (!list)
        return unexpected(list.error());
    for (const Element& element : elements) {
        Expected<Node, Error> key = store.addChild(*list, fmt::format("{:08x}", element.id));
        if (!key)
            return unexpected(key.error());
        if (auto set = store.setValue(*key, "Element", element.value); !set)
            return set;
    }
    return {};
}

Expected<void, Error> fill(HiveHandle& store) {
    Expected<Node, Error> root = store.findKey({});
    if (!root)
        return unexpected(root.error());
    Expected<Node, Error> description = store.addChild(*root, "Description");
    if (!description)
        return unexpected(description.error());
    if (auto set = store.setValue(*description, "KeyName", text(u"BCD00000000")); !set)
        return set;
    Expected<Node, Error> objects = store.addChild(*root, "Objects");
    if (!objects)
        return unexpected(objects.error());
    const std::u16string loader = utf16(kSampleBootLoader);
    const std::vector<std::pair<std::string_view, std::pair<std::uint32_t, std::vector<Element>>>> all = {
        {bcd::kBootManagerObject,
         {kBootManagerType,
          {{kApplicationPath, text(u"\\EFI\\Microsoft\\Boot\\bootmgfw.efi")},
           {kDescriptionElement, text(u"Windows Boot Manager")},
           {bcd::kDefaultObject, text(loader)},
           {kDisplayOrder, text(loader, ValueType::MultiString)}}}},
        {kSampleBootLoader,
         {bcd::kWindowsBootLoaderType,
          {{kApplicationPath, text(u"\\Windows\\system32\\winload.efi")},
           {kDescriptionElement, text(u"Windows 10")},
           {kSystemRoot, text(u"\\Windows")},
           {bcd::kLoaderEmsEnabled, RegistryValue{ValueType::Binary, {0}}}}}},
        {bcd::kBadMemoryObject,
         {bcd::kLibrarySettingsType, {{bcd::kBadMemoryList, integers(sampleBadMemoryPages())}}}},
        {bcd::kEmsSettingsObject,
         {bcd::kLibrarySettingsType, {{kEmsEnabled, RegistryValue{ValueType::Binary, {0}}}}}},
    };
    for (const auto& [name, object] : all)
        if (auto added = addObject(store, *objects, name, object.first, object.second); !added)
            return added;
    return {};
}

// The store as written must read as intended: the list, the loader, EMS off without port or baud.
Expected<void, Error> check(const fs::path& file) {
    Expected<HiveHandle, Error> store = HiveHandle::open(file, HiveHandle::Mode::Read);
    if (!store)
        return unexpected(store.error());
    Expected<BcdState, Error> state = readBcdState(*store);
    if (!state)
        return unexpected(state.error());
    if (!state->hasBadMemoryObject || state->badMemoryList != sampleBadMemoryPages() ||
        state->ems.loader != kSampleBootLoader || state->ems.enabled || state->ems.port || state->ems.baud)
        return unexpected(makeError(ErrorCode::Mismatch, pathToUtf8(file),
                                    "the sample BCD store does not read back as written"));
    return {};
}

} // namespace

Expected<fs::path, Error> createSampleBootStore(const fs::path& installationRoot) {
    const fs::path target = sampleBootStorePath(installationRoot);
    std::error_code error;
    if (fs::exists(target, error))
        return unexpected(makeError(ErrorCode::Refused, pathToUtf8(target), "a BCD store is already there"));
    fs::create_directories(target.parent_path(), error);
    if (error)
        return unexpected(fileSystemError(error, target.parent_path(), "cannot create the folder"));
    fs::path staging = target;
    staging += ".heapfix-new";
    const auto removeStaging = [&staging] {
        std::error_code ignored;
        fs::remove(staging, ignored);
    };
    const std::vector<std::uint8_t> blank = blankHive(u"NewStoreRoot", u"BCD");
    if (Expected<void, Error> written = writeFileAtomically(staging, blank); !written)
        return unexpected(written.error());
    Expected<void, Error> done = [&]() -> Expected<void, Error> {
        Expected<HiveHandle, Error> store = HiveHandle::open(staging, HiveHandle::Mode::Write);
        if (!store)
            return unexpected(store.error());
        if (Expected<void, Error> filled = fill(*store); !filled)
            return filled;
        if (Expected<void, Error> committed = store->commit(staging); !committed)
            return committed;
        if (Expected<void, Error> synced = syncFile(staging); !synced)
            return synced;
        return check(staging);
    }();
    if (!done) {
        removeStaging();
        return unexpected(done.error());
    }
    fs::rename(staging, target, error);
    if (error) {
        removeStaging();
        return unexpected(fileSystemError(error, target, "cannot move the store into place"));
    }
    if (Expected<void, Error> synced = syncFolder(target.parent_path()); !synced)
        return unexpected(synced.error());
    return target;
}

} // namespace heapfix
