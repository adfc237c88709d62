#pragma once
// Reading and editing the BCD hive the way bcdedit does: the bad memory list of {badmemory}, and EMS (the
// serial console) on the default Windows boot loader with the {emssettings} port and baud rate.
//
// Which loader: the one {bootmgr}'s default (BcdBootMgrObject_DefaultObject) names, as `bcdedit /ems
// {default} ON` would; that is the entry the seed's "boot loader identifier" is. A store whose {bootmgr} has
// no default, or whose default is not a Windows boot loader (type 0x10200003), is refused rather than
// guessed at: enabling EMS on every loader would also change recovery and setup entries.

#include "../core/Error.h"
#include "../core/Expected.h"
#include "../core/RegistryTree.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace heapfix {

struct EmsState {
    std::string loader;                // the default loader's "{guid}", empty when there is none
    bool enabled = false;              // BcdOSLoaderBoolean_EmsEnabled on it (absent: false)
    std::optional<std::uint64_t> port; // {emssettings} BcdLibraryInteger_EmsPort
    std::optional<std::uint64_t> baud; // {emssettings} BcdLibraryInteger_EmsBaudRate
};

struct BcdState {
    bool hasBadMemoryObject = false;
    std::optional<std::vector<std::uint64_t>> badMemoryList; // page numbers; nullopt: no list
    EmsState ems;
};

Expected<BcdState, Error> readBcdState(const RegistryTree& store);

// `bcdedit /deletevalue {badmemory} badmemorylist`: deletes Elements\1700000a. Nothing to do without one.
Expected<void, Error> deleteBadMemoryList(RegistryTree& store);
// `bcdedit /ems {default} ON` and `/emssettings EMSPORT:port EMSBAUDRATE:baud`, creating the element keys
// (and the {emssettings} object) where missing, as bcdedit does.
Expected<void, Error> enableEms(RegistryTree& store, std::uint64_t port, std::uint64_t baud);

// Every object key name ("{guid}") of the store, for checking that a write touched nothing else.
Expected<std::vector<std::string>, Error> bcdObjects(const RegistryTree& store);

} // namespace heapfix
