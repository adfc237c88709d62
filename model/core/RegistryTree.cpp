#include "RegistryTree.h"

#include <algorithm>

namespace heapfix {

namespace {

char lowerAscii(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

} // namespace

bool sameKeyName(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(),
                                              [](char x, char y) { return lowerAscii(x) == lowerAscii(y); });
}

Expected<RegistryTree::Key, Error> RegistryTree::findOrAddChild(Key parent, const std::string& name) {
    Expected<Children, Error> list = children(parent);
    if (!list)
        return unexpected(list.error());
    for (const auto& [childName, child] : *list)
        if (sameKeyName(childName, name))
            return child;
    return addChild(parent, name);
}

} // namespace heapfix
