#pragma once
// The RegistryTree over a key of the Windows registry: an offline hive that LoadedHive loaded under a
// temporary HKLM key (as `bcdedit /store` and `reg load HKLM\BCD` do), or, in the Wine tests, a key that
// `reg import` filled from hivexregedit's export of the same hive. Every call opens and closes its own
// handle, so nothing holds the hive open when LoadedHive unloads it.

#include "../core/RegistryTree.h"
#include "Win32Text.h"

#include <string>
#include <vector>

namespace heapfix {

class Win32Tree : public RegistryTree {
public:
    // root: "HKEY_LOCAL_MACHINE\HEAPFIX_1234_1_BCD". The key must exist.
    static Expected<Win32Tree, Error> open(const std::string& root);

    Expected<Key, Error> findKey(const std::vector<std::string>& segments) const override;
    Expected<Children, Error> children(Key key) const override;
    Expected<RegistryValue, Error> readValue(Key key, const std::string& name) const override;
    Expected<void, Error> setValue(Key key, const std::string& name, const RegistryValue& value) override;
    Expected<void, Error> deleteValue(Key key, const std::string& name) override;
    Expected<Key, Error> addChild(Key parent, const std::string& name) override;
    Expected<void, Error> deleteKey(Key key) override;
    std::string name() const override { return root_; }

    // RegFlushKey on the root: the changes are in the hive file when this returns.
    Expected<void, Error> flush();

private:
    Win32Tree(std::string root, HKEY base, std::wstring subkey);
    // The key's full subkey below base_ ("HEAPFIX_1_BCD\Objects\{...}").
    Expected<std::wstring, Error> subkeyOf(Key key) const;
    Key keyFor(std::wstring subkey) const;
    // The key opened with `access` (the caller closes it).
    Expected<HKEY, Error> openKey(Key key, REGSAM access) const;
    std::string where(Key key) const;

    std::string root_;
    HKEY base_ = nullptr;
    std::wstring rootSubkey_;
    mutable std::vector<std::wstring> keys_; // Key n is keys_[n], relative to the root; 0 is the root
};

} // namespace heapfix
