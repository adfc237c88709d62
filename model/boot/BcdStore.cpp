#include "BcdStore.h"

#include "BcdElements.h"

#include "../core/Utf16.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

namespace heapfix {

namespace {

using Node = RegistryTree::Key;

std::string elementKey(std::uint32_t id) {
    return fmt::format("{:08x}", id); // bcdedit writes lowercase hex
}

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

std::vector<std::string> elementPath(std::string_view object, std::uint32_t id) {
    return {"Objects", std::string(object), "Elements", elementKey(id)};
}

// The element's value, nullopt when the element (or its object) does not exist.
Expected<std::optional<RegistryValue>, Error> readElement(const RegistryTree& store, std::string_view object,
                                                          std::uint32_t id) {
    Expected<Node, Error> key = store.findKey(elementPath(object, id));
    if (!key) {
        if (key.error().code == ErrorCode::NotFound)
            return std::optional<RegistryValue>();
        return unexpected(key.error());
    }
    Expected<RegistryValue, Error> value = store.readValue(*key, "Element");
    if (!value)
        return unexpected(value.error());
    return std::optional<RegistryValue>(std::move(*value));
}

Error malformed(std::string_view object, std::uint32_t id, std::string_view what) {
    return makeError(ErrorCode::Malformed, fmt::format("BCD {} element {}", object, elementKey(id)),
                     fmt::format("the element is not {}", what));
}

std::uint64_t littleEndian(const std::uint8_t* bytes) {
    std::uint64_t value = 0;
    for (int i = 7; i >= 0; --i)
        value = value << 8 | bytes[i];
    return value;
}

std::vector<std::uint8_t> integerBytes(std::uint64_t value) {
    std::vector<std::uint8_t> bytes(8);
    for (std::size_t i = 0; i < 8; ++i)
        bytes[i] = static_cast<std::uint8_t>(value >> (8 * i));
    return bytes;
}

Expected<std::optional<std::uint64_t>, Error> readInteger(const RegistryTree& store, std::string_view object,
                                                          std::uint32_t id) {
    Expected<std::optional<RegistryValue>, Error> value = readElement(store, object, id);
    if (!value)
        return unexpected(value.error());
    if (!*value)
        return std::optional<std::uint64_t>();
    if ((*value)->type != ValueType::Binary || (*value)->data.size() != 8)
        return unexpected(malformed(object, id, "an 8-byte integer"));
    return std::optional<std::uint64_t>(littleEndian((*value)->data.data()));
}

Expected<std::optional<std::vector<std::uint64_t>>, Error>
readIntegerList(const RegistryTree& store, std::string_view object, std::uint32_t id) {
    Expected<std::optional<RegistryValue>, Error> value = readElement(store, object, id);
    if (!value)
        return unexpected(value.error());
    if (!*value)
        return std::optional<std::vector<std::uint64_t>>();
    const std::vector<std::uint8_t>& data = (*value)->data;
    if ((*value)->type != ValueType::Binary || data.size() % 8 != 0)
        return unexpected(malformed(object, id, "a list of 8-byte integers"));
    std::vector<std::uint64_t> list;
    for (std::size_t at = 0; at < data.size(); at += 8)
        list.push_back(littleEndian(data.data() + at));
    return std::optional<std::vector<std::uint64_t>>(std::move(list));
}

Expected<std::uint32_t, Error> objectType(const RegistryTree& store, std::string_view object) {
    Expected<Node, Error> description = store.findKey({"Objects", std::string(object), "Description"});
    if (!description)
        return unexpected(description.error());
    Expected<RegistryValue, Error> type = store.readValue(*description, "Type");
    if (!type)
        return unexpected(type.error());
    if (type->type != ValueType::Dword || type->data.size() != 4)
        return unexpected(
            makeError(ErrorCode::Malformed, std::string(object), "Description\\Type is not a DWORD"));
    return static_cast<std::uint32_t>(type->data[0] | type->data[1] << 8 | type->data[2] << 16) |
           static_cast<std::uint32_t>(type->data[3]) << 24;
}

// {bootmgr}'s default object, when it is a Windows boot loader; empty when {bootmgr} names none.
Expected<std::string, Error> defaultLoader(const RegistryTree& store) {
    Expected<std::optional<RegistryValue>, Error> value =
        readElement(store, bcd::kBootManagerObject, bcd::kDefaultObject);
    if (!value)
        return unexpected(value.error());
    if (!*value)
        return std::string();
    Expected<std::u16string, Error> text = decodeUtf16Le((*value)->data);
    if ((*value)->type != ValueType::String || !text)
        return unexpected(malformed(bcd::kBootManagerObject, bcd::kDefaultObject, "an object identifier"));
    std::string loader = lower(toUtf8(withoutTrailingNuls(*text)));
    Expected<std::uint32_t, Error> type = objectType(store, loader);
    if (!type || *type != bcd::kWindowsBootLoaderType)
        return unexpected(makeError(ErrorCode::Refused, loader,
                                    "{bootmgr}'s default entry is not a Windows boot loader in this store"));
    return loader;
}

// Objects\<object> with Description\Type and Elements, as bcdedit creates an object.
Expected<Node, Error> objectElements(RegistryTree& store, std::string_view object, std::uint32_t type) {
    Expected<Node, Error> objects = store.findKey({"Objects"});
    if (!objects)
        return unexpected(makeError(ErrorCode::Corrupt, store.name(),
                                    "the hive has no Objects key: it is not a BCD store"));
    const bool existed = store.findKey({"Objects", std::string(object)}).has_value();
    Expected<Node, Error> node = store.findOrAddChild(*objects, std::string(object));
    if (!node)
        return node;
    if (!existed) {
        Expected<Node, Error> description = store.addChild(*node, "Description");
        if (!description)
            return description;
        if (Expected<void, Error> set = store.setValue(*description, "Type", RegistryValue::fromDword(type));
            !set)
            return unexpected(set.error());
    }
    return store.findOrAddChild(*node, "Elements");
}

Expected<void, Error> setElement(RegistryTree& store, Node elements, std::uint32_t id,
                                 const RegistryValue& value) {
    Expected<Node, Error> element = store.findOrAddChild(elements, elementKey(id));
    if (!element)
        return unexpected(element.error());
    return store.setValue(*element, "Element", value);
}

} // namespace

Expected<BcdState, Error> readBcdState(const RegistryTree& store) {
    if (!store.findKey({"Objects"}))
        return unexpected(makeError(ErrorCode::Corrupt, store.name(),
                                    "the hive has no Objects key: it is not a BCD store"));
    BcdState state;
    state.hasBadMemoryObject = store.findKey({"Objects", std::string(bcd::kBadMemoryObject)}).has_value();
    auto list = readIntegerList(store, bcd::kBadMemoryObject, bcd::kBadMemoryList);
    if (!list)
        return unexpected(list.error());
    state.badMemoryList = std::move(*list);
    auto port = readInteger(store, bcd::kEmsSettingsObject, bcd::kEmsPort);
    auto baud = readInteger(store, bcd::kEmsSettingsObject, bcd::kEmsBaudRate);
    if (!port)
        return unexpected(port.error());
    if (!baud)
        return unexpected(baud.error());
    state.ems.port = *port;
    state.ems.baud = *baud;
    Expected<std::string, Error> loader = defaultLoader(store);
    if (!loader || loader->empty())
        return state; // reported as "no default loader": EMS off
    state.ems.loader = *loader;
    auto enabled = readElement(store, *loader, bcd::kLoaderEmsEnabled);
    if (!enabled)
        return unexpected(enabled.error());
    if (*enabled) {
        if ((*enabled)->type != ValueType::Binary || (*enabled)->data.empty())
            return unexpected(malformed(*loader, bcd::kLoaderEmsEnabled, "a boolean"));
        state.ems.enabled = (*enabled)->data[0] != 0;
    }
    return state;
}

Expected<void, Error> deleteBadMemoryList(RegistryTree& store) {
    Expected<Node, Error> element = store.findKey(elementPath(bcd::kBadMemoryObject, bcd::kBadMemoryList));
    if (!element)
        return element.error().code == ErrorCode::NotFound
                   ? Expected<void, Error>()
                   : Expected<void, Error>(unexpected(element.error()));
    return store.deleteKey(*element);
}

Expected<void, Error> enableEms(RegistryTree& store, std::uint64_t port, std::uint64_t baud) {
    Expected<std::string, Error> loader = defaultLoader(store);
    if (!loader)
        return unexpected(loader.error());
    if (loader->empty())
        return unexpected(makeError(ErrorCode::Refused, std::string(bcd::kBootManagerObject),
                                    "the store names no default boot loader; set EMS with bcdedit /ems "
                                    "{identifier} ON for the entry that boots"));
    Expected<Node, Error> loaderElements = store.findKey({"Objects", *loader, "Elements"});
    if (!loaderElements)
        return unexpected(loaderElements.error());
    const RegistryValue on{ValueType::Binary, {1}};
    if (Expected<void, Error> set = setElement(store, *loaderElements, bcd::kLoaderEmsEnabled, on); !set)
        return set;
    Expected<Node, Error> settings =
        objectElements(store, bcd::kEmsSettingsObject, bcd::kLibrarySettingsType);
    if (!settings)
        return unexpected(settings.error());
    if (Expected<void, Error> set =
            setElement(store, *settings, bcd::kEmsPort, {ValueType::Binary, integerBytes(port)});
        !set)
        return set;
    return setElement(store, *settings, bcd::kEmsBaudRate, {ValueType::Binary, integerBytes(baud)});
}

Expected<std::vector<std::string>, Error> bcdObjects(const RegistryTree& store) {
    Expected<Node, Error> objects = store.findKey({"Objects"});
    if (!objects)
        return unexpected(objects.error());
    Expected<RegistryTree::Children, Error> children = store.children(*objects);
    if (!children)
        return unexpected(children.error());
    std::vector<std::string> names;
    for (const auto& child : *children)
        names.push_back(lower(child.first));
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace heapfix
