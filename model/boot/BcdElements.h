#pragma once
// The BCD objects and elements the 0xC0000017 repair touches. A BCD store is a regf hive:
// Objects\{GUID}\Description\Type (REG_DWORD object type) and Objects\{GUID}\Elements\<id as 8 lowercase hex
// digits>\Element (the value). Encodings seen in the real stores (tests/boot): booleans REG_BINARY 1 byte,
// integers REG_BINARY 8 bytes little-endian, integer lists REG_BINARY 8 bytes per entry, an object REG_SZ
// "{guid}", object lists REG_MULTI_SZ.
//
// Sources, checked against each other:
// - System Informer's phnt, phnt/include/ntbcd.h (winsiderss/systeminformer): GUID_BAD_MEMORY_GROUP
//   {badmemory}, GUID_EMS_SETTINGS_GROUP {emssettings}, GUID_WINDOWS_BOOTMGR {bootmgr}, the element enums
//   and MAKE_BCD_APPLICATION_OBJECT (object type 0x10200003 = application, boot-app image, Windows boot
//   loader).
// - ReactOS boot/environ/include/bcd.h (reactos/reactos), which follows Microsoft's BcdElementType pages:
//   BcdLibraryIntegerList_BadMemoryList 0x1700000A, BcdLibraryInteger_EmsPort 0x15000022,
//   BcdLibraryInteger_EmsBaudRate 0x15000023, BcdOSLoaderBoolean_EmsEnabled 0x260000B0,
//   BcdBootMgrObject_DefaultObject 0x23000003.
// - Microsoft: learn.microsoft.com/previous-versions/windows/desktop/bcd/bcdlibraryelementtypes,
//   .../bcdosloaderelementtypes, .../bcdbootmgrelementtypes (same values); bcdedit's /ems and /emssettings
//   map to BcdOSLoaderBoolean_EmsEnabled and the {emssettings} object's port and baud rate.

#include <cstdint>
#include <string_view>

namespace heapfix::bcd {

inline constexpr std::string_view kBadMemoryObject = "{5189b25c-5558-4bf2-bca4-289b11bd29e2}"; // {badmemory}
inline constexpr std::string_view kEmsSettingsObject =
    "{0ce4991b-e6b3-4b16-b23c-5e0d9250e5d9}"; // {emssettings}
inline constexpr std::string_view kBootManagerObject = "{9dea862c-5cdd-4e70-acc1-f32b344d4795}"; // {bootmgr}

inline constexpr std::uint32_t kBadMemoryList = 0x1700000A;    // BcdLibraryIntegerList_BadMemoryList
inline constexpr std::uint32_t kEmsPort = 0x15000022;          // BcdLibraryInteger_EmsPort
inline constexpr std::uint32_t kEmsBaudRate = 0x15000023;      // BcdLibraryInteger_EmsBaudRate
inline constexpr std::uint32_t kLoaderEmsEnabled = 0x260000B0; // BcdOSLoaderBoolean_EmsEnabled
inline constexpr std::uint32_t kDefaultObject = 0x23000003;    // BcdBootMgrObject_DefaultObject

inline constexpr std::uint32_t kWindowsBootLoaderType = 0x10200003; // Description\Type of an OS loader
inline constexpr std::uint32_t kLibrarySettingsType =
    0x20100000; // {emssettings}, {badmemory}: inherit, library

// The seed's values: bcdedit /emssettings EMSPORT:1 EMSBAUDRATE:115200.
inline constexpr std::uint64_t kSeedEmsPort = 1;
inline constexpr std::uint64_t kSeedEmsBaudRate = 115200;

} // namespace heapfix::bcd
