#pragma once
// Test-side readers, written independently of the model: the values of a .reg export (hivexregedit, reged)
// as type number and raw bytes, and the regf base-block checksum.

#include <QByteArray>
#include <QMap>
#include <QString>

#include <cstdint>
#include <string>

namespace heapfix::test {

struct ExportedValue {
    std::uint32_t type = 0;
    QByteArray bytes;
};

// Every value line of a .reg text ("name"=..., @=...), continuation lines joined: hex(N):, hex:, dword:,
// "text". The key is the value name ("" for the default value).
QMap<QString, ExportedValue> parseRegValues(const QByteArray& regText);

// UTF-16LE of the text followed by one NUL code unit, built without the model's encoder.
QByteArray utf16LeWithNul(const std::u16string& text);

// XOR of the first 127 little-endian dwords of a base block, computed here, not by the model.
std::uint32_t xorOfFirst508Bytes(const QByteArray& hive);
std::uint32_t readLe32(const QByteArray& bytes, int offset);

} // namespace heapfix::test
