#pragma once
// The RegistryStore over the Windows registry: the live one, or hives of an offline installation that
// LoadedHive has loaded under a temporary HKLM key. Values are read and written raw (type + bytes), so a
// REG_EXPAND_SZ keeps its %SystemRoot% unexpanded both ways.

#include "../core/RegistryStore.h"
#include "RegistryKeyName.h"
#include "Win32Text.h"

#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace heapfix {

class Win32Registry : public RegistryStore {
public:
    // A hive of an offline installation and where it is loaded:
    // {"HKEY_LOCAL_MACHINE\SYSTEM", "HKEY_LOCAL_MACHINE\HEAPFIX_1234_1_SYSTEM"}.
    struct Mount {
        std::string hive;
        std::string loadedAt;
    };

    // This computer's registry. Reads and writes go through CurrentControlSet, the link Windows keeps;
    // resolveKey reports the ControlSet00N it points at.
    Win32Registry();
    // An offline installation: only keys under the mounted hives exist, CurrentControlSet is controlSet.
    Win32Registry(std::vector<Mount> mounts, std::string controlSet);

    Expected<RegistryValue, Error> read(const ValuePath& path) override;
    // Keeps the type it is given (REG_EXPAND_SZ stays REG_EXPAND_SZ), never creates a key, flushes the key.
    // Offline under Wine it refuses (Unsupported): Wine never saves a loaded hive back to its file.
    Expected<void, Error> write(const ValuePath& path, const RegistryValue& value) override;
    std::string resolveKey(std::string_view key) const override;
    // A named mutex in the global namespace: one heapfix at a time changes this computer's registry.
    Expected<ChangeLock, Error> lockForChange() override;

    // The key the Reg* functions really open (the mount applied, CurrentControlSet resolved offline).
    Expected<std::string, Error> physicalKey(std::string_view key) const;

private:
    std::string subjectOf(std::string_view key) const;

    std::vector<Mount> mounts_;
    std::string controlSet_;
    bool offline_ = false;
};

// The control set HKLM\SYSTEM\Select\Current names, when that ControlSet00N key exists; empty otherwise
// (Wine keeps CurrentControlSet as a plain key and has no ControlSet001).
std::string liveControlSet();

// KEY_WOW64_64KEY where the process could otherwise see a redirected 32-bit view, 0 where the flag is unknown
// (32-bit Windows, Windows 2000 and older).
REGSAM registryViewFlag();

struct KeyCloser {
    void operator()(HKEY key) const { RegCloseKey(key); }
};
using KeyHandle = std::unique_ptr<std::remove_pointer_t<HKEY>, KeyCloser>;

// The key opened with registryViewFlag(); a failure names subject.
Expected<KeyHandle, Error> openRegistryKey(const RegistryKeyName& name, REGSAM access,
                                           const std::string& subject);

} // namespace heapfix
