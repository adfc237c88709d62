#include "BlankHive.h"

#include "RegfFormat.h"

#include <algorithm>
#include <chrono>
#include <initializer_list>
#include <span>

// Layout per Maxim Suhanov's "Windows registry file format specification" (github.com/msuhanov/regf):
// a 4 KiB base block, then one 4 KiB hive bin holding the root key node, its key security cell and one free
// cell. Offsets inside the hive bins data are relative to its start (file offset 4096).

namespace heapfix {
namespace {

constexpr std::size_t kBinSize = 4096;
constexpr std::uint32_t kRootCell = 0x20; // right after the 32-byte hbin header
constexpr std::uint32_t kNone = 0xFFFFFFFFu;
constexpr std::uint16_t kKeyHiveEntry = 0x0004;
constexpr std::uint16_t kKeyNoDelete = 0x0008; // as every real root key has it
constexpr std::uint16_t kKeyCompName = 0x0020; // name stored as Latin-1, one byte per character

// Little-endian appends and writes; never a memcpy of a host integer.
void appendU16(std::vector<std::uint8_t>& out, std::uint16_t value) {
    out.push_back(static_cast<std::uint8_t>(value & 0xFFu));
    out.push_back(static_cast<std::uint8_t>(value >> 8));
}
void appendU32(std::vector<std::uint8_t>& out, std::uint32_t value) {
    appendU16(out, static_cast<std::uint16_t>(value & 0xFFFFu));
    appendU16(out, static_cast<std::uint16_t>(value >> 16));
}
void writeU16(std::span<std::uint8_t> bytes, std::size_t offset, std::uint16_t value) {
    bytes[offset] = static_cast<std::uint8_t>(value & 0xFFu);
    bytes[offset + 1] = static_cast<std::uint8_t>(value >> 8);
}
void writeU64(std::span<std::uint8_t> bytes, std::size_t offset, std::uint64_t value) {
    regf::writeU32(bytes, offset, static_cast<std::uint32_t>(value & 0xFFFFFFFFu));
    regf::writeU32(bytes, offset + 4, static_cast<std::uint32_t>(value >> 32));
}
void writeAscii(std::span<std::uint8_t> bytes, std::size_t offset, std::string_view text) {
    std::copy(text.begin(), text.end(), bytes.begin() + static_cast<std::ptrdiff_t>(offset));
}

std::uint64_t nowAsFiletime() { // 100 ns ticks since 1601-01-01 UTC
    using namespace std::chrono;
    constexpr std::uint64_t kEpochDifference = 11644473600ull; // seconds from 1601 to 1970
    const auto sinceUnixEpoch = duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
    return (kEpochDifference * 1000000ull + static_cast<std::uint64_t>(sinceUnixEpoch)) * 10ull;
}

// A SID: revision 1, the identifier authority (big-endian 48 bits: 5 = NT, 3 = creator), sub-authorities.
std::vector<std::uint8_t> sid(std::uint8_t authority, std::initializer_list<std::uint32_t> subAuthorities) {
    std::vector<std::uint8_t> out{1,        static_cast<std::uint8_t>(subAuthorities.size()), 0, 0, 0, 0, 0,
                                  authority};
    for (std::uint32_t sub : subAuthorities)
        appendU32(out, sub);
    return out;
}

// ACCESS_ALLOWED_ACE: type 0, inheritance flags, size, access mask, SID.
void appendAllowedAce(std::vector<std::uint8_t>& acl, std::uint8_t flags, std::uint32_t mask,
                      const std::vector<std::uint8_t>& who) {
    acl.push_back(0);
    acl.push_back(flags);
    appendU16(acl, static_cast<std::uint16_t>(8 + who.size()));
    appendU32(acl, mask);
    acl.insert(acl.end(), who.begin(), who.end());
}

// A self-relative security descriptor like a real root key's (Windows 7 SYSTEM hive, simplified): owner
// Administrators, group SYSTEM; Administrators and SYSTEM full control, Users read, each also inherited by
// subkeys, and full control for the creator of a subkey.
std::vector<std::uint8_t> rootSecurityDescriptor() {
    constexpr std::uint32_t kKeyRead = 0x00020019;
    constexpr std::uint32_t kKeyAllAccess = 0x000F003F;
    constexpr std::uint32_t kGenericRead = 0x80000000u;
    constexpr std::uint32_t kGenericAll = 0x10000000u;
    constexpr std::uint8_t kInheritedOnly = 0x02 | 0x08; // CONTAINER_INHERIT_ACE | INHERIT_ONLY_ACE
    const auto administrators = sid(5, {32, 544});
    const auto users = sid(5, {32, 545});
    const auto system = sid(5, {18});
    const auto creatorOwner = sid(3, {0});

    std::vector<std::uint8_t> aces;
    appendAllowedAce(aces, 0, kKeyRead, users);
    appendAllowedAce(aces, kInheritedOnly, kGenericRead, users);
    appendAllowedAce(aces, 0, kKeyAllAccess, administrators);
    appendAllowedAce(aces, kInheritedOnly, kGenericAll, administrators);
    appendAllowedAce(aces, 0, kKeyAllAccess, system);
    appendAllowedAce(aces, kInheritedOnly, kGenericAll, system);
    appendAllowedAce(aces, kInheritedOnly, kGenericAll, creatorOwner);

    constexpr std::uint32_t kHeaderSize = 20;
    constexpr std::uint32_t kAclHeaderSize = 8;
    const auto aclSize = static_cast<std::uint32_t>(kAclHeaderSize + aces.size());
    std::vector<std::uint8_t> sd{1, 0};   // revision 1, Sbz1
    appendU16(sd, 0x8004);                // SE_SELF_RELATIVE | SE_DACL_PRESENT
    appendU32(sd, kHeaderSize + aclSize); // owner, right after the DACL
    appendU32(sd, kHeaderSize + aclSize + static_cast<std::uint32_t>(administrators.size())); // group
    appendU32(sd, 0);                                                                         // no SACL
    appendU32(sd, kHeaderSize);                                                               // DACL
    sd.push_back(2);                                                                          // ACL_REVISION
    sd.push_back(0);
    appendU16(sd, static_cast<std::uint16_t>(aclSize));
    appendU16(sd, 7); // ACE count
    appendU16(sd, 0);
    sd.insert(sd.end(), aces.begin(), aces.end());
    sd.insert(sd.end(), administrators.begin(), administrators.end());
    sd.insert(sd.end(), system.begin(), system.end());
    return sd;
}

constexpr std::uint32_t alignedCellSize(std::size_t bytes) {
    return static_cast<std::uint32_t>((bytes + 7) & ~7u);
}

std::uint32_t asAllocated(std::uint32_t size) {
    return static_cast<std::uint32_t>(-static_cast<std::int64_t>(size));
}

bool fitsLatin1(std::u16string_view text) {
    return std::all_of(text.begin(), text.end(), [](char16_t c) { return c != 0 && c <= 0xFF; });
}

constexpr std::size_t kKeySecurityField = 48; // in the root cell: the offset of its "sk" cell

// The root "nk" cell at kRootCell, without its security offset yet; returns its size.
std::uint32_t writeRootKey(std::span<std::uint8_t> bin, std::u16string_view name, std::uint64_t timestamp) {
    const bool compressed = fitsLatin1(name);
    const std::size_t nameBytes = compressed ? name.size() : name.size() * 2;
    const std::uint32_t size = alignedCellSize(4 + 76 + nameBytes);
    const std::size_t at = kRootCell;
    regf::writeU32(bin, at, asAllocated(size));
    writeAscii(bin, at + 4, "nk");
    writeU16(bin, at + 6,
             static_cast<std::uint16_t>(kKeyHiveEntry | kKeyNoDelete | (compressed ? kKeyCompName : 0)));
    writeU64(bin, at + 8, timestamp);
    regf::writeU32(bin, at + 20, kNone); // parent: none
    regf::writeU32(bin, at + 32, kNone); // subkeys list: none (0 subkeys at +24)
    regf::writeU32(bin, at + 36, kNone); // volatile subkeys list: none
    regf::writeU32(bin, at + 44, kNone); // key values list: none (0 values at +40)
    regf::writeU32(bin, at + 52, kNone); // class name: none
    writeU16(bin, at + 76, static_cast<std::uint16_t>(nameBytes));
    for (std::size_t i = 0; i < name.size(); ++i) {
        if (compressed)
            bin[at + 80 + i] = static_cast<std::uint8_t>(name[i]);
        else
            writeU16(bin, at + 80 + 2 * i, static_cast<std::uint16_t>(name[i]));
    }
    return size;
}

// The "sk" cell: the only entry of the security list, so its flink and blink point to itself.
std::uint32_t writeSecurity(std::span<std::uint8_t> bin, std::uint32_t at) {
    const std::vector<std::uint8_t> descriptor = rootSecurityDescriptor();
    const std::uint32_t size = alignedCellSize(4 + 20 + descriptor.size());
    regf::writeU32(bin, at, asAllocated(size));
    writeAscii(bin, at + 4, "sk");
    regf::writeU32(bin, at + 8, at);  // flink
    regf::writeU32(bin, at + 12, at); // blink
    regf::writeU32(bin, at + 16, 1);  // reference count: the root key
    regf::writeU32(bin, at + 20, static_cast<std::uint32_t>(descriptor.size()));
    std::copy(descriptor.begin(), descriptor.end(), bin.begin() + at + 24);
    return size;
}

void writeBaseBlock(std::span<std::uint8_t> block, std::u16string_view fileName, std::uint32_t minorVersion,
                    std::uint64_t timestamp) {
    writeAscii(block, 0, "regf");
    regf::writeU32(block, regf::kPrimarySequenceOffset, 1);
    regf::writeU32(block, regf::kSecondarySequenceOffset, 1); // equal: the hive is clean
    writeU64(block, regf::kLastWrittenOffset, timestamp);
    regf::writeU32(block, 20, 1); // major version
    regf::writeU32(block, 24, minorVersion);
    regf::writeU32(block, regf::kFileTypeOffset, regf::kFileTypePrimary);
    regf::writeU32(block, 32, 1); // file format: direct memory load
    regf::writeU32(block, 36, kRootCell);
    regf::writeU32(block, regf::kHiveBinsSizeOffset, kBinSize);
    regf::writeU32(block, 44, 1); // clustering factor: 512-byte sectors
    const std::u16string_view tail = fileName.size() > 31 ? fileName.substr(fileName.size() - 31) : fileName;
    for (std::size_t i = 0; i < tail.size(); ++i)
        writeU16(block, 48 + 2 * i, static_cast<std::uint16_t>(tail[i]));
    regf::updateChecksum(block);
}

// Windows writes 1 for an XOR of 0 and 0xFFFFFFFE for 0xFFFFFFFF, hivex expects the plain XOR: stay clear
// of both cases by moving the timestamp one tick, so that every reader agrees.
bool checksumIsPlainXor(std::span<const std::uint8_t> block) {
    std::uint32_t sum = 0;
    for (std::size_t offset = 0; offset < regf::kChecksumOffset; offset += 4)
        sum ^= regf::readU32(block, offset);
    return sum == regf::readU32(block, regf::kChecksumOffset);
}

} // namespace

std::vector<std::uint8_t> blankHive(std::u16string_view rootName, std::u16string_view fileName,
                                    std::uint32_t minorVersion) {
    std::vector<std::uint8_t> hive(regf::kBaseBlockSize + kBinSize, 0);
    const std::span<std::uint8_t> block(hive.data(), regf::kBaseBlockSize);
    const std::span<std::uint8_t> bin(hive.data() + regf::kBaseBlockSize, kBinSize);
    std::uint64_t timestamp = nowAsFiletime();

    writeAscii(bin, 0, "hbin");
    regf::writeU32(bin, 4, 0); // offset of this bin in the hive bins data
    regf::writeU32(bin, 8, kBinSize);
    writeU64(bin, 20, timestamp); // the first bin keeps a copy of the base block's timestamp

    const std::uint32_t securityCell = kRootCell + writeRootKey(bin, rootName, timestamp);
    regf::writeU32(bin, kRootCell + kKeySecurityField, securityCell);
    const std::uint32_t freeCell = securityCell + writeSecurity(bin, securityCell);
    regf::writeU32(bin, freeCell, static_cast<std::uint32_t>(kBinSize) - freeCell); // positive: unallocated

    writeBaseBlock(block, fileName, minorVersion, timestamp);
    while (!checksumIsPlainXor(block)) {
        ++timestamp;
        writeU64(bin, 20, timestamp);
        writeBaseBlock(block, fileName, minorVersion, timestamp);
    }
    return hive;
}

} // namespace heapfix
